"""What is due: the lines of the overview a workspace opens on.

Each section is counted in SQL and only its first ``limit`` lines are read,
so the page and the counts in the navigation stay quick on a workspace of
tens of thousands of actions. Review clocks are worked out in Python (a
board has a handful of open reviews; their working days need the calendar).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Final

from sqlalchemy import Select, and_, case, exists, func, or_, select, text
from sqlalchemy.orm import Session

from safeguard_desktop.core.quarters import quarter_of
from safeguard_desktop.core.review_clocks import ClockTone
from safeguard_desktop.store.models import (
    Action,
    AgendaItem,
    Group,
    Meeting,
    Minute,
    Plan,
    Seat,
    SeatHolding,
)
from safeguard_desktop.store.queries.case_reviews import board_name, list_reviews
from safeguard_desktop.store.workspace import Workspace

# The condition of the partial index of open actions by due date
# (ix_actions_open_due, revision 0008), written literally: SQLite uses a
# partial index only for a query whose conditions hold the index's own,
# and it does not compare bound values.
# ("|| ''" keeps the planner off the (status, target_date) index, which it
# would take and then sort every open action.)
OPEN_ACTIONS_SQL: Final = ("actions.deleted_at IS NULL AND actions.status || '' IN ('open', 'carried_forward') "
                           "AND coalesce(actions.rag, '') != 'blue'")

DUE_SOON_DAYS: Final = 14
LIMIT: Final = 200
PAPER_LIMIT: Final = 100_000

# What a line opens.
ACTION, REVIEW, MEETING, SEAT = "action", "review", "meeting", "seat"


@dataclass(frozen=True)
class DueLine:
    record: str  # ACTION | REVIEW | MEETING | SEAT
    record_id: int
    home_id: int | None  # the action's plan (None: a meeting's action), the seat's group
    where: str  # the plan and number, the meeting, the group
    text: str
    when: date | None
    words: str
    tone: ClockTone
    confidential: bool = False  # left out of a public paper


@dataclass(frozen=True)
class DueSection:
    key: str
    heading: str
    count: int  # all of them, though only ``lines`` were read
    lines: tuple[DueLine, ...]


@dataclass(frozen=True)
class DueOverview:
    today: date
    sections: tuple[DueSection, ...]

    @property
    def count(self) -> int:
        return sum(section.count for section in self.sections)

    def section(self, key: str) -> DueSection:
        return next(s for s in self.sections if s.key == key)


def what_is_due(ws: Workspace, today: date | None = None, limit: int = LIMIT) -> DueOverview:
    today = today or date.today()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    action_sections = (
        ("overdue", "Actions overdue", _due() < today, (_due(), Action.id)),
        ("due_soon", f"Actions due in the next {DUE_SOON_DAYS} days", _due().between(today, soon), (_due(), Action.id)),
        ("stale", "Plan rows not updated this quarter", _stale(today),
         (Action.last_updated.is_not(None), Action.last_updated, Action.plan_id, Action.position)),
    )
    with ws.session() as s:
        # The three action counts in one pass over the table.
        counts = s.execute(_OPEN_ACTIONS.with_only_columns(
            *(func.count(case((when, 1))) for _, _, when, _ in action_sections),
            maintain_column_froms=True)).one()
        actions = {key: _actions(s, key, heading, when, order, count, today, limit)
                   for (key, heading, when, order), count in zip(action_sections, counts)}
    reviews = _reviews(ws, today, limit)
    with ws.session() as s:
        others = [
            _meetings(s, "no_minutes", "Meetings held without minutes", ~_has_minutes(), today, limit),
            _meetings(s, "unagreed", "Minutes not yet agreed",
                      # The status first: over years most minutes are agreed, and
                      # reading a meeting's minutes costs far more than its status.
                      and_(Meeting.minutes_status == "draft", _has_minutes()), today, limit),
            _vacant_seats(s, today, limit),
        ]
    # The statutory clocks first: a missed one is reported to the national panel.
    return DueOverview(today, (reviews, actions["overdue"], actions["due_soon"], *others, actions["stale"]))


@dataclass(frozen=True)
class DueDocument:
    """The "What is due" paper: every line, not only the first ``LIMIT``."""

    board: str
    overview: DueOverview
    public: bool
    withheld: int  # lines about confidential records left out of a public paper


def due_document(ws: Workspace, today: date | None = None, *, public: bool = False) -> DueDocument:
    overview = what_is_due(ws, today, limit=PAPER_LIMIT)
    withheld = 0
    if public:
        sections = []
        for section in overview.sections:
            lines = tuple(line for line in section.lines if not line.confidential)
            withheld += len(section.lines) - len(lines)
            sections.append(DueSection(section.key, section.heading, section.count - (len(section.lines) - len(lines)),
                                       lines))
        overview = DueOverview(overview.today, tuple(sections))
    return DueDocument(board_name(ws), overview, public, withheld)


def due_count(ws: Workspace, today: date | None = None) -> int:
    """How many lines the page has: the figure in the navigation."""
    return what_is_due(ws, today, limit=0).count


def _section(s: Session, key: str, heading: str, query: Select[Any], order: tuple[Any, ...], limit: int,
             line: Callable[[Any], DueLine], count: int | None = None) -> DueSection:
    if count is None:
        # Counted over the same joins and conditions without building each line.
        count = s.execute(query.with_only_columns(func.count(), maintain_column_froms=True)).scalar_one()
    rows = s.execute(query.order_by(*order).limit(limit)).all() if limit and count else []
    return DueSection(key, heading, count, tuple(line(row) for row in rows))


# -- actions -------------------------------------------------------------------
def _due() -> Any:
    return func.coalesce(Action.target_date, Action.when_date)


def _open_actions() -> Select[Any]:
    """Open actions of live plans (not archived) and live meetings, with
    where each one sits."""
    where = func.coalesce(
        Plan.title + func.coalesce(" " + Action.number, ""),
        Group.name + " " + func.strftime("%d/%m/%Y", Meeting.date),
    )
    return (select(Action.id, Action.plan_id, where, func.coalesce(Action.want, Action.how, ""), _due(),
                   Action.last_updated, Action.confidential)
            # Only the open actions, in the order they fall due (revision
            # 0008): over a decade most actions are closed, and the overdue
            # and due-soon sections stop at their first lines (0.3 ms, where
            # a pass over every action took 90 ms on 20,000).
            .outerjoin(Plan, Plan.id == Action.plan_id)
            .outerjoin(Meeting, Meeting.id == Action.meeting_id)
            .outerjoin(Group, Group.id == Meeting.group_id)
            .where(text(OPEN_ACTIONS_SQL),
                   or_(and_(Plan.id.is_not(None), Plan.deleted_at.is_(None), Plan.status != "archived"),
                       and_(Meeting.id.is_not(None), Meeting.deleted_at.is_(None)))))


# Built once: it holds no values of its own, and each reading of the page
# starts four queries from it.
_OPEN_ACTIONS: Final = _open_actions()


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def _action_words(due: date, today: date) -> tuple[str, ClockTone]:
    if due < today:
        return f"Overdue by {_days((today - due).days)}", ClockTone.OVERDUE
    if due == today:
        return "Due today", ClockTone.DUE_SOON
    return f"Due in {_days((due - today).days)}", ClockTone.DUE_SOON


def _stale(today: date) -> Any:
    """A plan row nobody has updated since this quarter began."""
    since = quarter_of(today).start
    return and_(Action.plan_id.is_not(None), or_(Action.last_updated.is_(None), Action.last_updated < since))


def _actions(s: Session, key: str, heading: str, when: Any, order: tuple[Any, ...], count: int, today: date,
             limit: int) -> DueSection:
    def line(row: Any) -> DueLine:
        if key == "stale":
            words = f"Last updated {row[5]:%d/%m/%Y}" if row[5] else "Never updated"
            return DueLine(ACTION, row[0], row[1], row[2], row[3], row[5], words, ClockTone.DUE_SOON, row[6])
        words, tone = _action_words(row[4], today)
        return DueLine(ACTION, row[0], row[1], row[2], row[3], row[4], words, tone, row[6])

    return _section(s, key, heading, _OPEN_ACTIONS.where(when), order, limit, line, count)


# -- reviews -------------------------------------------------------------------
def _reviews(ws: Workspace, today: date, limit: int) -> DueSection:
    """Open reviews whose next clock is overdue or due soon."""
    lines = []
    for review in list_reviews(ws, today, open_only=True):
        clock = review.next_clock
        if clock is None or clock.state.tone not in (ClockTone.OVERDUE, ClockTone.DUE_SOON):
            continue
        lines.append(DueLine(REVIEW, review.id, review.action_plan_id, f"{review.reference} ({review.kind_label})",
                             f"{clock.name} due {clock.due:%d/%m/%Y}", clock.due,
                             clock.state.words, clock.state.tone, review.confidential))
    lines.sort(key=lambda line: (line.when or today, line.record_id))
    return DueSection("reviews", "Review clocks running out", len(lines), tuple(lines[:limit]))


# -- meetings and seats --------------------------------------------------------
def _has_minutes() -> Any:
    written = or_(*(func.length(func.trim(func.coalesce(column, ""))) > 0 for column in
                    (Minute.context, Minute.key_issues, Minute.discussion, Minute.decision)))
    return exists(select(Minute.id).join(AgendaItem, AgendaItem.id == Minute.agenda_item_id)
                  .where(AgendaItem.meeting_id == Meeting.id, AgendaItem.deleted_at.is_(None), written))


def _meetings(s: Session, key: str, heading: str, condition: Any, today: date, limit: int) -> DueSection:
    query = (select(Meeting.id, Meeting.group_id, Group.name, Meeting.title, Meeting.date, Meeting.confidential)
             .join(Group, Group.id == Meeting.group_id)
             .where(Meeting.deleted_at.is_(None), Meeting.status != "cancelled", Meeting.date < today, condition))

    def line(row: Any) -> DueLine:
        held = (today - row[4]).days
        words = f"Held {_days(held)} ago"
        tone = ClockTone.OVERDUE if key == "no_minutes" and held > DUE_SOON_DAYS else ClockTone.DUE_SOON
        return DueLine(MEETING, row[0], row[1], row[2], row[3] or f"{row[2]} meeting of {row[4]:%d %B %Y}",
                       row[4], words, tone, row[5])

    return _section(s, key, heading, query, (Meeting.date.desc(), Meeting.id), limit, line)


def _vacant_seats(s: Session, today: date, limit: int) -> DueSection:
    held = exists(select(SeatHolding.id).where(
        SeatHolding.seat_id == Seat.id, SeatHolding.from_date <= today,
        or_(SeatHolding.to_date.is_(None), SeatHolding.to_date >= today)))
    query = (select(Seat.id, Seat.group_id, Group.name, Seat.title)
             .join(Group, Group.id == Seat.group_id)
             .where(Seat.deleted_at.is_(None), Group.deleted_at.is_(None),
                    or_(Seat.retired_on.is_(None), Seat.retired_on >= today),
                    or_(Group.active_to.is_(None), Group.active_to >= today), ~held))

    def line(row: Any) -> DueLine:
        return DueLine(SEAT, row[0], row[1], row[2], row[3], None, "No holder", ClockTone.WAITING)

    return _section(s, "vacant", "Seats without a holder", query, (Group.position, Group.name, Seat.position), limit,
                    line)
