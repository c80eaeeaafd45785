"""Writing an imported plan: the plan, its priorities and outcomes, its
action rows, a self-assessment's periods and answers and the import report,
in one audited transaction (one undo step; a Cancel before the commit rolls
all of it back).

imports/ reads and understands a file into plain rows and hands them here;
it never opens a transaction or names a table itself. The rows arrive with
their UUIDs already chosen, so the import report (which names them) is
written in the same transaction.

The Changes returned name every record added: one per bulk-inserted row
(table, id, UUID, no field, no old value, the row's values), as a single
``Tx.insert`` reports it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from sqlalchemy import select

from safeguard_desktop.store.models import (
    Action,
    AssessmentAnswer,
    Base,
    Board,
    Group,
    ImportReport,
    Plan,
    PlanEntry,
    utc_now,
)
from safeguard_desktop.store.ops.self_assessments import Answer, apply_answers, insert_period
from safeguard_desktop.store.transaction import Change, Tx, column_values
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class NewRow:
    """One entry or action to add: its column values (with its UUID), the
    index of its parent among the rows of its kind, and for an action the
    index of the entry it sits under."""

    values: dict[str, Any]
    parent: int | None = None
    entry: int | None = None


@dataclass(frozen=True)
class NewAnswer:
    entry: int  # index among the entries
    evidence: str | None
    analysis: str | None
    score: int | None
    extra: str | None = None  # JSON kept beside the answer


@dataclass(frozen=True)
class NewPeriod:
    label: str
    answers: Sequence[NewAnswer]


@dataclass(frozen=True)
class ImportSource:
    file: str
    sha256: str
    report: dict[str, Any]


@dataclass(frozen=True)
class ImportedPlan:
    plan_id: int
    plan_uuid: str
    report_id: int
    entry_ids: tuple[int, ...]
    action_ids: tuple[int, ...]
    changes: tuple[Change, ...]


def add_imported_plan(ws: Workspace, *, plan: dict[str, Any], entries: Sequence[NewRow], actions: Sequence[NewRow],
                      periods: Sequence[NewPeriod], source: ImportSource, board_id: int | None = None,
                      before_commit: Callable[[], None] | None = None) -> ImportedPlan:
    """Add the plan (``plan``: its column values, with its UUID) and all
    that is in it; ``before_commit`` runs last inside the transaction, so a
    Cancel raised there rolls everything back."""
    added: list[Change] = []
    with ws.transaction(f"import: {source.file}") as tx:
        new_plan = tx.insert(Plan, board_id=board_id or import_board_id(tx), source_file=source.file, **plan)
        entry_ids = add_rows_by_depth(tx, PlanEntry, [
            NewRow({**row.values, "plan_id": new_plan.id}, row.parent) for row in entries], added)
        action_ids = add_rows_by_depth(tx, Action, [
            NewRow({**row.values, "plan_id": new_plan.id,
                    "entry_id": entry_ids[row.entry] if row.entry is not None else None}, row.parent)
            for row in actions], added)
        _add_periods(tx, new_plan.id, entry_ids, periods, added)
        stored = tx.insert(ImportReport, plan_id=new_plan.id, source_file=source.file, source_sha256=source.sha256,
                           imported_at=utc_now(), imported_by=ws.actor,
                           report_json=json.dumps(source.report, ensure_ascii=False))
        tx.event("plans", new_plan.uuid, "imported", {"file": source.file, "sha256": source.sha256,
                                                       "counts": source.report["counts"]})
        if before_commit is not None:
            before_commit()
        changes = tuple(tx.changes) + tuple(added)
    return ImportedPlan(new_plan.id, new_plan.uuid, stored.id, tuple(entry_ids), tuple(action_ids), changes)


def import_board_id(tx: Tx) -> int:
    """The workspace's board (the first, when it keeps several); a workspace
    with none gets one, so an import into a new workspace just works."""
    found = tx.session.execute(select(Board.id).where(Board.deleted_at.is_(None)).order_by(Board.id)).scalar()
    if found is not None:
        return int(found)
    board = tx.insert(Board, name="Safeguarding board")
    tx.insert(Group, board_id=board.id, name=board.name, kind="board", position=0)
    return board.id


def add_rows_by_depth(tx: Tx, model: type[Base], rows: Sequence[NewRow], added: list[Change]) -> list[int]:
    """Bulk-insert ``rows`` level by level, outermost first (each row needs
    its parent's id); returns the ids in the rows' order and lists a Change
    for each row in ``added``."""
    ids: list[int] = [0] * len(rows)
    table = model.__tablename__
    for indices in _by_depth([row.parent for row in rows]):
        level = [{**rows[i].values, "parent_id": ids[p] if (p := rows[i].parent) is not None else None}
                 for i in indices]
        for i, values, new_id in zip(indices, level, tx.insert_many(model, level)):
            ids[i] = new_id
            added.append(Change(table, new_id, values["uuid"], None, None, values))
    return ids


def _by_depth(parents: list[int | None]) -> list[list[int]]:
    """Indices grouped by depth (those without a parent first), in order."""
    depth: list[int] = []
    for parent in parents:  # a parent always comes before its children
        depth.append(0 if parent is None else depth[parent] + 1)
    return [[i for i, d in enumerate(depth) if d == level] for level in range(max(depth, default=-1) + 1)]


def _add_periods(tx: Tx, plan_id: int, entry_ids: list[int], periods: Sequence[NewPeriod],
                 added: list[Change]) -> None:
    """A self-assessment's review periods, each following the one before,
    and what each says of each area and question, through the
    self-assessment operations; text kept beside an answer goes in its extra."""
    for new_period in periods:
        period = insert_period(tx, plan_id, new_period.label[:60])
        apply_answers(tx, period.id, [Answer(entry_ids[a.entry], a.evidence, a.analysis, a.score)
                                      for a in new_period.answers])
        bulk = {a.entry_id: a for a in tx.session.scalars(
            select(AssessmentAnswer).where(AssessmentAnswer.period_id == period.id))}
        for answer in new_period.answers:
            entry_id = entry_ids[answer.entry]
            if not answer.extra:
                continue
            if entry_id in bulk:
                tx.update(bulk[entry_id], "extra", answer.extra)
            else:
                tx.insert(AssessmentAnswer, period_id=period.id, entry_id=entry_id, extra=answer.extra)
        # apply_answers bulk-inserted every answer of the new period
        added.extend(Change(AssessmentAnswer.__tablename__, a.id, a.uuid, None, None, column_values(a))
                     for a in bulk.values())
