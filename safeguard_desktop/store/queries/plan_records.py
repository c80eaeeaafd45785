"""A plan's records as plain JSON-ready values: everything a paper's layout
cannot show (uuids, entry kinds, the tree's links, the confidential flag,
owners, completion dates, history), so an exported workbook can carry it in
a hidden sheet and an import can give back the same plan.

Links are by uuid, never by id: the workbook may be imported into another
workspace. Owners carry their name as well, to be matched by either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from safeguard_desktop.store.models import (
    Action,
    ActionUpdate,
    Agency,
    AssessmentAnswer,
    CaseReview,
    Meeting,
    Person,
    Plan,
    PlanEntry,
    ReviewPeriod,
)

PLAN_FIELDS: Final = ("kind", "title", "financial_year", "version", "status", "introduction", "column_headings")
ENTRY_FIELDS: Final = ("kind", "number", "title", "body", "reference", "evidence", "analysis", "score", "status",
                       "rag", "extra")
ACTION_FIELDS: Final = ("number", "cab", "want", "how", "lead", "measure", "when_text", "when_date", "progress",
                        "rag", "status", "target_date", "last_updated", "source", "confidential", "completed_on",
                        "extra")
DATE_FIELDS: Final = frozenset({"when_date", "target_date", "last_updated", "completed_on", "starts_on", "ends_on"})
HISTORY_FIELDS: Final = ("at", "by", "kind", "old_value", "new_value", "note")
PERIOD_FIELDS: Final = ("label", "starts_on", "ends_on", "position")
ANSWER_FIELDS: Final = ("evidence", "analysis", "score", "extra")


@dataclass(frozen=True)
class PlanRecords:
    plan: dict[str, Any]
    by_uuid: dict[str, dict[str, Any]] = field(default_factory=dict)  # entries and actions

    def only(self, uuids: Iterable[str]) -> PlanRecords:
        """The records of what a paper shows (a public one leaves some out)."""
        keep = set(uuids)
        return PlanRecords(self.plan, {u: r for u, r in self.by_uuid.items() if u in keep})


def plan_records(s: Session, plan_id: int, plan_uuid: str) -> PlanRecords:
    plan = s.get(Plan, plan_id)
    assert plan is not None and plan.uuid == plan_uuid
    previous = s.get(Plan, plan.previous_plan_id) if plan.previous_plan_id else None
    plan_record = {"table": "plan", "uuid": plan.uuid, **{f: getattr(plan, f) for f in PLAN_FIELDS},
                   "previous_plan": previous.uuid if previous else None,
                   "case_review": _uuid_of(s, CaseReview, plan.case_review_id),
                   "periods": _periods(s, plan_id)}
    entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id)))
    entry_uuid = {e.id: e.uuid for e in entries}
    records: dict[str, dict[str, Any]] = {}
    answers = _answers(s, plan_id)
    for entry in entries:
        if entry.deleted_at is not None:
            continue
        records[entry.uuid] = {"table": "entry", "uuid": entry.uuid, **{f: getattr(entry, f) for f in ENTRY_FIELDS},
                               "parent": entry_uuid.get(entry.parent_id), "position": entry.position,
                               "carried_from": _uuid_of(s, PlanEntry, entry.carried_from_id),
                               "answers": answers.get(entry.id, [])}
    person, agency = aliased(Person), aliased(Agency)
    found = s.execute(select(Action, person.uuid, person.name, agency.uuid, agency.name)
                      .outerjoin(person, person.id == Action.owner_person_id)
                      .outerjoin(agency, agency.id == Action.owner_agency_id)
                      .where(Action.plan_id == plan_id, Action.deleted_at.is_(None))).all()
    action_uuid = dict(s.execute(select(Action.id, Action.uuid).where(Action.plan_id == plan_id)).all())
    history = _history(s, [row[0].id for row in found])
    for action, person_uuid, person_name, agency_uuid, agency_name in found:
        values = {f: _plain(getattr(action, f)) for f in ACTION_FIELDS}
        records[action.uuid] = {
            "table": "action", "uuid": action.uuid, **values,
            "entry": entry_uuid.get(action.entry_id), "parent": action_uuid.get(action.parent_id),
            "carried_from": action_uuid.get(action.carried_from_id) or _uuid_of(s, Action, action.carried_from_id),
            "owner_person": {"uuid": person_uuid, "name": person_name} if person_uuid else None,
            "owner_agency": {"uuid": agency_uuid, "name": agency_name} if agency_uuid else None,
            "history": history.get(action.id, []),
        }
    return PlanRecords(plan_record, records)


def _periods(s: Session, plan_id: int) -> list[dict[str, Any]]:
    """A self-assessment's review periods, in order, each naming the one before."""
    periods = list(s.scalars(select(ReviewPeriod).where(ReviewPeriod.plan_id == plan_id,
                                                        ReviewPeriod.deleted_at.is_(None))
                             .order_by(ReviewPeriod.position, ReviewPeriod.id)))
    uuids = {p.id: p.uuid for p in periods}
    return [{"uuid": p.uuid, **{f: _plain(getattr(p, f)) for f in PERIOD_FIELDS},
             "previous": uuids.get(p.previous_period_id)} for p in periods]


def _answers(s: Session, plan_id: int) -> dict[int, list[dict[str, Any]]]:
    """What each live period says of each entry, by entry id."""
    rows = s.execute(select(AssessmentAnswer, ReviewPeriod.uuid)
                     .join(ReviewPeriod, ReviewPeriod.id == AssessmentAnswer.period_id)
                     .where(ReviewPeriod.plan_id == plan_id, ReviewPeriod.deleted_at.is_(None))
                     .order_by(ReviewPeriod.position, AssessmentAnswer.id))
    found: dict[int, list[dict[str, Any]]] = {}
    for answer, period in rows:
        found.setdefault(answer.entry_id, []).append(
            {"period": period, **{f: getattr(answer, f) for f in ANSWER_FIELDS}})
    return found


def _history(s: Session, action_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not action_ids:
        return {}
    rows = s.execute(select(ActionUpdate, Meeting.uuid).outerjoin(Meeting, Meeting.id == ActionUpdate.meeting_id)
                     .where(ActionUpdate.action_id.in_(action_ids)).order_by(ActionUpdate.at, ActionUpdate.id))
    history: dict[int, list[dict[str, Any]]] = {}
    for update, meeting_uuid in rows:
        history.setdefault(update.action_id, []).append(
            {"uuid": update.uuid, **{f: getattr(update, f) for f in HISTORY_FIELDS}, "meeting": meeting_uuid})
    return history


def _uuid_of(s: Session, model: type[Any], record_id: int | None) -> str | None:
    return s.execute(select(model.uuid).where(model.id == record_id)).scalar() if record_id else None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
