"""Opening a workspace notes it among the recent ones (#13): the list and
the last workspace in one write of the settings file, both kept."""

from __future__ import annotations

import pytest

from safeguard_desktop.views.settings import LAST_WORKSPACE, RECENT_WORKSPACES, Settings


def test_a_workspace_opened_is_first_among_the_recent_ones_in_one_write(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    settings.add_recent("/boards/a.sqlite")
    writes: list[None] = []
    real_sync = settings.qsettings.sync
    monkeypatch.setattr(settings.qsettings, "sync", lambda: (writes.append(None), real_sync())[1])
    settings.add_recent("/boards/b.sqlite")
    assert len(writes) == 1
    again = Settings()  # read back from the file
    assert again.get(RECENT_WORKSPACES) == ["/boards/b.sqlite", "/boards/a.sqlite"]
    assert again.get(LAST_WORKSPACE) == "/boards/b.sqlite"
