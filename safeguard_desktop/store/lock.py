"""The sidecar lock file that keeps a workspace to one writer.

SQLite's own locks stop two writers corrupting the file, but not two people
overwriting each other's work for an afternoon: the second copy of the program,
or a second laptop on a share, must know at once that someone else holds the
workspace, and who. The lock file says so in plain JSON (user, host, process,
since when). A lock left by a crashed program on this host (its process is
gone) is stale and is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from safeguard_desktop import __version__


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # UTC ISO 8601
    program: str = f"safeguard-desktop {__version__}"

    def describe(self) -> str:
        when = self.since
        try:
            local = datetime.fromisoformat(self.since).astimezone()
            when = local.strftime("%d %b %Y %H:%M")
        except ValueError:
            pass
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def _this_process() -> LockInfo:
    return LockInfo(
        user=current_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _read(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, but belongs to someone else
    except OSError:
        return False
    return True


def is_stale(info: LockInfo) -> bool:
    """Only a lock from this host can be judged: another laptop's process
    cannot be seen from here, so its lock is always respected."""
    return info.host == socket.gethostname() and not _process_alive(info.pid)


class WorkspaceLock:
    """Held for as long as a workspace is open for writing."""

    def __init__(self, workspace: Path) -> None:
        self.path = lock_path(workspace)
        self.info: LockInfo | None = None

    def acquire(self) -> LockInfo | None:
        """Take the lock. Returns None when taken, or the holder's details
        when someone else has it (the caller then opens read-only)."""
        mine = _this_process()
        payload = json.dumps(asdict(mine)).encode("utf-8")
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = _read(self.path)
                if holder is None:
                    # Half-written by a process that died between create and
                    # write, or garbage: only stale if old enough to not be a
                    # lock being written right now.
                    if _age_seconds(self.path) < 5:
                        return LockInfo("unknown", "unknown", 0, "just now")
                    self.path.unlink(missing_ok=True)
                    continue
                if holder.host == mine.host and holder.pid == mine.pid:
                    # This process already holds it (a second window on the
                    # same file): share it, but leave releasing to the first.
                    return None
                if is_stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                return holder
            else:
                try:
                    os.write(fd, payload)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                self.info = mine
                return None
        return _read(self.path) or LockInfo("unknown", "unknown", 0, "unknown")

    def release(self) -> None:
        if self.info is None:
            return
        holder = _read(self.path)
        if holder is not None and holder.pid == self.info.pid and holder.host == self.info.host:
            self.path.unlink(missing_ok=True)
        self.info = None


def _age_seconds(path: Path) -> float:
    try:
        return datetime.now().timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0
