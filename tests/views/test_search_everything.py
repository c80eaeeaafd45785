"""Search everything (Ctrl+Shift+F), by keyboard: the box finds actions,
agenda items and people whatever the accents typed ("dwr" finds "dŵr",
"sian" finds "Siân"), and Enter opens the record on its page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safeguard_desktop.store.queries.search import search_everything
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.dialogs.search_dialog import HIT_ROLE, SearchDialog
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_the_search_reads_across_every_kind_of_record_folding_accents(demo_path):
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        kinds = {hit.kind for hit in search_everything(ws, "DWR")}
        assert {"Action", "Agenda item"} <= kinds
        people = search_everything(ws, "sian ffug")
        assert [h.title for h in people if h.kind == "Person"] == ["Siân Ffugenw"]
        minutes = [h for h in search_everything(ws, "SEWSCB quality assurance") if h.kind == "Minutes"]
        assert minutes and minutes[0].page == "meetings" and minutes[0].title.startswith("3. Safeguarding Training")
        assert search_everything(ws, "   ") == []
        assert search_everything(ws, "dwr zzzznotthere") == []  # every word must be found


def test_ctrl_shift_f_then_enter_opens_the_action_in_its_plan(qtbot, demo_path):
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_path(demo_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.box.hasFocus)
    qtbot.keyClicks(dialog.box, "negeseuon dwr")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=3000)
    first = dialog.results.item(0).text()
    assert first.startswith("Action: ") and "dŵr" in first
    hit = dialog.results.item(0).data(HIT_ROLE)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.pages[hit.page] is window.pages["action-log"]
    assert window.pages["action-log"].selected_action() == hit.record_id  # an action arising, in the log


def test_a_plan_entry_found_opens_its_plan(qtbot, demo_path):
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    window.search_everything()
    dialog = window.search_dialog
    dialog.box.setText("evidence framework")
    dialog.search()
    entry = next(i for i in range(dialog.results.count()) if dialog.results.item(i).text().startswith("Plan entry"))
    dialog.results.setCurrentRow(entry)
    hit = dialog.results.currentItem().data(HIT_ROLE)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages["plans"]
    assert window.pages["plans"].plan_view.plan_id == hit.home_id
