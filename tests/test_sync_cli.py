"""`safeguard-desktop sync A B [--report R.json]` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard_desktop.cli import main
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plans import set_action_field
from tests.sync_fixtures import Small, build_small, copy_pair, open_ws, record_id


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


def edit(path: Path, uuid: str, field: str, new: object) -> None:
    with open_ws(path) as ws:
        set_action_field(ws, record_id(ws, Action, uuid), field, new)


def test_sync_prints_what_moved_and_lists_conflicts_with_exit_3_and_a_json_report(small, tmp_path, capsys):
    a, b = copy_pair(small, tmp_path)
    edit(a, small.actions[0], "how", "Office wording")
    edit(b, small.actions[0], "how", "Laptop wording\non two lines")
    edit(b, small.actions[2], "lead", "Dr Rhys")
    report = tmp_path / "r.json"
    assert main(["sync", str(a), str(b), "--report", str(report)]) == 3
    out = capsys.readouterr().out.splitlines()
    assert out[1:3] == ["  office.sqlite → laptop.sqlite: 0 change(s) taken, 1 held in conflict",
                        "  laptop.sqlite → office.sqlite: 1 change(s) taken, 1 held in conflict"]
    assert out[3:] == [
        "1 conflict(s) wait to be resolved in the window (File › Sync with…):",
        "  - Action 1 “Want 1”, how we will do it:",
        f"      office.sqlite: Office wording  (Test User, {out[5][-17:-1]})",
        f"      laptop.sqlite: Laptop wording ⏎ on two lines  (Test User, {out[6][-17:-1]})",
    ]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [(c["field"], c["here"]["value"], c["there"]["value"]) for c in data["open_conflicts"]] == [
        ("how", "Office wording", "Laptop wording\non two lines")]
    assert (data["a_to_b"]["applied"], data["b_to_a"]["applied"]) == (0, 1)


def test_a_sync_with_nothing_new_says_so_and_exits_0(small, tmp_path, capsys):
    a, b = copy_pair(small, tmp_path)
    edit(a, small.actions[1], "how", "Only here")
    assert main(["sync", str(a), str(b)]) == 0
    assert main(["sync", str(a), str(b)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("office.sqlite and laptop.sqlite were already in step (")
    assert out[-1] == "No conflicts."


def test_a_copy_open_for_editing_is_one_clear_line_and_exit_2(small, tmp_path, capsys):
    a, b = copy_pair(small, tmp_path)
    with open_ws(b):
        assert main(["sync", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert "laptop.sqlite is open for editing" in err and "Nothing was synced" in err
