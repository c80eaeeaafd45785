"""Matching text the way a search box should: without regard to case or
accents, so "dwr" finds "Dŵr" and "sian" finds "Siân". The workspace's
full-text index folds the same way (unicode61 with remove_diacritics 2);
this is the same rule for the text that index does not hold, such as
people's names."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, without accents: "Dŵr" -> "dwr", "Straße" -> "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matches_words(query: str, text: str | None) -> bool:
    """Whether every word of ``query`` starts a word of ``text`` or sits
    inside it, folded: what a user means by typing part of a name."""
    if not text:
        return False
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())
