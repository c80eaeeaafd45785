"""``sync FILE postgresql://host/db`` (either order): a laptop's file and a
server's workspace brought up to date with each other, by the same rules as
two files (docs/SYNCING_COPIES.md, "A file and a server").

The file keeps its copy-then-swap: the merge is written into a copy beside
it, which takes the file's place only once complete. The server needs no
copy: its side of the merge is one transaction, holding the audit chain's
advisory lock from its first read (so no other client appends meanwhile),
and telling the other clients what changed through NOTIFY at commit. The
server commits before the file's copy is swapped in; killed in between, the
server is merged and the file as before, and the next sync finds the
server's entries already there by their origins and completes the file.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import audit_head
from safeguard_desktop.store.audit import CHAIN_LOCK_KEY
from safeguard_desktop.store.pg_address import ServerAddress, parse_server_address
from safeguard_desktop.store.pg_notify import CHANNEL, payload
from safeguard_desktop.store.pg_target import is_server_address
from safeguard_desktop.store.pg_workspace import open_server_workspace, server_engine
from safeguard_desktop.store.models import new_uuid
from safeguard_desktop.store.sync import quick, run, swap
from safeguard_desktop.store.sync.run import SyncReport, merge_sides
from safeguard_desktop.store.sync.server_copy import take_from_server
from safeguard_desktop.store.sync.side import Side


@dataclass(frozen=True)
class _Written:
    table: str
    record_id: int


def sync_targets(a: Path | str, b: Path | str) -> SyncReport:
    """Two files, or a file and a server, in either order."""
    a_server, b_server = is_server_address(a), is_server_address(b)
    if a_server and b_server:
        raise UserError("Both are servers: sync brings a file and a server together, or two files. "
                        "Nothing was synced.")
    if not (a_server or b_server):
        return run.sync_files(Path(a), Path(b))
    if a_server:
        return sync_with_server(Path(b), str(a), server_first=True)
    return sync_with_server(Path(a), str(b), server_first=False)


def sync_with_server(file_path: Path, address: str | ServerAddress, *, server_first: bool = False) -> SyncReport:
    started = time.perf_counter()
    file_path = Path(file_path).resolve()
    server = parse_server_address(address) if isinstance(address, str) else address
    open_server_workspace(server).close()  # reachable, a workspace, its schema up to date
    if not file_path.exists() and file_path.parent.is_dir():
        # A laptop's first copy: the server's workspace, history and all; nothing to merge yet.
        take_from_server(file_path, server)
        report = SyncReport(*((str(server), str(file_path)) if server_first else (str(file_path), str(server))))
        report.took_copy = report.nothing_new = True
        report.seconds = time.perf_counter() - started
        return report
    run.usable(file_path)
    run.up_to_date(file_path)
    names = (str(server), str(file_path)) if server_first else (str(file_path), str(server))
    report = SyncReport(*names)
    locks = run.take_locks([file_path])
    try:
        swap.roll_forward(file_path)
        if _in_step(file_path, server, report):
            report.nothing_new = True
        else:
            _merge(file_path, server, server_first, report)
    finally:
        for lock in locks:
            lock.release()
    report.seconds = time.perf_counter() - started
    return report


def _in_step(file_path: Path, server: ServerAddress, report: SyncReport) -> bool:
    """The quick answer for a sync with nothing new (store/sync/quick.py):
    a few reads on each side, no copy of the file."""
    engine = server_engine(server)
    try:
        with engine.connect() as conn:
            server_facts = quick.facts(conn.connection.driver_connection)
    finally:
        engine.dispose()
    same, report.open_conflicts = quick.same_facts(quick.file_facts(file_path), server_facts)
    return same


def _merge(file_path: Path, server: ServerAddress, server_first: bool, report: SyncReport) -> None:
    run.empty_wal(file_path)
    copy = swap.prepare(file_path, "merge")
    engine = server_engine(server)
    committed = False
    try:
        swap.step("copied")
        with engine.connect() as cs:
            server_tx = cs.begin()
            try:
                # Held to commit: other clients' writes wait, so the chain read here is the one appended to.
                cs.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
                head, server_side = _merge_into_copy(copy, cs, file_path, server, server_first, report)
                _sound_and_synced(copy)
                swap.step("merged")
                _notify(server_side)
                server_tx.commit()
                committed = True
            finally:
                if server_tx.is_active:
                    server_tx.rollback()
        swap.step("server-committed")
    except BaseException:
        _remove(copy)
        raise
    finally:
        engine.dispose()
        if not committed:
            _remove(copy)
    swap.swap([(copy, file_path)])
    if head is not None:
        audit_head.remember(file_path, head)


def _merge_into_copy(copy: Path, cs: object, file_path: Path, server: ServerAddress, server_first: bool,
                     report: SyncReport) -> tuple[object, Side]:
    file_engine = run.engine_for(copy, read_only=False)
    try:
        with file_engine.connect() as cf:
            with cf.begin():
                file_side, server_side = Side(cf, file_path.name), Side(cs, server.name)  # type: ignore[arg-type]
                if server_first:
                    merge_sides(server_side, file_side, str(server), str(file_path), report)
                else:
                    merge_sides(file_side, server_side, str(file_path), str(server), report)
                head = run.chain_head(file_side)
    finally:
        file_engine.dispose()
    return head, server_side


def _sound_and_synced(copy: Path) -> None:
    # Closing the last connection folded the copy's -wal into it.
    if copy.with_name(copy.name + "-wal").exists() or not run.sound(copy):
        raise UserError(f"The merged copy of {copy.name} could not be completed; nothing was synced.")
    swap.sync_file(copy)


def _notify(server_side: Side) -> None:
    """Tell the server's other clients what the sync wrote: delivered at
    commit, with everything else, or not at all."""
    message = payload([_Written(t, i) for t, i in server_side.touched], f"sync-{new_uuid()}")
    if message is not None:
        server_side.conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                                 {"channel": CHANNEL, "payload": message})


def _remove(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        copy.with_name(copy.name + suffix).unlink(missing_ok=True)
