"""A server workspace's change feed (what the window's pages follow) hears
its own commits and, once following the server, other clients' commits."""

from __future__ import annotations

import pytest

# The workspace's change feed is the change-stream work of issue 14, landing beside this.
pytest.importorskip("safeguard_desktop.store.change_feed", reason="the workspace change feed is not in this tree yet")

import queue

from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.pg_workspace import create_server_workspace, open_server_workspace


def test_another_clients_edit_arrives_in_this_workspaces_feed_marked_remote(pg_url: str) -> None:
    heard: queue.Queue = queue.Queue()
    with create_server_workspace(pg_url) as mine, open_server_workspace(pg_url) as theirs:
        agency_id = create_agency(mine, name="Gwent Police", sector="police")
        mine.feed.subscribe(heard.put)
        mine.follow_others()
        set_field(mine, Agency, agency_id, "short_name", "mine")
        set_field(theirs, Agency, agency_id, "short_name", "theirs")
        own = heard.get(timeout=10)
        other = heard.get(timeout=10)  # generous: it arrives within a second
    assert not own.remote and own.ids("agencies") == {agency_id}
    assert other.remote and other.ids("agencies") == {agency_id}
    assert heard.empty()  # our own commit was not heard a second time from the server
