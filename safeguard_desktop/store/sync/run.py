"""``sync_files(a, b)``: bring two copies of one workspace up to date with
each other, both ways (docs/SYNCING_COPIES.md)."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import time
from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import audit_head, encryption
from safeguard_desktop.store.audit_head import ChainHead
from safeguard_desktop.store.engine import make_engine
from safeguard_desktop.store.fileformat import SCHEMA_VERSION, is_network_path, read_header
from safeguard_desktop.store.lock import WorkspaceLock
from safeguard_desktop.store.sync import quick, swap
from safeguard_desktop.store.sync.apply import Applied, Writer
from safeguard_desktop.store.sync.changes import entries_after, remember_peer, window
from safeguard_desktop.store.sync.conflicts import settle, write_conflicts
from safeguard_desktop.store.sync.moves import to_move
from safeguard_desktop.store.sync.plan import Conflict, make_plan
from safeguard_desktop.store.sync.side import Side
from safeguard_desktop.store.sync.tables import sync_aliases, sync_conflicts
from safeguard_desktop.store.workspace import open_workspace


@dataclass
class SyncReport:
    a: str
    b: str
    a_to_b: Applied = dc_field(default_factory=Applied)
    b_to_a: Applied = dc_field(default_factory=Applied)
    new_conflicts: list[Conflict] = dc_field(default_factory=list)
    open_conflicts: int = 0
    resolutions_crossed: int = 0
    nothing_new: bool = False
    new_site: bool = False
    seconds: float = 0.0
    aliases: int = 0
    took_copy: bool = False  # the file was new: a first copy of the server's workspace was taken

    def moved_nothing(self) -> bool:
        """Nothing crossed either way: no change, conflict, resolution or alias."""
        counts = (self.a_to_b.applied, self.a_to_b.held, self.a_to_b.noted,
                  self.b_to_a.applied, self.b_to_a.held, self.b_to_a.noted)
        return not any(counts) and not self.new_conflicts and not self.resolutions_crossed \
            and not self.aliases and not self.new_site

    def as_json(self) -> dict[str, Any]:
        return {
            "a": self.a, "b": self.b, "nothing_new": self.nothing_new,
            "a_to_b": vars(self.a_to_b), "b_to_a": vars(self.b_to_a),
            "new_conflicts": [{"uuid": c.uuid, "table": c.table, "record": c.ident, "field": c.field,
                               "a": {"value": c.a_value, "who": c.a_actor, "when": c.a_at},
                               "b": {"value": c.b_value, "who": c.b_actor, "when": c.b_at}}
                              for c in self.new_conflicts],
            "open_conflicts": self.open_conflicts, "resolutions_crossed": self.resolutions_crossed,
            "seconds": round(self.seconds, 3),
        }


NO_ROOM = ("There is not enough free space on the disk holding {folder} to sync: the merged copies are made "
           "beside the files before either is replaced. Nothing was synced and both files are as they were. Free "
           "some space there (about twice the size of the two files), then sync again.")


def sync_files(a_path: Path, b_path: Path) -> SyncReport:
    """Bring two copies of a workspace up to date with each other, or leave
    both as they were with a message saying why."""
    paths = [Path(a_path).resolve(), Path(b_path).resolve()]
    try:
        return _sync_files(*paths)
    except (OSError, OperationalError, sqlite3.Error) as exc:
        short = next((p for p in paths if _no_room(exc, p)), None)
        if short is not None:
            raise UserError(NO_ROOM.format(folder=short.parent)) from exc
        raise


def _no_room(exc: BaseException, path: Path) -> bool:
    """Whether ``exc`` is the disk holding ``path`` running out of room.
    SQLite reports a write refused for want of room as "disk I/O error" as
    often as "disk is full", so the free space decides those."""
    errno_ = getattr(exc, "errno", None) or getattr(getattr(exc, "orig", None), "errno", None)
    if errno_ in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in str(exc):
        return True
    if "disk I/O error" not in str(exc):
        return False
    try:
        return shutil.disk_usage(path.parent).free < 2 * path.stat().st_size
    except OSError:
        return False


def _sync_files(a_path: Path, b_path: Path) -> SyncReport:
    started = time.perf_counter()
    if a_path == b_path:
        raise UserError("Both names are the same file: name the two copies to bring together.")
    for path in (a_path, b_path):
        usable(path)
    for path in (a_path, b_path):
        up_to_date(path)
    locks = take_locks([a_path, b_path])
    try:
        for path in (a_path, b_path):
            swap.roll_forward(path)
        report = SyncReport(str(a_path), str(b_path))
        if _in_step(a_path, b_path, report):
            report.nothing_new = True
        else:
            _merge(a_path, b_path, report)
    finally:
        for lock in locks:
            lock.release()
    report.seconds = time.perf_counter() - started
    return report


def usable(path: Path) -> None:
    """A file a sync can take part in, or a plain message why not."""
    if not path.exists():
        raise UserError(f"There is no workspace at {path}. Check the name.")
    if encryption.looks_encrypted(path):
        raise UserError(f"{path.name} is encrypted, and encrypted workspaces cannot be synced yet. Nothing "
                        "was changed: sync plain copies ('safeguard-desktop decrypt'), then encrypt the result.")


# Engines kept by path between syncs: an engine compiles each statement once
# (its cache), and a sync runs a few dozen kinds of statement, most of a quick
# sync's cost when every engine is new. Each use starts from an empty pool
# (``dispose``): the file at the path may have been replaced since.
_ENGINES: dict[tuple[Path, bool], Engine] = {}


def engine_for(path: Path, *, read_only: bool) -> Engine:
    engine = _ENGINES.get((path, read_only))
    if engine is None:
        if len(_ENGINES) > 16:
            _ENGINES.clear()
        # On a share, the rollback journal as everywhere else (docs/ARCHITECTURE.md, "Journal by location").
        network = is_network_path(path.parent)
        engine = _ENGINES[(path, read_only)] = make_engine(path, read_only=read_only, network=network)
    engine.dispose()
    return engine


def up_to_date(path: Path) -> None:
    """An older file is opened once the usual way first: backed up, then
    upgraded (the sync's tables come with the upgrade)."""
    if read_header(path).user_version < SCHEMA_VERSION:
        open_workspace(path, backup_on_open=False).close()


def take_locks(paths: list[Path]) -> list[WorkspaceLock]:
    taken: list[WorkspaceLock] = []
    for path in paths:
        lock = WorkspaceLock(path)
        holder = lock.acquire()
        if holder is not None or lock.info is None:
            for held in taken:
                held.release()
            who = holder.describe() if holder is not None else "this program"
            raise UserError(f"{path} is open for editing ({who} has it). Nothing was synced: close it there, "
                            "then sync again.")
        taken.append(lock)
    return taken


def _in_step(a_path: Path, b_path: Path, report: SyncReport) -> bool:
    """The quick answer for a sync with nothing new (store/sync/quick.py)."""
    same, report.open_conflicts = quick.in_step(a_path, b_path)
    return same


def _merge(a_path: Path, b_path: Path, report: SyncReport) -> None:
    # A fixed name: the locks keep one sync per file at a time, and leftovers
    # of a killed one are removed (or rolled forward) before this one starts.
    tag = "merge"
    copies = []
    try:
        for path in (a_path, b_path):
            empty_wal(path)
            copies.append(swap.prepare(path, tag))
        swap.step("copied")
        engines = [engine_for(c, read_only=False) for c in copies]
        try:
            heads = _merge_copies(engines, a_path, b_path, report)
        finally:
            for engine in engines:
                engine.dispose()
        for copy in copies:
            # Closing the last connection folded the copy's -wal into it.
            if copy.with_name(copy.name + "-wal").exists() or not sound(copy):
                raise UserError(f"The merged copy of {copy.name} could not be completed; nothing was synced.")
            swap.sync_file(copy)
        swap.step("merged")
    except BaseException:
        for copy in copies:
            for suffix in ("", "-wal", "-shm", "-journal"):
                copy.with_name(copy.name + suffix).unlink(missing_ok=True)
        raise
    swap.swap(list(zip(copies, (a_path, b_path))))
    for path, head in zip((a_path, b_path), heads):
        if head is not None:
            audit_head.remember(path, head)


def sound(copy: Path) -> bool:
    """SQLite's quick check of a merged copy before it may replace a file."""
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def empty_wal(path: Path) -> None:
    """Fold the live file's -wal into it, so the file swapped in later
    cannot meet pages of the old one."""
    engine = engine_for(path, read_only=False)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _merge_copies(engines: list[Engine], a_path: Path, b_path: Path,
                  report: SyncReport) -> list[ChainHead | None]:
    with engines[0].connect() as ca, engines[1].connect() as cb:
        with ca.begin(), cb.begin():
            a, b = Side(ca, a_path.name), Side(cb, b_path.name)
            merge_sides(a, b, str(a_path), str(b_path), report)
            heads = [chain_head(a), chain_head(b)]
    return heads


def merge_sides(a: Side, b: Side, a_where: str, b_where: str, report: SyncReport) -> None:
    """The merge itself, into two connections each in one transaction (a
    file's copy, or a server's): ``a_where``/``b_where`` name each for the
    other's record of its peers."""
    ca = a.conn
    if a.workspace_uuid() != b.workspace_uuid():
        raise UserError(f"{a.label} and {b.label} are not copies of one workspace: "
                        "nothing was synced. Sync copies made from the same workspace.")
    if a.site == b.site:
        b.new_site()  # copied outside the program: each copy needs an id of its own
        report.new_site = True
    where = window(a, b)
    a_entries, b_entries = entries_after(a, where.a_after), entries_after(b, where.b_after)
    if where.a_after == 0 and where.b_after == 0 and a_entries and b_entries \
            and a_entries[0].origin != b_entries[0].origin:
        raise UserError(f"{a.label} and {b.label} share no history: nothing was synced.")
    a_origins, b_origins = {e.origin for e in a_entries}, {e.origin for e in b_entries}
    a_moves = [to_move(e, "a", a, a) for e in a_entries if e.origin not in b_origins]
    b_moves = [to_move(e, "b", b, a) for e in b_entries if e.origin not in a_origins]
    open_conflicts, report.resolutions_crossed = settle(a, b)

    def b_value(table: str, ident: str, field: str) -> Any:
        return _current(b, table, b.local_uuid(table, ident), field)

    plan = make_plan(a_moves, b_moves, open_conflicts, b_value)
    for table, b_uuid, a_uuid in plan.aliases:
        ca.execute(sync_aliases.insert().values(table_name=table, foreign_uuid=b_uuid, local_uuid=a_uuid))
        b.conn.execute(sync_aliases.insert().values(table_name=table, foreign_uuid=a_uuid, local_uuid=b_uuid))
        a.aliases[(table, b_uuid)] = a_uuid
        b.aliases[(table, a_uuid)] = b_uuid
    report.a_to_b = Writer(b, a.label).write(plan.a_moves)
    report.b_to_a = Writer(a, b.label).write(plan.b_moves)
    write_conflicts(a, b, plan.new_conflicts, plan.changed_conflicts)
    report.new_conflicts = plan.new_conflicts
    report.aliases = len(plan.aliases)
    remember_peer(a, b, b_where)
    remember_peer(b, a, a_where)
    report.open_conflicts = len(list(ca.execute(
        select(sync_conflicts.c.uuid).where(sync_conflicts.c.resolved_at.is_(None)))))


def chain_head(side: Side) -> ChainHead | None:
    last_id, last_hash = side.last_entry()
    return ChainHead(side.workspace_uuid() or "", last_id, last_hash) if last_id else None


def _current(side: Side, table: str, uuid: str, field: str) -> Any:
    from safeguard_desktop.store.sync.schema import table_info

    info = table_info(table)
    if info is None or not info.has_uuid or not info.column(field):
        return None
    t = info.table
    value = side.conn.execute(select(t.c[field]).where(t.c.uuid == uuid)).scalar()
    return side.canonical(table, field, value)
