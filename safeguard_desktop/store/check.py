"""``check``: SQLite's integrity check plus the program's own consistency
rules. Read-only: checking a file never changes it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from safeguard_desktop.errors import NeedsRecoveryError, NotAWorkspaceError
from safeguard_desktop.store import migrations
from safeguard_desktop.store.audit import verify_chain
from safeguard_desktop.store.audit_fields import field_problems
from safeguard_desktop.store.audit_head import head_problems
from safeguard_desktop.store.engine import make_engine
from safeguard_desktop.store.fileformat import APPLICATION_ID, SCHEMA_VERSION, read_header
from safeguard_desktop.store.header_damage import header_damage
from safeguard_desktop.store.lock import lock_path
from safeguard_desktop.store.recovery import foreign_wal, refuse_leftover_journal
from safeguard_desktop.store.verify import Problem, sqlite_problems
from safeguard_desktop.store.workspace import upgraded_copy


# Each rule: (area, SQL returning offending rows as (id, description)).
CONSISTENCY_RULES: tuple[tuple[str, str], ...] = (
    ("attendance", """SELECT a.id, 'register line ' || a.id || ' names a seat of another group'
        FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN seats s ON s.id = a.seat_id
        WHERE s.group_id != m.group_id"""),
    ("attendance", """SELECT a.id, 'register line ' || a.id || ' has neither a seat nor a name'
        FROM attendance a WHERE a.seat_id IS NULL AND a.person_id IS NULL AND coalesce(a.name, '') = ''"""),
    ("attendance", """SELECT a.id, 'register line ' || a.id || ' has an unknown status ' || a.status
        FROM attendance a WHERE a.status NOT IN ('present','deputy','apologies','absent','in_attendance','unmarked')"""),
    ("plans", """SELECT e.id, 'plan entry ' || e.id || ' hangs under an entry of another plan'
        FROM plan_entries e JOIN plan_entries p ON p.id = e.parent_id WHERE p.plan_id != e.plan_id"""),
    ("actions", """SELECT a.id, 'action ' || a.id || ' belongs to an outcome of another plan'
        FROM actions a JOIN plan_entries e ON e.id = a.entry_id WHERE a.plan_id IS NOT e.plan_id"""),
    ("plans", """SELECT e.id, 'plan entry ' || e.id || ' is in the plan but hangs under a deleted entry'
        FROM plan_entries e JOIN plan_entries p ON p.id = e.parent_id
        WHERE e.deleted_at IS NULL AND p.deleted_at IS NOT NULL"""),
    ("actions", """SELECT a.id, 'action ' || a.id || ' is nested under a row of another plan or heading'
        FROM actions a JOIN actions p ON p.id = a.parent_id
        WHERE p.plan_id IS NOT a.plan_id OR p.entry_id IS NOT a.entry_id"""),
    ("actions", """SELECT a.id, 'action ' || a.id || ' has an unknown RAG ' || a.rag
        FROM actions a WHERE a.rag IS NOT NULL AND a.rag NOT IN ('red','amber','green','blue','none')"""),
    ("actions", """SELECT a.id, 'action ' || a.id || ' has an unknown CAB ' || a.cab
        FROM actions a WHERE a.cab IS NOT NULL AND a.cab NOT IN ('C','A','B')"""),
    ("actions", """SELECT i.id, 'action ' || a.id || ' arises from an item of another meeting'
        FROM actions a JOIN agenda_items i ON i.id = a.agenda_item_id WHERE a.meeting_id IS NOT i.meeting_id"""),
    ("seats", """SELECT h.id, 'seat holding ' || h.id || ' ends before it starts'
        FROM seat_holdings h WHERE h.to_date IS NOT NULL AND h.to_date < h.from_date"""),
    ("groups", """SELECT g.id, 'group ' || g.id || ' belongs to another board than its parent'
        FROM groups g JOIN groups p ON p.id = g.parent_id WHERE p.board_id != g.board_id"""),
)


def check_workspace(path: Path) -> list[Problem]:
    """Everything wrong with the workspace at ``path``; empty when sound."""
    path = Path(path)
    if not path.exists():
        return [Problem("file", f"there is no file at {path}")]
    damage = header_damage(path)
    if damage:
        return [Problem("file", f"{path} is damaged: {damage}")]
    try:
        header = read_header(path)
        refuse_leftover_journal(path)
    except (NotAWorkspaceError, NeedsRecoveryError) as exc:
        return [Problem("file", str(exc))]
    if header.application_id != APPLICATION_ID:
        return [Problem("file", f"{path} is not a safeguard-desktop workspace")]
    if header.user_version > SCHEMA_VERSION:
        return [Problem("file", f"{path} is from a newer version of safeguard-desktop (schema {header.user_version})")]
    # With no one holding the workspace, no one is writing its -wal: judge it.
    misfit = None if lock_path(path).exists() else foreign_wal(path)
    if misfit:
        return [Problem("file", f"{path}: {misfit}")]
    try:
        problems = sqlite_problems(path)
    except sqlite3.OperationalError as exc:
        return [Problem("file", f"cannot be read just now ({exc}); nothing was checked")]
    if problems:
        return problems  # the program's own rules mean nothing on a damaged file
    engine = make_engine(path, read_only=True, network=False)
    copy: Path | None = None
    try:
        with engine.connect() as conn:
            revision = migrations.current_revision(conn)
        if revision not in migrations.known_revisions():
            problems.append(Problem("schema", f"unknown schema revision {revision}"))
            return problems
        if revision != migrations.head_revision():
            # An older version's file: the program's rules name columns and
            # tables later revisions added, so they read an upgraded copy.
            engine.dispose()
            engine, copy = upgraded_copy(path, None, network=False)
        with Session(engine) as session:
            problems += [Problem("audit", f"entry {p.audit_id} {p.message}") for p in verify_chain(session)]
            problems += [Problem("audit", m) for m in head_problems(path, session) + field_problems(session)]
            for area, sql in CONSISTENCY_RULES:
                for _id, message in session.execute(text(sql)).all()[:20]:
                    problems.append(Problem(area, message))
            indexed, rows = session.execute(text(
                "SELECT (SELECT count(*) FROM actions_fts_docsize), (SELECT count(*) FROM actions)")).one()
            if indexed != rows:
                problems.append(Problem("search index", f"{indexed} actions indexed for search, {rows} actions exist"))
    finally:
        engine.dispose()
        if copy is not None:
            shutil.rmtree(copy.parent, ignore_errors=True)
    return problems
