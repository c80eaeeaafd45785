"""Writing an export so that it is all there or not there at all.

The file is written under a hidden temporary name in the target folder
(same folder, so the final rename never crosses a file system), flushed to
disk, then renamed over the target in one step with ``os.replace``, and the
folder is synced so the rename itself survives a power cut. A failed
or cancelled export removes its temporary file and leaves any existing file
of that name exactly as it was: a board paper half-written over last
quarter's good copy is worse than no new paper.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from safeguard_desktop.errors import UserError
from safeguard_desktop.exports.leftovers import TEMP_SUFFIX, noted
from safeguard_desktop.paths import PRIVATE_FILE
from safeguard_desktop.store.backups import sync_folder


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path to write the whole export to; on leaving the block
    without an exception it replaces ``target``, otherwise it is removed."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist: choose another place to save the export.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _user_error(exc, target) from exc
    os.close(handle)
    temp = Path(name)
    try:
        with noted(temp):  # a kill before the rename leaves it for the next start to clean
            yield temp
            _flush(temp)
        _match_permissions(temp, target)
        os.replace(temp, target)
        _sync_folder(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _user_error(exc, target) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _flush(path: Path) -> None:
    # The rename must not reach the disk before the data does, or a power
    # cut could leave an empty file under the good name.
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    """The rename is on disk only once its folder is synced, as for backups
    (docs/RELIABILITY.md, "Power cuts"): without it a power cut can take
    back a paper already reported as saved, or bring back the old one.
    Some file systems (certain network shares) cannot sync a folder: the
    paper is written there all the same."""
    try:
        sync_folder(folder)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES, errno.EPERM):
            raise


def _match_permissions(temp: Path, target: Path) -> None:
    """mkstemp makes a private (0600) file, and a new export stays private:
    a paper may name children and families. One that replaces a file takes
    the permissions that file had (the user may have shared it on purpose)."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = PRIVATE_FILE
    os.chmod(temp, mode)


def _user_error(exc: OSError, target: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(f"The disk is full: {target} was not written. Free some space and export again.")
    if isinstance(exc, PermissionError):
        return UserError(f"Cannot write {target}: permission denied, or the file is open in another program "
                         "(Excel?). Close it, or choose another name, and export again.")
    return UserError(f"Cannot write {target}: {exc.strerror or exc}.")
