"""One stream of changes: every commit is published once it is on disk,
and every page follows it (store/change_feed.py, views/change_stream.py)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.queries.overview import list_plans
from safeguard_desktop.views.grid.action_table_model import COL_PROGRESS
from safeguard_desktop.views.main_window import PAGES, MainWindow
from safeguard_desktop.views.meetings.action_log_model import COL_WHAT
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_a_commit_is_published_after_it_is_written_and_a_failed_one_never(workspace):
    heard: list[Touched] = []
    workspace.feed.subscribe(heard.append)
    from safeguard_desktop.store.models import Agency

    with workspace.transaction() as tx:
        agency = tx.insert(Agency, name="Police")
        assert heard == []  # not before the commit
    assert heard == [Touched.of_records([("agencies", agency.id)])]
    with pytest.raises(RuntimeError):
        with workspace.transaction() as tx:
            tx.insert(Agency, name="Health")
            raise RuntimeError("refused half way")
    assert len(heard) == 1
    with workspace.transaction() as tx:
        tx.insert_many(Agency, [{"name": "Probation"}, {"name": "Education"}])
    assert heard[-1].ids("agencies") is None and heard[-1].touches(["agencies"])


def test_a_broken_listener_does_not_stop_the_others_hearing(workspace):
    heard: list[Touched] = []

    def broken(_touched: Touched) -> None:
        raise ValueError("a page that could not refresh")

    workspace.feed.subscribe(broken)
    workspace.feed.subscribe(heard.append)
    from safeguard_desktop.store.models import Agency

    with workspace.transaction() as tx:
        tx.insert(Agency, name="Police")
    assert len(heard) == 1


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    return window


def _show(window: MainWindow, key: str):
    window.nav.setCurrentRow([k for k, _ in PAGES].index(key))
    return window.pages[key]


def _log_row_texts(page) -> list[str]:
    model = page.table.model()
    return [str(model.index(row, COL_WHAT).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def test_a_page_not_on_screen_shows_an_edit_made_elsewhere_when_it_comes_back(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    log = _show(window, "action-log")
    assert not any("Rewritten while the log was hidden" in text for text in _log_row_texts(log))
    action_id = log.model.action_id(0)
    _show(window, "plans")
    # Written by another page's step (the grid, the meeting room): the log is not on screen.
    set_action_field(window.context.workspace, action_id, "want", "Rewritten while the log was hidden")
    log = _show(window, "action-log")
    qtbot.waitUntil(lambda: any("Rewritten while the log was hidden" in t for t in _log_row_texts(log)), timeout=3000)


def test_a_change_from_elsewhere_repaints_only_the_grid_rows_it_touched(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    plans = _show(window, "plans")
    ws = window.context.workspace
    plan = next(p for p in list_plans(ws) if p.id == plans.plan_view.plan_id)
    model = plans.plan_view.model
    row = next(r for r in range(model.rowCount()) if model.row_id(r) > 0)
    action_id = model.row_id(row)
    assert model.index(row, COL_PROGRESS).data() != "Updated on another laptop"
    # Another client writes the row (as a server's other user, or a sync, would)...
    with sqlite3.connect(ws.path) as raw:
        raw.execute("UPDATE actions SET progress = ? WHERE id = ?", ("Updated on another laptop", action_id))
    assert model.index(row, COL_PROGRESS).data() != "Updated on another laptop"  # the page cannot know yet
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    # ...and its notice arrives through the workspace's one change feed.
    ws.feed.publish(Touched.of_records([("actions", action_id)], remote=True))
    qtbot.waitUntil(lambda: model.index(row, COL_PROGRESS).data() == "Updated on another laptop", timeout=3000)
    assert resets == []  # the row was repainted; the plan was not read again
    assert plan.id == plans.plan_view.plan_id
