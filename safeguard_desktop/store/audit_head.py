"""The audit chain's head, kept outside the workspace file as well.

The hash chain shows an edited, removed or inserted entry in the middle of
the trail, but not a trail cut short at its end, emptied, or rewritten with
every later hash recomputed: each of those is a valid chain again. So after
every commit the id and hash of the last entry are written to a small file
in the per-user folder, beside the workspace's backups (found from the
workspace's path, like them). ``check`` then asks: is the entry this
computer last wrote still there, with the same hash?

The head is written after the commit, never before, so it is never ahead of
what is on disk; if writing it fails (a full disk) the edit stands and the
older head still holds for the entries before it.

An open workspace writes it through a ``HeadKeeper``: not on each commit
(a file written and renamed on every keystroke's save cost an edit more
than all the rest of it), but at most once a second, on a timer thread, and
at once when the workspace closes. The head may so lag up to a second
behind the trail after a crash; an older head is still an entry the trail
must hold, so a trail cut short before it, emptied or rewritten is found.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from safeguard_desktop.store.backups import folder_for
from safeguard_desktop.store.models import AuditEntry, Setting

log = logging.getLogger(__name__)

HEAD_NAME = "audit-head.json"
WRITE_DELAY_S = 1.0


@dataclass(frozen=True)
class ChainHead:
    workspace_uuid: str
    last_id: int
    hash: str


def head_file(workspace: Path) -> Path:
    return folder_for(Path(workspace)) / HEAD_NAME


def current_head(session: Session) -> ChainHead | None:
    """The last entry of the trail as ``session`` sees it (inside a
    transaction: including its own uncommitted entries)."""
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None:
        return None
    uuid = session.get(Setting, "workspace_uuid")
    return ChainHead(uuid.value if uuid is not None else "", last[0], last[1])


def remember(workspace: Path, head: ChainHead) -> None:
    """Write the head atomically (temporary file, then rename), private to
    the user. Never raises: the edit it follows is already committed."""
    try:
        target = head_file(workspace)
        handle, name = tempfile.mkstemp(prefix=f".{HEAD_NAME}.", dir=target.parent)  # 0600
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"workspace_uuid": head.workspace_uuid, "last_id": head.last_id, "hash": head.hash}, out)
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.warning("audit head for %s not recorded: %s", workspace, exc.strerror or exc)


class HeadKeeper:
    """Writes the newest head of one workspace at most once per ``delay``
    seconds after a commit, and at once on ``flush`` (on close). Writes are
    serialised, and each takes the newest head noted, so the file never
    goes back to an older head."""

    def __init__(self, workspace: Path, delay: float = WRITE_DELAY_S) -> None:
        self.workspace = Path(workspace)
        self.delay = delay
        self._lock = threading.Lock()  # guards _pending and _timer
        self._writing = threading.Lock()  # one write at a time
        self._pending: ChainHead | Callable[[], ChainHead | None] | None = None
        self._timer: threading.Timer | None = None

    def note(self, head: ChainHead | Callable[[], ChainHead | None]) -> None:
        """``head``, or how to read it when it is written (after the commit,
        so never ahead of what is on disk)."""
        with self._lock:
            self._pending = head
            if self._timer is None:
                self._timer = threading.Timer(self.delay, self.flush)
                self._timer.daemon = True
                self._timer.start()

    def flush(self) -> None:
        with self._writing:
            with self._lock:
                head, self._pending = self._pending, None
                timer, self._timer = self._timer, None
            if timer is not None and timer is not threading.current_thread():
                timer.cancel()
            if callable(head):
                head = _read_or_none(head)
            if head is not None:
                remember(self.workspace, head)


def _read_or_none(read: Callable[[], ChainHead | None]) -> ChainHead | None:
    try:
        return read()
    except SQLAlchemyError as exc:  # a file gone or busy: the older head still holds
        log.warning("audit head not read: %s", exc)
        return None


def recorded_head(workspace: Path) -> ChainHead | None:
    """The head this computer last wrote for ``workspace``, or None when
    there is none or it cannot be read (an unreadable head proves nothing)."""
    try:
        data = json.loads(head_file(workspace).read_text(encoding="utf-8"))
        head = ChainHead(data["workspace_uuid"], data["last_id"], data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (isinstance(head.workspace_uuid, str) and isinstance(head.last_id, int) and isinstance(head.hash, str)):
        return None
    return head


def head_problems(workspace: Path, session: Session) -> list[str]:
    """What is wrong with the file's trail against the recorded head."""
    head = recorded_head(workspace)
    if head is None:
        return []
    uuid = session.get(Setting, "workspace_uuid")
    if uuid is not None and uuid.value != head.workspace_uuid:
        return []  # another workspace now lives at this path: nothing to compare
    found = session.execute(text("SELECT hash FROM audit WHERE id = :id"), {"id": head.last_id}).scalar_one_or_none()
    if found is None:
        return [f"the trail ends before entry {head.last_id}, the last one this computer wrote: "
                "entries were removed from its end"]
    if found != head.hash:
        return [f"entry {head.last_id} is not the entry this computer wrote there: "
                "the trail was rewritten and its hashes recomputed"]
    return []
