"""What the Alembic revisions in db/versions/ write differently on
PostgreSQL: the same schema, in each engine's own words.

SQLite keeps the schema generation in ``PRAGMA user_version`` (read as bytes
before a file is opened, docs/ARCHITECTURE.md); a server has no header to
read, so there the alembic_version table alone says it. SQLite's full-text
index (FTS5) has no PostgreSQL twin here; ``sg_fold``, which the engine
registers on every SQLite connection, is a SQL function on the server.
"""

from __future__ import annotations

from alembic import op


def on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def set_user_version(version: int) -> None:
    if not on_postgres():
        op.execute(f"PRAGMA user_version = {version}")


def false_default() -> str:
    # SQLite stores booleans as 0/1; PostgreSQL refuses an integer default on a boolean.
    return "false" if on_postgres() else "0"


def integer_key() -> str:
    """The type of a new table's ``id``: SQLite's INTEGER PRIMARY KEY numbers
    itself; PostgreSQL needs a sequence."""
    return "SERIAL" if on_postgres() else "INTEGER"


def nocase(expression: str) -> str:
    """A case-blind sort key for an index: SQLite's NOCASE, lower() on a server."""
    return f"lower({expression})" if on_postgres() else f"{expression} COLLATE NOCASE"


# The folding store/engine.py registers on SQLite connections (NFKD without
# combining marks, then lower case), for searches that ignore accents.
SG_FOLD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION sg_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS
$$ SELECT replace(lower(regexp_replace(normalize(value, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')), 'ß', 'ss') $$
"""

# SQLite's own words that the shared queries use, given the same meaning on
# a server, so one query serves both: strftime() over a date (the formats
# the queries use: day, month, year, hours, minutes, seconds), and the
# NOCASE collation the grid sorts with (ICU, case-blind).
SQLITE_WORDS = (
    r"""CREATE OR REPLACE FUNCTION strftime(format text, value date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS
$$ SELECT to_char(value, replace(replace(replace(replace(replace(replace(format,
   '%Y', 'YYYY'), '%m', 'MM'), '%d', 'DD'), '%H', 'HH24'), '%M', 'MI'), '%S', 'SS')) $$""",
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
)
SQLITE_WORDS_DROP = ("DROP FUNCTION IF EXISTS strftime(text, date)", "DROP COLLATION IF EXISTS nocase")
