"""The People page reads a group's seats once when it is built or
refreshed (it read them twice: once as the group became current, once
more after), and its lists fit their columns to their first hundred rows."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages import people_page
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from safeguard_desktop.views.widgets.list_page import FITTED_ROWS


def test_building_and_refreshing_read_the_groups_seats_once_each(qtbot, demo_path, monkeypatch) -> None:
    reads: list[int] = []
    seats = people_page.group_seats
    monkeypatch.setattr(people_page, "group_seats", lambda ws, group_id: reads.append(group_id) or seats(ws, group_id))
    with open_workspace(demo_path, backup_on_open=False) as workspace:
        context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _text: None)
        page = people_page.PeoplePage(context)
        qtbot.addWidget(page)
        first = page.current_group_id()
        assert reads == [first]
        assert page.seats.model.rowCount() == len(seats(workspace, first)) > 0
        page.refresh()
        assert reads == [first, first]  # the same group kept, read once more
        assert page.current_group_id() == first


def test_the_lists_fit_their_columns_to_their_first_hundred_rows(qtbot, demo_path) -> None:
    with open_workspace(demo_path, backup_on_open=False) as workspace:
        context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _text: None)
        page = people_page.PeoplePage(context)
        qtbot.addWidget(page)
        for section in (page.seats, page.items, page.agencies, page.people):
            assert section.table.horizontalHeader().resizeContentsPrecision() == FITTED_ROWS == 100
