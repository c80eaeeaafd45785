"""After a sync with conflicts, a record in conflict shows it where it is
shown (the plan's grid marks the field, with the other copy's value in its
tooltip) until a person resolves it in File › Sync conflicts…"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from safeguard_desktop.store.models import Action, AgendaItem, Meeting
from safeguard_desktop.store.ops.meetings import write_minute
from safeguard_desktop.store.ops.plans import delete_actions, set_action_field
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.views.dialogs.conflicts_dialog import ConflictsDialog
from safeguard_desktop.views.grid.action_table_model import COL_HOW, COL_LEAD, COL_NUMBER
from safeguard_desktop.views.grid.conflict_cells import CONFLICT_FILL
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.meetings.action_log_model import COL_WHAT
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from tests.sync_fixtures import Small, build_small, copy_pair, open_ws, record_id


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


def _in_conflict(small: Small, tmp_path):
    a, b = copy_pair(small, tmp_path)
    for path, lead in ((a, "Office lead"), (b, "Laptop lead")):
        with open_ws(path) as ws:
            set_action_field(ws, record_id(ws, Action, small.actions[0]), "lead", lead)
    sync_files(a, b)
    return a, b


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show_page("plans")
    return window


def _resolve(window: MainWindow, monkeypatch, button: str) -> None:
    """File › Sync conflicts…, and the button pressed on the first conflict."""
    monkeypatch.setattr(ConflictsDialog, "exec", lambda self: getattr(self, button).click() or 0)
    [menu_item] = [act for act in window.file_menu.actions() if act.text() == "Sync &conflicts…"]
    menu_item.trigger()


def test_a_field_in_conflict_is_marked_in_the_grid_until_resolved(small, tmp_path, qtbot, monkeypatch):
    a, _ = _in_conflict(small, tmp_path)
    window = _window(qtbot, a)
    model = window.pages["plans"].plan_view.model
    row = model.row_of(record_id(window.context.workspace, Action, small.actions[0]))
    lead, how = model.index(row, COL_LEAD), model.index(row, COL_HOW)
    assert lead.data() == "Office lead"
    assert lead.data(Qt.ItemDataRole.BackgroundRole) == CONFLICT_FILL
    tip = lead.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("In conflict with the other copy: Laptop lead (") and tip.endswith("File › Sync conflicts…")
    assert how.data(Qt.ItemDataRole.BackgroundRole) != CONFLICT_FILL  # only the field in conflict
    other = model.index(model.row_of(record_id(window.context.workspace, Action, small.actions[1])), COL_LEAD)
    assert other.data(Qt.ItemDataRole.BackgroundRole) != CONFLICT_FILL

    _resolve(window, monkeypatch, "take_there")

    lead = model.index(row, COL_LEAD)
    assert lead.data() == "Laptop lead"
    assert lead.data(Qt.ItemDataRole.BackgroundRole) != CONFLICT_FILL
    assert "In conflict" not in (lead.data(Qt.ItemDataRole.ToolTipRole) or "")

    window.undo_stack.undo()  # the conflict is open again, and marked again
    lead = model.index(row, COL_LEAD)
    assert lead.data() == "Office lead" and lead.data(Qt.ItemDataRole.BackgroundRole) == CONFLICT_FILL
    window.close()


def test_an_action_in_conflict_is_marked_in_the_action_log_until_resolved(small, tmp_path, qtbot, monkeypatch):
    a, _ = _in_conflict(small, tmp_path)
    window = _window(qtbot, a)
    window.show_page("action-log")
    model = window.pages["action-log"].model
    conflicted = record_id(window.context.workspace, Action, small.actions[0])
    rows = {model.action_id(r): r for r in range(model.rowCount())}
    what = model.index(rows[conflicted], COL_WHAT)
    assert what.data(Qt.ItemDataRole.BackgroundRole).color() == CONFLICT_FILL
    assert what.data(Qt.ItemDataRole.ToolTipRole).startswith("In conflict with the other copy: lead: Laptop lead (")
    calm = model.index(rows[record_id(window.context.workspace, Action, small.actions[1])], COL_WHAT)
    assert calm.data(Qt.ItemDataRole.BackgroundRole) is None

    _resolve(window, monkeypatch, "keep_here")

    rows = {model.action_id(r): r for r in range(model.rowCount())}
    what = model.index(rows[conflicted], COL_WHAT)
    assert what.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "In conflict" not in (what.data(Qt.ItemDataRole.ToolTipRole) or "")
    window.close()


def test_minutes_in_conflict_show_a_banner_in_the_minutes_editor_until_resolved(small, tmp_path, qtbot, monkeypatch):
    a, b = copy_pair(small, tmp_path)
    for path, text in ((a, "Office discussion"), (b, "Laptop discussion")):
        with open_ws(path) as ws:
            write_minute(ws, agenda_item_id=record_id(ws, AgendaItem, small.items[1]), field="discussion", text=text)
    sync_files(a, b)
    window = _window(qtbot, a)
    window.show_page("meetings")
    page = window.pages["meetings"]
    ws = window.context.workspace
    assert page.open_meeting(record_id(ws, Meeting, small.meeting))
    editor = page.view.minutes
    editor.item_list.setCurrentRow(1)
    assert editor.fields["discussion"].toPlainText() == "Office discussion"
    assert "in conflict with the other copy" in editor.banner.text() and not editor.banner.isHidden()
    assert "File › Sync conflicts…" in editor.banner.text()
    editor.item_list.setCurrentRow(0)  # an item not in conflict: no banner
    assert "in conflict" not in editor.banner.text()
    editor.item_list.setCurrentRow(1)

    _resolve(window, monkeypatch, "take_there")

    assert editor.fields["discussion"].toPlainText() == "Laptop discussion"
    assert "in conflict" not in editor.banner.text()
    window.close()


def test_an_action_deleted_on_the_other_copy_is_marked_on_its_number(small, tmp_path, qtbot):
    a, b = copy_pair(small, tmp_path)
    with open_ws(a) as ws:
        delete_actions(ws, [record_id(ws, Action, small.actions[1])])
    with open_ws(b) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[1]), "how", "Kept on the laptop")
    sync_files(a, b)
    window = _window(qtbot, b)
    model = window.pages["plans"].plan_view.model
    number = model.index(model.row_of(record_id(window.context.workspace, Action, small.actions[1])), COL_NUMBER)
    assert number.data(Qt.ItemDataRole.BackgroundRole) == CONFLICT_FILL
    assert number.data(Qt.ItemDataRole.ToolTipRole).startswith("In conflict with the other copy: deleted (")
    window.close()
