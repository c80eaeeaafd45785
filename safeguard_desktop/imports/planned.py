"""What an import understood, before anything is written: the plan's
entries and action rows as they will be imported, a line per source row for
the report, and the column mapping the user may change. Plain data, shared
by the preview dialog, the command line and the writer."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ROW_KINDS = ("title", "banner", "header", "action", "continuation", "note")


@dataclass
class PlannedEntry:
    """A priority (or an outcome under one) from a banner row."""

    kind: str  # priority | outcome
    number: str | None
    title: str
    as_written: str
    parent: int | None  # index of the priority an outcome hangs on
    sheet: str
    row: int | None  # None when named after a sheet rather than a banner row
    body: list[str] = field(default_factory=list)  # note rows that followed it


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


@dataclass
class RowReport:
    """What became of one non-empty source row."""

    sheet: str
    row: int
    kind: str
    text: str  # the row's text, for the preview
    action: int | None = None  # index into Understanding.actions
    into_row: int | None = None  # for a continuation: the row it was joined to
    entry: int | None = None  # for a banner: index into Understanding.entries
    notes: list[str] = field(default_factory=list)


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

    def counts(self) -> dict[str, int]:
        found = Counter(row.kind for row in self.rows)
        return {kind: found.get(kind, 0) for kind in ROW_KINDS}

    def flag_counts(self) -> Counter[str]:
        return Counter(flag for action in self.actions for flag in action.flags)
