"""File › Sync with… in the window: the open workspace is synced with
another copy, reopened, and the conflicts dialog comes up when there are any."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.views.dialogs.conflicts_dialog import ConflictsDialog
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from tests.sync_fixtures import Small, build_small, copy_pair, open_ws, record_id, value


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


def test_sync_with_from_the_file_menu_merges_reopens_and_shows_the_conflicts(small, tmp_path, qtbot, monkeypatch):
    a, b = copy_pair(small, tmp_path)
    with open_ws(b) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[0]), "lead", "Laptop lead")
        set_action_field(ws, record_id(ws, Action, small.actions[1]), "how", "From the laptop")
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(a)
    set_action_field(window.context.workspace, record_id(window.context.workspace, Action, small.actions[0]),
                     "lead", "Office lead")
    shown: list[list[str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(b), "")))
    monkeypatch.setattr(ConflictsDialog, "exec", lambda self: shown.append(
        [self.list.item(i).text() for i in range(self.list.count())]) or 0)
    [menu_item] = [act for act in window.file_menu.actions() if act.text() == "S&ync with…"]
    assert menu_item.isEnabled()
    menu_item.trigger()
    assert shown == [["Action 1 “Want 1” — lead"]]
    assert window.context is not None and window.context.workspace.path == a and not window.context.read_only
    assert value(a, Action, small.actions[1], "how") == "From the laptop"
    assert [value(p, Action, small.actions[0], "lead") for p in (a, b)] == ["Office lead", "Laptop lead"]
    window.close()


def test_opening_a_workspace_with_conflicts_waiting_says_so_in_the_status_bar(small, tmp_path, qtbot):
    a, b = copy_pair(small, tmp_path)
    for path, lead in ((a, "Office lead"), (b, "Laptop lead")):
        with open_ws(path) as ws:
            set_action_field(ws, record_id(ws, Action, small.actions[0]), "lead", lead)
    sync_files(a, b)
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(b)
    note = window.statusBar().findChild(QLabel, "syncConflicts")
    assert note.text() == "1 sync conflict(s) wait: File › Sync conflicts…" and not note.isHidden()
    window.close()
