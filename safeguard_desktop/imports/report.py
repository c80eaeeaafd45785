"""The import report: for every non-empty source row, what became of it; and
the warnings the preview shows, counted rather than listed row by row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from safeguard_desktop.imports.fields import (
    FILL_FLAG,
    FORMULA_FLAG,
    LOOKALIKE_FLAG,
    NOT_UNDERSTOOD_FLAG,
    NOTE_FLAG,
    PLACEHOLDER_FLAG,
)
from safeguard_desktop.imports.planned import Understanding

if TYPE_CHECKING:
    from safeguard_desktop.imports.plan_import import ImportPreview

# (flag, how to say n of them); the report lists each one by row.
_FLAG_SENTENCES = (
    (PLACEHOLDER_FLAG, "{n} placeholder(s) such as '???', 'insert' or 'TBC' were kept as written: fill them in."),
    (NOTE_FLAG, "{n} cell(s) look like notes to colleagues (e.g. 'Discuss with the chair'); kept as written: "
                "review them."),
    (NOT_UNDERSTOOD_FLAG, "{n} value(s) could not be read as a rating, CAB or date; each was kept as an extra "
                          "column under its heading."),
    (LOOKALIKE_FLAG, "{n} CAB value(s) were typed with look-alike letters from another alphabet and were read "
                     "as the Latin C, A or B."),
    (FILL_FLAG, "{n} RAG rating(s) were read from the cell's fill colour, having no word."),
    (FORMULA_FLAG, "{n} formula(s) had no saved result in the file; their text was kept (formulas are never "
                   "calculated). Open the file in Excel and save it to keep the results instead."),
    ("ditto", "{n} ditto mark(s) (\", ditto, as above...) were filled in with the value they repeat."),
    ("continuation", "{n} action row(s) had continuation rows joined onto them."),
)


def summary_warnings(seen: Understanding) -> list[str]:
    """The reader's warnings, then one sentence per kind of thing to review."""
    warnings = list(seen.warnings)
    flags = seen.flag_counts()
    warnings += [sentence.format(n=flags[flag]) for flag, sentence in _FLAG_SENTENCES if flags.get(flag)]
    unheaded = sorted({key for action in seen.actions for key in action.extra if key.startswith("Column ")})
    if unheaded:
        warnings.append(f"Text was found in column(s) without a heading; kept as extra columns: {', '.join(unheaded)}.")
    if not seen.actions and seen.shape != "self_assessment":  # a self-assessment has questions, not rows
        warnings.append("No action rows were found: only the plan's headings and notes will be imported.")
    return warnings


def build_report(preview: ImportPreview, plan_uuid: str | None, action_uuids: list[str],
                 entry_uuids: list[str]) -> dict[str, Any]:
    """The report kept with the plan (and written by ``import --report``).
    ``rows`` has one entry per non-empty source row; ``action`` is the new
    action's UUID for action rows, ``into_row`` the row a continuation was
    joined to, ``level`` the 1-based depth in the plan's outline of what the
    row became and ``parent_row`` the source row of the entry it hangs on
    (null at the top), ``score`` a question row's score in its sheet's review
    period (its own, else its area's)."""
    seen = preview.understanding
    rows = []
    for line in seen.rows:
        notes = list(line.notes)
        if line.kind == "action" and line.action is not None:
            notes += seen.actions[line.action].notes
        rows.append({
            "sheet": line.sheet,
            "row": line.row,
            "kind": line.kind,
            "action": action_uuids[line.action] if line.kind == "action" and line.action is not None else None,
            "into_row": line.into_row,
            "entry": entry_uuids[line.entry] if line.entry is not None else None,
            "text": line.text,
            "notes": notes,
            "level": line.level,
            "parent_row": line.parent_row,
            "score": line.score,
        })
    return {
        "source_file": preview.source.path.name,
        "source_sha256": preview.source.sha256,
        "file_kind": preview.source.kind,
        "shape": seen.shape,
        "periods": list(seen.periods),
        "plan": plan_uuid,
        "sheets": list(preview.book.sheets),
        "mapping": [{"heading": m.heading, "field": m.field, "guessed": m.guessed, "seen": m.seen}
                    for m in seen.mapping],
        "warnings": summary_warnings(seen),
        "counts": seen.counts(),
        "reclassified": [{"sheet": sheet, "row": row, "kind": kind}
                         for (sheet, row), kind in sorted(preview.kinds.items())],
        "rows": rows,
    }
