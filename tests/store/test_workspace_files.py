"""Opening files safely: foreign and newer files are refused untouched;
damaged files are kept aside and a backup is offered."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from safeguard_desktop.errors import DamagedWorkspaceError, NewerWorkspaceError, NotAWorkspaceError
from safeguard_desktop.store import backups
from safeguard_desktop.store.fileformat import APPLICATION_ID, SCHEMA_VERSION
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import create_workspace, open_workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_are_the_safe_ones(workspace):
    with workspace.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("user_version") == SCHEMA_VERSION


def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = _digest(other)
    with pytest.raises(NotAWorkspaceError, match="not a safeguard-desktop workspace"):
        open_workspace(other)
    assert _digest(other) == before
    assert not other.with_name("other.sqlite.lock").exists()


def test_a_spreadsheet_renamed_sqlite_is_refused(tmp_path):
    fake = tmp_path / "plan.sqlite"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(NotAWorkspaceError, match="not a database file"):
        open_workspace(fake)


def test_a_file_from_a_newer_version_is_refused_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    create_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerWorkspaceError, match="newer version"):
        open_workspace(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_an_unknown_schema_revision_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    create_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerWorkspaceError):
        open_workspace(path)


def _damage_by_flipping(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # every page after the schema page
        for i in range(offset + 8, min(offset + 400, len(data))):
            data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def _damage_by_truncating(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage", [_damage_by_flipping, _damage_by_truncating], ids=["flipped", "truncated"])
def test_a_damaged_file_is_kept_aside_untouched_and_the_newest_good_backup_offered(tmp_path, damage):
    path = tmp_path / "board.sqlite"
    ws = create_workspace(path, board_name="Board")
    for n in range(300):
        create_agency(ws, name=f"Agency {n} " + "x" * 200)
    ws.close()
    good = backups.take_backup(path, reason="manual")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # everything in the main file, nothing in a WAL
    conn.close()
    damage(path)
    damaged_bytes = _digest(path)
    with pytest.raises(DamagedWorkspaceError) as caught:
        open_workspace(path)
    error = caught.value
    assert error.kept_aside is not None and error.kept_aside.exists()
    assert _digest(error.kept_aside) == damaged_bytes
    assert not path.exists()
    assert error.backup == good.path
    assert "restore" in str(error)
