"""The demo builder's store operation: many records in one audited step,
named by table, returning a Change for each and published on the feed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.record_batches import add_records
from safeguard_desktop.store.workspace import Workspace


def test_rows_with_different_keys_are_all_stored_as_audited(workspace: Workspace) -> None:
    heard: list[Touched] = []
    workspace.feed.subscribe(heard.append)
    ids, changes = add_records(workspace, "test", lambda batch: batch.add("agencies", [
        {"name": "Police"}, {"name": "Health board", "short_name": "HB"}]))

    with workspace.session() as s:
        stored = {a.id: (a.name, a.short_name, a.uuid) for a in s.scalars(select(Agency))}
    assert [stored[i][:2] for i in ids] == [("Police", None), ("Health board", "HB")]
    assert [(c.table, c.record_id, c.record_uuid, c.field, c.old, c.new["short_name"]) for c in changes] == [
        ("agencies", ids[0], stored[ids[0]][2], None, None, None),
        ("agencies", ids[1], stored[ids[1]][2], None, None, "HB")]
    assert len(heard) == 1 and "agencies" in heard[0].tables
    workspace.close()
    assert check_workspace(workspace.path) == []


def test_a_field_set_in_the_batch_is_a_change(workspace: Workspace) -> None:
    def build(batch):  # type: ignore[no-untyped-def]
        (agency,) = batch.add("agencies", [{"name": "Polic"}])
        return agency, batch.set("agencies", agency, "name", "Police")

    (agency, change), changes = add_records(workspace, "test", build)
    assert (change.field, change.old, change.new) == ("name", "Polic", "Police")
    assert change in changes


def test_an_unknown_table_is_refused_and_nothing_is_written(workspace: Workspace) -> None:
    def build(batch):  # type: ignore[no-untyped-def]
        batch.add("agencies", [{"name": "Police"}])
        batch.add("agencys", [{"name": "Police"}])

    with pytest.raises(KeyError, match="agencys"):
        add_records(workspace, "test", build)
    with workspace.session() as s:
        assert s.scalars(select(Agency)).all() == []
