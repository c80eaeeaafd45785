"""An operating-system lock on an open file: held by this process until the
file is closed or the process ends, however it ends (a crash, a kill, a power
cut all release it). Two programs asking at the same instant cannot both
have it, which no sequence of file reads, deletes and creates can promise.

POSIX uses ``flock`` (tied to the open file, so another open of the same
file in this process does not drop it, as ``fcntl`` record locks would);
Windows locks one byte far past any content with ``msvcrt.locking``, since a
locked range there cannot be read by others and the content must stay
readable (it says who holds the lock).
"""

from __future__ import annotations

import errno
import os

if os.name == "nt":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    _LOCK_OFFSET = 0x7FFF_0000

    def _try(fd: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        finally:
            os.lseek(fd, position, os.SEEK_SET)

    _HELD = (errno.EACCES, errno.EDEADLK)
else:
    import fcntl

    def _try(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    _HELD = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES)


class LockHeld(Exception):
    """Another open file (in this or another process) holds the lock."""


def try_lock(fd: int) -> bool:
    """Take the lock on ``fd`` without waiting. True when taken; False when
    the file system cannot lock at all (some network shares), in which case
    the caller must fall back on what the file says. Raises ``LockHeld``."""
    try:
        _try(fd)
    except OSError as exc:
        if exc.errno in _HELD:
            raise LockHeld from exc
        return False
    return True
