"""Hidden temporary files of exports that never finished.

``atomic_path`` removes its temporary file when an export fails or is
cancelled, but a killed program or a power cut removes nothing, and the
hidden ``.part`` file would stay in the user's folder for ever. So while an
export writes, a note naming its temporary file sits in the per-user folder,
held under an OS lock by the exporting process; on the next start, a note
whose lock can be taken belongs to a process that is gone, and its
temporary file is removed. A note still locked is an export in progress (in
this program or another window) and is left alone.
"""

from __future__ import annotations

import logging
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from safeguard_desktop.paths import user_data_dir
from safeguard_desktop.store.oslock import LockHeld, try_lock

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".part"
_NOTES = "exports-in-progress"


def _notes_folder() -> Path:
    folder = user_data_dir() / _NOTES
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def noted(temp: Path) -> Iterator[None]:
    """Keep a locked note naming ``temp`` while the block runs."""
    note = _notes_folder() / f"{uuid.uuid4().hex}.note"
    try:
        fd = os.open(note, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        # The export matters more than its note (a full per-user disk).
        log.warning("export not noted for cleaning: %s", exc.strerror or exc)
        yield
        return
    try:
        os.write(fd, os.fsencode(str(temp)))
        try_lock(fd)
        yield
    finally:
        os.close(fd)
        note.unlink(missing_ok=True)


def clean_leftovers() -> int:
    """Remove the temporary files of exports whose process is gone; how many."""
    removed = 0
    try:
        notes = sorted(_notes_folder().glob("*.note"))
    except OSError:
        return 0
    for note in notes:
        try:
            removed += _clean(note)
        except OSError as exc:
            log.warning("export leftover %s not cleaned: %s", note.name, exc.strerror or exc)
    return removed


def _clean(note: Path) -> int:
    fd = os.open(note, os.O_RDWR)
    try:
        try:
            if not try_lock(fd):
                return 0  # cannot tell whether its export still runs
        except LockHeld:
            return 0
        temp = Path(os.fsdecode(os.read(fd, 64 * 1024)))
    finally:
        os.close(fd)
    # Only ever a hidden temporary file of ours, whatever the note says.
    ours = temp.name.startswith(".") and temp.name.endswith(TEMP_SUFFIX)
    if ours and temp.exists():
        temp.unlink()
        log.info("removed the temporary file of an export that never finished")
    note.unlink(missing_ok=True)
    return int(ours)
