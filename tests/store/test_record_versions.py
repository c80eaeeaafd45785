"""Every record counts its updates (row_version), whichever way it is written:
the number a writer on a server names to be sure nobody changed it first."""

from __future__ import annotations

from sqlalchemy import text

from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field


def _version(workspace, agency_id: int) -> int:  # type: ignore[no-untyped-def]
    with workspace.session() as s:
        return s.execute(text("SELECT row_version FROM agencies WHERE id = :i"), {"i": agency_id}).scalar_one()


def test_a_new_record_is_version_one_and_each_update_adds_one(workspace) -> None:  # type: ignore[no-untyped-def]
    agency_id = create_agency(workspace, name="Gwent Police", sector="police")
    assert _version(workspace, agency_id) == 1
    set_field(workspace, Agency, agency_id, "short_name", "GP")
    assert _version(workspace, agency_id) == 2
    with workspace.transaction() as tx:  # the bulk path a paste or a move takes
        tx.update_rows(Agency, [(agency_id, "", "short_name", "GP", "Gwent")])
    assert _version(workspace, agency_id) == 3
    set_field(workspace, Agency, agency_id, "short_name", "Gwent")  # unchanged: nothing written
    assert _version(workspace, agency_id) == 3


def test_the_version_is_bookkeeping_not_an_audited_field(workspace) -> None:  # type: ignore[no-untyped-def]
    agency_id = create_agency(workspace, name="Gwent Police", sector="police")
    set_field(workspace, Agency, agency_id, "short_name", "GP")
    with workspace.session() as s:
        fields = s.execute(text("SELECT field FROM audit WHERE table_name = 'agencies' AND operation = 'update'")).scalars().all()
        snapshot = s.execute(text("SELECT new_value FROM audit WHERE table_name = 'agencies' AND operation = 'insert'")).scalar_one()
    assert fields == ["short_name"]
    assert "row_version" not in snapshot
