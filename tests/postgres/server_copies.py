"""A workspace file put on a server whole, for the file ↔ server sync's
tests and benchmark: the two then share their history, as a laptop's copy
and the server it came from do."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Integer, bindparam, create_engine, select, text

from safeguard_desktop.store.models import Base
from safeguard_desktop.store.pg_address import parse_server_address
from safeguard_desktop.store.pg_workspace import create_server_workspace, server_engine
from safeguard_desktop.store.sync.tables import SYNC_METADATA


def put_on_server(path: Path, url: str) -> None:
    """The council moves its workspace file onto the server: every row,
    the audit chain included, so file and server share their history."""
    create_server_workspace(url).close()
    tables = list(Base.metadata.sorted_tables) + list(SYNC_METADATA.sorted_tables)
    source = create_engine(f"sqlite:///{path}")
    target = server_engine(parse_server_address(url))
    try:
        with source.connect() as read, target.begin() as write:
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
            for table in tables:
                if "id" in table.c and isinstance(table.c.id.type, Integer) and table.c.id.primary_key:
                    write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                       f"(SELECT coalesce(max(id), 0) + 1 FROM \"{table.name}\"), false)"))
    finally:
        source.dispose()
        target.dispose()
