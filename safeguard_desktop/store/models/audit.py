"""The audit trail and workspace settings tables."""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguard_desktop.store.models.base import Base


class AuditEntry(Base):
    """One changed field of one record, chained by hash to the entry before
    it: editing or deleting a row behind the program's back breaks the chain
    and ``check`` says where."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601
    actor: Mapped[str] = mapped_column(String(200))
    operation: Mapped[str] = mapped_column(String(20))  # insert | update | delete | restore | event
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON
    context: Mapped[str | None] = mapped_column(Text)  # e.g. "import: plan.xlsx", "undo"
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_record", "record_uuid"),)


class Setting(Base):
    """Workspace-level settings (the workspace's own id, attendance rule...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
