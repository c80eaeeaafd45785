"""Whatever the user makes of a row in the import preview, every text the
row holds is still written somewhere: nothing typed is dropped."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fixtures import build_workbook
from outline_plans import build_reference_layout_csv, build_self_assessment_csv, build_work_plan_xlsx

from safeguard_desktop.core.cab import fold_lookalikes
from safeguard_desktop.core.ditto import is_ditto
from safeguard_desktop.imports.plan_import import preview_import
from safeguard_desktop.imports.planned import CHOICES


def _everything_kept(seen: Any) -> str:
    """Every text the understanding will write anywhere (case folded: a RAG
    word is stored as its value)."""
    parts = [*seen.titles, *seen.notes]
    for entry in seen.entries:
        parts += [entry.as_written, entry.title, entry.reference or "", *entry.body, *entry.extra.values()]
        for answer in entry.answers.values():
            parts += [*answer.evidence, *answer.analysis, *answer.extra.values()]
    for action in seen.actions:
        parts += [str(v) for v in action.values.values()] + list(action.extra.values())
    return "\n".join(parts).casefold()


@pytest.mark.parametrize("name", ["business plan", "work plan", "self-assessment", "reference layout"])
def test_any_choice_in_the_preview_keeps_every_text(name: str, tmp_path: Path) -> None:
    build = {"business plan": lambda p: build_workbook(p.with_suffix(".xlsx")).path,
             "work plan": lambda p: build_work_plan_xlsx(p.with_suffix(".xlsx"), numbered=True),
             "self-assessment": lambda p: build_self_assessment_csv(p.with_suffix(".csv")),
             "reference layout": lambda p: build_reference_layout_csv(p.with_suffix(".csv"))}[name]
    preview = preview_import(build(tmp_path / "plan"))
    kinds = {(r.sheet, r.row): r.kind for r in preview.understanding.rows}
    rows = [r for r in preview.book.rows if kinds.get((r.sheet, r.row)) not in (None, "title", "header")]
    for row in rows:  # a header row is not offered for re-classifying
        for choice in CHOICES[preview.understanding.shape]:
            seen = preview.with_overrides(None, {(row.sheet, row.row): choice}).understanding
            kept = _everything_kept(seen)
            for text in (t for t in row.own_texts() if not is_ditto(t)):  # a ditto mark becomes what it repeats
                for line in text.split("\n"):  # a number written before the text is stored in the number field
                    line = fold_lookalikes(line.strip())[0]  # a Cyrillic "С" for CAB is stored as the Latin C
                    assert re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", line).casefold() in kept, (row.row, choice)
