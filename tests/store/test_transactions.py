"""The audited write path itself."""

from __future__ import annotations

from sqlalchemy import select

from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.models import Agency, AuditEntry, Group, QuorumAgency


def test_insert_many_keeps_every_value_when_rows_carry_different_fields(workspace):
    rows = [{"name": "Council"}, {"name": "Police", "short_name": "WP", "statutory_partner": True}, {"name": "Health"}]
    with workspace.transaction() as tx:
        ids = tx.insert_many(Agency, rows)
    with workspace.session() as s:
        stored = [(a.name, a.short_name, a.statutory_partner, a.sector) for a in (s.get(Agency, i) for i in ids)]
        audited = {decode(e.new_value)["name"]: decode(e.new_value) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "agencies"))}
    assert stored == [("Council", None, False, "other"), ("Police", "WP", True, "other"), ("Health", None, False, "other")]
    assert audited["Police"]["short_name"] == "WP"


def test_link_rows_without_a_uuid_are_audited_by_table_and_key(workspace):
    with workspace.transaction() as tx:
        agency = tx.insert(Agency, name="Wiltshire Police")
        group = tx.session.scalars(select(Group)).first()
        link = tx.insert(QuorumAgency, group_id=group.id, agency_id=agency.id)
        tx.delete(link)
    with workspace.session() as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "quorum_agencies")
                          .order_by(AuditEntry.id)).all()
    assert [(e.operation, e.record_uuid) for e in trail] == [
        ("insert", f"quorum_agencies:{link.id}"), ("delete", f"quorum_agencies:{link.id}")]
