"""A plan's outline as the outline editor shows it, what a carried row was
last year, which plans follow on from which, and the names a Lead cell
suggests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, union_all

from safeguard_desktop.core.plan_shapes import shape_of
from safeguard_desktop.store.models import Action, Agency, Group, Person, Plan, PlanEntry
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class OutlineNode:
    """One line of the outline: an entry, or (in a work plan) an activity row."""

    id: int
    is_row: bool
    kind: str  # the entry's kind; "activity" for a row
    number: str | None
    title: str
    reference: str | None
    depth: int
    rows: int  # live rows hanging on an entry (nested ones included)
    body: str | None = None  # an entry's further text (an evidence framework's, a priority's statement)


def plan_kind(ws: Workspace, plan_id: int) -> str:
    with ws.session() as s:
        return s.scalar(select(Plan.kind).where(Plan.id == plan_id)) or ""


def plan_outline(ws: Workspace, plan_id: int) -> list[OutlineNode]:
    """Entries in outline order (parents first, siblings by position); in a
    shape whose rows nest, each entry's activities follow it, nested."""
    show_rows = shape_of(plan_kind(ws, plan_id)).rows_nest
    live_rows = (Action.plan_id == plan_id, Action.deleted_at.is_(None))
    with ws.session() as s:
        entries = s.execute(select(PlanEntry.id, PlanEntry.parent_id, PlanEntry.kind, PlanEntry.number,
                                   PlanEntry.title, PlanEntry.reference, PlanEntry.body)
                            .where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
                            .order_by(PlanEntry.position, PlanEntry.id)).all()
        # Rows are lines of the outline only where they nest (a work plan's
        # activities); elsewhere they are counted, not read.
        rows = s.execute(select(Action.id, Action.parent_id, Action.entry_id, Action.number, Action.want)
                         .where(*live_rows).order_by(Action.position, Action.id)).all() if show_rows else []
        counts: dict[int | None, int] = dict(s.execute(select(Action.entry_id, func.count()).where(*live_rows)
                                                       .group_by(Action.entry_id)).all())
    live = {e.id for e in entries}
    children: dict[int | None, list[tuple]] = {}
    for e in entries:
        children.setdefault(e.parent_id if e.parent_id in live else None, []).append(e)
    row_ids = {r.id for r in rows}
    row_children: dict[object, list[tuple]] = {}
    for r in rows:
        key = r.parent_id if r.parent_id in row_ids else ("entry", r.entry_id)
        row_children.setdefault(key, []).append(r)
    found: list[OutlineNode] = []

    def add_rows(key: object, depth: int) -> None:
        for r in row_children.get(key, []):
            found.append(OutlineNode(r.id, True, "activity", r.number, r.want or "", None, depth, 0))
            add_rows(r.id, depth + 1)

    def add_entries(parent: int | None, depth: int) -> None:
        for e in children.get(parent, []):
            found.append(OutlineNode(e.id, False, e.kind, e.number, e.title, e.reference, depth,
                                     counts.get(e.id, 0), e.body))
            add_entries(e.id, depth + 1)
            if show_rows:
                add_rows(("entry", e.id), depth + 1)

    add_entries(None, 0)
    return found


@dataclass(frozen=True)
class CarriedFrom:
    """Last year's row a carried row continues."""

    action_id: int
    plan_title: str
    financial_year: str | None
    number: str | None
    progress: str | None
    rag: str | None


def carried_from(ws: Workspace, action_id: int) -> CarriedFrom | None:
    with ws.session() as s:
        origin = s.scalar(select(Action.carried_from_id).where(Action.id == action_id))
        if origin is None:
            return None
        row = s.execute(select(Action.id, Plan.title, Plan.financial_year, Action.number, Action.progress, Action.rag)
                        .join(Plan, Plan.id == Action.plan_id).where(Action.id == origin)).one_or_none()
    return CarriedFrom(*row) if row is not None else None


@dataclass(frozen=True)
class ListedPlan:
    """A plan as the Plans page lists it, with the plan it follows on from."""

    id: int
    uuid: str
    title: str
    kind: str
    financial_year: str | None
    previous_id: int | None  # last year's plan, when this one continues it


def listed_plans(ws: Workspace) -> list[ListedPlan]:
    """The live plans, newest year first, then by kind and title: one read
    of the plans alone (the list shows no counts, so no action is read)."""
    with ws.session() as s:
        rows = s.execute(select(Plan.id, Plan.uuid, Plan.title, Plan.kind, Plan.financial_year, Plan.previous_plan_id)
                         .where(Plan.deleted_at.is_(None))
                         .order_by(Plan.financial_year.desc(), Plan.kind, Plan.title)).all()
    return [ListedPlan(*row) for row in rows]


def lead_suggestions(ws: Workspace) -> list[str]:
    """The names a Lead cell suggests besides the plan's own leads: the
    workspace's people, agencies and groups, in one read."""
    names = union_all(*(select(model.name).where(model.deleted_at.is_(None)) for model in (Person, Agency, Group)))
    with ws.session() as s:
        return list(s.scalars(names))
