"""New plans made from others: a plan started from a shape or from another
plan's structure, and next year's plan carried forward from this year's.

Carrying forward copies the structure (each entry linked to last year's by
``carried_from_id``), copies every open row as a new open row linked to its
original (``actions.carried_from_id``) and marks the original "carried
forward" in its own history, and links the plans (``plans.previous_plan_id``),
so an action's progress reads across the years. One transaction; its undo
withdraws the new plan and writes back the statuses it replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import select

from safeguard_desktop.core.plan_shapes import shape_of
from safeguard_desktop.core.quarters import FinancialYear
from safeguard_desktop.core.statuses import CARRIED_FORWARD, OPEN, OPEN_STATUSES
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, Plan, PlanEntry
from safeguard_desktop.store.ops.plans import apply_action_field, withdraw_plan
from safeguard_desktop.store.transaction import Tx, column_values
from safeguard_desktop.store.workspace import Workspace

# A plan's own settings a copy takes; the rest (title, year, status...) is the new plan's.
_PLAN_FIELDS = ("board_id", "group_id", "kind", "column_headings", "introduction")
# Never copied: where a record sits, its life, and what a year's row earns for itself.
_NOT_COPIED = frozenset({"plan_id", "parent_id", "entry_id", "position", "deleted_at", "carried_from_id",
                         "status", "last_updated", "completed_on"})
# What a copied structure keeps of a work plan's activities: what they are, not how they went.
_ACTIVITY_FIELDS = ("number", "want")
# An entry's own answers (a self-assessment question's evidence and score): not part of its structure.
_ANSWERS = frozenset({"evidence", "analysis", "score", "status", "rag"})


@dataclass(frozen=True)
class NextYear:
    plan_id: int
    # (last year's row, the status it had before it was carried)
    carried: tuple[tuple[int, str], ...]


def create_plan_from(ws: Workspace, values: dict[str, Any], *, copy_from: int | None = None,
                     context: str | None = None) -> tuple[int, int | None]:
    """A new plan and its first entry, ready to rename (the shape's top level,
    numbered 1), or a copy of another plan's structure: its entries, and a
    work plan's activities (their numbers and words). Returns the plan's id
    and the new entry to name (None for a copy: its entries have names)."""
    with ws.transaction(context) as tx:
        plan = tx.insert(Plan, **values)
        if copy_from is not None:
            entries = _copy_entries(tx, copy_from, plan.id, link=False)
            if shape_of(plan.kind).rows_nest:
                _copy_rows(tx, _live_rows(tx, copy_from), plan.id, entries, fields=_ACTIVITY_FIELDS)
            first = None
        else:
            top = shape_of(plan.kind).levels[0].kind
            first = tx.insert(PlanEntry, plan_id=plan.id, kind=top, number="1", title="", position=1.0).id
        return plan.id, first


def next_year_label(year: str | None) -> str:
    if not year:
        raise UserError("This plan has no financial year to follow on from: give it one first.")
    try:
        return FinancialYear(FinancialYear.parse(year).start_year + 1).label
    except ValueError:
        raise UserError(f"“{year}” is not a financial year: write it as 2025-26.") from None


# A year pair inside a title: "2024-25", "2024/25", "2024 – 2025".
_YEAR_IN_TITLE = re.compile(r"(?<!\d)\d{4}\s*[/\-\u2013\u2014]\s*(?:\d{4}|\d{2})(?!\d)")


def next_year_title(title: str, year: str, following: str) -> str:
    """"Business Plan 2024/25" -> "Business Plan 2025-26": this year's
    pair, however written, becomes next year's; a title without it gains it."""
    for match in _YEAR_IN_TITLE.finditer(title):
        try:
            written = FinancialYear.parse(match.group()).label
        except ValueError:
            continue
        if written == year:
            return title[:match.start()] + following + title[match.end():]
    return f"{title} {following}"


def start_next_year(ws: Workspace, plan_id: int, context: str | None = None) -> NextYear:
    with ws.transaction(context) as tx:
        old = tx.get(Plan, plan_id)
        year = next_year_label(old.financial_year)
        taken = tx.session.scalar(select(Plan.title).where(Plan.previous_plan_id == plan_id,
                                                           Plan.deleted_at.is_(None)))
        if taken is not None:
            raise UserError(f"Next year's plan has been started already: “{taken}”.")
        title = next_year_title(old.title, old.financial_year or "", year)
        plan = tx.insert(Plan, **{f: getattr(old, f) for f in _PLAN_FIELDS}, title=title, financial_year=year,
                         previous_plan_id=plan_id)
        entries = _copy_entries(tx, plan_id, plan.id, link=True)
        rows = [r for r in _live_rows(tx, plan_id) if r.status in OPEN_STATUSES]
        _copy_rows(tx, rows, plan.id, entries, link=True)
        carried = []
        for row in rows:
            carried.append((row.id, row.status))
            apply_action_field(tx, row.id, "status", CARRIED_FORWARD)
        return NextYear(plan.id, tuple(carried))


def withdraw_next_year(ws: Workspace, step: NextYear, context: str | None = None) -> str | None:
    """The undo of ``start_next_year``: the new plan withdrawn, last year's
    rows back to the statuses they had (their history says "undone")."""
    with ws.transaction(context) as tx:
        stamp = withdraw_plan(tx, step.plan_id, True)
        for row_id, status in step.carried:
            apply_action_field(tx, row_id, "status", status, replay="undo")
        return stamp


def restore_next_year(ws: Workspace, step: NextYear, stamp: str, context: str | None = None) -> None:
    """The redo: the same plan back, the rows carried again."""
    with ws.transaction(context) as tx:
        withdraw_plan(tx, step.plan_id, False, stamp)
        for row_id, _ in step.carried:
            apply_action_field(tx, row_id, "status", CARRIED_FORWARD, replay="redo")


def _live_rows(tx: Tx, plan_id: int) -> list[Action]:
    return list(tx.session.scalars(select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                                   .order_by(Action.position, Action.id)))


def _copy_entries(tx: Tx, source: int, target: int, *, link: bool) -> dict[int, int]:
    """The source's live entries under the target, parents first; old id -> new id."""
    entries = tx.session.scalars(select(PlanEntry).where(PlanEntry.plan_id == source, PlanEntry.deleted_at.is_(None))
                                 .order_by(PlanEntry.position, PlanEntry.id)).all()
    live = {e.id for e in entries}
    made: dict[int, int] = {}
    skip = _NOT_COPIED if link else _NOT_COPIED | _ANSWERS
    for entry in _parents_first(entries, live):
        values = {k: v for k, v in column_values(entry).items() if k not in skip}
        made[entry.id] = tx.insert(PlanEntry, **values, plan_id=target, position=entry.position,
                                   parent_id=made.get(entry.parent_id),
                                   carried_from_id=entry.id if link else None).id
    return made


def _copy_rows(tx: Tx, rows: Sequence[Action], target: int, entries: dict[int, int], *,
               fields: Sequence[str] | None = None, link: bool = False) -> None:
    """Rows copied in plan order under their entries' copies; a nested row
    goes under the copy of the nearest row above it that was copied too."""
    by_id = {r.id: r for r in rows}
    made: dict[int, int] = {}
    for row in rows:
        values = {k: v for k, v in column_values(row).items()
                  if (k in fields if fields is not None else k not in _NOT_COPIED)}
        parent = row.parent_id
        while parent is not None and parent not in made:
            parent = by_id[parent].parent_id if parent in by_id else None
        made[row.id] = tx.insert(Action, **values, plan_id=target, position=row.position, status=OPEN,
                                 entry_id=entries.get(row.entry_id) if row.entry_id is not None else None,
                                 parent_id=made.get(parent) if parent is not None else None,
                                 carried_from_id=row.id if link else None).id


def _parents_first(entries: Sequence[PlanEntry], live: set[int]) -> list[PlanEntry]:
    ordered: list[PlanEntry] = []
    placed: set[int] = set()
    pending = list(entries)
    while pending:
        later = []
        for entry in pending:
            if entry.parent_id is None or entry.parent_id not in live or entry.parent_id in placed:
                ordered.append(entry)
                placed.add(entry.id)
            else:
                later.append(entry)
        if len(later) == len(pending):  # a loop of parents: keep them, at the top
            ordered.extend(later)
            break
        pending = later
    return ordered
