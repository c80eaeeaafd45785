"""One copy taking part in a sync, a file or a server: its connection (one
transaction for the whole merge), its site id, and the translation between
its integer keys and the uuids that are the same in every copy. The few
plain statements the merge writes go through ``run`` and ``insert``, which
speak each database's dialect."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Sequence

from sqlalchemy import Connection, func, select

from safeguard_desktop.store.models import AuditEntry, new_uuid
from safeguard_desktop.store.sync.schema import SETTINGS, table_info
from safeguard_desktop.store.sync.tables import sync_aliases, sync_site

SITE_KEY = "site_id"
MISSING = object()


class Side:
    def __init__(self, conn: Connection, label: str, *, create: bool = True) -> None:
        self.conn = conn
        self.label = label  # the file's name, for "merged from ..." and messages
        # A server (PostgreSQL) takes %s marks, keeps booleans as booleans,
        # and numbers new rows from sequences; a file (SQLite) none of these.
        self.server = conn.dialect.name == "postgresql"
        self.touched: set[tuple[str, int]] = set()  # (table, id) written: a server tells its clients
        self.site = self._site(create)
        self._uuids: dict[tuple[str, int], str | None] = {}
        self._ids: dict[tuple[str, str], int | None] = {}
        self._loaded: set[str] = set()
        self.aliases: dict[tuple[str, str], str] = {
            (t, f): loc for t, f, loc in conn.execute(select(sync_aliases))}

    # -- site ----------------------------------------------------------
    def _site(self, create: bool) -> str:
        found = self.conn.execute(select(sync_site.c.value).where(sync_site.c.key == SITE_KEY)).scalar()
        return found or (self.new_site() if create else "")

    def new_site(self) -> str:
        """A fresh id: for a new file, or one of two files that were copied
        outside the program and so share one."""
        site = new_uuid()
        self.conn.execute(sync_site.delete().where(sync_site.c.key == SITE_KEY))
        self.conn.execute(sync_site.insert().values(key=SITE_KEY, value=site))
        self.site = site
        return site

    def workspace_uuid(self) -> str | None:
        return self.conn.exec_driver_sql("SELECT value FROM settings WHERE key = 'workspace_uuid'").scalar()

    def last_entry(self) -> tuple[int, str]:
        row = self.conn.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
        return (row[0], row[1]) if row else (0, "")

    def hash_at(self, audit_id: int) -> str | None:
        return self.conn.execute(select(AuditEntry.hash).where(AuditEntry.id == audit_id)).scalar()

    def count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(AuditEntry.__table__)).scalar() or 0

    # -- plain statements -------------------------------------------------
    def run(self, statement: str, params: Sequence[Any] | list[Sequence[Any]] = ()) -> Any:
        """A statement written with ? marks, in this database's dialect."""
        if self.server:
            statement = statement.replace("?", "%s")
        return self.conn.exec_driver_sql(statement, params)  # type: ignore[arg-type]

    def insert(self, statement: str, params: Sequence[Any]) -> int:
        """An INSERT, returning the new row's id."""
        if self.server:
            return int(self.run(statement + " RETURNING id", params).scalar())
        return int(self.run(statement, params).lastrowid)

    def stored(self, value: Any) -> Any:
        """A value as this database keeps it (what the models' Date and
        Boolean types write: SQLite keeps text and integers)."""
        if isinstance(value, bool):
            return value if self.server else int(value)
        if isinstance(value, (date, datetime)):
            return value if self.server else value.isoformat()
        return value

    def audit_ids(self, count: int, last_id: int) -> list[int]:
        """Ids for ``count`` new audit entries after ``last_id``. A server
        numbers them from its sequence (a person's role may use it, not
        set it), so the next writer's entry follows; the chain's lock,
        held by the sync, keeps them in order."""
        if not self.server:
            return list(range(last_id + 1, last_id + count + 1))
        return list(self.conn.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('audit', 'id')) FROM generate_series(1, %s) ORDER BY 1",
            (count,)).scalars())

    # -- keys and uuids --------------------------------------------------
    def _load(self, table: str) -> None:
        """Every key and uuid of a table in one read: a sync asks about many
        records of few tables."""
        if table in self._loaded:
            return
        self._loaded.add(table)
        for record_id, uuid in self.conn.exec_driver_sql(f"SELECT id, uuid FROM {table}"):
            self._uuids.setdefault((table, record_id), uuid)
            self._ids.setdefault((table, uuid), record_id)

    def uuid_of(self, table: str, record_id: int) -> str | None:
        self._load(table)
        return self._uuids.get((table, record_id))

    def id_of(self, table: str, uuid: str) -> int | None:
        self._load(table)
        return self._ids.get((table, uuid))

    def learn(self, table: str, record_id: int, uuid: str) -> None:
        self._ids[(table, uuid)] = record_id
        self._uuids[(table, record_id)] = uuid

    def forget(self, table: str, uuid: str) -> None:
        record_id = self._ids.pop((table, uuid), None)
        self._ids[(table, uuid)] = None
        if record_id is not None:
            self._uuids[(table, record_id)] = None

    def local_uuid(self, table: str, uuid: str) -> str:
        """The uuid this file knows a record by (another copy may have added
        the same register line under a uuid of its own)."""
        return self.aliases.get((table, uuid), uuid)

    # -- values between copies -------------------------------------------
    def canonical(self, table: str, field: str, value: Any) -> Any:
        """A stored value (decoded from the trail) as every copy can read
        it: a link becomes the linked record's uuid."""
        info = table_info(table)
        if value is None or info is None or field not in info.links:
            return value
        try:
            found = self.uuid_of(info.links[field], int(value))
        except (TypeError, ValueError):
            return value
        return {"uuid": found} if found else value

    def local(self, table: str, field: str, value: Any) -> Any:
        """A canonical value as this file stores it (MISSING when it links
        to a record this file does not have)."""
        info = table_info(table)
        if value is None or info is None:
            return value
        if field in info.links:
            if isinstance(value, dict) and "uuid" in value:
                found = self.id_of(info.links[field], self.local_uuid(info.links[field], value["uuid"]))
                return MISSING if found is None else found
            return value
        if field in info.dates and isinstance(value, str):
            return date.fromisoformat(value[:10])
        return value

    def canonical_snapshot(self, table: str, snapshot: dict[str, Any]) -> dict[str, Any]:
        return {k: self.canonical(table, k, v) for k, v in snapshot.items()}

    def identity(self, table: str, record: str, snapshot: dict[str, Any] | None) -> str:
        """A record's name in every copy: its uuid; a setting's key; a link
        row without a uuid by the records it links (canonical snapshot)."""
        info = table_info(table)
        if table == SETTINGS or (info is not None and info.has_uuid) or snapshot is None:
            return record
        return f"{table}:" + json.dumps(sorted(snapshot.items()), sort_keys=True, default=str)
