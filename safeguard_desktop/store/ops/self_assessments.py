"""A self-assessment's review periods and their answers.

The structure (priority areas, numbered questions) is the plan's entries;
what a round of the assessment says of each entry (evidence, analysis, a
score 1-6) is an ``AssessmentAnswer`` of that round's ``ReviewPeriod``.

For importers and builders, two calls make a self-assessment's content:
``add_period`` (in order: each new period follows the plan's last one),
then ``record_answers`` for that period; inside a transaction of their own
(the demo, an import), ``insert_period``, ``apply_answers`` and
``insert_next_period`` do the same. The window edits one field at a time
with ``set_answer`` and starts a round with ``start_next_period``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select

from safeguard_desktop.core.self_assessment import SCORES, next_period
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import AssessmentAnswer, Plan, PlanEntry, ReviewPeriod
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

ANSWER_FIELDS = ("evidence", "analysis", "score")


@dataclass(frozen=True)
class Answer:
    """What one period says of one entry; None leaves a field empty."""

    entry_id: int
    evidence: str | None = None
    analysis: str | None = None
    score: int | None = None


def add_period(ws: Workspace, *, plan_id: int, label: str, starts_on: date | None = None,
               ends_on: date | None = None, context: str | None = None) -> int:
    """A new, empty period after the plan's last one (and linked to it)."""
    with ws.transaction(context) as tx:
        return insert_period(tx, plan_id, label, starts_on, ends_on).id


def record_answers(ws: Workspace, period_id: int, answers: Sequence[Answer], context: str | None = None) -> None:
    """Set many entries' answers in one period at once (an import, the demo):
    one transaction, each field audited."""
    with ws.transaction(context) as tx:
        apply_answers(tx, period_id, answers)


def set_answer(ws: Workspace, *, period_id: int, entry_id: int, field: str, value: Any,
               context: str | None = None) -> Change | None:
    """One field of one entry's answer; None when it already held ``value``."""
    if field not in ANSWER_FIELDS:
        raise KeyError(f"{field} is not an answer field")
    with ws.transaction(context) as tx:
        return _write(tx, _live_period(tx, period_id), entry_id, field, value)


def start_next_period(ws: Workspace, plan_id: int, context: str | None = None) -> int:
    """The next round, six months on, starting from a copy of every answer
    of the last round so the board edits what has changed."""
    with ws.transaction(context) as tx:
        return insert_next_period(tx, plan_id).id


def rename_period(ws: Workspace, period_id: int, label: str) -> Change | None:
    with ws.transaction() as tx:
        period = _live_period(tx, period_id)
        return tx.update(period, "label", _checked_label(tx, period.plan_id, label, period.id))


def remove_period(ws: Workspace, period_id: int) -> Change | None:
    """Take a period away (undo of starting it); its answers stay with it."""
    with ws.transaction() as tx:
        return tx.soft_delete(tx.get(ReviewPeriod, period_id))


def restore_period(ws: Workspace, period_id: int) -> Change | None:
    with ws.transaction() as tx:
        return tx.restore(tx.get(ReviewPeriod, period_id))


# -- inside a transaction ------------------------------------------------------

def insert_period(tx: Tx, plan_id: int, label: str, starts_on: date | None = None,
                  ends_on: date | None = None) -> ReviewPeriod:
    plan = tx.get(Plan, plan_id)
    if plan.kind != "self_assessment":
        raise UserError(f"'{plan.title}' is not a self-assessment: only a self-assessment has review periods.")
    last = _last_period(tx, plan_id)
    return tx.insert(ReviewPeriod, plan_id=plan_id, label=_checked_label(tx, plan_id, label, None),
                     starts_on=starts_on, ends_on=ends_on, position=(last.position + 1) if last else 1.0,
                     previous_period_id=last.id if last else None)


def apply_answers(tx: Tx, period_id: int, answers: Sequence[Answer]) -> None:
    """Answers new to the period go in as one audited bulk insert (an import
    of hundreds of questions); those it has are updated field by field."""
    period = _live_period(tx, period_id)
    existing = {a.entry_id: a for a in tx.session.scalars(
        select(AssessmentAnswer).where(AssessmentAnswer.period_id == period.id))}
    entries = set(tx.session.scalars(select(PlanEntry.id).where(PlanEntry.plan_id == period.plan_id)))
    new: dict[int, dict[str, Any]] = {}
    for answer in answers:
        if answer.entry_id not in entries:
            raise UserError("That question belongs to another plan.")
        values = {field: _checked(field, getattr(answer, field)) for field in ANSWER_FIELDS}
        if answer.entry_id in existing:
            tx.update_many(existing[answer.entry_id], values)
        elif answer.entry_id in new:
            new[answer.entry_id].update(values)
        elif any(value is not None for value in values.values()):
            new[answer.entry_id] = {"period_id": period.id, "entry_id": answer.entry_id, **values}
    tx.insert_many(AssessmentAnswer, list(new.values()))


def insert_next_period(tx: Tx, plan_id: int, label: str | None = None) -> ReviewPeriod:
    """The period after the last, six months on, holding a copy of the
    last one's answers; named ``label``, or after the last one's name."""
    last = _last_period(tx, plan_id)
    if last is None:
        return insert_period(tx, plan_id, label or "First period")
    following = next_period(last.label, last.starts_on, last.ends_on)
    period = insert_period(tx, plan_id, label or _free_label(tx, plan_id, following.label), following.starts_on,
                           following.ends_on)
    copied = tx.session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.period_id == last.id)
                                .order_by(AssessmentAnswer.id)).all()
    tx.insert_many(AssessmentAnswer, [
        {"period_id": period.id, "entry_id": a.entry_id, "evidence": a.evidence, "analysis": a.analysis,
         "score": a.score, "extra": a.extra} for a in copied])
    return period


def _live_period(tx: Tx, period_id: int) -> ReviewPeriod:
    period = tx.get(ReviewPeriod, period_id)
    if period.deleted_at is not None:
        raise UserError(f"The period '{period.label}' has been removed.")
    return period


def _last_period(tx: Tx, plan_id: int) -> ReviewPeriod | None:
    return tx.session.scalars(select(ReviewPeriod).where(ReviewPeriod.plan_id == plan_id,
                                                         ReviewPeriod.deleted_at.is_(None))
                              .order_by(ReviewPeriod.position.desc(), ReviewPeriod.id.desc())).first()


def _labels(tx: Tx, plan_id: int, other_than: int | None) -> set[str]:
    query = select(func.lower(ReviewPeriod.label)).where(ReviewPeriod.plan_id == plan_id,
                                                         ReviewPeriod.deleted_at.is_(None))
    if other_than is not None:
        query = query.where(ReviewPeriod.id != other_than)
    return set(tx.session.scalars(query))


def _checked_label(tx: Tx, plan_id: int, label: str, period_id: int | None) -> str:
    cleaned = " ".join(label.split())
    if not cleaned:
        raise UserError("Give the period a name, such as 'April 2017' or '2017-18 H1'.")
    if cleaned.lower() in _labels(tx, plan_id, period_id):
        raise UserError(f"This self-assessment already has a period called '{cleaned}'.")
    return cleaned


def _free_label(tx: Tx, plan_id: int, label: str) -> str:
    """``label``, or "label (2)" when a period is already called that."""
    taken = _labels(tx, plan_id, None)
    candidate, n = label, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{label} ({n})"
    return candidate


def _checked(field: str, value: Any) -> Any:
    """A score 1-6 or none; blank text is no text."""
    if field == "score" and value is not None and value not in SCORES:
        raise UserError(f"A score is a whole number from 1 to 6, not {value}.")
    return None if isinstance(value, str) and not value.strip() else value


def _write(tx: Tx, period: ReviewPeriod, entry_id: int, field: str, value: Any) -> Change | None:
    value = _checked(field, value)
    answer = tx.session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.period_id == period.id,
                                                               AssessmentAnswer.entry_id == entry_id)).first()
    if answer is None:
        if value is None:
            return None
        entry = tx.get(PlanEntry, entry_id)
        if entry.plan_id != period.plan_id:
            raise UserError("That question belongs to another plan.")
        answer = tx.insert(AssessmentAnswer, period_id=period.id, entry_id=entry_id)
    return tx.update(answer, field, value)

