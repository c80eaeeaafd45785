"""A workspace file put on a server whole, for the file ↔ server sync's
tests and benchmark: the two then share their history, as a laptop's copy
and the server it came from do."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Integer, create_engine, text

from safeguard_desktop.store.models import Base
from safeguard_desktop.store.pg_address import parse_server_address
from safeguard_desktop.store.pg_workspace import create_server_workspace, server_engine
from safeguard_desktop.store.sync.server_copy import copy_rows
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
            copy_rows(read, write, tables)
            for table in tables:
                if "id" in table.c and isinstance(table.c.id.type, Integer) and table.c.id.primary_key:
                    write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                       f"(SELECT coalesce(max(id), 0) + 1 FROM \"{table.name}\"), false)"))
    finally:
        source.dispose()
        target.dispose()
