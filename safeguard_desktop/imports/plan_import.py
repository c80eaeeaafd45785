"""Importing a plan: a preview first (nothing written), then one transaction
that writes the plan, its priorities and outcomes, its action rows and the
import report, with audit rows naming the source file.

Where each source cell's text ends up: action fields and extra columns
(action rows and the continuation rows joined onto them), the priority or
outcome (banner rows; the note rows after a banner go into its body), the
plan's introduction (title rows and notes before any priority), the plan's
column headings and the stored report (header rows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select

from safeguard_desktop.imports.csv_reader import read_csv
from safeguard_desktop.imports.docx_reader import read_docx
from safeguard_desktop.imports.hidden_twin import TwinBook, set_aside
from safeguard_desktop.imports.planned import Understanding
from safeguard_desktop.imports.report import build_report, summary_warnings
from safeguard_desktop.imports.safe_open import CheckedFile, ImportFileError, check_file
from safeguard_desktop.imports.source import SourceBook
from safeguard_desktop.imports.understand import AUTO, Kinds, financial_year, understand
from safeguard_desktop.imports.xlsx_reader import read_xlsx
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.models import (
    Action,
    AssessmentAnswer,
    Board,
    Group,
    ImportReport,
    Plan,
    PlanEntry,
    new_uuid,
    utc_now,
)
from safeguard_desktop.store.ops.self_assessments import Answer as AnswerValues
from safeguard_desktop.store.ops.self_assessments import apply_answers, insert_period
from safeguard_desktop.store.transaction import Tx
from safeguard_desktop.store.workspace import Workspace

_READERS: dict[str, Callable[[CheckedFile, Progress | None], SourceBook]] = {
    "xlsx": read_xlsx, "csv": read_csv, "docx": read_docx,
}

# Every action row carries every key: a bulk insert takes its columns from
# the first row, so a key missing there would silently drop from the rest.
_ACTION_FIELDS = ("number", "cab", "want", "how", "lead", "measure", "when_text", "when_date", "progress",
                  "rag", "target_date", "last_updated", "source")


@dataclass
class ImportPreview:
    """What an import would do, computed without touching any workspace."""

    source: CheckedFile
    book: SourceBook
    understanding: Understanding
    overrides: dict[str, str] = field(default_factory=dict)
    shape: str = AUTO  # as asked: a plans.kind or "auto"; the shape read is understanding.shape
    kinds: Kinds = field(default_factory=dict)  # rows the user re-classified
    twins: TwinBook | None = None  # an export of ours: what its hidden sheet says of each row

    @property
    def warnings(self) -> list[str]:
        return summary_warnings(self.understanding)

    def with_overrides(self, overrides: dict[str, str] | None, kinds: Kinds | None = None) -> ImportPreview:
        """The preview again with the user's column choices (heading -> field)
        and row kinds ((sheet, row) -> kind; unchanged when None)."""
        overrides = dict(overrides or {})
        kinds = dict(self.kinds if kinds is None else kinds)
        if overrides == self.overrides and kinds == self.kinds:
            return self
        return replace(self, understanding=understand(self.book, overrides, self.shape, kinds), overrides=overrides,
                       kinds=kinds)


@dataclass(frozen=True)
class ImportResult:
    plan_id: int
    plan_uuid: str
    report_id: int
    entry_ids: tuple[int, ...]
    action_ids: tuple[int, ...]
    counts: dict[str, int]
    warnings: tuple[str, ...]
    report: dict[str, Any]


def preview_import(path: Path, progress: Progress | None = None,
                   overrides: dict[str, str] | None = None, shape: str = AUTO) -> ImportPreview:
    """Read and understand ``path``; raises ``ImportFileError`` (a
    ``UserError``) for a file that cannot be imported."""
    checked = check_file(Path(path))
    book = _READERS[checked.kind](checked, progress)
    twins = set_aside(book)  # our own export's hidden sheet is no part of the table
    understanding = understand(book, overrides, shape)
    if not any(row.kind == "header" for row in understanding.rows):
        raise ImportFileError(
            f"{checked.path.name}: no row of column headings was found, so the plan's table could not be "
            "recognised. The table needs a header row naming its columns, for example 'No.', "
            "'What do we want to achieve?', 'Who will lead?', 'RAG rating'.")
    return ImportPreview(checked, book, understanding, dict(overrides or {}), shape, twins=twins)


def default_plan_name(path: Path) -> str:
    """"Business plan 2014-15" from "Business_plan_2014-15.xlsx"."""
    return " ".join(Path(path).stem.replace("_", " ").split()) or "Imported plan"


def import_plan(ws: Workspace, preview: ImportPreview, plan_name: str,
                mapping_overrides: dict[str, str] | None = None, *, board_id: int | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Write the previewed plan as a new plan called ``plan_name``, in one
    transaction with its audit rows and its import report."""
    if mapping_overrides is not None:
        preview = preview.with_overrides(mapping_overrides)
    if preview.twins is not None:
        from safeguard_desktop.imports.twin_import import import_with_twins

        return import_with_twins(ws, preview, preview.twins, plan_name,
                                 board=lambda tx: board_id or _board_id(tx), progress=progress)
    seen = preview.understanding
    name = preview.source.path.name
    if progress is not None:
        progress.report(0, 1, f"Writing {len(seen.actions):,} actions")
    with ws.transaction(f"import: {name}") as tx:
        plan = tx.insert(Plan, board_id=board_id or _board_id(tx), title=plan_name, kind=seen.shape,
                         source_file=name, introduction="\n".join(seen.titles + seen.notes) or None,
                         financial_year=financial_year(seen.titles),
                         column_headings=json.dumps(seen.headings, ensure_ascii=False) if seen.headings else None)
        entry_ids, entry_uuids = _insert_entries(tx, plan.id, seen)
        action_uuids = [new_uuid() for _ in seen.actions]
        action_ids = _insert_actions(tx, plan.id, entry_ids, seen, action_uuids)
        _insert_answers(tx, plan.id, entry_ids, seen)
        report = build_report(preview, plan.uuid, action_uuids, entry_uuids)
        stored = tx.insert(ImportReport, plan_id=plan.id, source_file=name, source_sha256=preview.source.sha256,
                           imported_at=utc_now(), imported_by=ws.actor,
                           report_json=json.dumps(report, ensure_ascii=False))
        tx.event("plans", plan.uuid, "imported", {"file": name, "sha256": preview.source.sha256,
                                                   "counts": report["counts"]})
        if progress is not None:
            # The last chance to cancel, inside the transaction: Cancel rolls
            # everything back. After the commit it could only lose the undo step.
            progress.report(1, 1, "Saving")
    return ImportResult(plan.id, plan.uuid, stored.id, tuple(entry_ids), tuple(action_ids), report["counts"],
                        tuple(preview.warnings), report)


def _board_id(tx: Tx) -> int:
    """The workspace's board (the first, when it keeps several); a workspace
    with none gets one, so an import into a new workspace just works."""
    found = tx.session.execute(select(Board.id).where(Board.deleted_at.is_(None)).order_by(Board.id)).scalar()
    if found is not None:
        return int(found)
    board = tx.insert(Board, name="Safeguarding board")
    tx.insert(Group, board_id=board.id, name=board.name, kind="board", position=0)
    return board.id


def _insert_entries(tx: Tx, plan_id: int, seen: Understanding) -> tuple[list[int], list[str]]:
    """Level by level, outermost first: each entry needs its parent's id."""
    ids: list[int] = [0] * len(seen.entries)
    uuids = [new_uuid() for _ in seen.entries]
    for indices in _by_depth([entry.parent for entry in seen.entries]):
        rows = []
        for i in indices:
            entry = seen.entries[i]
            rows.append({
                "uuid": uuids[i], "plan_id": plan_id, "kind": entry.kind, "number": entry.number,
                "title": entry.title, "body": "\n".join(entry.body) or None, "position": float(i + 1),
                "parent_id": ids[entry.parent] if entry.parent is not None else None,
                "reference": entry.reference,
                "extra": json.dumps({"As written": entry.as_written, **entry.extra}, ensure_ascii=False),
            })
        for i, new_id in zip(indices, tx.insert_many(PlanEntry, rows)):
            ids[i] = new_id
    return ids, uuids


def _by_depth(parents: list[int | None]) -> list[list[int]]:
    """Indices grouped by depth (those without a parent first), in order."""
    depth: list[int] = []
    for parent in parents:  # a parent always comes before its children
        depth.append(0 if parent is None else depth[parent] + 1)
    return [[i for i, d in enumerate(depth) if d == level] for level in range(max(depth, default=-1) + 1)]


def _insert_actions(tx: Tx, plan_id: int, entry_ids: list[int], seen: Understanding,
                    uuids: list[str]) -> list[int]:
    """Action rows, outermost first: a work plan's activity needs the id of
    the activity it sits under."""
    ids: list[int] = [0] * len(seen.actions)
    for indices in _by_depth([action.parent for action in seen.actions]):
        rows = [_action_row(plan_id, entry_ids, seen.actions[i], uuids[i], i + 1) for i in indices]
        for row, i in zip(rows, indices):
            parent = seen.actions[i].parent
            row["parent_id"] = ids[parent] if parent is not None else None
        for i, new_id in zip(indices, tx.insert_many(Action, rows)):
            ids[i] = new_id
    return ids


def _insert_answers(tx: Tx, plan_id: int, entry_ids: list[int], seen: Understanding) -> None:
    """A self-assessment's review periods, each following the one before,
    and what each says of each area and question (through the
    self-assessment operations); text kept beside an answer (a score's own
    words, a column the answer has no field for) goes in its extra."""
    for label in seen.periods:
        period = insert_period(tx, plan_id, label[:60])
        said = [(entry_ids[i], answer) for i, entry in enumerate(seen.entries)
                if (answer := entry.answers.get(label)) is not None and not answer.is_empty()]
        apply_answers(tx, period.id, [
            AnswerValues(entry_id, "\n".join(answer.evidence) or None, "\n".join(answer.analysis) or None,
                         answer.score) for entry_id, answer in said])
        for entry_id, answer in said:
            if answer.extra:
                _keep_extra(tx, period.id, entry_id, json.dumps(answer.extra, ensure_ascii=False))


def _keep_extra(tx: Tx, period_id: int, entry_id: int, extra: str) -> None:
    stored = tx.session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.period_id == period_id,
                                                               AssessmentAnswer.entry_id == entry_id)).first()
    if stored is None:
        tx.insert(AssessmentAnswer, period_id=period_id, entry_id=entry_id, extra=extra)
    else:
        tx.update(stored, "extra", extra)


def _action_row(plan_id: int, entry_ids: list[int], action: Any, uuid: str, position: int) -> dict[str, Any]:
    row: dict[str, Any] = {name: action.values.get(name) for name in _ACTION_FIELDS}
    row.update(uuid=uuid, plan_id=plan_id, position=float(position), confidential=False,
               entry_id=entry_ids[action.entry] if action.entry is not None else None,
               status=action.values.get("status") or "open",
               extra=json.dumps(action.extra, ensure_ascii=False) if action.extra else None)
    return row
