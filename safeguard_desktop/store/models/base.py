"""Declarative base and the columns every record carries."""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints so that Alembic's batch mode on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> str:
    """UTC time as ISO 8601 text: sorts as text, survives every driver."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Integer key for joins, UUID for identity across copies (docs/ARCHITECTURE.md)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now, onupdate=utc_now)
    # Optimistic concurrency for several writers on a server: every update
    # says "WHERE row_version = <the one read>" and adds one, so a write based
    # on a record someone has changed since matches no row and is refused
    # (store/transaction.py), never written over theirs. (A plan's own
    # "version" is its document's edition.)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}


class SoftDeleted:
    """Rows the user deletes are marked, not erased: undo restores them whole,
    with everything that hangs off them, and the audit still points at them."""

    deleted_at: Mapped[str | None] = mapped_column(String(32), default=None)


class HasExtra:
    """Columns a user's own spreadsheet had that we have no field for,
    kept as a JSON object of heading -> text so nothing is thrown away."""

    extra: Mapped[str | None] = mapped_column(Text, default=None)
