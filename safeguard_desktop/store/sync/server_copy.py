"""A laptop's first copy of a server's workspace: every record and the whole
audit trail, so that the file and the server share their history and sync
from then on (``sync NEW.sqlite postgresql://host/db``, docs/SYNCING_COPIES.md)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, select, text

from safeguard_desktop.store import audit_head
from safeguard_desktop.store.audit_head import ChainHead
from safeguard_desktop.store.engine import make_engine
from safeguard_desktop.store.fileformat import is_network_path
from safeguard_desktop.store.models import Base
from safeguard_desktop.store.pg_address import ServerAddress
from safeguard_desktop.store.pg_workspace import server_engine
from safeguard_desktop.store.sync.tables import sync_aliases, sync_conflicts, sync_origins
from safeguard_desktop.store.workspace import create_workspace

# The sync's bookkeeping a copy shares (where each merged change came from,
# conflicts waiting, uuids matched); not the site id or peers: the new file
# is a site of its own, and has met no one yet.
SHARED_SYNC_TABLES = (sync_origins, sync_conflicts, sync_aliases)


def workspace_tables() -> list[Table]:
    return list(Base.metadata.sorted_tables) + list(SHARED_SYNC_TABLES)


def copy_rows(read: Connection, write: Connection, tables: list[Table]) -> None:
    """Every row of ``tables`` from one database into the other (emptied
    first), keys and all."""
    for table in reversed(tables):
        write.execute(table.delete())
    for table in tables:
        rows = [dict(r) for r in read.execute(select(table)).mappings()]
        # A link to a row of the same table (a meeting agreeing another's minutes) is set once all are in.
        own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        if rows:
            write.execute(table.insert(), [{**r, **{name: None for name in own}} for r in rows])
        for name in own:
            linked = [{"row_id": r["id"], "value": r[name]} for r in rows if r[name] is not None]
            if linked:
                write.execute(table.update().where(table.c.id == bindparam("row_id"))
                              .values({name: bindparam("value")}), linked)


def take_from_server(path: Path, server: ServerAddress) -> None:
    """A new file at ``path`` holding the server's workspace as it is now.
    Made under a temporary name and renamed: a copy cut short is never
    taken for one."""
    partial = path.with_name(f".{path.name}.taking.sqlite")
    for suffix in ("", "-wal", "-shm", "-journal"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    create_workspace(partial).close()
    source = server_engine(server)
    target = make_engine(partial, read_only=False, network=is_network_path(path.parent))
    try:
        with source.connect() as read, target.begin() as write:
            read.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))  # one moment's state
            copy_rows(read, write, workspace_tables())
            last = write.exec_driver_sql("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").first()
            workspace_uuid = write.exec_driver_sql("SELECT value FROM settings WHERE key = 'workspace_uuid'").scalar()
        with target.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        target.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        raise
    finally:
        source.dispose()
    target.dispose()
    os.replace(partial, path)
    if last is not None:
        audit_head.remember(path, ChainHead(workspace_uuid or "", last[0], last[1]))
