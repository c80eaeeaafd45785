"""The CAB column of an action plan: whom an action is for.

C is children, A adults, B both. The column is one letter wide, and that
letter is often not the Latin one: a plan typed partly on a Welsh or Eastern
European keyboard layout, or pasted from a PDF, carries Cyrillic or Greek
capitals that look identical. Filtering on "C" would then silently miss
those rows, so look-alikes are folded to Latin and the caller is told, so the
import report can say so.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

CHILDREN: Final = "C"
ADULTS: Final = "A"
BOTH: Final = "B"

CAB_VALUES: Final[tuple[str, ...]] = (CHILDREN, ADULTS, BOTH)

_LABELS: Final[dict[str, str]] = {CHILDREN: "Children", ADULTS: "Adults", BOTH: "Both"}

# Letters that render like A, B or C but are not Latin. Fullwidth forms and
# Roman numeral C are handled by NFKC below; these survive NFKC unchanged.
_LOOKALIKES: Final[dict[str, str]] = {
    "\u0410": "A",  # Cyrillic capital A
    "\u0430": "a",  # Cyrillic small a
    "\u0412": "B",  # Cyrillic capital VE
    "\u0432": "b",  # Cyrillic small ve (looks like a small capital B)
    "\u0421": "C",  # Cyrillic capital ES
    "\u0441": "c",  # Cyrillic small es
    "\u0391": "A",  # Greek capital ALPHA
    "\u03b1": "a",  # Greek small alpha
    "\u0392": "B",  # Greek capital BETA
    "\u03b2": "b",  # Greek small beta
    "\u03f9": "C",  # Greek capital lunate sigma
    "\u03f2": "c",  # Greek lunate sigma
    "\u0251": "a",  # Latin small alpha
}

_WORDS: Final[dict[str, str]] = {
    "c": CHILDREN,
    "child": CHILDREN,
    "children": CHILDREN,
    "children young people": CHILDREN,
    "cyp": CHILDREN,
    "a": ADULTS,
    "adult": ADULTS,
    "adults": ADULTS,
    "b": BOTH,
    "both": BOTH,
    "all": BOTH,
    "c a": BOTH,
    "a c": BOTH,
    "children adults": BOTH,
    "adults children": BOTH,
}

_SEPARATORS = re.compile(r"[\s/&+,.;:()\[\]\-_'\"]+")


def fold_lookalikes(text: str) -> tuple[str, bool]:
    """Latin text and whether any look-alike letter had to be replaced (a
    CAB value, or a heading such as "CAB" typed in Cyrillic)."""
    if text.isascii():  # most text, and every row is tested for being a header
        return text, False
    changed = False
    folded: list[str] = []
    for ch in text:
        if ch in _LOOKALIKES:
            folded.append(_LOOKALIKES[ch])
            changed = True
            continue
        if not ch.isascii():
            compat = unicodedata.normalize("NFKC", ch)
            if compat != ch and compat.isascii() and compat.isalpha():
                folded.append(compat)
                changed = True
                continue
        folded.append(ch)
    return "".join(folded), changed


def normalise_cab(text: str | None) -> tuple[str | None, bool]:
    """The CAB value ("C", "A" or "B") a cell means, and whether look-alike
    letters were folded to get it.

    Returns (None, False) for an empty cell or for text that is not a CAB
    value; the caller keeps that text as written and flags the row.
    """
    if text is None:
        return None, False
    folded, changed = fold_lookalikes(text)
    # "&", "/" and "and" all join the two groups: "C & A", "C/A" and
    # "Children and adults" all arrive as a pair of words.
    words = [word for word in _SEPARATORS.sub(" ", folded).casefold().split() if word != "and"]
    value = _WORDS.get(" ".join(words))
    return value, changed and value is not None


def cab_label(value: str | None) -> str:
    """Readable label for a stored CAB value; empty for no value."""
    if value is None:
        return ""
    try:
        return _LABELS[value]
    except KeyError:
        raise ValueError(f"not a CAB value: {value!r}") from None
