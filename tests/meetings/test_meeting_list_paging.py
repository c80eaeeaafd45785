"""The Meetings page's list and the action log's "Reviewed at" box on many
meetings: ids in SQL's order, rows read a page at a time as the list paints
(a decade holds 2,000 meetings; benchmarks/decade.py times it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_builders import Setup
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.models import Meeting
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops import org, records
from safeguard_desktop.store.queries.meeting_list import meeting_ids, meeting_rows, meetings_to_review_at
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings import action_log_model, meeting_list_model
from safeguard_desktop.views.meetings.action_log_model import COL_DUE, COL_OWNER
from safeguard_desktop.views.pages.action_log_page import ActionLogPage
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from safeguard_desktop.views.widgets.record_table_model import ID_ROLE

FIRST = date(2020, 1, 7)


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    return AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)


@pytest.fixture
def two_groups(workspace: Workspace, setup: Setup) -> dict[str, list[int]]:
    """The setup's group ("Quality Assurance…", one meeting on 14 May 2024)
    and an "Audit" group meeting on the same days: 130 meetings each week
    from 7 Jan 2020, more than a page of the list."""
    audit = org.create_group(workspace, board_id=boards(workspace)[0].id, name="Audit Sub-group", kind="sub_group")
    made: dict[str, list[int]] = {"qa": [setup.meeting_id], "audit": []}
    for week in range(65):
        on = FIRST + timedelta(weeks=week)
        made["qa"].append(ops.schedule_meeting(workspace, group_id=setup.group_id, on=on))
        made["audit"].append(ops.schedule_meeting(workspace, group_id=audit, on=on))
    return made


def test_ids_come_newest_first_then_by_group_and_one_group_alone(workspace, setup, two_groups):
    ids = meeting_ids(workspace)
    assert len(ids) == 131
    rows = meeting_rows(workspace, ids)
    order = [(rows[i].date, rows[i].group) for i in ids]
    assert order[:3] == [(date(2024, 5, 14), "Quality Assurance Sub-group"),
                         (FIRST + timedelta(weeks=64), "Audit Sub-group"),
                         (FIRST + timedelta(weeks=64), "Quality Assurance Sub-group")]
    assert order == sorted(order, key=lambda o: (-o[0].toordinal(), o[1]))
    assert meeting_ids(workspace, setup.group_id) == [i for i in ids if i in set(two_groups["qa"])]


def test_deleted_meetings_are_not_listed_and_cancelled_ones_cannot_host_a_review(workspace, setup, two_groups):
    gone, cancelled = two_groups["audit"][:2]
    records.delete_records(workspace, Meeting, [gone])
    ops.set_meeting_status(workspace, cancelled, "cancelled")
    assert gone not in meeting_ids(workspace) and cancelled in meeting_ids(workspace)
    offered = meetings_to_review_at(workspace)
    assert [m[0] for m in offered] == [i for i in meeting_ids(workspace) if i != cancelled]
    assert offered[0] == (setup.meeting_id, "Quality Assurance Sub-group", date(2024, 5, 14))


def test_the_list_reads_the_rows_it_paints_not_every_meeting(qtbot, monkeypatch, context, setup, two_groups):
    asked: list[int] = []

    def counted(ws, ids):  # type: ignore[no-untyped-def]
        asked.extend(ids)
        return meeting_rows(ws, ids)

    monkeypatch.setattr(meeting_list_model, "meeting_rows", counted)
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    model = page.section.model
    assert model.rowCount() == 131
    assert model.index(0, 0).data() == "Tue 14 May 2024" and model.index(0, 1).data() == "Quality Assurance Sub-group"
    assert 0 < len(asked) <= meeting_list_model.PAGE < model.rowCount()  # the columns fit the top rows only
    oldest = two_groups["qa"][1]
    assert page.select(oldest)  # a meeting far down the list is found by its id, its page read then
    assert page.section.table.selectionModel().selectedRows()[0].row() == 130
    assert model.index(130, 0).data(ID_ROLE) == oldest and model.index(130, 1).data() == "Quality Assurance Sub-group"
    assert page.view.meeting_id == oldest
    page.group_filter.setCurrentIndex(page.group_filter.findText("Audit Sub-group"))
    assert model.rowCount() == 65
    assert {model.index(r, 1).data() for r in (0, 64)} == {"Audit Sub-group"}


def test_the_action_log_is_read_once_when_its_page_opens(qtbot, monkeypatch, context, setup, two_groups):
    loads: list[tuple[str, bool]] = []
    read = action_log_model.action_log_ids

    def counted(ws, flt, sort="due", descending=False):  # type: ignore[no-untyped-def]
        loads.append((sort, descending))
        return read(ws, flt, sort, descending)

    monkeypatch.setattr(action_log_model, "action_log_ids", counted)
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    assert loads == [("due", False)]  # in the order the header shows, sooner due first
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_DUE, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(COL_OWNER, Qt.SortOrder.DescendingOrder)
    assert loads[1:] == [("owner", True)]


def test_reviewed_at_offers_the_meetings_newest_first_and_keeps_the_choice(qtbot, context, setup, two_groups):
    ops.set_meeting_status(context.workspace, two_groups["qa"][-1], "cancelled")
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    combo = page.review_meeting
    assert combo.count() == 1 + 130  # "Not at a meeting", then every meeting not cancelled
    assert (combo.itemText(0), combo.itemData(0)) == ("Not at a meeting", None)
    assert (combo.itemText(1), combo.itemData(1)) == ("Quality Assurance Sub-group, 14 May 2024", setup.meeting_id)
    assert combo.itemText(2) == f"Audit Sub-group, {FIRST + timedelta(weeks=64):%d %b %Y}"
    assert combo.findData(two_groups["qa"][-1]) == -1
    chosen = two_groups["audit"][10]
    combo.setCurrentIndex(combo.findData(chosen))
    page.refresh()
    assert combo.currentData() == chosen
    assert combo.currentText() == f"Audit Sub-group, {FIRST + timedelta(weeks=10):%d %b %Y}"
