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
from safeguard_desktop.store.models import new_uuid
from safeguard_desktop.store.ops.plan_imports import (
    ImportSource,
    NewAnswer,
    NewPeriod,
    NewRow,
    add_imported_plan,
)
from safeguard_desktop.store.transaction import Change
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
    changes: tuple[Change, ...] = ()  # every record added (docs/ARCHITECTURE.md, "Every write is an operation")


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
                                 board_id=board_id, progress=progress)
    seen = preview.understanding
    name = preview.source.path.name
    if progress is not None:
        progress.report(0, 1, f"Writing {len(seen.actions):,} actions")
    plan_uuid, entry_uuids, action_uuids = new_uuid(), [new_uuid() for _ in seen.entries], \
        [new_uuid() for _ in seen.actions]
    report = build_report(preview, plan_uuid, action_uuids, entry_uuids)

    def last_chance() -> None:
        # The last chance to cancel, inside the transaction: Cancel rolls
        # everything back. After the commit it could only lose the undo step.
        if progress is not None:
            progress.report(1, 1, "Saving")

    written = add_imported_plan(
        ws, board_id=board_id, before_commit=last_chance,
        source=ImportSource(name, preview.source.sha256, report),
        plan={"uuid": plan_uuid, "title": plan_name, "kind": seen.shape,
              "introduction": "\n".join(seen.titles + seen.notes) or None,
              "financial_year": financial_year(seen.titles),
              "column_headings": json.dumps(seen.headings, ensure_ascii=False) if seen.headings else None},
        entries=[NewRow(_entry_row(entry, uuid, i + 1), entry.parent)
                 for i, (entry, uuid) in enumerate(zip(seen.entries, entry_uuids))],
        actions=[NewRow(_action_row(action, uuid, i + 1), action.parent, action.entry)
                 for i, (action, uuid) in enumerate(zip(seen.actions, action_uuids))],
        periods=_periods(seen))
    return ImportResult(written.plan_id, written.plan_uuid, written.report_id, written.entry_ids,
                        written.action_ids, report["counts"], tuple(preview.warnings), report, written.changes)


def _entry_row(entry: Any, uuid: str, position: int) -> dict[str, Any]:
    return {"uuid": uuid, "kind": entry.kind, "number": entry.number, "title": entry.title,
            "body": "\n".join(entry.body) or None, "position": float(position), "reference": entry.reference,
            "extra": json.dumps({"As written": entry.as_written, **entry.extra}, ensure_ascii=False)}


def _periods(seen: Understanding) -> list[NewPeriod]:
    """A self-assessment's review periods and what each says of each area
    and question; text kept beside an answer (a score's own words, a column
    the answer has no field for) goes in its extra."""
    return [NewPeriod(label, [
        NewAnswer(i, "\n".join(answer.evidence) or None, "\n".join(answer.analysis) or None, answer.score,
                  json.dumps(answer.extra, ensure_ascii=False) if answer.extra else None)
        for i, entry in enumerate(seen.entries)
        if (answer := entry.answers.get(label)) is not None and not answer.is_empty()])
        for label in seen.periods]


def _action_row(action: Any, uuid: str, position: int) -> dict[str, Any]:
    row: dict[str, Any] = {name: action.values.get(name) for name in _ACTION_FIELDS}
    row.update(uuid=uuid, position=float(position), confidential=False,
               status=action.values.get("status") or "open",
               extra=json.dumps(action.extra, ensure_ascii=False) if action.extra else None)
    return row
