"""Backups through SQLite's backup API, in a rotating set per workspace.

Copying a workspace file byte by byte misses what is still in its ``-wal``
file (docs/PLATFORM_FACTS.md, "SQLite: journals, power cuts and copies"); the backup API copies a consistent snapshot while the
program keeps working.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from safeguard_desktop.errors import UserError
from safeguard_desktop.paths import backups_dir, create_private_file, private_folder
from safeguard_desktop.store import encryption
from safeguard_desktop.store.fileformat import APPLICATION_ID, read_header
from safeguard_desktop.store.recovery import refuse_leftover_journal
from safeguard_desktop.store.verify import verify_file

KEEP = 12
# "<workspace stem>-<UTC stamp>-<reason>"; stems and reasons may hold hyphens.
_NAME = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>.+)$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def label(self) -> str:
        local = self.taken_at.astimezone().strftime("%d %b %Y %H:%M:%S")
        return f"{local} ({self.reason})"


def folder_for(workspace: Path) -> Path:
    """One folder per workspace file, found again from its path alone, so
    that a damaged file (whose own contents cannot be trusted) still finds
    its backups."""
    resolved = workspace.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:10]
    return private_folder(backups_dir() / f"{resolved.stem}-{digest}")


def aside_path(path: Path, label: str) -> Path:
    """A new, empty, private file beside ``path`` to keep a copy in
    (``<stem>.<label>-<UTC time to the microsecond><suffix>``). Made with
    O_EXCL, so two calls, even in the same microsecond or from two
    programs, never share a name and a kept copy is never overwritten."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    candidate, extra = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}"), 0
    while True:
        try:
            create_private_file(candidate)
            return candidate
        except FileExistsError:
            extra += 1
            candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{extra}{path.suffix}")


def copy_database(source: Path, target: Path, *, strict: bool = False) -> None:
    """A consistent copy through the backup API, written to a temporary name
    and renamed into place, so a half-made copy never looks like a backup.
    ``strict`` copies are verified as ``check`` verifies before the rename:
    a backup of damage must never count as a good backup."""
    refuse_leftover_journal(source)
    # A name of its own (two programs may copy at once) and private from
    # the start: SQLite gives its journal the same permissions.
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        _copy_to(source, partial, strict)
        os.replace(partial, target)
        sync_folder(target.parent)
    except BaseException:
        # A full disk, a failed check, a cancel: no half-made copy stays behind.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


def sync_folder(folder: Path) -> None:
    """A rename is only on disk once its folder is synced: without this a
    power cut can take back a backup already reported as taken (the
    power-cut tests found it). Windows cannot open a folder to sync it; NTFS
    journals the rename itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_to(source: Path, partial: Path, strict: bool) -> None:
    src = encryption.connect(source, read_only=True)
    try:
        dst = encryption.connect(partial, like=source)  # a backup of an encrypted file stays encrypted
        try:
            src.backup(dst)
            # A backup is a self-contained file: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
            status = dst.execute("PRAGMA quick_check").fetchone()[0]
            if status != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its check: {status}")
        finally:
            dst.close()
    finally:
        src.close()
    problems = verify_file(partial) if strict else []
    if problems:
        raise UserError(f"{source} failed its check ({problems[0]}), so its copy was not kept. "
                        "Run 'safeguard-desktop check' on it, or restore the newest good backup.")
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())


class BackupFailedError(UserError):
    """The backup could not be written (a full or unwritable disk); the
    workspace itself is untouched."""


def take_backup(workspace: Path, reason: str = "manual", keep: int = KEEP) -> BackupFile:
    stamp = datetime.now(timezone.utc)
    name = f"{workspace.stem}-{stamp.strftime('%Y%m%dT%H%M%S%fZ')}-{reason}.sqlite"
    try:
        target = folder_for(workspace) / name
        copy_database(workspace, target, strict=True)
    except (OSError, sqlite3.OperationalError) as exc:
        raise BackupFailedError(_backup_failure(workspace, exc)) from exc
    _rotate(workspace, keep)
    return BackupFile(target, stamp, reason)


def _backup_failure(workspace: Path, exc: OSError | sqlite3.OperationalError) -> str:
    if getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc):
        why = f"the disk holding the backups ({backups_dir()}) is full. Free some space there"
    else:
        why = f"it could not be written ({getattr(exc, 'strerror', None) or exc})"
    return f"The backup of {workspace.name} was not taken: {why}. The workspace itself is unchanged."


def list_backups(workspace: Path) -> list[BackupFile]:
    """Newest first."""
    found = []
    for path in folder_for(workspace).glob("*.sqlite"):
        match = _NAME.match(path.stem)
        if match is None:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        found.append(BackupFile(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def is_good_backup(path: Path) -> bool:
    try:
        if read_header(path).application_id != APPLICATION_ID:
            return False
        return not verify_file(path)
    except Exception:
        return False


def newest_good_backup(workspace: Path) -> BackupFile | None:
    for backup in list_backups(workspace):
        if is_good_backup(backup.path):
            return backup
    return None


def _rotate(workspace: Path, keep: int) -> None:
    # Keep the newest ``keep``, plus the newest of each earlier day, so that a
    # mistake found a week later can still be undone from a backup.
    backups = list_backups(workspace)
    seen_days: set[str] = set()
    for index, backup in enumerate(backups):
        day = backup.taken_at.strftime("%Y-%m-%d")
        if index < keep:
            seen_days.add(day)
            continue
        if day in seen_days:
            backup.path.unlink(missing_ok=True)
        else:
            seen_days.add(day)
