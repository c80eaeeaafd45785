"""On a network share SQLite's WAL cannot work: the rollback journal with
synchronous=EXTRA is used, and a second opener reads a snapshot copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard_desktop.store import workspace as workspace_module
from safeguard_desktop.store.lock import lock_path
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import create_workspace, open_workspace


@pytest.fixture
def on_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_module, "is_network_path", lambda _path: True)


def test_a_workspace_on_a_share_uses_the_rollback_journal_with_extra_sync(tmp_path: Path, on_a_share) -> None:
    ws = create_workspace(tmp_path / "shared.sqlite", board_name="Board on the S: drive")
    try:
        assert ws.network
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 3  # EXTRA
        create_agency(ws, name="Gwent Police")
    finally:
        ws.close()
    assert not (tmp_path / "shared.sqlite-wal").exists()


def test_a_second_laptop_on_a_share_reads_a_snapshot_and_is_told_who_has_it(tmp_path: Path, on_a_share) -> None:
    path = tmp_path / "shared.sqlite"
    ws = create_workspace(path, board_name="Board")
    create_agency(ws, name="Council")
    ws.close()
    lock_path(path).write_text(json.dumps({"user": "rhian.enghraifft", "host": "office-pc-7", "pid": 99,
                                           "since": "2026-11-23T08:00:00+00:00", "program": "x"}))
    second = open_workspace(path)
    try:
        assert second.read_only
        assert "rhian.enghraifft on office-pc-7" in second.read_only_reason()
        live = str(path)
        assert live not in str(second.engine.url)  # reading a copy, never the live file
        assert [a[1] for a in list_agencies(second)] == ["Council"]
        snapshot = Path(str(second.engine.url.database).removeprefix("file:").split("?")[0])
        assert snapshot.name == "shared.sqlite" and snapshot.exists()
        snapshot_folder = snapshot.parent
    finally:
        second.close()
    assert not snapshot_folder.exists()  # the copy goes when the workspace closes
