"""A workspace as an older version left it: the first schema revision, one
agency written without the program (so without audit entries)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from safeguard_desktop.store import migrations
from safeguard_desktop.store.fileformat import APPLICATION_ID

FIRST = migrations.first_revision()
HAS_OLDER = FIRST != migrations.head_revision()


def older_workspace(path: Path) -> Path:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, FIRST)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('workspace_uuid', 'old-one')")
        conn.exec_driver_sql(
            "INSERT INTO agencies(uuid, created_at, updated_at, name, sector, statutory_partner) "
            "VALUES ('a-1', '2020-01-01', '2020-01-01', 'Heddlu Gwent Police', 'police', 1)")
    engine.dispose()
    return path
