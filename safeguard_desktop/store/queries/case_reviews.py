"""The case reviews of a workspace with their clocks as they stand today,
for the Reviews page, the "What is due" page and the papers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from safeguard_desktop.core.review_clocks import (
    ClockState,
    ReviewDates,
    clock_state,
    review_clocks,
    review_kind_label,
)
from safeguard_desktop.store.models import Board, CaseReview, Plan
from safeguard_desktop.store.queries.settings import board_nation
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class ClockLine:
    name: str
    due: date | None
    met_on: date | None
    state: ClockState

    @property
    def summary(self) -> str:
        """The state in words, with the due date while it still runs."""
        if self.due is not None and self.met_on is None:
            return f"{self.state.words} (due {self.due:%d/%m/%Y})"
        return self.state.words


@dataclass(frozen=True)
class ReviewRow:
    id: int
    uuid: str
    kind: str
    reference: str
    title: str | None
    incident_on: date | None  # when the incident became known to the board
    notified_on: date | None
    rapid_review_on: date | None
    decision_on: date | None
    completed_on: date | None
    published_on: date | None
    status: str
    confidential: bool
    notes: str | None
    action_plan_id: int | None
    clocks: tuple[ClockLine, ...]

    @property
    def kind_label(self) -> str:
        return review_kind_label(self.kind)

    def clock(self, name: str) -> ClockLine | None:
        """The clock called ``name``; None when this kind does not run it."""
        return next((c for c in self.clocks if c.name == name), None)

    @property
    def next_clock(self) -> ClockLine | None:
        """The first clock not yet met, while the review is open."""
        if self.status != "open":
            return None
        return next((c for c in self.clocks if c.met_on is None), None)


def list_reviews(ws: Workspace, today: date | None = None, *, public: bool = False,
                 open_only: bool = False) -> list[ReviewRow]:
    """Every live review, newest incident first; a ``public`` list leaves out
    confidential ones (reviews are confidential unless marked otherwise)."""
    today = today or date.today()
    nation = board_nation(ws)
    plan = (select(Plan.id).where(Plan.case_review_id == CaseReview.id, Plan.deleted_at.is_(None))
            .order_by(Plan.id).limit(1).scalar_subquery())
    query = (select(CaseReview, plan).where(CaseReview.deleted_at.is_(None))
             .order_by(CaseReview.incident_on.desc().nulls_first(), CaseReview.id.desc()))
    if public:
        query = query.where(CaseReview.confidential.is_(False))
    if open_only:
        query = query.where(CaseReview.status == "open")
    with ws.session() as s:
        found = s.execute(query).all()
        return [_row(review, plan_id, today, nation) for review, plan_id in found]


def _row(r: CaseReview, plan_id: int | None, today: date, nation: str) -> ReviewRow:
    dates = ReviewDates(r.kind, r.incident_on, r.notified_on, r.rapid_review_on, r.decision_on, r.completed_on)
    closed = r.status != "open"
    clocks = tuple(ClockLine(c.name, c.due, c.met_on, clock_state(c, today, nation, closed=closed))
                   for c in review_clocks(dates, nation))
    return ReviewRow(r.id, r.uuid, r.kind, r.reference, r.title, r.incident_on, r.notified_on, r.rapid_review_on,
                     r.decision_on, r.completed_on, r.published_on, r.status, r.confidential, r.notes, plan_id,
                     clocks)


@dataclass(frozen=True)
class ReviewsDocument:
    """The reviews paper: every review with its clocks on ``on``."""

    board: str
    on: date
    rows: tuple[ReviewRow, ...]
    public: bool
    withheld: int  # confidential reviews left out of a public paper


def reviews_document(ws: Workspace, today: date | None = None, *, public: bool = False) -> ReviewsDocument:
    today = today or date.today()
    rows = list_reviews(ws, today)
    shown = [r for r in rows if not (public and r.confidential)]
    return ReviewsDocument(board_name(ws), today, tuple(shown), public, len(rows) - len(shown))


def board_name(ws: Workspace) -> str:
    with ws.session() as s:
        return s.execute(select(Board.name).where(Board.deleted_at.is_(None)).order_by(Board.id)).scalar() or ""
