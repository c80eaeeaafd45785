"""The words of one line of a hand-kept outline: the level's own word
("Strategic duty 1"), a number written before the text ("1.2.3"), a
footnote's mark, several questions numbered in one cell, a line that
carries on the one above ("(continued) ..."). Plain text rules, used by
``outline.OutlineRows`` as it reads a work plan or a self-assessment."""

from __future__ import annotations

import re
from typing import Final

# The level's own word at the start of a row: "Strategic Duty 1.", "Specific responsibility 2:".
LEVEL_WORDS: Final = (
    (1, re.compile(r"^(?:strategic\s+)?duty\s*(?P<number>\d+[a-z]?)?\s*[.:\-\u2013]?\s*", re.IGNORECASE)),
    (2, re.compile(r"^(?:specific\s+)?responsibility\s*(?P<number>\d+[a-z]?)?\s*[.:\-\u2013]?\s*", re.IGNORECASE)),
)
# "1.2.3 Engage with..." or "2. Members will...": a number written before the text.
LEADING_NUMBER: Final = re.compile(r"^(?P<number>\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(?=\S)")
NUMBER: Final = re.compile(r"^\(?\d{1,3}[a-z]?(?:\.\d{1,3}[a-z]?)*\.?\)?$")
# A footnote: its mark first ("¹ In February...", "* Figures...", "[2] ...").
FOOTNOTE: Final = re.compile(r"^(?P<mark>[\u00b9\u00b2\u00b3\u2070-\u2079]+|\*+|\[\d{1,2}\]|\(\d{1,2}\))\s*(?=\S)")
# Questions numbered inside one cell: a split before each "N." that starts a question.
QUESTION_SPLIT: Final = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,3})[.)]\s+(?=[A-Z\u2018\u201c'\"])")
# A lone cell that carries on the row above: "(continued) and through
# pharmacies", "cont'd ...", "... and schools", or a sentence's lower-case rest.
CONTINUED: Final = re.compile(r"^(?:\(?\s*(?i:continued|cont'?d|cont\.)\s*\)?|\.\.\.|\u2026|[a-z])")
LEVEL_HEADING: Final = re.compile(r"^(?:activit(?:y|ies)|responsibilit(?:y|ies)|duties|actions?)\s*:?$", re.IGNORECASE)


def split_questions(text: str) -> list[tuple[str | None, str]]:
    """One question per "N." in the cell; text before the first number is
    kept with the first question."""
    starts = list(QUESTION_SPLIT.finditer(text))
    if len(starts) < 2:
        match = LEADING_NUMBER.match(text)
        return [(match.group("number"), text[match.end():]) if match else (None, text)]
    found = []
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        found.append((start.group("number"), text[start.end():end].strip()))
    before = text[: starts[0].start()].strip()
    if before:
        number, first = found[0]
        found[0] = (number, f"{before} {first}")
    return found


def entry_key(text: str) -> str:
    return " ".join(text.casefold().split())[:120]


def joined(before: str | None, text: str) -> str:
    return f"{before}\n{text}" if before else text
