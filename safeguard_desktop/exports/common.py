"""What every paper shares: its options (marking, public, board, title,
date) and the report an export gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final

# The UK government protective markings boards put on their papers: OFFICIAL
# for most, OFFICIAL-SENSITIVE for papers about named people (case reviews).
MARKINGS: Final = ("OFFICIAL", "OFFICIAL-SENSITIVE")


@dataclass(frozen=True)
class PaperOptions:
    """Options every format takes. Empty ``board_name`` and ``title`` mean
    "from the document" (the board's name, the plan's title...)."""

    marking: str = "OFFICIAL"
    public: bool = False
    board_name: str = ""
    title: str = ""
    date: date = field(default_factory=date.today)
    author: str = ""

    def __post_init__(self) -> None:
        if self.marking not in MARKINGS:
            raise ValueError(f"marking must be one of {', '.join(MARKINGS)}, not {self.marking!r}")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # the data rows (actions, register lines, entries) written
    withheld: int  # confidential items left out of a public paper
    notes: tuple[str, ...] = ()  # what the user should know (characters removed...)

    def summary(self) -> str:
        parts = [f"Wrote {self.path} ({self.rows} row{'s' if self.rows != 1 else ''})."]
        if self.withheld:
            parts.append(withheld_note(self.withheld))
        parts.extend(self.notes)
        return " ".join(parts)


def withheld_note(count: int) -> str:
    """The sentence a public paper carries when confidential items were
    left out, so that a reader knows the paper is not the whole record;
    with nothing left out, just that it is the public version. The one
    wording every format uses."""
    if not count:
        return "Public version."
    items = "item was" if count == 1 else "items were"
    return f"Public version: {count} confidential {items} withheld from this paper."


def check_public(options: PaperOptions, document_public: bool) -> None:
    """A paper marked public must have been gathered as public: otherwise
    confidential rows would go out under a public label."""
    if options.public and not document_public:
        raise ValueError("options say public but the document was gathered with confidential items in it")


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def long_date(day: date) -> str:
    """"14 May 2024": the form board papers use."""
    return f"{day.day} {day:%B %Y}"
