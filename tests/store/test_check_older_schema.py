"""`check` on a workspace from an older version (a schema before the newest
revision) reads the columns the file has; it crashed with exit 70 on the
first column a later revision added (a decade-sized workspace of the
previous version: "no such column: action_updates.row_version")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from safeguard_desktop.cli import main
from safeguard_desktop.store import migrations
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.fileformat import APPLICATION_ID

FIRST = migrations.first_revision()


@pytest.mark.skipif(FIRST == migrations.head_revision(), reason="needs an older revision")
def test_check_reads_an_older_workspace_and_still_finds_a_record_added_behind_its_back(tmp_path: Path, user_home,
                                                                                       capsys) -> None:
    path = tmp_path / "old.sqlite"
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
    assert [str(p) for p in check_workspace(path)] == [
        "audit: agencies record a-1 has no audit entries: it was added behind the program's back"]
    assert main(["check", str(path)]) == 1
    assert "This is a bug" not in capsys.readouterr().err
