"""Property: two copies of one workspace, random edits on each, one sync.
Afterwards every edit either side made is in both files or in the conflict
list (where each side still holds its own value), the two files agree on
everything else, both trails check, and a second sync has nothing to do."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from safeguard_desktop.store.audit import verify_chain
from safeguard_desktop.store.audit_fields import field_problems
from safeguard_desktop.store.audit_head import head_problems
from safeguard_desktop.store.engine import make_engine
from safeguard_desktop.store.models import Action, AgendaItem, Meeting, Seat
from safeguard_desktop.store.ops.meetings import mark_attendance, write_minute
from safeguard_desktop.store.ops.plans import add_actions, delete_actions, move_action, restore_actions, set_action_field
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.store.workspace import Workspace
from tests.sync_fixtures import Small, build_small, copy_pair, record_id

SIDES = st.sampled_from("ab")
TEXT = st.sampled_from(["x", "y", "Siân", None])
OPS = st.one_of(
    st.tuples(st.just("set"), SIDES, st.integers(0, 2), st.sampled_from(["how", "lead", "progress"]), TEXT),
    st.tuples(st.just("set"), SIDES, st.integers(0, 2), st.just("rag"), st.sampled_from(["red", "amber", "green"])),
    st.tuples(st.just("move"), SIDES, st.integers(0, 2), st.sampled_from([0.5, 2.5, 9.0])),
    st.tuples(st.just("delete"), SIDES, st.integers(0, 2)),
    st.tuples(st.just("restore"), SIDES, st.integers(0, 2)),
    st.tuples(st.just("add"), SIDES, st.sampled_from(["new row", "another"])),
    st.tuples(st.just("mark"), SIDES, st.integers(0, 1), st.sampled_from(["present", "apologies", "absent"])),
    st.tuples(st.just("minute"), SIDES, st.integers(0, 1), TEXT),
)

Key = tuple[str, str, str]
SLOTS = Path()  # where each example's two copies are written, the same for all
# A memory-backed folder where there is one: every commit's fsync is the
# cost of an example on a disk, and durability is not what this test is about.
FAST_FOLDER = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


@pytest.fixture(scope="module")
def small() -> Iterator[Small]:
    global SLOTS
    with tempfile.TemporaryDirectory(dir=FAST_FOLDER) as folder:
        SLOTS = Path(folder) / "slots"
        SLOTS.mkdir()
        yield build_small(Path(folder))
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


_ENGINES: dict[Path, Engine] = {}


def engine_for(path: Path) -> Engine:
    """One engine per slot for all examples: it compiles each statement once.
    Its pool is emptied first, as the file there is a new one."""
    engine = _ENGINES.setdefault(path, make_engine(path, read_only=False, network=False))
    engine.dispose()
    return engine


def apply(path: Path, small: Small, ops: list[tuple[Any, ...]]) -> None:
    # The workspace as the window holds it, minus the checks of opening a
    # file (the copies were checked when the small workspace was built).
    ws = Workspace(path, engine_for(path), read_only=False, lock=None, holder=None, network=False)
    try:
        for op in ops:
            kind, _side, *rest = op
            if kind in ("set", "move", "delete", "restore"):
                action_id = record_id(ws, Action, small.actions[rest[0]])
                if kind == "set":
                    set_action_field(ws, action_id, rest[1], rest[2])
                elif kind == "move":
                    move_action(ws, action_id, rest[1])
                elif kind == "delete":
                    delete_actions(ws, [action_id])
                else:
                    restore_actions(ws, [action_id])
            elif kind == "add":
                add_actions(ws, [{"plan_id": 1, "want": rest[0], "position": 5.0}])
            elif kind == "mark":
                mark_attendance(ws, meeting_id=record_id(ws, Meeting, small.meeting),
                                seat_id=record_id(ws, Seat, small.seats[rest[0]]), status=rest[1])
            else:
                write_minute(ws, agenda_item_id=record_id(ws, AgendaItem, small.items[rest[0]]),
                             field="discussion", text=rest[1])
    finally:
        ws.close()  # writes its trail head now (it is written a moment after a commit otherwise)


def state(path: Path) -> dict[Key, Any]:
    """What a person sees, by names both copies share (a register line by
    its seat, a minute by its agenda item)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found: dict[Key, Any] = {}
        for row in conn.execute("SELECT uuid, how, lead, progress, rag, position, deleted_at IS NOT NULL, want "
                                "FROM actions"):
            for name, value in zip(("how", "lead", "progress", "rag", "position", "deleted_at", "want"), row[1:]):
                found[("actions", row[0], name)] = value
        for seat, status in conn.execute("SELECT s.uuid, a.status FROM attendance a JOIN seats s ON s.id = a.seat_id"):
            found[("attendance", seat, "status")] = status
        for item, text in conn.execute("SELECT i.uuid, m.discussion FROM minutes m "
                                       "JOIN agenda_items i ON i.id = m.agenda_item_id"):
            found[("minutes", item, "discussion")] = text
        return found
    finally:
        conn.close()


def conflicts(path: Path) -> set[Key]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        keys: set[Key] = set()
        for table, record, field in conn.execute(
                "SELECT table_name, record_uuid, field FROM sync_conflicts WHERE resolved_at IS NULL"):
            if table == "attendance":
                record = conn.execute("SELECT s.uuid FROM attendance a JOIN seats s ON s.id = a.seat_id "
                                      "WHERE a.uuid = ?", (record,)).fetchone()[0]
            elif table == "minutes":
                record = conn.execute("SELECT i.uuid FROM minutes m JOIN agenda_items i ON i.id = m.agenda_item_id "
                                      "WHERE m.uuid = ?", (record,)).fetchone()[0]
            keys.add((table, record, field))
        return keys
    finally:
        conn.close()


def trail_problems(path: Path) -> list[str]:
    engine = engine_for(path)
    try:
        with Session(engine) as session:
            found = [p.message for p in verify_chain(session)] + field_problems(session) + head_problems(path, session)
            indexed, rows = session.connection().exec_driver_sql(
                "SELECT (SELECT count(*) FROM actions_fts_docsize), (SELECT count(*) FROM actions)").one()
            return found + ([f"{indexed} actions indexed, {rows} exist"] if indexed != rows else [])
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.timeout(1800)  # 500 examples: a few minutes on a busy machine
# database=None: no example store (.hypothesis/) left in the checkout.
@settings(max_examples=int(os.environ.get("SYNC_EXAMPLES", "500")), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=6))
def test_every_edit_is_in_both_copies_or_in_the_conflict_list(small, ops, monkeypatch):
    # Durability has tests of its own (test_sync_kill, tests/reliability); here
    # fsync would only make 500 examples slow.
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    with tempfile.TemporaryDirectory(dir=FAST_FOLDER) as home:
        # A per-user folder of its own: the trail heads kept there are by
        # path, and the last example's files at these paths were other files.
        monkeypatch.setenv("SAFEGUARD_DESKTOP_HOME", home)
        one_example(small, ops)


def one_example(small: Small, ops: list[tuple[Any, ...]]) -> None:
    for path in (SLOTS / "office.sqlite", SLOTS / "laptop.sqlite"):
        # Any -wal or -shm the last example left: SQLite would read them with the new file.
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    a, b = copy_pair(small, SLOTS)
    base = state(a)
    apply(a, small, [op for op in ops if op[1] == "a"])
    apply(b, small, [op for op in ops if op[1] == "b"])
    before = {"a": state(a), "b": state(b)}
    sync_files(a, b)
    after = {"a": state(a), "b": state(b)}
    held = conflicts(a)
    assert held == conflicts(b)
    for key in set(base) | set(before["a"]) | set(before["b"]) | set(after["a"]) | set(after["b"]):
        if key in held:
            # Nothing overwritten: each copy keeps its own value until a person picks.
            assert after["a"].get(key) == before["a"].get(key) and after["b"].get(key) == before["b"].get(key)
            continue
        assert after["a"].get(key) == after["b"].get(key), key
        for side in "ab":
            if before[side].get(key) != base.get(key):
                assert after[side].get(key) == before[side].get(key), (side, key)
    assert trail_problems(a) == [] and trail_problems(b) == []
    assert sync_files(a, b).nothing_new
