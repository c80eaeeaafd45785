"""Searching text as a person types it: every word must appear, anywhere in
the columns searched, whatever its case or accents ("dwr" finds "Dŵr").
The folding is SQLite's ``sg_fold`` function (store/engine.py), which is
plain lower-casing for ASCII text and cheap. What was typed is text: a "%"
or "_" means itself, never a pattern."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func

from safeguard_desktop.core.text_fold import fold
from safeguard_desktop.store.engine import FOLD_FUNCTION

LIKE_ESCAPE = "\\"
# Between columns joined for one search: a word never matches across the end
# of one column and the start of the next.
_SEPARATOR = "\x1f"


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern with ``escape=LIKE_ESCAPE``: its wildcards are literal."""
    return text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")


def words_in(typed: str, *columns: Any) -> list[ColumnElement[bool]]:
    """One condition per typed word: that word is in the columns, folded."""
    joined: ColumnElement[str] = func.coalesce(columns[0], "")
    for column in columns[1:]:
        joined = joined.concat(_SEPARATOR).concat(func.coalesce(column, ""))
    folded = getattr(func, FOLD_FUNCTION)(joined)
    return [folded.like(f"%{like_escape(word)}%", escape=LIKE_ESCAPE) for word in fold(typed).split()]
