"""One search across the whole workspace (Ctrl+Shift+F): actions, minutes,
agenda items, plans and their entries, and people, each hit with what it
is, where it is, and which page shows it. Every word typed must appear,
case and accents aside (folded_search)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.models import (
    Action,
    AgendaItem,
    Group,
    Meeting,
    Minute,
    Person,
    Plan,
    PlanEntry,
    Seat,
    SeatHolding,
)
from safeguard_desktop.store.pg_text_search import ActionTextMatch
from safeguard_desktop.store.queries.actions import fts_query
from safeguard_desktop.store.queries.folded_search import words_in
from safeguard_desktop.store.workspace import Workspace

# Hits of one kind shown at most: a word common to everything must not
# bury the other kinds under a thousand actions.
PER_KIND = 25


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "Action", "Minutes", "Agenda item", "Plan", "Person"
    title: str
    where: str  # "Business Plan 2019-20" or "Board, 12 Sep 2024"
    page: str  # the page key that shows it (main window PAGES)
    record_id: int | None  # what that page selects
    home_id: int | None  # the plan, group... the page opens first


def search_everything(ws: Workspace, typed: str, per_kind: int = PER_KIND) -> list[SearchHit]:
    if not typed.split():
        return []
    with ws.session() as s:
        return [*_actions(s, typed, per_kind), *_minutes(s, typed, per_kind), *_agenda(s, typed, per_kind),
                *_plans(s, typed, per_kind), *_people(s, typed, per_kind)]


def _meeting_words(group: str, day: date) -> str:
    return f"{group}, {day.day} {day:%b %Y}"


def _actions(s: Any, typed: str, limit: int) -> list[SearchHit]:
    rows = s.execute(
        select(Action.id, Action.number, Action.want, Action.plan_id, Plan.title, Plan.financial_year,
               Group.name, Meeting.date)
        .outerjoin(Plan, Plan.id == Action.plan_id).outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(Group, Group.id == Meeting.group_id)
        .where(Action.deleted_at.is_(None), Plan.deleted_at.is_(None), Meeting.deleted_at.is_(None),
               (Action.plan_id.is_not(None)) | (Action.meeting_id.is_not(None)),
               *_action_words(typed))
        .order_by(Action.id.desc()).limit(limit)).all()
    hits = []
    for action_id, number, want, plan_id, plan, year, group, day in rows:
        title = f"{number} {want or ''}".strip() if number else (want or "(no text)")
        if plan_id is not None:
            where = plan if not year or year in plan else f"{plan} {year}"
            hits.append(SearchHit("Action", title, where, "plans", action_id, plan_id))
        else:
            hits.append(SearchHit("Action", title, _meeting_words(group, day), "action-log", action_id, None))
    return hits


def _action_words(typed: str) -> list[Any]:
    """Through the actions' full-text index, as the grid searches (it folds
    accents too; each word a prefix): folding the text of every action was
    0.4 s for a rare word among a decade's 20,000. Typed marks alone (no
    letter or digit) are matched as text."""
    query = fts_query(typed)
    if query is None:
        return words_in(typed, Action.number, Action.want, Action.how, Action.lead, Action.measure,
                        Action.progress, Action.source)
    return [ActionTextMatch(query, typed)]


def _minutes(s: Any, typed: str, limit: int) -> list[SearchHit]:
    with_minutes = select(AgendaItem.id).join(Minute, Minute.agenda_item_id == AgendaItem.id).where(
        *words_in(typed, Minute.context, Minute.key_issues, Minute.discussion, Minute.decision))
    return _items(s, "Minutes", AgendaItem.id.in_(with_minutes), limit=limit)


def _agenda(s: Any, typed: str, limit: int) -> list[SearchHit]:
    return _items(s, "Agenda item", *words_in(typed, AgendaItem.title, AgendaItem.presenter, AgendaItem.paper_ref),
                  limit=limit)


def _items(s: Any, kind: str, *found: Any, limit: int) -> list[SearchHit]:
    """Agenda items that match, newest meeting first; each opens its meeting."""
    rows = s.execute(
        select(Meeting.id, AgendaItem.number, AgendaItem.title, Group.name, Meeting.date).select_from(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id).join(Group, Group.id == Meeting.group_id)
        .where(AgendaItem.deleted_at.is_(None), Meeting.deleted_at.is_(None), *found)
        .order_by(Meeting.date.desc(), AgendaItem.position).limit(limit)).all()
    return [SearchHit(kind, f"{number}. {title}" if number else title, _meeting_words(group, day),
                      "meetings", meeting_id, None) for meeting_id, number, title, group, day in rows]


def _plans(s: Any, typed: str, limit: int) -> list[SearchHit]:
    plans = s.execute(
        select(Plan.id, Plan.title, Plan.financial_year, Plan.kind)
        .where(Plan.deleted_at.is_(None), *words_in(typed, Plan.title, Plan.financial_year, Plan.introduction))
        .order_by(Plan.title).limit(limit)).all()
    entries = s.execute(
        select(PlanEntry.plan_id, PlanEntry.number, PlanEntry.title, Plan.title, Plan.kind)
        .join(Plan, Plan.id == PlanEntry.plan_id)
        .where(PlanEntry.deleted_at.is_(None), Plan.deleted_at.is_(None),
               *words_in(typed, PlanEntry.number, PlanEntry.title, PlanEntry.body, PlanEntry.reference,
                         PlanEntry.evidence, PlanEntry.analysis))
        .order_by(Plan.title, PlanEntry.position).limit(limit)).all()
    return [*(SearchHit("Plan", title, year or "", _plan_page(kind), None, plan_id)
              for plan_id, title, year, kind in plans),
            *(SearchHit("Plan entry", f"{number} {title}".strip() if number else title, plan, _plan_page(kind),
                        None, plan_id) for plan_id, number, title, plan, kind in entries)]


def _plan_page(kind: str) -> str:
    return "self-assessments" if kind == "self_assessment" else "plans"


def _people(s: Any, typed: str, limit: int) -> list[SearchHit]:
    seat = (select(SeatHolding.seat_id).join(Seat, Seat.id == SeatHolding.seat_id)
            .where(SeatHolding.person_id == Person.id, Seat.deleted_at.is_(None))
            .order_by(SeatHolding.to_date.is_not(None), SeatHolding.from_date.desc()).limit(1)
            .correlate(Person).scalar_subquery())
    rows = s.execute(
        select(Person.name, Person.job_title, seat, Seat.group_id, Seat.title).select_from(Person)
        .outerjoin(Seat, Seat.id == seat)
        .where(Person.deleted_at.is_(None), *words_in(typed, Person.name, Person.job_title, Person.email))
        .order_by(Person.name).limit(limit)).all()
    return [SearchHit("Person", name, seat_title or job_title or "", "people", seat_id, group_id)
            for name, job_title, seat_id, group_id, seat_title in rows]
