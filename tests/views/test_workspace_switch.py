"""Switching workspace with a cell half-typed: the text goes into the
workspace it was typed in, before that one is closed; nothing goes anywhere
after it is closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.models import Action
from safeguard_desktop.store.workspace import create_workspace, open_workspace
from safeguard_desktop.views.grid.action_table_model import COL_WANT
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_a_half_typed_cell_is_saved_into_the_old_workspace_when_another_is_opened(qtbot, demo_path, tmp_path):
    other = tmp_path / "other.sqlite"
    create_workspace(other, board_name="Another Board").close()
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("plans")
    grid = window.pages["plans"].plan_view.grid
    row = next(r for r in range(grid.model().rowCount()) if grid.model().action_id_at(r))  # past the headings
    index = grid.model().index(row, COL_WANT)
    action_id = grid.model().row_id(row)
    grid.setCurrentIndex(index)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), " (typed just before switching)")

    assert window.open_path(other)

    assert window.undo_stack.count() == 0  # no step that would write into the closed file
    assert window.context.workspace.path == other
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as old:
        with old.session() as s:
            assert s.get(Action, action_id).want.endswith(" (typed just before switching)")
    assert not demo_path.with_name(demo_path.name + ".lock").exists()
