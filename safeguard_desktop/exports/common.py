"""What every paper shares: its options (marking, public, board, title,
date) and the report an export gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final

from safeguard_desktop.exports.paper_words import LANGUAGES, Words, words

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
    language: str = "en"  # the paper's fixed words: "en", "cy" (Welsh) or "both" (exports/paper_words.py)

    def __post_init__(self) -> None:
        if self.marking not in MARKINGS:
            raise ValueError(f"marking must be one of {', '.join(MARKINGS)}, not {self.marking!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")

    @property
    def words(self) -> Words:
        return words(self.language)


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


def withheld_note(count: int, w: Words | None = None) -> str:
    """The sentence a public paper carries when confidential items were
    left out, so that a reader knows the paper is not the whole record;
    with nothing left out, just that it is the public version. The one
    wording every format uses, in the paper's language."""
    w = w or words()
    if not count:
        return w("Public version.")
    return w.count("Public version: {count} confidential item was withheld from this paper.",
                   "Public version: {count} confidential items were withheld from this paper.", count)


def check_public(options: PaperOptions, document_public: bool) -> None:
    """A paper marked public must have been gathered as public: otherwise
    confidential rows would go out under a public label."""
    if options.public and not document_public:
        raise ValueError("options say public but the document was gathered with confidential items in it")


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""
