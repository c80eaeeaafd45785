"""The sidecar lock file that keeps a workspace to one writer.

SQLite's own locks stop two writers corrupting the file, but not two people
overwriting each other's work for an afternoon: the second copy of the program,
or a second laptop on a share, must know at once that someone else holds the
workspace, and who. The lock file says so in plain JSON (user, host, process,
since when).

Who holds it is decided by an operating-system lock on the lock file
(``oslock``), kept for as long as the workspace is open: the system drops it
when the holder ends, however it ends, so a lock file whose OS lock is free
was left behind and is taken over, and two programs taking over at the same
instant cannot both win. Where the file system has no OS locks, and for
programs of earlier versions that held none, the JSON is judged: a process of
this host that is gone, or that started after the lock was written (its id
reused, as after a reboot), left it behind. Another host's lock is always
respected: its processes cannot be seen from here. A lock file that cannot
be read is a lock of unknown holder, left for the user to judge.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from safeguard_desktop import __version__
from safeguard_desktop.paths import PRIVATE_FILE
from safeguard_desktop.store.oslock import LockHeld, try_lock

# ``since`` is written to the second, and clocks are read by different calls:
# a process must have started this much later than its lock to be a stranger.
_CLOCK_SLACK_SECONDS = 2.0
# How long a program that finds the OS lock held waits for its holder to
# finish writing who it is (taken, then written, a moment apart).
_NAME_WAIT_SECONDS = 1.0


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # UTC ISO 8601
    program: str = f"safeguard-desktop {__version__}"
    unreadable: str = ""  # the lock file's path, when it could not be read

    def describe(self) -> str:
        if self.unreadable:
            return (f"someone unknown (the lock file {self.unreadable} cannot be read; if no one else has the "
                    "workspace open, delete that file and open the workspace again)")
        when = self.since
        try:
            local = datetime.fromisoformat(self.since).astimezone()
            when = local.strftime("%d %b %Y %H:%M")
        except ValueError:
            pass
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"

    def to_json(self) -> bytes:
        fields = {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since,
                  "program": self.program}
        return json.dumps(fields).encode("utf-8")


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


def _unknown(path: Path) -> LockInfo:
    return LockInfo("unknown", "unknown", 0, "", "unknown", unreadable=str(path))


def parse(content: bytes) -> LockInfo | None:
    """The holder a lock file names, or None for anything else: bad bytes,
    bad JSON, missing fields, fields of the wrong types or a bad date."""
    try:
        data = json.loads(content.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    user, host, pid, since = (data.get(key) for key in ("user", "host", "pid", "since"))
    program = data.get("program", "")
    if not all(isinstance(value, str) for value in (user, host, since, program)):
        return None
    if not isinstance(pid, int) or isinstance(pid, bool):
        return None
    if _timestamp(since) is None:
        return None
    return LockInfo(user, host, pid, since, program)


def _timestamp(since: str) -> float | None:
    try:
        moment = datetime.fromisoformat(since)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def is_stale(info: LockInfo) -> bool:
    """Only a lock from this host can be judged. It is stale when its process
    is gone, when the machine has restarted since it was written, or when the
    process now bearing its id started after it was written."""
    if info.host != socket.gethostname():
        return False
    # Imported here, when a lock is found: loading psutil cost every start a twentieth of a second.
    import psutil

    written = _timestamp(info.since)
    if written is None:
        return False
    if psutil.boot_time() > written + _CLOCK_SLACK_SECONDS:
        return True
    try:
        started = psutil.Process(info.pid).create_time()
    except (psutil.NoSuchProcess, ValueError):
        return True
    except psutil.Error:
        return False  # exists, but cannot be looked at: respect it
    return started > written + _CLOCK_SLACK_SECONDS


def _read(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


class WorkspaceLock:
    """Held for as long as a workspace is open for writing."""

    def __init__(self, workspace: Path) -> None:
        self.path = lock_path(workspace)
        self.info: LockInfo | None = None
        self._fd: int | None = None
        self._os_locked = False

    def acquire(self) -> LockInfo | None:
        """Take the lock. Returns None when taken, or the holder's details
        when someone else has it (the caller then opens read-only)."""
        mine = _this_process()
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
            try:
                os_locked = try_lock(fd)
            except LockHeld:
                os.close(fd)
                holder = self._holder_named()
                if holder is not None and holder.host == mine.host and holder.pid == mine.pid:
                    # This process already holds it (a second window on the
                    # same file): share it, but leave releasing to the first.
                    return None
                return holder or _unknown(self.path)
            if not _same_file(fd, self.path):
                # Its holder let it go and removed it between our open and
                # our lock: try again on the file now there.
                os.close(fd)
                continue
            content = _read(fd)
            holder = parse(content)
            if content.strip() and holder is None:
                os.close(fd)
                return _unknown(self.path)
            if holder is not None:
                if holder.host == mine.host and holder.pid == mine.pid:
                    if not os_locked:
                        # No OS locks here, and this process holds it (a
                        # second window): as above. With OS locks, our own id
                        # on a free lock is an earlier life of this id.
                        os.close(fd)
                        return None
                elif not is_stale(holder):
                    # A program of an earlier version, without an OS lock,
                    # or another host, whose OS locks may not reach here.
                    os.close(fd)
                    return holder
            try:
                self._write(fd, mine, os_locked)
            except OSError:
                # A full disk: no half-taken lock is left, held or on disk.
                self._fd, self._os_locked = fd, os_locked
                self.release()
                raise
            return None
        return _unknown(self.path)

    def _write(self, fd: int, mine: LockInfo, os_locked: bool) -> None:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, mine.to_json())
        os.fsync(fd)
        self._fd = fd
        self._os_locked = os_locked
        self.info = mine

    def _holder_named(self) -> LockInfo | None:
        # The holder takes the OS lock a moment before it writes its name.
        deadline = time.monotonic() + _NAME_WAIT_SECONDS
        while True:
            try:
                holder = parse(self.path.read_bytes())
            except OSError:
                holder = None
            if (holder is not None and not is_stale(holder)) or time.monotonic() > deadline:
                return holder
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        mine, self.info = self.info, None
        try:
            if os.name == "nt":
                # An open file cannot be removed there: emptied, it reads as
                # left behind, and the next program takes it over.
                os.ftruncate(fd, 0)
            elif _same_file(fd, self.path) and (self._os_locked or parse(_read(fd)) == mine):
                # Removed while still locked, so no one can take it over in
                # between and then lose it to the removal. Without OS locks,
                # only if it still names us.
                self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)
        if os.name == "nt":
            try:
                # Refused while any other program has it open, so a lock
                # taken meanwhile is never removed from under its holder.
                self.path.unlink(missing_ok=True)
            except OSError:
                pass
