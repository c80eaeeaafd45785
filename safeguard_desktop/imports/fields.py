"""One cell's text turned into the value of one action field, with what the
user should be told about it.

Nothing is dropped here: text a typed field cannot hold (a RAG of
"Amber/Green", a CAB of "Adults?", a target date of "after the review") is
kept as an extra column under the sheet's own heading and flagged, so the
user can settle it; the cell's text is never lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from safeguard_desktop.core.cab import normalise_cab
from safeguard_desktop.core.rag import nearest_rag_colour, parse_rag
from safeguard_desktop.core.self_assessment import parse_score, score_label, score_word
from safeguard_desktop.core.timescales import PLACEHOLDER, Timescale, understand_timescale
from safeguard_desktop.imports.source import SourceCell

TEXT_FIELDS: Final = frozenset({"number", "want", "how", "lead", "measure", "progress", "source",
                               "outline", "reference", "area", "question", "evidence", "analysis"})
DATE_FIELDS: Final = frozenset({"target_date", "last_updated"})

# Flags: what kind of thing the user is asked to review.
PLACEHOLDER_FLAG: Final = "placeholder"
NOTE_FLAG: Final = "note to colleagues"
NOT_UNDERSTOOD_FLAG: Final = "not understood"
LOOKALIKE_FLAG: Final = "look-alike letters"
FILL_FLAG: Final = "RAG from fill colour"
FORMULA_FLAG: Final = "formula without saved result"

_STATUSES: Final = {
    "open": "open", "ongoing": "open", "on going": "open", "in progress": "open", "started": "open",
    "not started": "open", "complete": "completed", "completed": "completed", "done": "completed",
    "achieved": "completed", "carried forward": "carried_forward", "c/f": "carried_forward",
    "closed": "closed_by_board", "closed by board": "closed_by_board", "closed by the board": "closed_by_board",
}

# The words that say exactly what we store (and what exports write back).
_STATUS_WORDS: Final = frozenset({"open", "completed", "carried forward", "closed by board", "closed by the board"})
# Template text left in a plan for someone to fill in.
_PLACEHOLDER: Final = re.compile(
    r"^\[?\(?(?:insert\b.*|tbc|tba|tbd|to be (?:confirmed|agreed|decided|arranged)|x{2,}|\?+|\.{3,})\)?\]?\.?$",
    re.IGNORECASE)
# Words written to a colleague rather than about the action. Only short
# cells are checked: "Ask partners to complete the audit" is an action.
_NOTE: Final = re.compile(
    r"\b(?:discuss(?:ed)? with|check with|confirm with|speak to|ask (?:the |for )?\w+|to be discussed"
    r"|please (?:update|check|confirm|add|advise)|awaiting|nb\b|note to|query\b|chase\b)",
    re.IGNORECASE)
_NOTE_MAX_WORDS: Final = 12
# A score and nothing more: "3", "Score: 4", "Our score 5", "(2)", "4/6".
_PLAIN_SCORE: Final = re.compile(r"^(?:(?:our\s+)?score\s*[:=\-]?\s*)?\(?[1-6]\)?(?:\s*(?:/|out of)\s*6)?$",
                                 re.IGNORECASE)


@dataclass
class Converted:
    values: dict[str, Any] = field(default_factory=dict)
    extra: str | None = None  # text kept as an extra column instead
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def flag(self, kind: str, note: str) -> None:
        self.flags.append(kind)
        self.notes.append(note)


def convert(field_name: str, heading: str, text: str, cell: SourceCell | None) -> Converted:
    """The value(s) ``text`` gives the field ``field_name`` (keyed by Action
    attribute), or the extra text to keep; ``cell`` gives fill and date."""
    result = Converted()
    if text:
        _review_flags(result, heading, text)
    if field_name in TEXT_FIELDS:
        if text:
            result.values[field_name] = text
    elif field_name == "cab":
        _cab(result, heading, text)
    elif field_name == "rag":
        _rag(result, heading, text, cell)
    elif field_name == "when_text":
        _when(result, heading, text, cell)
    elif field_name in DATE_FIELDS:
        _date(result, field_name, heading, text, cell)
    elif field_name == "status":
        _status(result, heading, text)
    elif field_name == "score":
        _score(result, heading, text)
    elif field_name == "level":
        pass  # a work plan's level word, read as the row's place in the outline
    elif text:
        result.extra = text
    return result


def _review_flags(result: Converted, heading: str, text: str) -> None:
    if _PLACEHOLDER.match(text.strip()):
        result.flag(PLACEHOLDER_FLAG, f"{heading}: placeholder '{text}' kept for you to fill in")
    elif "???" in text or (len(text.split()) <= _NOTE_MAX_WORDS and _NOTE.search(text)):
        result.flag(NOTE_FLAG, f"{heading}: '{_short(text)}' looks like a note to colleagues; kept as written")


def _cab(result: Converted, heading: str, text: str) -> None:
    if not text:
        return
    value, lookalike = normalise_cab(text)
    if value is None:
        result.extra = text
        result.flag(NOT_UNDERSTOOD_FLAG, f"{heading}: '{_short(text)}' is not C, A or B; kept as an extra column")
        return
    result.values["cab"] = value
    if lookalike:
        result.flag(LOOKALIKE_FLAG, f"{heading}: '{text}' uses letters from another alphabet that look like "
                                    f"Latin ones; read as {value}")


def _rag(result: Converted, heading: str, text: str, cell: SourceCell | None) -> None:
    if text:
        value = parse_rag(text)
        if value is not None:
            result.values["rag"] = value
            return
    fill = cell.fill if cell is not None else None
    from_fill = nearest_rag_colour(fill) if fill else None
    if from_fill is not None:
        result.values["rag"] = from_fill
        result.flag(FILL_FLAG, f"{heading}: rating {from_fill} read from the cell's fill colour #{fill}")
    if text:
        result.extra = text
        result.flag(NOT_UNDERSTOOD_FLAG, f"{heading}: '{_short(text)}' is not a RAG rating; kept as an extra column")


def _when(result: Converted, heading: str, text: str, cell: SourceCell | None) -> None:
    if not text:
        return
    result.values["when_text"] = text
    if cell is not None and cell.date is not None:
        result.values["when_date"] = cell.date
        return
    understood = _timescale(text)
    if understood.date is not None and not understood.ambiguous:
        result.values["when_date"] = understood.date
    elif understood.kind == PLACEHOLDER and PLACEHOLDER_FLAG not in result.flags:
        result.flag(PLACEHOLDER_FLAG, f"{heading}: placeholder '{text}' kept for you to fill in")
    elif understood.ambiguous:
        result.notes.append(f"{heading}: '{_short(text)}' could mean more than one date; no date taken")


def _date(result: Converted, field_name: str, heading: str, text: str, cell: SourceCell | None) -> None:
    if not text:
        return
    day: dt.date | None = cell.date if cell is not None else None
    if day is None:
        understood = _timescale(text)
        day = understood.date if not understood.ambiguous else None
    if day is not None:
        result.values[field_name] = day
        return
    result.extra = text
    result.flag(NOT_UNDERSTOOD_FLAG, f"{heading}: '{_short(text)}' is not one date; kept as an extra column")


@lru_cache(maxsize=4096)  # plans repeat their timescales ("Quarterly", "March 2015") row after row
def _timescale(text: str) -> Timescale:
    return understand_timescale(text)


def _status(result: Converted, heading: str, text: str) -> None:
    if not text:
        return
    words = " ".join(text.casefold().rstrip(".").split())
    value = _STATUSES.get(words)
    if value is not None:
        result.values["status"] = value
        if words not in _STATUS_WORDS:  # "Ongoing" is kept: "open" alone would lose the board's word
            result.extra = text
        return
    result.extra = text
    result.notes.append(f"{heading}: '{_short(text)}' is not a status we track; kept as an extra column")


def _score(result: Converted, heading: str, text: str) -> None:
    if not text:
        return
    value = parse_score(text)
    if value is not None:
        result.values["score"] = value
        if not _PLAIN_SCORE.match(text.strip()) and " ".join(text.split()).casefold() not in (
                score_label(value).casefold(), score_word(value).casefold()):
            result.extra = text  # "4 (provisional)": the board's words are kept beside the score
        return
    result.extra = text
    result.flag(NOT_UNDERSTOOD_FLAG, f"{heading}: '{_short(text)}' is not a score from 1 to 6; kept as an extra column")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
