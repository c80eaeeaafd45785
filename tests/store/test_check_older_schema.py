"""`check` on a workspace from an older version (a schema before the newest
revision) reads the columns the file has; it crashed with exit 70 on the
first column a later revision added (a decade-sized workspace of the
previous version: "no such column: action_updates.row_version")."""

from __future__ import annotations

from pathlib import Path

import pytest
from older_workspace import HAS_OLDER, older_workspace

from safeguard_desktop.cli import main
from safeguard_desktop.store.check import check_workspace


@pytest.mark.skipif(not HAS_OLDER, reason="needs an older revision")
def test_check_reads_an_older_workspace_and_still_finds_a_record_added_behind_its_back(tmp_path: Path, user_home,
                                                                                       capsys) -> None:
    path = older_workspace(tmp_path / "old.sqlite")
    assert [str(p) for p in check_workspace(path)] == [
        "audit: agencies record a-1 has no audit entries: it was added behind the program's back"]
    assert main(["check", str(path)]) == 1
    assert "This is a bug" not in capsys.readouterr().err
