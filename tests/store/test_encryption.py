"""Encrypted workspaces (issue 12, "Encrypted workspaces"): no record's text
in the file, its -wal or its backups; a wrong passphrase is said plainly and
touches nothing; everything else works as on a plain workspace."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import keyring
import pytest
from encryption_fixtures import (  # noqa: F401  (the fixture is autouse)
    LATER_SECRET,
    PASSPHRASE,
    SECRETS,
    encrypted_workspace,
    leaks,
    no_keys_no_asker,
    plain_workspace,
)
from sqlcipher3 import dbapi2

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import backups, encryption
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.cipher_copy import decrypt_copy, encrypt_copy
from safeguard_desktop.store.ops.org import create_person
from safeguard_desktop.store.workspace import open_workspace, restore_backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(ws) -> set[str]:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        return {row[0] for row in session.execute(__import__("sqlalchemy").text("SELECT name FROM people"))}


def _rows(conn) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def,type-arg]
    tables = [name for name, in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall())) for table in tables}


def test_no_record_text_in_the_file_its_wal_or_any_backup(tmp_path):
    path = encrypted_workspace(tmp_path)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path) as ws:  # takes its backup on open
        create_person(ws, name=LATER_SECRET)  # lives in the -wal until a checkpoint
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        backups.take_backup(path, reason="manual")
        files = [path, wal] + [b.path for b in backups.list_backups(path)]
        assert len(files) == 4
        assert {f: leaks(f) for f in files} == {f: [] for f in files}
        assert LATER_SECRET in _names(ws)  # the search above would find the text were it there


def test_the_search_for_record_text_finds_it_in_a_plain_workspace(tmp_path):
    # The negative control: the same records, unencrypted, are found.
    path = plain_workspace(tmp_path / "plain.sqlite")
    assert set(leaks(path, SECRETS)) == set(SECRETS)


def test_no_passphrase_or_a_wrong_one_is_said_plainly_and_touches_nothing(tmp_path):
    path = encrypted_workspace(tmp_path)
    before = sorted(os.listdir(tmp_path)), _digest(path)
    with pytest.raises(UserError, match="encrypted workspace: its passphrase is needed"):
        open_workspace(path)
    asked: list[bool] = []

    def ask(p: Path, wrong: bool) -> tuple[str, bool] | None:
        asked.append(wrong)
        return ("not the passphrase", False) if len(asked) < 3 else None

    encryption.set_asker(ask)
    with pytest.raises(UserError, match="no passphrase was given"):
        open_workspace(path)
    assert asked == [False, True, True]  # told it was wrong, asked again until Cancel
    assert (sorted(os.listdir(tmp_path)), _digest(path)) == before  # no lock, no -wal, not moved aside as damaged
    assert backups.list_backups(path) == []
    assert "does not open board.sqlite" in encryption.wrong_passphrase_message(path)


def test_the_right_passphrase_after_a_wrong_one_opens_it(tmp_path):
    path = encrypted_workspace(tmp_path)
    answers = iter([("wrong passphrase", False), (PASSPHRASE, False)])
    encryption.set_asker(lambda p, wrong: next(answers))
    with open_workspace(path) as ws:
        assert not ws.read_only and SECRETS[0] in _names(ws)


def test_open_edit_reopen_and_check(tmp_path):
    path = encrypted_workspace(tmp_path)
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path) as ws:
        create_person(ws, name=LATER_SECRET)
    encryption.forget_keys()
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path) as ws:
        assert LATER_SECRET in _names(ws)
    assert check_workspace(path) == []
    assert leaks(path) == []


def test_backups_stay_encrypted_open_with_the_passphrase_and_restore(tmp_path):
    path = encrypted_workspace(tmp_path)
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path, backup_on_open=False) as ws:
        create_person(ws, name=LATER_SECRET)
    backup = backups.take_backup(path, reason="manual")
    assert backup.path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    # Any SQLCipher 4 program opens it with the passphrase itself.
    conn = dbapi2.connect(str(backup.path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert (LATER_SECRET,) in conn.execute("SELECT name FROM people").fetchall()
    conn.close()
    assert backups.is_good_backup(backup.path)
    encryption.forget_keys()
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path, backup_on_open=False) as ws:
        create_person(ws, name="Added after the backup")
    kept = restore_backup(path, backup.path)
    assert kept is not None and leaks(kept) == []
    with open_workspace(path, backup_on_open=False) as ws:
        assert LATER_SECRET in _names(ws) and "Added after the backup" not in _names(ws)
    assert check_workspace(path) == [] and leaks(path) == []


def test_decrypt_gives_an_equal_workspace_that_checks_clean(tmp_path):
    path = encrypted_workspace(tmp_path)
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path, backup_on_open=False) as ws:
        create_person(ws, name=LATER_SECRET)
    plain = decrypt_copy(path, tmp_path / "plain-again.sqlite")
    assert plain.read_bytes()[:16] == b"SQLite format 3\x00"
    assert check_workspace(plain) == []
    encrypted = encryption.connect(path, read_only=True)
    decrypted = sqlite3.connect(plain)
    try:
        assert _rows(decrypted) == _rows(encrypted)
        for pragma in ("application_id", "user_version"):
            assert decrypted.execute(f"PRAGMA {pragma}").fetchone() == encrypted.execute(f"PRAGMA {pragma}").fetchone()
    finally:
        encrypted.close()
        decrypted.close()
    with open_workspace(plain, backup_on_open=False) as ws:
        assert LATER_SECRET in _names(ws)


def test_copies_never_overwrite_and_refuse_what_makes_no_sense(tmp_path):
    source = plain_workspace(tmp_path / "plain.sqlite")
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"keep me")
    with pytest.raises(UserError, match="already exists"):
        encrypt_copy(source, taken, PASSPHRASE)
    assert taken.read_bytes() == b"keep me"
    with pytest.raises(UserError, match="too short"):
        encrypt_copy(source, tmp_path / "short.sqlite", "short")
    with pytest.raises(UserError, match="not encrypted"):
        decrypt_copy(source, tmp_path / "x.sqlite")
    made = encrypt_copy(source, tmp_path / "enc.sqlite", PASSPHRASE)
    with pytest.raises(UserError, match="already encrypted"):
        encrypt_copy(made, tmp_path / "twice.sqlite", PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir() if ".partial" in p.name) == []


def test_the_keyring_remembers_only_when_asked(tmp_path):
    path = encrypted_workspace(tmp_path)
    store = keyring.get_keyring()
    assert encryption.unlock(path, PASSPHRASE)
    assert store.saved == {}  # type: ignore[attr-defined]
    encryption.forget_keys()
    with pytest.raises(UserError, match="passphrase is needed"):
        open_workspace(path)
    assert encryption.unlock(path, PASSPHRASE, remember=True)
    with open_workspace(path, backup_on_open=False) as ws:
        uuid = ws.uuid
    assert store.saved == {(encryption.KEYRING_SERVICE, uuid): PASSPHRASE}  # type: ignore[attr-defined]
    note = encryption._note(path)
    assert PASSPHRASE not in note.read_text(encoding="utf-8")
    if os.name == "posix":
        assert note.stat().st_mode & 0o777 == 0o600
    encryption.forget_keys()
    with open_workspace(path, backup_on_open=False) as ws:  # no one asked: the keyring answered
        assert SECRETS[0] in _names(ws)
    encryption.forget_passphrase(path)
    assert store.saved == {}  # type: ignore[attr-defined]


def test_a_computer_without_a_keyring_asks_each_time(tmp_path):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    path = encrypted_workspace(tmp_path)
    assert encryption.unlock(path, PASSPHRASE, remember=True)  # not remembered, no crash
    encryption.forget_keys()
    with pytest.raises(UserError, match="passphrase is needed"):
        open_workspace(path)


def test_a_plain_workspace_with_a_damaged_header_is_not_taken_for_an_encrypted_one(tmp_path):
    path = plain_workspace(tmp_path / "plain.sqlite")
    data = bytearray(path.read_bytes())
    data[:100] = os.urandom(100)
    path.write_bytes(bytes(data))
    assert not encryption.looks_encrypted(path)


def test_a_copy_onto_a_disk_without_hard_links_is_still_made(tmp_path, monkeypatch):
    # FAT and exFAT USB sticks, where an encrypted copy is most wanted, refuse os.link.
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    source = plain_workspace(tmp_path / "plain.sqlite")
    made = encrypt_copy(source, tmp_path / "stick.sqlite", PASSPHRASE)
    assert leaks(made) == [] and check_workspace(made) == []
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def test_a_crash_on_a_share_leaves_an_encrypted_file_that_needs_recovery_then_recovers(tmp_path, monkeypatch):
    from safeguard_desktop.store import workspace as workspace_module
    from safeguard_desktop.store.ops.org import create_agency

    monkeypatch.setattr(workspace_module, "is_network_path", lambda _path: True)
    path = encrypted_workspace(tmp_path)
    assert encryption.unlock(path, PASSPHRASE)
    with open_workspace(path, backup_on_open=False) as ws:
        for n in range(150):  # enough pages that an edit spills into the file before it commits
            create_agency(ws, name=f"Agency {n} " + "x" * 200)
    crashed = tmp_path / "crashed.sqlite"
    conn = encryption.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 5")
        conn.execute("BEGIN")
        conn.execute("UPDATE agencies SET name = 'Unacknowledged ' || name")
        shutil.copyfile(path, crashed)
        shutil.copyfile(path.with_name(path.name + "-journal"), crashed.with_name(crashed.name + "-journal"))
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    with pytest.raises(UserError, match="needs recovery"):
        open_workspace(crashed, read_only=True)
    with open_workspace(crashed, backup_on_open=False) as ws:
        assert not any(name.startswith("Unacknowledged") for name in _agency_names(ws))
    assert check_workspace(crashed) == [] and leaks(crashed) == []


def _agency_names(ws) -> list[str]:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        return [row[0] for row in session.execute(__import__("sqlalchemy").text("SELECT name FROM agencies"))]


def test_a_wal_from_another_encrypted_copy_is_kept_aside(tmp_path):
    from safeguard_desktop.errors import DamagedWorkspaceError
    from safeguard_desktop.store.ops.org import create_agency

    mine = encrypted_workspace(tmp_path)
    assert encryption.unlock(mine, PASSPHRASE)
    twin = tmp_path / "twin.sqlite"
    shutil.copyfile(mine, twin)  # the same key and salt: its -wal decrypts here
    with open_workspace(mine, backup_on_open=False) as ws:
        create_agency(ws, name="Only in mine")  # the twin's trail forks from here
    twin_ws = open_workspace(twin, backup_on_open=False)
    try:
        create_agency(twin_ws, name="Only in the twin")  # left in the twin's -wal while it is open
        shutil.copyfile(twin.with_name("twin.sqlite-wal"), mine.with_name(mine.name + "-wal"))
    finally:
        twin_ws.close()
    with pytest.raises(DamagedWorkspaceError, match="another copy"):
        open_workspace(mine)


def test_a_folder_with_a_hash_in_its_name_holds_plain_and_encrypted_workspaces(tmp_path):
    # Inside a URI, "#" ends the file name: "Board papers #2/x.sqlite" was read as "Board papers ".
    folder = tmp_path / "Board papers #2"
    folder.mkdir()
    made = encrypted_workspace(folder)
    plain = plain_workspace(folder / "plain.sqlite")
    assert check_workspace(plain) == []
    assert encryption.unlock(made, PASSPHRASE)
    with open_workspace(made) as ws:
        assert SECRETS[0] in _names(ws)
    assert check_workspace(made) == []
