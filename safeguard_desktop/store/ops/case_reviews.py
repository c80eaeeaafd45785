"""Case reviews: record one, change its fields, start its action plan, and
set whose bank holidays its clocks skip. Each is one audited transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from safeguard_desktop.core.quarters import financial_year_of
from safeguard_desktop.core.review_clocks import REVIEW_KINDS
from safeguard_desktop.core.working_days import nation_of
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import CaseReview, Plan
from safeguard_desktop.store.ops.settings import set_workspace_setting
from safeguard_desktop.store.queries.settings import NATION
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace

REVIEW_STATUSES = ("open", "completed", "closed")
DATE_FIELDS = ("incident_on", "notified_on", "rapid_review_on", "decision_on", "completed_on", "published_on")
TEXT_FIELDS = ("reference", "title", "notes")
EDITABLE = frozenset({*DATE_FIELDS, *TEXT_FIELDS, "kind", "status", "confidential"})


def create_review(ws: Workspace, *, board_id: int, kind: str, reference: str, **values: Any) -> int:
    """A new review, confidential unless said otherwise: reviews concern
    named children and adults."""
    _check(kind=kind, reference=reference, **values)
    values.setdefault("confidential", True)
    with ws.transaction() as tx:
        return tx.insert(CaseReview, board_id=board_id, kind=kind, reference=reference.strip(), **values).id


def set_review_fields(ws: Workspace, review_id: int, values: dict[str, Any]) -> list[Change]:
    _check(**values)
    with ws.transaction() as tx:
        return tx.update_many(tx.get(CaseReview, review_id), values)


def _check(**values: Any) -> None:
    unknown = set(values) - EDITABLE
    if unknown:
        raise KeyError(f"case_reviews has no editable field {sorted(unknown)}")
    if "kind" in values and values["kind"] not in REVIEW_KINDS:
        raise UserError(f"Unknown kind of review {values['kind']!r}: choose one of {', '.join(REVIEW_KINDS.values())}.")
    if "status" in values and values["status"] not in REVIEW_STATUSES:
        raise UserError(f"A review is {', '.join(REVIEW_STATUSES)}, not {values['status']!r}.")
    if "reference" in values and not (values["reference"] or "").strip():
        raise UserError("A review needs a reference, e.g. \"CSPR 2026/01\".")
    for field in DATE_FIELDS:
        if values.get(field) is not None and not isinstance(values[field], date):
            raise TypeError(f"{field} must be a date")


def create_action_plan(ws: Workspace, review_id: int, today: date | None = None) -> int:
    """The review's action plan: its recommendations and the actions under
    them, tracked like any plan. A review has one; asking again is refused."""
    with ws.transaction() as tx:
        review = tx.get(CaseReview, review_id)
        existing = tx.session.execute(select(Plan.id).where(
            Plan.case_review_id == review_id, Plan.deleted_at.is_(None))).scalar()
        if existing is not None:
            raise UserError(f"{review.reference} already has an action plan.")
        return tx.insert(Plan, board_id=review.board_id, case_review_id=review_id, kind="review_action_plan",
                         title=f"{review.reference}: action plan",
                         financial_year=financial_year_of(today or date.today()).label).id


def set_board_nation(ws: Workspace, nation: str) -> Change | None:
    """Whose bank holidays the clocks skip; an unknown nation is refused
    with the choices (ValueError), never stored."""
    return set_workspace_setting(ws, NATION, nation_of(nation))
