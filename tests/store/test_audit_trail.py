"""Every change writes its audit row in the same transaction, and a trail
edited behind the program's back is detected by check."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from safeguard_desktop.store.audit import GENESIS, decode, verify_chain
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency, AuditEntry
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field


def _trail(ws):
    with ws.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_each_change_writes_one_audit_row_naming_record_field_and_values(workspace):
    before = len(_trail(workspace))
    agency = create_agency(workspace, name="Wiltshire Police", sector="police")
    set_field(workspace, Agency, agency, "short_name", "Police")
    set_field(workspace, Agency, agency, "short_name", "Police")  # unchanged: nothing to audit
    trail = _trail(workspace)
    assert len(trail) == before + 2
    insert, update = trail[-2], trail[-1]
    with workspace.session() as s:
        uuid = s.get(Agency, agency).uuid
    assert (insert.operation, insert.record_uuid, insert.table_name) == ("insert", uuid, "agencies")
    assert decode(insert.new_value)["name"] == "Wiltshire Police"
    assert (update.operation, update.field) == ("update", "short_name")
    assert (decode(update.old_value), decode(update.new_value)) == (None, "Police")
    assert update.actor == "Test User"
    assert update.at.endswith("+00:00")  # UTC
    assert update.prev_hash == insert.hash
    assert trail[0].prev_hash == GENESIS


def test_a_failed_change_leaves_neither_the_change_nor_its_audit_row(workspace):
    agency = create_agency(workspace, name="Health board")
    before = len(_trail(workspace))
    try:
        with workspace.transaction() as tx:
            tx.update(tx.get(Agency, agency), "name", "Renamed")
            raise RuntimeError("power cut mid-edit")
    except RuntimeError:
        pass
    assert len(_trail(workspace)) == before
    with workspace.session() as s:
        assert s.get(Agency, agency).name == "Health board"


def _tamper(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_edited_audit_row_breaks_the_chain_and_check_reports_it(workspace):
    agency = create_agency(workspace, name="Probation")
    set_field(workspace, Agency, agency, "name", "Probation Service")
    path = workspace.path
    workspace.close()
    assert check_workspace(path) == []
    _tamper(path, "UPDATE audit SET new_value = '\"Someone else\"' WHERE field = 'name'")
    problems = check_workspace(path)
    assert {p.area for p in problems} == {"audit"}
    assert "edited" in problems[0].message


def test_a_deleted_audit_row_breaks_the_chain(workspace):
    agency = create_agency(workspace, name="Education")
    for name in ("Schools", "Education service", "Learning"):
        set_field(workspace, Agency, agency, "name", name)
    with workspace.session() as s:
        middle = s.scalars(select(AuditEntry.id).where(AuditEntry.field == "name")).all()[1]
        assert verify_chain(s) == []
    path = workspace.path
    workspace.close()
    _tamper(path, f"DELETE FROM audit WHERE id = {middle}")
    problems = check_workspace(path)
    assert any("removed or inserted" in p.message for p in problems)
