"""While a meeting is being recorded, Ctrl+Z takes back only what was done
since recording started: never an earlier edit of another meeting, which
the minute-taker cannot see. Finishing recording lifts the floor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from safeguard_desktop.store.models import Minute
from safeguard_desktop.store.queries.meeting_documents import find_meeting
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from safeguard_desktop.views.undo_floor import BLOCKED


def _decision(ws, meeting_id: int) -> list[str | None]:  # noqa: ANN001
    from safeguard_desktop.store.models import AgendaItem

    with ws.session() as s:
        return [m.decision for m in s.query(Minute).join(AgendaItem, AgendaItem.id == Minute.agenda_item_id)
                .filter(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)]


def _type_decision(qtbot, page, text: str) -> None:  # noqa: ANN001
    editor = page.view.minutes
    page.view.tabs.setCurrentWidget(editor)
    box = editor.fields["decision"]
    box.setFocus()
    qtbot.keyClicks(box, text)
    editor.flush()


def test_ctrl_z_while_recording_never_reaches_another_meetings_minutes(qtbot, demo_path):
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    ws = window.context.workspace
    page = window.pages["meetings"]
    window.show_page("meetings")
    earlier, recorded = find_meeting(ws, date(2017, 3, 2)), find_meeting(ws, date(2025, 3, 20))
    assert page.select(earlier)
    before = _decision(ws, earlier)
    _type_decision(qtbot, page, " Noted by the chair.")
    after_edit = _decision(ws, earlier)
    assert after_edit != before

    assert page.select(recorded)
    page.view.live_action.trigger()
    assert page.view.live
    start = _decision(ws, recorded)
    _type_decision(qtbot, page, " Agreed.")
    assert _decision(ws, recorded) != start
    undo = window.undo_floor.undo_action
    undo.trigger()
    assert _decision(ws, recorded) == start  # this meeting's line, taken back
    assert undo.text() == "&Undo (stops where recording started)"
    undo.trigger()  # Ctrl+Z again: stops, and says why
    assert _decision(ws, earlier) == after_edit  # the other meeting is untouched
    assert window.statusBar().currentMessage() == BLOCKED

    page.view.live_action.trigger()  # finish recording
    assert undo.text().startswith("&Undo Minutes")
    undo.trigger()
    assert _decision(ws, earlier) == before
    assert window.undo_floor.redo_action.isEnabled()
