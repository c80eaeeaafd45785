"""Action and outcome numbers as boards write them: "1", "1.1", "1.3a",
"2a.1", "1.1.1", "Q4", "Priority 2a".

Numbers are text, kept as written: a plan's numbering is the board's own and
is quoted in minutes and reports, so the program sorts it, suggests the next
one and offers a tidy renumbering, but never rewrites it unasked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, TypeAlias

# One piece of a number: digits sort before letters so that the children of
# 1.3 (1.3.1) come straight after it and before its lettered sibling 1.3a.
_Piece: TypeAlias = tuple[int, int, str]
SortKey: TypeAlias = tuple[int, tuple[_Piece, ...], str, str]

_PIECES = re.compile(r"[0-9]+|[^\W\d_]+")
# "Priority 2a", "Strategic Duty 1": the words name the level, the number
# is what orders the rows.
_LEADING_WORDS = re.compile(r"^\s*(?:[^\W\d_]+\.?\s+)+(?=[0-9])")


def number_sort_key(text: str | None) -> SortKey:
    """Natural sort key: 1.2 < 1.10, 1.3 < 1.3.1 < 1.3a < 1.4.

    Rows without a number sort after every numbered row; text with no
    digits or letters at all ("???") sorts with them. The text itself breaks
    ties so the order is stable and total.
    """
    if text is None or not text.strip():
        return (2, (), "", "")
    body = _LEADING_WORDS.sub("", text)
    pieces = tuple(
        (0, int(piece), "") if piece.isascii() and piece.isdigit() else (1, 0, piece.casefold())
        for piece in _PIECES.findall(body)
    )
    written = text.strip()
    return (0 if pieces else 1, pieces, written.casefold(), written)


# A trailing number, optionally with one letter after it ("1.3a"), and any
# closing punctuation ("1.", "(2)") which is kept as written.
_TRAILING_NUMBER = re.compile(r"([0-9]+)([^\W\d_])?(?![^\W\d_])([^\w]*)$")
_TRAILING_LETTER = re.compile(r"(?<![^\W\d_])([^\W\d_])([^\w]*)$")


def _next_letter(letter: str) -> str:
    if letter in "zZ":
        return ("a" if letter == "z" else "A") * 2
    return chr(ord(letter) + 1)


def next_number(previous: str | None) -> str:
    """A suggestion for the row after ``previous``, in the same style.

    "1.3" -> "1.4", "1.3a" -> "1.3b", "2a.1" -> "2a.2", "Q4" -> "Q5",
    "(a)" -> "(b)". Anything with no number to count on gives "1".
    """
    if previous is None or not previous.strip():
        return "1"
    text = previous.strip()
    match = _TRAILING_NUMBER.search(text)
    if match:
        digits, letter, tail = match.group(1), match.group(2), match.group(3)
        if letter:
            return f"{text[: match.start(2)]}{_next_letter(letter)}{tail}"
        bumped = str(int(digits) + 1).zfill(len(digits))
        return f"{text[: match.start(1)]}{bumped}{tail}"
    match = _TRAILING_LETTER.search(text)
    if match:
        return f"{text[: match.start(1)]}{_next_letter(match.group(1))}{match.group(2)}"
    return "1"


_LETTER_SUFFIX = re.compile(r"^(.*[0-9])([^\W\d_])$")


def _split_letter(number: str | None) -> tuple[str | None, str]:
    """("1.3", "a") for "1.3a"; (None, "") for no number."""
    if number is None or not number.strip():
        return None, ""
    text = number.strip()
    match = _LETTER_SUFFIX.match(text)
    if match:
        return match.group(1).casefold(), match.group(2)
    return text.casefold(), ""


def renumber(numbers: Sequence[str | None], parent_prefix: str | None = None) -> list[str]:
    """A sequential numbering for sibling rows, offered to the user.

    Keeps the plan's own grouping: rows that repeat a number (several actions
    under one outcome: 1.1, 1.1, 1.1) share the new number, and lettered rows
    (1.3, 1.3a) keep their letter on their group's new number. A row with no
    number gets a number of its own.

    >>> renumber(["1.1", "1.1", "1.3", "1.3a", None], "2")
    ['2.1', '2.1', '2.2', '2.2a', '2.3']
    """
    prefix = ""
    if parent_prefix is not None and parent_prefix.strip():
        prefix = parent_prefix.strip().rstrip(".") + "."
    proposal: list[str] = []
    counter = 0
    previous_base: str | None = None
    for number in numbers:
        base, letter = _split_letter(number)
        if base is None or base != previous_base:
            counter += 1
        previous_base = base
        proposal.append(f"{prefix}{counter}{letter}")
    return proposal


# Words that introduce a numbered level in the plans boards write.
_HEADING_LABEL = (
    r"(?:(?:strategic|specific|key|business)\s+)?"
    r"(?:priority|duty|responsibility|outcome|objective|aim|theme|section|part"
    r"|area|goal|work\s*stream|recommendation|question)"
    r"(?:\s+area)?"
)
_HEADING: Final = re.compile(
    rf"^\s*(?:{_HEADING_LABEL}\s*)?(?:no\.?\s*)?"
    r"(?P<number>[0-9]{1,3}[a-z]?(?:\.[0-9]{1,3}[a-z]?)*)(?![\w/])"
    r"\s*[:.)\-\u2013\u2014]?\s*(?P<title>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_priority_heading(text: str | None) -> tuple[str | None, str]:
    """The number and title of a banner row.

    "Priority 2a: to be assured that children..." -> ("2a", "to be assured
    that children..."); "Strategic Duty 1. To provide support" -> ("1", "To
    provide support"); "Specific responsibility 3:" -> ("3", ""). A banner
    without a number gives (None, its text). The trailing colon banners end
    with is dropped; line breaks inside a merged banner cell become spaces.
    """
    if text is None:
        return None, ""
    match = _HEADING.match(text)
    if not match:
        return None, " ".join(text.split())
    title = " ".join(match.group("title").split()).rstrip(":").rstrip()
    return match.group("number"), title


def outline_numbers(rows: Sequence[tuple[int, int | None, object]]) -> dict[int, str]:
    """Numbers that follow an outline, offered for rows nested under one
    another (a work plan's activities): ``rows`` are (id, parent id, group)
    in reading order. A row with no parent among them counts 1, 2, 3 within
    its group (the responsibility it sits under); a nested row is its
    parent's number, a dot, and its place among its parent's rows.

    >>> outline_numbers([(10, None, "r"), (11, None, "r"), (12, 11, "r"), (13, 12, "r"), (14, None, "s")])
    {10: '1', 11: '2', 12: '2.1', 13: '2.1.1', 14: '1'}
    """
    known = {row_id for row_id, _, _ in rows}
    counts: dict[tuple[str, object], int] = {}
    numbers: dict[int, str] = {}
    for row_id, parent_id, group in rows:
        key = ("row", parent_id) if parent_id in known else ("group", group)
        counts[key] = counts.get(key, 0) + 1
        place = str(counts[key])
        numbers[row_id] = f"{numbers[parent_id]}.{place}" if key[0] == "row" and parent_id in numbers else place
    return numbers
