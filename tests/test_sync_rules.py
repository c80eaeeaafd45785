"""`sync A B`, rule by rule (docs/SYNCING_COPIES.md, "Rules"): two copies of one small
workspace edited apart, then brought together."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.meetings import mark_attendance, write_minute
from safeguard_desktop.store.ops.plans import add_actions, delete_actions, set_action_field
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.sync.resolve import open_conflicts, resolve
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.store.models import AgendaItem, Meeting, Seat
from tests.sync_fixtures import (
    Small, attendance_status, build_small, copy_pair, minute_text, open_ws, problems, record_id, value,
)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


@pytest.fixture
def pair(small: Small, tmp_path: Path) -> tuple[Path, Path]:
    return copy_pair(small, tmp_path)


def edit(path: Path, uuid: str, field: str, new: object) -> None:
    with open_ws(path) as ws:
        set_action_field(ws, record_id(ws, Action, uuid), field, new)


def both(pair: tuple[Path, Path], uuid: str, field: str) -> list[object]:
    return [value(p, Action, uuid, field) for p in pair]


def test_a_field_changed_on_one_side_only_reaches_the_other_and_both_still_check(small, pair):
    a, b = pair
    edit(a, small.actions[0], "how", "Audit of referrals")
    edit(b, small.actions[1], "lead", "Siân Evans")
    report = sync_files(a, b)
    assert (report.a_to_b.applied, report.b_to_a.applied, report.new_conflicts) == (1, 1, [])
    assert both(pair, small.actions[0], "how") == ["Audit of referrals"] * 2
    assert both(pair, small.actions[1], "lead") == ["Siân Evans"] * 2
    assert problems(a) == [] and problems(b) == []


def test_the_same_field_changed_differently_is_a_conflict_and_neither_value_is_lost(small, pair):
    a, b = pair
    edit(a, small.actions[0], "progress", "Office: on track")
    edit(b, small.actions[0], "progress", "Laptop: delayed")
    report = sync_files(a, b)
    assert [(c.field, c.a_value, c.b_value) for c in report.new_conflicts] == [
        ("progress", "Office: on track", "Laptop: delayed")]
    assert both(pair, small.actions[0], "progress") == ["Office: on track", "Laptop: delayed"]
    for path, here, there in ((a, "Office: on track", "Laptop: delayed"), (b, "Laptop: delayed", "Office: on track")):
        with open_ws(path) as ws:
            [conflict] = open_conflicts(ws)
            assert (conflict.record_uuid, conflict.here, conflict.there) == (small.actions[0], here, there)
            assert conflict.here_who == conflict.there_who == "Test User"
    assert problems(a) == [] and problems(b) == []


def test_the_same_new_value_on_both_sides_is_not_a_conflict(small, pair):
    a, b = pair
    edit(a, small.actions[2], "rag", "green")
    edit(b, small.actions[2], "rag", "green")
    report = sync_files(a, b)
    assert report.new_conflicts == []
    assert both(pair, small.actions[2], "rag") == ["green", "green"]
    assert problems(a) == [] and problems(b) == []


def test_records_added_on_each_side_are_in_both_after(small, pair):
    a, b = pair
    for path, want in ((a, "Office row"), (b, "Laptop row")):
        with open_ws(path) as ws:
            plan_id = value(path, Action, small.actions[0], "plan_id")
            add_actions(ws, [{"plan_id": plan_id, "want": want, "position": 9.0}])
    sync_files(a, b)
    for path in pair:
        with open_ws(path) as ws, ws.session() as s:
            wants = sorted(w for (w,) in s.query(Action.want).filter(Action.want.like("%row")))
        assert wants == ["Laptop row", "Office row"]
    assert problems(a) == [] and problems(b) == []


def test_deleted_on_one_side_and_edited_on_the_other_is_a_conflict_and_the_edit_is_kept(small, pair):
    a, b = pair
    with open_ws(a) as ws:
        delete_actions(ws, [record_id(ws, Action, small.actions[1])])
    edit(b, small.actions[1], "progress", "Still needed")
    report = sync_files(a, b)
    assert [(c.field, c.a_value is not None, c.b_value, c.b_actor) for c in report.new_conflicts] == [
        ("deleted_at", True, None, "Test User")]  # the other side's who: whoever edited it there
    assert both(pair, small.actions[1], "progress") == ["Still needed"] * 2
    assert [v is not None for v in both(pair, small.actions[1], "deleted_at")] == [True, False]
    assert problems(a) == [] and problems(b) == []


def test_a_row_moved_on_one_side_and_edited_on_the_other_gets_both(small, pair):
    a, b = pair
    edit(a, small.actions[0], "position", 7.5)
    edit(b, small.actions[0], "how", "Moved and edited")
    assert sync_files(a, b).new_conflicts == []
    assert both(pair, small.actions[0], "position") == [7.5, 7.5]
    assert both(pair, small.actions[0], "how") == ["Moved and edited"] * 2


def _mark(path: Path, small: Small, seat: int, status: str) -> None:
    with open_ws(path) as ws:
        mark_attendance(ws, meeting_id=record_id(ws, Meeting, small.meeting),
                        seat_id=record_id(ws, Seat, small.seats[seat]), status=status)


def test_one_seat_marked_differently_on_both_sides_is_one_line_in_conflict(small, pair):
    a, b = pair
    _mark(a, small, 0, "present")
    _mark(b, small, 0, "apologies")
    _mark(a, small, 1, "present")
    _mark(b, small, 1, "present")
    report = sync_files(a, b)
    assert [(c.table, c.field, c.a_value, c.b_value) for c in report.new_conflicts] == [
        ("attendance", "status", "present", "apologies")]
    assert [attendance_status(p, small.meeting, small.seats[0]) for p in pair] == [["present"], ["apologies"]]
    assert [attendance_status(p, small.meeting, small.seats[1]) for p in pair] == [["present"], ["present"]]
    assert problems(a) == [] and problems(b) == []
    # The line both added is one record from now on: a later mark crosses.
    _mark(b, small, 1, "absent")
    assert sync_files(a, b).new_conflicts == []
    assert [attendance_status(p, small.meeting, small.seats[1]) for p in pair] == [["absent"], ["absent"]]


def test_minutes_written_on_both_sides_are_a_conflict_showing_both_texts(small, pair):
    a, b = pair
    for path, text in ((a, "The board noted the report.\nActions agreed."),
                       (b, "The board noted the report.\nThe chair thanked the author.")):
        with open_ws(path) as ws:
            write_minute(ws, agenda_item_id=record_id(ws, AgendaItem, small.items[1]), field="discussion", text=text)
    report = sync_files(a, b)
    assert [(c.table, c.field) for c in report.new_conflicts] == [("minutes", "discussion")]
    assert report.new_conflicts[0].a_value.endswith("Actions agreed.")
    assert report.new_conflicts[0].b_value.endswith("The chair thanked the author.")
    assert minute_text(a, small.items[1], "discussion") == ["The board noted the report.\nActions agreed."]
    assert minute_text(b, small.items[1], "discussion") == ["The board noted the report.\nThe chair thanked the author."]
    assert problems(a) == [] and problems(b) == []


def test_a_field_edited_again_while_in_conflict_stays_in_conflict_with_its_newest_value(small, pair):
    a, b = pair
    edit(a, small.actions[0], "lead", "Ann")
    edit(b, small.actions[0], "lead", "Bob")
    sync_files(a, b)
    edit(b, small.actions[0], "lead", "Bob Jones")
    report = sync_files(a, b)
    assert report.new_conflicts == [] and report.b_to_a.applied == 0 and report.b_to_a.held == 1
    assert both(pair, small.actions[0], "lead") == ["Ann", "Bob Jones"]
    with open_ws(a) as ws:
        [conflict] = open_conflicts(ws)
    assert (conflict.here, conflict.there) == ("Ann", "Bob Jones")


def test_a_conflict_resolved_on_one_copy_is_resolved_in_both_after_the_next_sync(small, pair):
    a, b = pair
    edit(a, small.actions[0], "lead", "Ann")
    edit(b, small.actions[0], "lead", "Bob")
    sync_files(a, b)
    with open_ws(b) as ws:
        [conflict] = open_conflicts(ws)
        resolve(ws, conflict.uuid, "Ann and Bob", "edited")
    report = sync_files(a, b)
    assert report.resolutions_crossed == 1 and report.open_conflicts == 0
    assert both(pair, small.actions[0], "lead") == ["Ann and Bob"] * 2
    for path in pair:
        with open_ws(path) as ws:
            assert open_conflicts(ws) == []
    assert problems(a) == [] and problems(b) == []


def test_syncing_again_moves_nothing_and_later_edits_cross_on_their_own(small, pair):
    a, b = pair
    edit(a, small.actions[0], "how", "First")
    sync_files(a, b)
    again = sync_files(a, b)
    assert again.nothing_new
    edit(b, small.actions[2], "how", "Second")
    report = sync_files(a, b)
    assert (report.a_to_b.applied, report.b_to_a.applied) == (0, 1)
    assert both(pair, small.actions[2], "how") == ["Second"] * 2


def test_a_setting_changed_on_one_side_crosses(small, pair):
    a, b = pair
    from safeguard_desktop.store.ops.settings import set_workspace_setting

    with open_ws(a) as ws:
        set_workspace_setting(ws, "attendance.rule", "members_only")
    sync_files(a, b)
    with open_ws(b) as ws:
        assert ws.setting("attendance.rule") == "members_only"
    assert problems(b) == []


def test_a_workspace_open_for_editing_is_refused_and_left_alone(small, pair):
    a, b = pair
    before = b.read_bytes()
    with open_ws(a):
        with pytest.raises(UserError, match="open for editing"):
            sync_files(a, b)
    assert b.read_bytes() == before


def test_files_that_are_not_copies_of_one_workspace_are_refused(small, pair, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    other = tmp_path / "other.sqlite"
    create_workspace(other, board_name="Another board").close()
    with pytest.raises(UserError, match="not copies of one workspace"):
        sync_files(pair[0], other)


def test_a_copy_made_outside_the_program_gets_a_site_of_its_own(small, pair, tmp_path):
    a, b = pair
    assert not sync_files(a, b).new_site  # each file's first sync gives it an id
    laptop_copy = tmp_path / "copied-by-hand.sqlite"
    shutil.copyfile(a, laptop_copy)  # the same id as a
    edit(a, small.actions[0], "how", "office")
    edit(laptop_copy, small.actions[1], "how", "copy")
    first = sync_files(a, laptop_copy)
    assert first.new_site and (first.a_to_b.applied, first.b_to_a.applied) == (1, 1)
    assert not sync_files(a, laptop_copy).new_site
    assert [value(p, Action, small.actions[1], "how") for p in (a, laptop_copy)] == ["copy", "copy"]


def test_a_field_set_back_and_forth_on_one_side_and_untouched_on_the_other_takes_its_last_value(small, pair):
    a, b = pair
    for text in ("one", "two", "three"):
        edit(a, small.actions[0], "measure", text)
    with open_ws(b) as ws:
        set_field(ws, Action, record_id(ws, Action, small.actions[1]), "measure", "other row")
    sync_files(a, b)
    assert both(pair, small.actions[0], "measure") == ["three", "three"]
    assert problems(a) == [] and problems(b) == []


def test_an_encrypted_copy_is_refused_plainly_and_both_files_are_left_alone(small, pair, tmp_path):
    from safeguard_desktop.store.cipher_copy import encrypt_copy

    a, b = pair
    locked = encrypt_copy(b, tmp_path / "laptop.encrypted.sqlite", "correct horse battery staple")
    before = (a.read_bytes(), locked.read_bytes())
    with pytest.raises(UserError, match="laptop.encrypted.sqlite is encrypted"):
        sync_files(a, locked)
    assert (a.read_bytes(), locked.read_bytes()) == before


def test_a_change_that_reached_a_third_copy_by_another_way_is_not_applied_twice(small, pair, tmp_path):
    a, b = pair
    c = tmp_path / "home-laptop.sqlite"
    shutil.copyfile(a, c)
    edit(a, small.actions[0], "how", "From the office")
    sync_files(a, b)  # office → laptop
    sync_files(b, c)  # laptop → home: the office's change arrives by way of the laptop
    edit(c, small.actions[2], "lead", "From home")
    report = sync_files(a, c)
    assert (report.a_to_b.applied, report.b_to_a.applied) == (0, 1)
    assert [value(p, Action, small.actions[0], "how") for p in (a, b, c)] == ["From the office"] * 3
    assert sync_files(b, c).b_to_a.applied == 1
    both_had_it = sync_files(a, b)  # each got the change from home, by different ways
    assert (both_had_it.a_to_b.applied, both_had_it.b_to_a.applied) == (0, 0)
    assert sync_files(a, b).nothing_new
    assert [value(p, Action, small.actions[2], "lead") for p in (a, b, c)] == ["From home"] * 3
    assert problems(a) == problems(b) == problems(c) == []


def test_copies_on_a_network_share_keep_the_rollback_journal(small, pair, monkeypatch):
    import safeguard_desktop.store.sync.run as run

    a, b = pair
    edit(a, small.actions[0], "how", "On the share")
    for path in pair:  # as a share's files are: the rollback journal, not WAL
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
    monkeypatch.setattr(run, "is_network_path", lambda path: True)
    sync_files(a, b)
    for path in pair:
        assert path.read_bytes()[18:20] == b"\x01\x01"  # the header's "rollback journal" mark, not WAL's 2
        assert not path.with_name(path.name + "-wal").exists()
    assert both(pair, small.actions[0], "how") == ["On the share"] * 2
