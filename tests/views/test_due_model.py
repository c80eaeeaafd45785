"""The "What is due" tree as a model over the overview read (#13): the
sections on top, their lines under them, "… and N more" when only the
first lines were read; each cell's words and colour made when asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from safeguard_desktop.core.review_clocks import ClockTone
from safeguard_desktop.store.queries.due import ACTION, SEAT, DueLine, DueOverview, DueSection
from safeguard_desktop.views.pages.due_model import COL_STATE, COL_WHAT, COL_WHEN, COL_WHERE, LINE_ROLE, DueModel

LATE = DueLine(ACTION, 7, 3, "Business plan 1.2", "Audit the referrals", date(2026, 1, 5), "Overdue by 3 days",
               ClockTone.OVERDUE)
SEAT_LINE = DueLine(SEAT, 9, 2, "Board", "Health seat", None, "No holder", ClockTone.WAITING)
OVERVIEW = DueOverview(date(2026, 1, 8), (
    DueSection("overdue", "Actions overdue", 5, (LATE,)),
    DueSection("vacant", "Seats without a holder", 1, (SEAT_LINE,)),
    DueSection("unagreed", "Minutes not yet agreed", 0, ()),
))


def _model(qtmodeltester) -> DueModel:  # type: ignore[no-untyped-def]
    model = DueModel()
    model.set_overview(OVERVIEW)
    qtmodeltester.check(model, force_py=True)
    return model


def test_sections_are_the_top_rows_with_their_counts_and_lines_under_them(qtmodeltester) -> None:
    model = _model(qtmodeltester)
    assert model.rowCount() == 3
    tops = [model.index(r, COL_WHAT) for r in range(3)]
    assert [t.data() for t in tops] == ["Actions overdue (5)", "Seats without a holder (1)",
                                        "Minutes not yet agreed (0)"]
    assert [t.data(LINE_ROLE) for t in tops] == ["overdue", "vacant", "unagreed"]
    assert tops[0].data(Qt.ItemDataRole.FontRole).bold()
    assert not model.flags(tops[0]) & Qt.ItemFlag.ItemIsSelectable
    assert [model.rowCount(t) for t in tops] == [2, 1, 0]  # one line read of five, and "… and 4 more"


def test_a_line_shows_what_where_when_and_its_state_in_the_tone_colour(qtmodeltester) -> None:
    model = _model(qtmodeltester)
    overdue = model.index(0, 0)
    cells = [model.index(0, column, overdue) for column in (COL_WHAT, COL_WHERE, COL_WHEN, COL_STATE)]
    assert [c.data() for c in cells] == ["Audit the referrals", "Business plan 1.2", "05/01/2026", "Overdue by 3 days"]
    assert cells[0].data(LINE_ROLE) == LATE
    assert cells[0].data(Qt.ItemDataRole.ToolTipRole) == "Audit the referrals"
    assert cells[3].data(Qt.ItemDataRole.BackgroundRole).color() == QColor(ClockTone.OVERDUE.colour)
    assert cells[3].data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#000000")
    assert model.flags(cells[1]) & Qt.ItemFlag.ItemIsSelectable
    assert model.parent(cells[2]) == overdue
    seat = model.index(0, COL_WHEN, model.index(1, 0))
    assert seat.data() == "" and model.line(seat) == SEAT_LINE


def test_the_lines_not_read_are_counted_on_a_last_row_that_opens_nothing(qtmodeltester) -> None:
    model = _model(qtmodeltester)
    more = model.index(1, COL_WHAT, model.index(0, 0))
    assert more.data() == "… and 4 more"
    assert model.line(more) is None and more.data(LINE_ROLE) is None
    assert model.flags(more) == Qt.ItemFlag.NoItemFlags
    assert model.index(2, 0, model.index(0, 0)) == QModelIndex()
