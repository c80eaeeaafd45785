"""Opening, creating and closing a workspace file, safely.

Order matters on open: the header is read as bytes first (a foreign or newer
file is refused untouched), then the lock is taken (or the file is opened
read-only, saying who holds it), then SQLite checks the file, then older
schemas are backed up and upgraded.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from safeguard_desktop.errors import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    UserError,
    WorkspaceClosedError,
    WriteFailedError,
)
from safeguard_desktop.paths import create_private_file, make_folders
from safeguard_desktop.store import audit_head, backups, encryption, migrations
from safeguard_desktop.store.change_feed import ChangeFeed
from safeguard_desktop.store.engine import make_engine
from safeguard_desktop.store.fileformat import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    is_network_path,
    read_header,
)
from safeguard_desktop.store.header_damage import header_damage
from safeguard_desktop.store.lock import LockInfo, WorkspaceLock, current_user
from safeguard_desktop.store.models import Setting, new_uuid, utc_now
from safeguard_desktop.store.recovery import foreign_wal, refuse_leftover_journal
from safeguard_desktop.store.transaction import Tx
from safeguard_desktop.store.verify import DAMAGE_WORDS, UNREADABLE_REPORT, first_read_problems, verify_file


class Workspace:
    """An open workspace: the engine, the lock, and who is making changes."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, lock: WorkspaceLock | None,
                 holder: LockInfo | None, network: bool, snapshot: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.holder = holder  # who holds the lock when we are read-only because of it
        self.network = network
        self._lock = lock
        self._snapshot = snapshot
        self._write_engine = engine.execution_options(write=True)
        self.actor = os.environ.get("SAFEGUARD_DESKTOP_USER") or current_user()
        self.closed = False
        self.backup_failure: str | None = None  # why the backup on open was not taken, to tell the user
        self.older_schema = False  # read-only through an upgraded copy: the file is of an older version
        self.feed = ChangeFeed()  # what each commit touched, for the window to follow
        self.verified = True  # False until a workspace opened with strict=False is verified in the background
        self._heads = audit_head.HeadKeeper(path)  # the chain's head, written off the edit's path

    # -- reading -------------------------------------------------------
    def session(self) -> Session:
        """A short read session; close it (use ``with``) when done."""
        return Session(self.engine, expire_on_commit=False)

    # -- writing -------------------------------------------------------
    @contextmanager
    def transaction(self, context: str | None = None) -> Iterator[Tx]:
        """One short write transaction with its audit rows; commits on leaving
        the block (the edit is on disk when the block ends)."""
        if self.closed:
            raise WorkspaceClosedError(f"{self.path} was closed; the change was not written")
        if self.read_only:
            raise ReadOnlyWorkspaceError(self.read_only_reason())
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                tx = Tx(session, self.actor, context)
                with session.begin():
                    yield tx
                wrote = tx.audit.wrote
            if wrote:
                # Read when it is written (within a second), not on the edit's path.
                self._heads.note(self._read_head)
        except OperationalError as exc:
            raise WriteFailedError(_write_failure(exc)) from exc
        self.feed.publish(tx.touched())

    def _read_head(self) -> audit_head.ChainHead | None:
        with self.session() as session:
            return audit_head.current_head(session)

    def read_only_reason(self) -> str:
        if self.holder is not None:
            return (f"This workspace is open read-only: {self.holder.describe()} has it open for editing. "
                    "Ask them to close it, or save a copy to work on.")
        if self.older_schema:
            return ("This workspace is open read-only: it was made by an older version of safeguard-desktop and "
                    "is upgraded only when opened for editing (after a backup of it is taken).")
        return "This workspace is open read-only."

    # -- settings ------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.session() as session:
            value = session.get(Setting, key)
            return value.value if value is not None else default

    @property
    def data_file(self) -> Path:
        """The file SQLite reads: the workspace, or the private copy a
        read-only open reads instead."""
        return self._snapshot or self.path

    @property
    def uuid(self) -> str:
        return self.setting("workspace_uuid") or ""

    # -- closing -------------------------------------------------------
    def close(self) -> None:
        self.closed = True
        self._heads.flush()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot.parent, ignore_errors=True)
            self._snapshot = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_workspace(path: Path, *, board_name: str | None = None) -> Workspace:
    """A new, empty workspace at ``path`` (refuses to overwrite a file)."""
    path = Path(path)
    if path.exists():
        raise UserError(f"{path} already exists: choose another name, or open it instead.")
    make_folders(path.parent)
    create_private_file(path)  # SQLite gives the -wal and -shm its permissions
    network = is_network_path(path.parent)
    engine = make_engine(path, read_only=False, network=network)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings(key, value) VALUES ('workspace_uuid', :u), ('created_at', :c)"),
                         {"u": new_uuid(), "c": utc_now()})
        _checkpoint(engine, network)
    except BaseException as exc:
        engine.dispose()
        # A stub would be refused as "already exists" next time.
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        if isinstance(exc, (OperationalError, OSError)):
            raise UserError(f"{path} was not created: {_create_failure(exc)}") from exc
        raise
    engine.dispose()
    workspace = open_workspace(path, backup_on_open=False)
    if board_name:
        from safeguard_desktop.store.ops.org import create_board

        create_board(workspace, name=board_name)
    return workspace


def open_workspace(path: Path, *, read_only: bool = False, backup_on_open: bool = True,
                   strict: bool = True) -> Workspace:
    """Open ``path``, verified strictly first (``store/verify.py``). With
    ``strict=False`` (the window, on a local disk) only what the first read
    proves is checked, and ``workspace.verified`` stays False: the caller
    verifies the file in the background and acts on damage it finds."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"There is no workspace at {path}. Check the name, or create a new workspace.")
    damage = header_damage(path)
    if damage:
        raise _damaged(path, damage, keep_aside=False)
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            f"{path} is a database, but not a safeguard-desktop workspace; it was left as it is. "
            "Choose a workspace file, or create a new one."
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerWorkspaceError(
            f"{path} was saved by a newer version of safeguard-desktop (schema {header.user_version}; "
            f"this program knows up to {SCHEMA_VERSION}). It was left unchanged: install the newer version to open it."
        )
    network = is_network_path(path)
    lock: WorkspaceLock | None = None
    holder: LockInfo | None = None
    if not read_only:
        lock = WorkspaceLock(path)
        holder = lock.acquire()
        if holder is not None:
            lock = None
            read_only = True
    try:
        if lock is not None:
            # A sync killed while swapping its merged copies in is finished
            # first, so this file and its peer are never left half synced.
            from safeguard_desktop.store.sync.swap import roll_forward

            roll_forward(path)
            # Only while holding the lock: no one else is writing the -wal.
            misfit = foreign_wal(path)
            if misfit:
                raise _damaged(path, misfit, keep_aside=True)
        return _open_checked(path, read_only=read_only, network=network, lock=lock, holder=holder,
                             backup_on_open=backup_on_open, strict=strict or network)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_checked(path: Path, *, read_only: bool, network: bool, lock: WorkspaceLock | None,
                  holder: LockInfo | None, backup_on_open: bool, strict: bool = True) -> Workspace:
    snapshot: Path | None = None
    source = path
    if read_only:
        refuse_leftover_journal(path)
    if read_only and (network or not _can_read_live(path)):
        snapshot = _snapshot(path)
        source = snapshot
    engine = make_engine(source, read_only=read_only, network=network)
    try:
        status = _verify(engine, source, strict)
    except (DBAPIError, sqlite3.OperationalError) as exc:
        reason = str(getattr(exc, "orig", exc))
        if not any(word in reason for word in DAMAGE_WORDS):
            # Locked, busy, unreadable: not damage. Moving a healthy file
            # aside and offering an older backup would lose the user's work.
            engine.dispose()
            if snapshot is not None:
                shutil.rmtree(snapshot.parent, ignore_errors=True)
            if lock is not None:
                lock.release()
            raise UserError(f"{path} cannot be opened just now ({reason}). Nothing was changed: close any other "
                            "program that may be using it (a sync client, a database browser) and try again.") from exc
        status = reason
    if status != "ok":
        engine.dispose()
        if snapshot is not None:
            shutil.rmtree(snapshot.parent, ignore_errors=True)
        if lock is not None:
            lock.release()
        raise _damaged(path, status, keep_aside=not read_only)
    older = False
    try:
        _bring_schema_up_to_date(path, engine, read_only=read_only)
    except _OlderSchema:
        engine.dispose()
        engine, snapshot = upgraded_copy(path, snapshot, network)
        older = True
    except BaseException:
        engine.dispose()
        raise
    workspace = Workspace(path, engine, read_only=read_only, lock=lock, holder=holder,
                          network=network, snapshot=snapshot)
    workspace.older_schema = older
    workspace.verified = strict
    if backup_on_open and not read_only:
        try:
            backups.take_backup(path, reason="on-open")
        except backups.BackupFailedError as exc:
            # The user's work goes on without it: the next open or timed
            # backup tries again.
            workspace.backup_failure = f"{exc} It will be tried again at the next backup."
    return workspace


def _create_failure(exc: OperationalError | OSError) -> str:
    reason = str(getattr(exc, "orig", None) or exc)
    if "full" in reason or getattr(exc, "errno", None) == errno.ENOSPC:
        return "the disk is full. Free some space and try again."
    return f"it could not be written ({reason})."


def _write_failure(exc: OperationalError) -> str:
    reason = str(exc.orig)
    if "full" in reason:
        advice = "The disk is full: free some space, then make the change again."
    elif "readonly" in reason or "read-only" in reason:
        advice = "The file can no longer be written (read-only, or its folder is): save a copy elsewhere."
    elif "locked" in reason or "busy" in reason:
        advice = "Another program held the file too long: close it and make the change again."
    else:
        advice = "Check the disk or network drive, then make the change again."
    return f"Your change could not be saved ({reason}); nothing of it was written. {advice}"


def _verify(engine: Engine, source: Path, strict: bool = True) -> str:
    # The engine's first read lets SQLite finish any recovery it owes the
    # file (a writable open rolls a leftover journal back) before the strict
    # check, which reads through a connection of its own.
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except UnicodeDecodeError:
        return UNREADABLE_REPORT
    problems = verify_file(source) if strict else first_read_problems(source)
    return "ok" if not problems else "; ".join(str(p) for p in problems[:5])


def _bring_schema_up_to_date(path: Path, engine: Engine, *, read_only: bool) -> None:
    with engine.connect() as conn:
        current = migrations.current_revision(conn)
    if current == migrations.HEAD_REVISION:  # current: no need to load Alembic
        return
    if current is not None and current not in migrations.known_revisions():
        raise NewerWorkspaceError(
            f"{path} was saved by a newer version of safeguard-desktop (schema revision {current}). "
            "It was left unchanged: install the newer version to open it."
        )
    if read_only:
        raise _OlderSchema()
    try:
        backups.take_backup(path, reason=f"before-upgrade-{current or 'empty'}")
    except backups.BackupFailedError as exc:
        # No upgrade without a backup to go back to (docs/RELIABILITY.md,
        # "Tamper evidence, full disks, leftovers, hostile files").
        raise backups.BackupFailedError(
            f"{path} was made by an older version of safeguard-desktop and must be upgraded to open for editing; "
            f"a backup is taken first. {exc} It was not upgraded: open it again once there is space. Meanwhile it "
            "can be read without upgrading it: opened read-only (as 'safeguard-desktop export' and 'list' do)."
        ) from exc
    migrations.upgrade(engine)
    _checkpoint(engine, network=False)


class _OlderSchema(Exception):
    """Read-only over a file of an older schema: it is read through an
    upgraded copy (``upgraded_copy``), the file itself left as it is."""


def upgraded_copy(path: Path, snapshot: Path | None, network: bool) -> tuple[Engine, Path]:
    """A private copy of the workspace, upgraded, opened read-only. No backup
    is needed: the file is not touched. The copy goes with the snapshot's
    folder when the workspace closes."""
    copy = snapshot or _snapshot(path)
    try:
        writer = make_engine(copy, read_only=False, network=False)
        try:
            migrations.upgrade(writer)
            _checkpoint(writer, network=False)
        finally:
            writer.dispose()
        return make_engine(copy, read_only=True, network=network), copy
    except BaseException:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise


def _checkpoint(engine: Engine, network: bool) -> None:
    # Flush the WAL into the main file so its header (application_id,
    # user_version) is current on disk for the next byte-level check.
    if network:
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _can_read_live(path: Path) -> bool:
    try:
        conn = encryption.connect(path, read_only=True, timeout=1)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return True
    except sqlite3.Error:
        return False


def _snapshot(path: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="safeguard-snapshot-"))
    target = folder / path.name
    try:
        backups.copy_database(path, target)
    except sqlite3.Error:
        shutil.copy2(path, target)
    return target


def _damaged(path: Path, status: str, *, keep_aside: bool) -> DamagedWorkspaceError:
    kept: Path | None = None
    if keep_aside:
        kept = backups.aside_path(path, "damaged")
        os.replace(path, kept)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + suffix))
    backup = backups.newest_good_backup(path)
    where = f" It was moved aside, untouched, to {kept}." if kept else ""
    offer = (f" The newest good backup is from {backup.label}: restore it with "
             f"'safeguard-desktop restore {path} {backup.path}' or File › Restore from backup."
             if backup else " No good backup was found.")
    return DamagedWorkspaceError(f"{path} is damaged ({status}).{where}{offer}", kept, backup.path if backup else None)


def set_aside_damaged(path: Path, status: str) -> DamagedWorkspaceError:
    """For damage found after a non-strict open (the workspace closed
    first): the file moved aside, untouched, and the newest good backup
    named, as a strict open would have done."""
    return _damaged(Path(path), status, keep_aside=True)


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the workspace at ``path``. The current file
    (if any) is kept aside, never overwritten. Returns where it was kept."""
    path = Path(path)
    backup = Path(backup)
    if not backups.is_good_backup(backup):
        raise UserError(f"{backup} is not a good safeguard-desktop backup (it fails its check); nothing was changed.")
    lock = WorkspaceLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise UserError(f"Cannot restore: {holder.describe()} has the workspace open. Ask them to close it first.")
    try:
        kept = None
        if path.exists():
            kept = backups.aside_path(path, "before-restore")
            backups.copy_database(path, kept) if _can_read_live(path) else shutil.copy2(path, kept)
            journal = path.with_name(path.name + "-journal")
            if journal.exists():
                # The kept file and its journal stay a pair (opened for editing,
                # it recovers); left here, SQLite would "roll back" the
                # restored file with another file's pages.
                os.replace(journal, kept.with_name(kept.name + "-journal"))
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        backups.copy_database(backup, path)
    finally:
        lock.release()
    with open_workspace(path, backup_on_open=False) as workspace, workspace.transaction("restore") as tx:
        tx.event("workspace", workspace.uuid, "restored from backup", {"backup": str(backup), "kept": str(kept) if kept else None})
    return kept
