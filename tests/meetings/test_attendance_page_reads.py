"""The attendance page reads what it shows and no more: the span of the
meetings (three figures from SQL, not every meeting of a decade) for its
periods, and a level's columns fitted to its rows when its tab is shown."""

from __future__ import annotations

from datetime import date

from meeting_builders import build_group
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.models import Meeting
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.ops.records import delete_records
from safeguard_desktop.store.queries.attendance import MeetingSpan, meeting_span
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.attendance_page import AttendancePage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _page(qtbot, workspace) -> AttendancePage:  # type: ignore[no-untyped-def]
    page = AttendancePage(AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None))
    qtbot.addWidget(page)
    return page


def test_the_span_leaves_out_cancelled_and_deleted_meetings(workspace):
    assert meeting_span(workspace) is None
    setup = build_group(workspace, seat_count=2, quorum=1)  # its meeting: 14 May 2024
    group = setup.group_id
    ops.schedule_meeting(workspace, group_id=group, on=date(2019, 1, 10), status="cancelled")
    gone = ops.schedule_meeting(workspace, group_id=group, on=date(2020, 2, 3), status="held")
    delete_records(workspace, Meeting, [gone])
    ops.schedule_meeting(workspace, group_id=group, on=date(2022, 9, 1), status="held")
    ops.schedule_meeting(workspace, group_id=group, on=date(2025, 1, 20))
    ops.schedule_meeting(workspace, group_id=group, on=date(2026, 4, 2), status="cancelled")
    assert meeting_span(workspace, today=date(2024, 12, 1)) == MeetingSpan(
        date(2022, 9, 1), date(2025, 1, 20), date(2024, 5, 14))
    # Nothing held yet by "today": the page opens on the last meeting's quarter.
    assert meeting_span(workspace, today=date(2021, 1, 1)).latest_held == date(2025, 1, 20)


def test_the_page_offers_every_period_of_the_span_and_opens_on_the_latest_held(qtbot, workspace):
    setup = build_group(workspace, seat_count=2, quorum=1)
    ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2023, 6, 1), status="held")
    ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2022, 5, 1), status="cancelled")
    ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(date.today().year + 2, 5, 1))
    page = _page(qtbot, workspace)
    codes = [page.period_combo.itemData(i) for i in range(page.period_combo.count())]
    last_year = f"{date.today().year + 2}-{(date.today().year + 3) % 100:02d}"
    assert codes[0] == last_year and codes[-5:] == ["2023-24", "2023-24-Q4", "2023-24-Q3", "2023-24-Q2",
                                                    "2023-24-Q1"]
    assert page.period_combo.currentData() == "2024-25-Q1"  # the 14 May 2024 meeting, the latest held
    assert page._stack.currentIndex() == 0


def test_a_levels_columns_fit_its_rows_once_its_tab_is_shown(qtbot, workspace):
    setup = build_group(workspace, seat_count=2, quorum=1)
    ops.set_meeting_status(workspace, setup.meeting_id, "held")
    long_title = "Designated lead for safeguarding adults at risk across the region"
    seat = org.create_seat(workspace, group_id=setup.group_id, title=long_title, agency_id=None, voting=True)
    ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=seat, status="present")
    page = _page(qtbot, workspace)
    page.resize(1200, 700)
    page.show()
    page.period_combo.setCurrentIndex(page.period_combo.findData("2024-25-Q1"))
    table = page.tables["seat"]
    seat_column = 1
    assert page.models["seat"].index(2, seat_column).data() == long_title
    page.tabs.setCurrentIndex(2)
    width = table.fontMetrics().horizontalAdvance(long_title)
    assert table.columnWidth(seat_column) >= width
    assert table.columnWidth(seat_column) == table.sizeHintForColumn(seat_column)
