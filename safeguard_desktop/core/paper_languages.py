"""The languages a board's papers can be written in. Welsh boards work
under the Welsh Language Standards, which expect Welsh to be offered and,
where both languages are given, the Welsh first: so a paper's fixed words
are English, Welsh, or both side by side (exports/paper_words.py)."""

from __future__ import annotations

from typing import Final

ENGLISH: Final = "en"
WELSH: Final = "cy"
BOTH: Final = "both"
PAPER_LANGUAGES: Final = (ENGLISH, WELSH, BOTH)


def paper_language(stored: str | None) -> str:
    """A stored or typed language code; anything else (a setting written by
    a later version, a typing slip in the file) reads as English, because a
    paper in English is better than no paper."""
    return stored if stored in PAPER_LANGUAGES else ENGLISH
