"""Telling the other clients of a server workspace what a commit changed.

``pg_notify`` runs in the writing transaction, so PostgreSQL delivers the
notice when (and only if) the change commits. The payload is JSON: the
writing client's id (so it can ignore its own), and the (table, id) of
each changed record; a step too large for one notice (PostgreSQL takes at
most 8000 bytes) names only its tables, and listeners reload those.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

CHANNEL = "safeguard_changes"
_MAX_PAYLOAD = 7000  # bytes, under PostgreSQL's 8000 with room for the channel name


@dataclass(frozen=True)
class ServerChanges:
    """What another client's commit changed, as a listener hears it."""

    client: str
    records: tuple[tuple[str, int], ...]  # (table, id)
    tables: frozenset[str]
    whole_tables: bool  # True: too many to name; reload what shows these tables

    @classmethod
    def from_payload(cls, payload: str) -> ServerChanges:
        data: dict[str, Any] = json.loads(payload)
        records = tuple((str(t), int(i)) for t, i in data.get("records", ()))
        tables = frozenset(data.get("tables", ())) | {t for t, _ in records}
        return cls(str(data.get("client", "")), records, tables, bool(data.get("whole_tables", False)))

    @property
    def everything(self) -> bool:
        """Nothing can be told: reload all (after a lost connection)."""
        return self.whole_tables and not self.tables

    @classmethod
    def lost_track(cls) -> ServerChanges:
        """Sent after the listener lost its connection: notices may have been missed."""
        return cls("", (), frozenset(), True)


def payload(changes: Iterable[Any], client_id: str) -> str | None:
    records = sorted({(c.table, int(c.record_id)) for c in changes})
    if not records:
        return None
    text_ = json.dumps({"client": client_id, "records": records}, separators=(",", ":"))
    if len(text_.encode()) <= _MAX_PAYLOAD:
        return text_
    return json.dumps({"client": client_id, "tables": sorted({t for t, _ in records}), "whole_tables": True},
                      separators=(",", ":"))


def notify_changes(session: Session, changes: Iterable[Any], client_id: str) -> None:
    message = payload(changes, client_id)
    if message is not None:
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": message})
