"""The action log: every action from every meeting and every plan, filtered
and sorted in SQL (a proxy model over Python rows is 100x slower:
docs/PLATFORM_FACTS.md, "Qt tables: never a proxy model over Python rows").

The log is read in two steps, as the table model wants it: the ids that pass
the filter, in order; then the rows of one page of those ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from datetime import date
from typing import Any, Sequence

from sqlalchemy import ColumnElement, Select, String, and_, bindparam, cast, func, or_, select
from sqlalchemy.orm import aliased

from safeguard_desktop.core.statuses import OPEN_STATUSES, STATUS_LABELS
from safeguard_desktop.core.text_fold import fold
from safeguard_desktop.core.timescales import is_overdue
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, ActionUpdate, Agency, AgendaItem, Group, Meeting, Person, Plan
from safeguard_desktop.store.queries.folded_search import words_in
from safeguard_desktop.store.workspace import Workspace

# The stored statuses that still need work: carried forward is not done, it
# is still outstanding (core.timescales.is_open_status agrees).
SORT_KEYS = ("due", "source", "owner", "status", "updated")
KIND_WORDS = {"progress": "Progress", "rag": "RAG", "status": "Status", "due": "Due date"}
# The owning person, joined under one name so filters and sorting share it.
OWNER = aliased(Person, name="owner")


@dataclass(frozen=True)
class ActionLogFilter:
    open_only: bool = False
    overdue_only: bool = False
    owner_person_id: int | None = None
    agency_id: int | None = None  # the owning agency, or the owner's agency
    group_id: int | None = None  # the meeting's group or the plan's group
    source: str | None = None  # "meetings" | "plans" | None for both
    meeting_id: int | None = None
    plan_id: int | None = None
    status: str | None = None  # one stored status (core.statuses), None for any
    due_before: date | None = None  # due on or before this day
    text: str = ""
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ActionLogRow:
    id: int
    source_kind: str  # meeting | plan
    source: str  # "Board, 12 Sep 2024, item 5" or "Business plan 2024-25, 1.3a"
    group: str | None
    want: str | None
    owner: str | None
    due: date | None
    due_text: str | None
    status: str
    rag: str | None
    overdue: bool
    progress: str | None
    last_update_at: str | None
    last_update: str | None  # "Status: completed (Board, 12 Sep 2024)"


@dataclass(frozen=True)
class HistoryRow:
    at: str
    by: str
    kind: str
    old_value: str | None
    new_value: str | None
    meeting: str | None
    note: str | None = None  # "undone" / "redone" when an undo took the change back or made it again


def _due() -> ColumnElement[Any]:
    return func.coalesce(Action.target_date, Action.when_date)


def _group_id() -> ColumnElement[Any]:
    return func.coalesce(Meeting.group_id, Plan.group_id)


def _filtered(columns: Sequence[Any], flt: ActionLogFilter) -> Select[Any]:
    owner = OWNER
    query = (
        select(*columns)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(Plan, Plan.id == Action.plan_id)
        .outerjoin(owner, owner.id == Action.owner_person_id)
        .where(Action.deleted_at.is_(None), Meeting.deleted_at.is_(None), Plan.deleted_at.is_(None),
               or_(Action.meeting_id.is_not(None), Action.plan_id.is_not(None)))
    )
    conditions: list[ColumnElement[bool]] = []
    if flt.open_only or flt.overdue_only:
        conditions.append(Action.status.in_(OPEN_STATUSES))
    if flt.overdue_only:
        conditions.extend([_due() < flt.today, func.coalesce(Action.rag, "") != "blue"])
    if flt.owner_person_id is not None:
        conditions.append(Action.owner_person_id == flt.owner_person_id)
    if flt.agency_id is not None:
        conditions.append(or_(Action.owner_agency_id == flt.agency_id, owner.agency_id == flt.agency_id))
    if flt.group_id is not None:
        conditions.append(_group_id() == flt.group_id)
    if flt.source == "meetings":
        conditions.append(Action.meeting_id.is_not(None))
    elif flt.source == "plans":
        conditions.append(Action.plan_id.is_not(None))
    if flt.meeting_id is not None:
        conditions.append(Action.meeting_id == flt.meeting_id)
    if flt.plan_id is not None:
        conditions.append(Action.plan_id == flt.plan_id)
    if flt.status is not None:
        conditions.append(Action.status == flt.status)
    if flt.due_before is not None:
        conditions.append(_due() <= flt.due_before)
    if flt.text.strip():
        # Every word typed must appear somewhere in the action or its owner's
        # name, ignoring case and accents, as the grid's search does.
        conditions.extend(words_in(flt.text, Action.want, Action.how, Action.lead, Action.progress, Action.number,
                                   owner.name))
    return query.where(and_(*conditions)) if conditions else query


def matching_ids(flt: ActionLogFilter) -> Select[Any]:
    """The ids the filter lets through, as a query to use inside another."""
    return _filtered([Action.id], flt)


def find_named(ws: Workspace, model: Any, name: str, what: str) -> int:
    """The live agency or person called ``name`` (case and accents aside);
    a UserError naming the choices when there is none."""
    with ws.session() as s:
        rows = s.execute(select(model.id, model.name).where(model.deleted_at.is_(None))
                         .order_by(model.name)).all()
    wanted = fold(" ".join(name.split()))
    hits = [row_id for row_id, row_name in rows if fold(row_name) == wanted]
    if not hits:
        choices = "; ".join(row_name for _, row_name in rows[:30]) or "none"
        raise UserError(f"No {what} called '{name}'. Choose one of: {choices}.")
    return int(hits[0])


def describe_filter(ws: Workspace, flt: ActionLogFilter) -> tuple[str, ...]:
    """The filter in words, for the paper it made ("Group: Quality Assurance
    Sub-group", "Due on or before 31 Mar 2025"): a reader must know the log
    in their hands is not every action."""
    def name(model: Any, record_id: int | None) -> str | None:
        if record_id is None:
            return None
        with ws.session() as s:
            record = s.get(model, record_id)
        return getattr(record, "name", None) or getattr(record, "title", None) if record is not None else None

    words = [
        "Overdue actions only" if flt.overdue_only else "Open actions only" if flt.open_only else None,
        f"Status: {STATUS_LABELS.get(flt.status, flt.status)}" if flt.status else None,
        {"meetings": "Actions arising from meetings only", "plans": "Plan actions only"}.get(flt.source or ""),
        f"Group: {name(Group, flt.group_id)}" if flt.group_id is not None else None,
        f"Agency: {name(Agency, flt.agency_id)}" if flt.agency_id is not None else None,
        f"Owner: {name(Person, flt.owner_person_id)}" if flt.owner_person_id is not None else None,
        f"Plan: {name(Plan, flt.plan_id)}" if flt.plan_id is not None else None,
        f"Due on or before {flt.due_before.day} {flt.due_before:%b %Y}" if flt.due_before else None,
        f"Search: “{flt.text.strip()}”" if flt.text.strip() else None,
    ]
    if flt.meeting_id is not None:
        with ws.session() as s:
            found = s.execute(select(Group.name, Meeting.date).join(Meeting, Meeting.group_id == Group.id)
                              .where(Meeting.id == flt.meeting_id)).first()
        words.append(f"Meeting: {found[0]}, {found[1].day} {found[1]:%b %Y}" if found else None)
    return tuple(w for w in words if w) or ("All actions",)


def action_log_ids(ws: Workspace, flt: ActionLogFilter, sort: str = "due", descending: bool = False) -> list[int]:
    if sort not in SORT_KEYS:
        raise ValueError(f"cannot sort the action log by {sort}")
    keys: dict[str, Any] = {
        "due": _due(),
        # As text: SQLite keeps dates as ISO text anyway; a server will not mix a date with text.
        "source": func.coalesce(cast(Meeting.date, String), Plan.financial_year),
        "owner": func.coalesce(OWNER.name, Action.lead),
        "status": Action.status,
        "updated": Action.last_updated,
    }
    key = keys[sort]
    # Rows with no value sort last whichever way: a missing date is not "earliest".
    order = [key.is_(None), key.desc() if descending else key, Action.id]
    with ws.session() as s:
        # The connection's plain rows: the ORM's result machinery costs more than the query.
        return list(s.connection().execute(_filtered([Action.id], flt).order_by(*order)).scalars())


@cache
def _rows_query() -> Select[Any]:
    """The log's row query, built once: a page is read each time the view
    scrolls to one, and building and keying this select cost more than
    SQLite's reading of it. The ids are bound when it runs."""
    owner = OWNER
    owner_agency = aliased(Agency)
    item = aliased(AgendaItem)
    latest = (
        select(func.max(ActionUpdate.id)).where(ActionUpdate.action_id == Action.id).correlate(Action)
        .scalar_subquery()
    )
    update_meeting = aliased(Meeting)
    update_group = aliased(Group)
    return (
        select(Action.id, Action.meeting_id, Meeting.date, item.number, Plan.title, Action.number,
               Group.name, Action.want, owner.name, owner_agency.name, Action.lead, _due(), Action.when_text,
               Action.status, Action.rag, Action.progress, ActionUpdate.at, ActionUpdate.kind, ActionUpdate.new_value,
               update_meeting.date, update_group.name)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(Plan, Plan.id == Action.plan_id)
        .outerjoin(Group, Group.id == func.coalesce(Meeting.group_id, Plan.group_id))
        .outerjoin(item, item.id == Action.agenda_item_id)
        .outerjoin(owner, owner.id == Action.owner_person_id)
        .outerjoin(owner_agency, owner_agency.id == func.coalesce(Action.owner_agency_id, owner.agency_id))
        .outerjoin(ActionUpdate, ActionUpdate.id == latest)
        .outerjoin(update_meeting, update_meeting.id == ActionUpdate.meeting_id)
        .outerjoin(update_group, update_group.id == update_meeting.group_id)
        .where(Action.id.in_(bindparam("ids", expanding=True)))
    )


def action_log_rows(ws: Workspace, ids: Sequence[int], today: date | None = None) -> dict[int, ActionLogRow]:
    """The log rows for ``ids`` (one page), by id."""
    today = today or date.today()
    with ws.session() as s:
        result = s.connection().execute(_rows_query(), {"ids": list(ids)}).all()
    rows = {}
    for (action_id, meeting_id, meeting_date, item_number, plan_title, number, group, want, person, agency, lead,
         due, due_text, status, rag, progress, update_at, update_kind, update_value, update_date, update_group_name) in result:
        if meeting_id is not None:
            source = f"{group}, {meeting_date:%d %b %Y}" + (f", item {item_number}" if item_number else "")
        else:
            source = f"{plan_title}, {number}" if number else (plan_title or "")
        rows[action_id] = ActionLogRow(
            action_id, "meeting" if meeting_id is not None else "plan", source, group, want,
            owner_label(person, agency, lead), due, due_text, status, rag, is_overdue(due, status, today, rag),
            progress,
            update_at,
            _describe_update(update_kind, update_value, update_group_name, update_date),
        )
    return rows


def owner_label(person: str | None, agency: str | None, lead: str | None) -> str | None:
    if person and agency:
        return f"{person} ({agency})"
    return person or agency or lead


def _describe_update(kind: str | None, value: str | None, group: str | None, on: date | None) -> str | None:
    if kind is None:
        return None
    text = f"{KIND_WORDS.get(kind, kind)}: {(value or '(cleared)').replace('_', ' ')}"
    return f"{text} ({group}, {on:%d %b %Y})" if on is not None else text


def action_history(ws: Workspace, action_id: int) -> list[HistoryRow]:
    with ws.session() as s:
        rows = s.execute(
            select(ActionUpdate.at, ActionUpdate.by, ActionUpdate.kind, ActionUpdate.old_value,
                   ActionUpdate.new_value, Group.name, Meeting.date, ActionUpdate.note)
            .outerjoin(Meeting, Meeting.id == ActionUpdate.meeting_id)
            .outerjoin(Group, Group.id == Meeting.group_id)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.at.desc(), ActionUpdate.id.desc())
        ).all()
    return [HistoryRow(at, by, kind, old, new, f"{group}, {on:%d %b %Y}" if on else None, note)
            for at, by, kind, old, new, group, on, note in rows]


def actions_for_review(ws: Workspace, meeting_id: int) -> list[int]:
    """Matters arising: the group's actions still open from its earlier
    meetings, and any it reviewed at this meeting (so a completed one stays
    on screen after it was ticked off)."""
    with ws.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        earlier = select(Meeting.id).where(Meeting.group_id == meeting.group_id, Meeting.date < meeting.date)
        reviewed_here = select(ActionUpdate.action_id).where(ActionUpdate.meeting_id == meeting_id)
        return list(s.scalars(
            select(Action.id).outerjoin(Plan, Plan.id == Action.plan_id)
            .where(Action.deleted_at.is_(None),
                   or_(and_(Action.status.in_(OPEN_STATUSES),
                            or_(Action.meeting_id.in_(earlier), Plan.group_id == meeting.group_id)),
                       Action.id.in_(reviewed_here)))
            .order_by(func.coalesce(Action.target_date, Action.when_date).is_(None),
                      func.coalesce(Action.target_date, Action.when_date), Action.id)
        ))
