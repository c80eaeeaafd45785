"""What an import understood, before anything is written: the plan's
entries and action rows as they will be imported, a line per source row for
the report, and the column mapping the user may change. Plain data, shared
by the preview dialog, the command line and the writer."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ROW_KINDS = ("title", "banner", "header", "action", "continuation", "note", "entry", "question")
# What the preview lets the user make of a row, by the plan's shape.
CHOICES = {
    "business_plan": ("banner", "action", "continuation", "note"),
    "work_plan": ("entry", "action", "continuation", "note"),
    "self_assessment": ("entry", "question", "continuation", "note"),
}


@dataclass
class Answer:
    """What one review period's sheet says of a priority area or question."""

    evidence: list[str] = field(default_factory=list)
    analysis: list[str] = field(default_factory=list)
    score: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.evidence or self.analysis or self.score is not None or self.extra)


@dataclass
class PlannedEntry:
    """An entry of the plan's outline: a priority or outcome from a banner
    row, a work plan's duty or responsibility, a self-assessment's area or
    question, or a footnote (kind ``note``, its mark in ``number``)."""

    kind: str  # a plan_entries.kind (core/plan_shapes.py)
    number: str | None
    title: str
    as_written: str
    parent: int | None  # index of the entry it hangs on
    sheet: str
    row: int | None  # None when named after a sheet rather than a banner row
    body: list[str] = field(default_factory=list)  # note rows that followed it
    level: int = 1  # 1-based depth in the outline
    reference: str | None = None  # "para 246"
    extra: dict[str, str] = field(default_factory=dict)  # heading as written -> text
    answers: dict[str, Answer] = field(default_factory=dict)  # review period -> what it says


@dataclass
class PlannedAction:
    sheet: str
    row: int
    entry: int | None  # index into Understanding.entries
    values: dict[str, Any] = field(default_factory=dict)  # Action attributes
    extra: dict[str, str] = field(default_factory=dict)  # heading as written -> text
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    joined: list[int] = field(default_factory=list)  # continuation rows joined onto it
    parent: int | None = None  # a work plan's activity under another: index into Understanding.actions
    level: int | None = None  # 1-based depth in the outline


@dataclass
class RowReport:
    """What became of one non-empty source row."""

    sheet: str
    row: int
    kind: str
    text: str  # the row's text, for the preview
    action: int | None = None  # index into Understanding.actions
    into_row: int | None = None  # for a continuation: the row it was joined to
    entry: int | None = None  # for a banner, entry, question or footnote: index into Understanding.entries
    notes: list[str] = field(default_factory=list)
    level: int | None = None  # 1-based depth in the outline of what the row became
    parent_row: int | None = None  # source row of the entry it hangs on; None at the top
    score: int | None = None  # a question row: the score read for it in this sheet's period


@dataclass
class MappingChoice:
    """One distinct column heading met in the file and the field it feeds."""

    heading: str
    guessed: str  # our field, or "extra"
    field: str  # after the user's overrides
    seen: list[str] = field(default_factory=list)  # "Sheet1 row 4"


@dataclass
class Understanding:
    entries: list[PlannedEntry] = field(default_factory=list)
    actions: list[PlannedAction] = field(default_factory=list)
    rows: list[RowReport] = field(default_factory=list)
    mapping: list[MappingChoice] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # note rows before any priority
    headings: dict[str, str] = field(default_factory=dict)  # field -> first heading as written
    warnings: list[str] = field(default_factory=list)
    shape: str = "business_plan"  # the plans.kind the file was read as
    periods: list[str] = field(default_factory=list)  # a self-assessment's review periods, in order

    def counts(self) -> dict[str, int]:
        found = Counter(row.kind for row in self.rows)
        return {kind: found.get(kind, 0) for kind in ROW_KINDS}

    def flag_counts(self) -> Counter[str]:
        return Counter(flag for action in self.actions for flag in action.flags)
