"""``check`` for a workspace on a server: what fits a server.

The server guards its own pages and foreign keys; what is ours to check is
the audit chain (every entry's hash and link), the replay of the trail
against every record's fields (a row changed behind the program's back),
and the program's consistency rules. Read-only, like the file check.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import migrations
from safeguard_desktop.store.audit import verify_chain
from safeguard_desktop.store.audit_fields import field_problems
from safeguard_desktop.store.check import CONSISTENCY_RULES
from safeguard_desktop.store.pg_address import ServerAddress
from safeguard_desktop.store.pg_workspace import server_engine
from safeguard_desktop.store.verify import Problem

# SQLite's "a IS NOT b" compares values, NULL included; PostgreSQL says it
# "IS DISTINCT FROM" ("x IS DISTINCT FROM NULL" is "x IS NOT NULL" there too).
_IS_NOT = re.compile(r"\bIS NOT\b(?! NULL)")


def server_rule(sql: str) -> str:
    return _IS_NOT.sub("IS DISTINCT FROM", sql)


def check_server(address: ServerAddress) -> list[Problem]:
    engine = server_engine(address)
    try:
        try:
            with engine.connect() as conn:
                revision = migrations.current_revision(conn)
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - unreachable, refused: one line, nothing checked
            return [Problem("server", f"cannot be read just now ({str(getattr(exc, 'orig', exc)).strip()}); "
                                      "nothing was checked")]
        if revision is None:
            return [Problem("server", f"{address} holds no safeguard-desktop workspace")]
        if revision not in migrations.known_revisions():
            return [Problem("schema", f"unknown schema revision {revision}")]
        problems: list[Problem] = []
        with Session(engine) as session:
            # One snapshot for the whole check: writers may go on meanwhile.
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            problems += [Problem("audit", f"entry {p.audit_id} {p.message}") for p in verify_chain(session)]
            problems += [Problem("audit", m) for m in field_problems(session)]
            for area, sql in CONSISTENCY_RULES:
                for _id, message in session.execute(text(server_rule(sql))).all()[:20]:
                    problems.append(Problem(area, message))
        return problems
    finally:
        engine.dispose()
