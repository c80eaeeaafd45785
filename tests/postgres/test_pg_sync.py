"""`sync FILE postgresql://host/db` (and the reverse order): a laptop's file,
edited offline, and the server, edited meanwhile by another client, brought
together by the same rules as two files (docs/SYNCING_COPIES.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from safeguard_desktop.cli import main
from safeguard_desktop.store.models import Action, AuditEntry
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.pg_address import parse_server_address
from safeguard_desktop.store.pg_check import check_server
from safeguard_desktop.store.pg_notify import CHANNEL
from safeguard_desktop.store.pg_workspace import open_server_workspace
from safeguard_desktop.store.sync.resolve import open_conflicts
from safeguard_desktop.store.sync.server_sync import sync_targets
from safeguard_desktop.store.sync.swap import STOP_ENV
from safeguard_desktop.store.sync.tables import sync_conflicts, sync_origins
from server_copies import put_on_server
from tests.sync_fixtures import Small, build_small, open_ws, problems, record_id


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


@pytest.fixture
def laptop_and_server(small: Small, tmp_path: Path, pg_url: str) -> tuple[Path, str]:
    laptop = tmp_path / "laptop.sqlite"
    shutil.copyfile(small.path, laptop)
    put_on_server(small.path, pg_url)
    return laptop, pg_url


def edit_file(path: Path, uuid: str, field: str, new: object) -> None:
    with open_ws(path) as ws:
        set_action_field(ws, record_id(ws, Action, uuid), field, new)


def edit_server(url: str, uuid: str, field: str, new: object) -> None:
    with open_server_workspace(url) as ws:  # another client, at the office
        set_action_field(ws, record_id(ws, Action, uuid), field, new)


def on_file(path: Path, uuid: str, field: str) -> Any:
    with open_ws(path) as ws, ws.session() as s:
        return s.scalar(select(getattr(Action, field)).where(Action.uuid == uuid))


def on_server(url: str, uuid: str, field: str) -> Any:
    with open_server_workspace(url) as ws, ws.session() as s:
        return s.scalar(select(getattr(Action, field)).where(Action.uuid == uuid))


def open_server_conflicts(url: str) -> list[tuple[str, str, str, str]]:
    with open_server_workspace(url) as ws, ws.engine.connect() as conn:
        rows = conn.execute(select(sync_conflicts).where(sync_conflicts.c.resolved_at.is_(None))).mappings()
        return [(r["record_uuid"], r["field"], json.loads(r["left_value"]), json.loads(r["right_value"]))
                for r in rows]


def audit_counts(path: Path, url: str) -> tuple[int, int]:
    counts = []
    for ws in (open_ws(path), open_server_workspace(url)):
        with ws, ws.session() as s:
            counts.append(len(s.scalars(select(AuditEntry.id)).all()))
    return counts[0], counts[1]


def test_offline_file_edits_and_another_clients_server_edits_meet_both_ways(small, laptop_and_server):
    laptop, url = laptop_and_server
    edit_file(laptop, small.actions[0], "how", "Written in the meeting room")
    edit_file(laptop, small.actions[1], "progress", "Laptop: delayed")
    edit_server(url, small.actions[2], "lead", "Siân Evans")
    edit_server(url, small.actions[1], "progress", "Office: on track")
    listener = psycopg.connect(url, autocommit=True)
    try:
        listener.execute(f"LISTEN {CHANNEL}")
        report = sync_targets(laptop, url)
        heard = [json.loads(n.payload) for n in listener.notifies(timeout=5, stop_after=1)]
    finally:
        listener.close()

    # Each side's edit, and the progress note and date a progress edit writes with it.
    assert (report.a_to_b.applied, report.b_to_a.applied) == (3, 3)
    assert [(c.field, c.a_value, c.b_value) for c in report.new_conflicts] == [
        ("progress", "Laptop: delayed", "Office: on track")]
    for read, place in ((on_file, laptop), (on_server, url)):
        assert read(place, small.actions[0], "how") == "Written in the meeting room"
        assert read(place, small.actions[2], "lead") == "Siân Evans"
    # Neither value of the conflict was overwritten; both places list it.
    assert on_file(laptop, small.actions[1], "progress") == "Laptop: delayed"
    assert on_server(url, small.actions[1], "progress") == "Office: on track"
    [(record, field, *values)] = open_server_conflicts(url)
    assert (record, field, sorted(values)) == (small.actions[1], "progress", ["Laptop: delayed", "Office: on track"])
    with open_ws(laptop) as ws:
        [conflict] = open_conflicts(ws)
        assert (conflict.here, conflict.there) == ("Laptop: delayed", "Office: on track")
    # The server's other clients heard what the sync wrote there.
    with open_server_workspace(url) as ws:
        action_id = record_id(ws, Action, small.actions[0])
    assert heard and ["actions", action_id] in heard[0]["records"]

    assert problems(laptop) == []
    assert check_server(parse_server_address(url)) == []

    before = audit_counts(laptop, url)
    again = sync_targets(url, laptop)  # the reverse order: the same sync
    assert again.nothing_new and again.moved_nothing()
    assert audit_counts(laptop, url) == before


def test_sync_command_takes_a_server_address_either_side_and_a_later_server_edit_reaches_the_file(
        small, laptop_and_server, capsys, tmp_path):
    laptop, url = laptop_and_server
    edit_file(laptop, small.actions[0], "how", "Offline wording")
    edit_server(url, small.actions[0], "how", "Office wording")
    assert main(["sync", url, str(laptop), "--report", str(tmp_path / "r.json")]) == 3
    out = capsys.readouterr().out
    assert "1 conflict(s) wait" in out and "Office wording" in out and "Offline wording" in out
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["open_conflicts"]

    edit_server(url, small.actions[2], "lead", "Dr Rhys")
    assert main(["sync", str(laptop), url]) == 3
    assert on_file(laptop, small.actions[2], "lead") == "Dr Rhys"
    assert main(["sync", str(laptop), url]) == 3
    assert "already in step" in capsys.readouterr().out
    assert problems(laptop) == [] and check_server(parse_server_address(url)) == []


def test_two_servers_are_refused_with_a_plain_message(pg_url, capsys):
    assert main(["sync", pg_url, pg_url]) == 2
    err = capsys.readouterr().err
    assert "Both are servers" in err and "Traceback" not in err



def how_values(ws: Any, small: Small) -> tuple[object, object]:
    with ws, ws.session() as s:
        return tuple(s.scalar(select(Action.how).where(Action.uuid == u))  # type: ignore[return-value]
                     for u in small.actions[:2])


def origins(ws: Any) -> Counter[str]:
    with ws, ws.engine.connect() as conn:
        hashes = dict(conn.execute(select(AuditEntry.id, AuditEntry.hash)).all())
        merged = dict(conn.execute(select(sync_origins.c.audit_id, sync_origins.c.origin)).all())
    return Counter(merged.get(i, h) for i, h in hashes.items())


@pytest.mark.slow
@pytest.mark.parametrize("step", ("merged", "server-committed", "journal"))
def test_a_sync_killed_at_any_step_leaves_each_side_before_or_merged_and_a_second_run_completes_it(
        small, laptop_and_server, step):
    laptop, url = laptop_and_server
    edit_file(laptop, small.actions[0], "how", "laptop")
    edit_server(url, small.actions[1], "how", "office")
    edit_file(laptop, small.actions[2], "lead", "Laptop's lead")
    edit_server(url, small.actions[2], "lead", "Office's lead")
    child = subprocess.run([sys.executable, "-m", "safeguard_desktop", "sync", str(laptop), url],
                           env={**os.environ, STOP_ENV: step}, capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    merged = ("laptop", "office")
    # The server's transaction: all or nothing. The file: as before, or merged (its swap rolled forward on opening).
    assert how_values(open_server_workspace(url), small) in ((None, "office"), merged)
    assert how_values(open_ws(laptop), small) in (("laptop", None), merged)
    assert not list(laptop.parent.glob(".*.sync-*"))
    sync_targets(laptop, url)
    assert how_values(open_ws(laptop), small) == how_values(open_server_workspace(url), small) == merged
    assert problems(laptop) == [] and check_server(parse_server_address(url)) == []
    # The conflict is listed once on both sides, each keeping its own value.
    with open_ws(laptop) as ws:
        assert [(c.here, c.there) for c in open_conflicts(ws)] == [("Laptop's lead", "Office's lead")]
    assert [sorted(row[2:]) for row in open_server_conflicts(url)] == [["Laptop's lead", "Office's lead"]]
    assert on_server(url, small.actions[2], "lead") == "Office's lead"
    for ws in (open_ws(laptop), open_server_workspace(url)):
        assert max(origins(ws).values()) == 1  # every change once, none twice
    assert sync_targets(url, laptop).nothing_new


def test_a_person_with_only_the_readmes_grants_can_sync_a_laptop(small, tmp_path, pg_server):
    from test_pg_roles import README_GRANTS

    suffix = uuid.uuid4().hex[:8]
    owner, clerk, db = f"owner_{suffix}", f"clerk_{suffix}", f"board_{suffix}"
    pg_server.psql(f"CREATE ROLE {owner} LOGIN; CREATE ROLE {clerk} LOGIN")
    pg_server.psql(f"CREATE DATABASE {db} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0")
    put_on_server(small.path, pg_server.url(db, owner))
    pg_server.psql(f"SET ROLE {owner};" + README_GRANTS.format(db=db, clerk=clerk), db)
    as_clerk = pg_server.url(db, clerk)
    laptop = tmp_path / "laptop.sqlite"
    shutil.copyfile(small.path, laptop)
    edit_file(laptop, small.actions[0], "how", "From the laptop")
    edit_server(as_clerk, small.actions[1], "how", "From the office")
    sync_targets(laptop, as_clerk)
    edit_server(as_clerk, small.actions[2], "how", "Afterwards")  # the chain's numbering goes on after the sync's
    assert sync_targets(as_clerk, laptop).b_to_a.applied == 0
    assert [on_file(laptop, u, "how") for u in small.actions] == ["From the laptop", "From the office", "Afterwards"]
    assert check_server(parse_server_address(as_clerk)) == [] and problems(laptop) == []


def test_a_laptop_takes_its_first_copy_from_the_server_by_syncing_into_a_new_file(small, tmp_path, pg_url, capsys):
    put_on_server(small.path, pg_url)
    edit_server(pg_url, small.actions[0], "how", "Before the copy")
    laptop = tmp_path / "new laptop.sqlite"
    assert main(["sync", str(laptop), pg_url]) == 0
    assert "Took a copy of the server's workspace" in capsys.readouterr().out
    assert on_file(laptop, small.actions[0], "how") == "Before the copy"
    assert problems(laptop) == []
    edit_file(laptop, small.actions[1], "how", "Offline")
    edit_server(pg_url, small.actions[2], "how", "At the office")
    report = sync_targets(laptop, pg_url)
    assert (report.a_to_b.applied, report.b_to_a.applied, report.new_conflicts) == (1, 1, [])
    assert [on_server(pg_url, u, "how") for u in small.actions] == ["Before the copy", "Offline", "At the office"]
    assert problems(laptop) == [] and check_server(parse_server_address(pg_url)) == []
