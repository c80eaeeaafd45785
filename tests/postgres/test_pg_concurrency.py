"""Several people at once on one server: a write based on a record someone
changed since is refused (never written over theirs), the audit chain stays
one chain, and every client hears what the others changed."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.pg_check import check_server
from safeguard_desktop.store.pg_listen import ChangeListener
from safeguard_desktop.store.pg_notify import ServerChanges
from safeguard_desktop.store.pg_stale import StaleRecordError
from safeguard_desktop.store.pg_workspace import create_server_workspace, open_server_workspace

WRITER = Path(__file__).with_name("concurrent_writer.py")


def test_a_write_from_a_stale_read_is_refused_showing_the_current_value(pg_url: str) -> None:
    with create_server_workspace(pg_url) as first, open_server_workspace(pg_url) as second:
        agency_id = create_agency(first, name="Gwent Police", sector="police", short_name="GP")
        with pytest.raises(StaleRecordError) as refused:
            with first.transaction() as tx:
                agency = tx.get(Agency, agency_id)  # read: short name "GP"
                set_field(second, Agency, agency_id, "short_name", "Heddlu Gwent")  # someone else commits
                tx.update(agency, "short_name", "Gwent")
        message = str(refused.value)
        assert "Gwent Police" in message and "'Heddlu Gwent'" in message and "not saved" in message
        assert refused.value.current == "Heddlu Gwent"
        with first.session() as s:
            assert s.get(Agency, agency_id).short_name == "Heddlu Gwent"  # theirs kept
        # Made again on the current value, it goes through.
        set_field(first, Agency, agency_id, "short_name", "Gwent")
    assert check_server(first.address) == []


@pytest.mark.slow  # two child processes of 25 transactions each: about 13 s on a loaded machine
def test_two_processes_editing_one_record_lose_no_update_and_keep_one_chain(pg_url: str, tmp_path: Path) -> None:
    count = 25
    with create_server_workspace(pg_url) as workspace:
        agency_id = create_agency(workspace, name="Dyfed-Powys Police", sector="police")
    start = tmp_path / "start"
    writers = [subprocess.Popen([sys.executable, str(WRITER), pg_url, name, str(count), str(agency_id), str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    start.touch()
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0, err
    refused = sum(json.loads(out)["refused"] for out, _ in results)
    print(f"stale writes refused and made again: {refused}")
    with open_server_workspace(pg_url) as workspace, workspace.session() as s:
        tokens = s.get(Agency, agency_id).short_name.rstrip(";").split(";")
        audited = s.execute(text("SELECT count(*) FROM audit WHERE table_name = 'agencies' AND field = 'short_name'"))
        audited_count = audited.scalar_one()
    assert sorted(tokens) == sorted(f"{name}{i}" for name in "ab" for i in range(count))
    # Each token is in order after the ones its writer wrote before it.
    for name in "ab":
        assert [t for t in tokens if t.startswith(name)] == [f"{name}{i}" for i in range(count)]
    assert audited_count == 2 * count  # one audit entry per write that was kept, none for a refused one
    assert check_server(workspace.address) == []


@pytest.mark.slow  # two child processes: about 10 s on a loaded machine
def test_two_processes_editing_different_records_at_once_keep_one_audit_chain(pg_url: str, tmp_path: Path) -> None:
    """No row lock orders these writers: only the chain's own lock keeps
    them from both appending after the same last entry."""
    count = 40
    with create_server_workspace(pg_url) as workspace:
        ids = [create_agency(workspace, name=f"Agency {name}", sector="police") for name in "ab"]
    start = tmp_path / "start"
    writers = [subprocess.Popen([sys.executable, str(WRITER), pg_url, name, str(count), str(agency_id), str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name, agency_id in zip("ab", ids)]
    start.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    with open_server_workspace(pg_url) as workspace, workspace.session() as s:
        audited = s.execute(text("SELECT count(*) FROM audit WHERE field = 'short_name'")).scalar_one()
        prev_hashes = s.execute(text("SELECT count(DISTINCT prev_hash), count(*) FROM audit")).one()
    assert audited == 2 * count
    assert prev_hashes[0] == prev_hashes[1]  # no two entries follow the same one: the chain did not fork
    assert check_server(workspace.address) == []


def test_an_edit_on_one_client_reaches_the_others_listener(pg_url: str) -> None:
    heard: queue.Queue[ServerChanges] = queue.Queue()
    with create_server_workspace(pg_url) as mine, open_server_workspace(pg_url) as theirs:
        agency_id = create_agency(mine, name="Gwent Police", sector="police")
        listener = ChangeListener(mine.address, heard.put, ignore_client=mine.client_id).start()
        try:
            assert listener.listening
            set_field(mine, Agency, agency_id, "short_name", "mine")  # our own edit: not news to us
            set_field(theirs, Agency, agency_id, "short_name", "theirs")
            news = heard.get(timeout=10)
        finally:
            listener.stop()
    assert news.client == theirs.client_id
    assert news.records == (("agencies", agency_id),)
    assert heard.empty()
