"""The action grid's text search, on SQLite and on a server alike.

On SQLite the words are looked up in the FTS5 index over the actions' text
(each word a prefix, accents folded, docs/ARCHITECTURE.md); a server has
no FTS5, so there each word must appear in the same columns folded by
``sg_fold`` (store/pg_migrate.py), as the other searches do. One condition,
written the way the engine running it understands.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, and_, literal_column, text
from sqlalchemy.ext.compiler import compiles

from safeguard_desktop.store.models import Action
from safeguard_desktop.store.queries.folded_search import words_in

# The columns the FTS5 index holds (db/versions/0001_initial.py).
SEARCHED = ("number", "want", "how", "lead", "measure", "when_text", "progress", "source", "extra")


class ActionTextMatch(ColumnElement[bool]):
    """The action's text holds every word typed (``fts`` is the FTS5 query
    made of them, ``typed`` the words as typed)."""

    type = Boolean()
    inherit_cache = False  # the words are compiled in: never reuse a compiled statement
    _is_implicitly_boolean = True  # a condition as it stands (no "= 1" added where booleans are 0/1)

    def __init__(self, fts: str, typed: str) -> None:
        self.fts = fts
        self.typed = typed


@compiles(ActionTextMatch)
def _on_sqlite(element: ActionTextMatch, compiler: Any, **kw: Any) -> str:
    matches = text("SELECT rowid FROM actions_fts WHERE actions_fts MATCH :fts").bindparams(fts=element.fts)
    return compiler.process(Action.id.in_(matches.columns(literal_column("rowid"))), **kw)


@compiles(ActionTextMatch, "postgresql")
def _on_a_server(element: ActionTextMatch, compiler: Any, **kw: Any) -> str:
    columns = [getattr(Action, name) for name in SEARCHED]
    return compiler.process(and_(*words_in(element.typed, *columns)), **kw)
