"""The program under the power-cut recorder: one session of a user's work,
saying through cutshim_mark() each thing it has acknowledged.

argv: workspace path, ids JSON, CSV to import, journal mode ("local" for
WAL+FULL, "share" for DELETE+EXTRA), synchronous override or "" (the
negative control: NORMAL or OFF, set after the program's own pragmas),
edits per phase.

Each mark: "audit <id> <hash>" (the last audit entry once an edit returned:
the edit and its entry commit together) or "backup <path> <id> <hash>"
(a backup that returned, and the last entry it must hold).
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

from sqlalchemy import event, select

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store import backups, engine, workspace as workspace_module
from safeguard_desktop.store.models import Action, AuditEntry
from safeguard_desktop.store.ops.meetings import mark_attendance
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.workspace import Workspace, open_workspace

MARK_STATUSES = ("present", "apologies", "absent", "present")

_mark = ctypes.CDLL(None).cutshim_mark
_mark.argtypes = [ctypes.c_char_p]


def _say(text: str) -> None:
    _mark(text.encode("utf-8"))


def _last_entry(ws: Workspace) -> tuple[int, str]:
    with ws.session() as session:
        row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).one()
    return row[0], row[1]


def _acknowledge(ws: Workspace) -> None:
    last_id, digest = _last_entry(ws)
    _say(f"audit {last_id} {digest}")


def _patch_engine(mode: str, synchronous: str) -> None:
    """Share mode without a share (the program picks it from the mount
    table), and the negative control's weaker synchronous setting."""
    made = engine.make_engine

    def make(path: Path, *, read_only: bool, network: bool):  # type: ignore[no-untyped-def]
        built = made(path, read_only=read_only, network=mode == "share")
        if synchronous and not read_only:
            @event.listens_for(built, "connect")
            def _weaker(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
                dbapi_conn.execute(f"PRAGMA synchronous = {synchronous}")
        return built

    workspace_module.make_engine = make
    workspace_module.is_network_path = lambda _path: mode == "share"


def main() -> None:
    path, ids, csv_path, mode, synchronous, edits = Path(sys.argv[1]), json.loads(sys.argv[2]), \
        Path(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6])
    _patch_engine(mode, synchronous)
    ws = open_workspace(path)  # with its backup on open
    assert not ws.read_only, ws.read_only_reason()
    # Autosave: every cell typed into the grid is one committed edit.
    for n in range(edits):
        set_field(ws, Action, ids["actions"][n % len(ids["actions"])], "progress", f"progress note {n} " + "x" * 300)
        _acknowledge(ws)
    # The register, marked seat by seat during a meeting.
    for n in range(edits):
        mark_attendance(ws, meeting_id=ids["meeting"], seat_id=ids["seats"][n % len(ids["seats"])],
                        status=MARK_STATUSES[n // len(ids["seats"]) % len(MARK_STATUSES)])
        _acknowledge(ws)
    import_plan(ws, preview_import(csv_path), "Imported during the cut test")
    _acknowledge(ws)
    backup = backups.take_backup(path, reason="manual")
    last_id, digest = _last_entry(ws)
    _say(f"backup {backup.path} {last_id} {digest}")
    for n in range(max(1, edits // 2)):
        set_field(ws, Action, ids["actions"][0], "progress", f"after the backup {n}")
        _acknowledge(ws)
    ws.close()


if __name__ == "__main__":
    main()
