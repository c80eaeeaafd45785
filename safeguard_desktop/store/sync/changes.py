"""The changes one copy has that the other lacks, read from the audit trail.

Every audit entry is one change. Its identity in every copy is its origin:
the hash of the entry where it was first recorded (an entry merged in from
another copy keeps its origin in ``sync_origins``). Two copies of one
workspace share their trail up to where they parted, so the first place
their hashes differ bounds what must be read; after a sync, each file
remembers where both trails stood (``sync_peers``), and the next sync reads
only what came after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.models import AuditEntry, utc_now
from safeguard_desktop.store.sync.side import Side
from safeguard_desktop.store.sync.tables import sync_origins, sync_peers

_A = AuditEntry.__table__


@dataclass(frozen=True)
class Entry:
    """One audit entry as read from its file."""

    id: int
    at: str
    actor: str
    operation: str
    table: str
    record: str
    field: str | None
    old: Any  # decoded JSON
    new: Any
    context: str | None
    origin: str
    site: str


def entries_after(side: Side, after: int) -> list[Entry]:
    o = sync_origins
    rows = side.conn.execute(
        select(_A.c.id, _A.c.at, _A.c.actor, _A.c.operation, _A.c.table_name, _A.c.record_uuid, _A.c.field,
               _A.c.old_value, _A.c.new_value, _A.c.context, _A.c.hash, o.c.origin, o.c.site)
        .select_from(_A.outerjoin(o, o.c.audit_id == _A.c.id))
        .where(_A.c.id > after).order_by(_A.c.id))
    return [Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], decode(r[7]), decode(r[8]), r[9],
                  r[11] or r[10], r[12] or side.site) for r in rows]


def common_prefix(a: Side, b: Side) -> int:
    """The last audit id where both trails are the same. The chain links
    each entry to the one before, so equal hashes at id k mean equal trails
    up to k: a binary search finds the parting."""
    low, high = 0, min(a.last_entry()[0], b.last_entry()[0])
    while low < high:
        middle = (low + high + 1) // 2
        if a.hash_at(middle) is not None and a.hash_at(middle) == b.hash_at(middle):
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class Window:
    a_after: int
    b_after: int
    remembered: bool  # from the peers' records, not the common prefix


def window(a: Side, b: Side) -> Window:
    """Where to start reading each trail: after the point both files
    recorded at their last sync with each other, when both records agree
    and both entries are still there (a file restored from a backup, or
    copied from another, has records that no longer fit); else after the
    common prefix."""
    mine = _peer(a, b.site)
    theirs = _peer(b, a.site)
    if mine and theirs and (mine["my_last_id"], mine["peer_last_id"]) == (theirs["peer_last_id"], theirs["my_last_id"]):
        if (a.hash_at(mine["my_last_id"]) or "") == mine["my_last_hash"] and \
                (b.hash_at(mine["peer_last_id"]) or "") == mine["peer_last_hash"]:
            return Window(mine["my_last_id"], mine["peer_last_id"], True)
    start = common_prefix(a, b)
    return Window(start, start, False)


def _peer(side: Side, peer_site: str) -> dict[str, Any] | None:
    row = side.conn.execute(select(sync_peers).where(sync_peers.c.peer_site == peer_site)).mappings().first()
    return dict(row) if row else None


def remember_peer(side: Side, other: Side, other_path: str) -> None:
    mine, theirs = side.last_entry(), other.last_entry()
    side.conn.execute(sync_peers.delete().where(sync_peers.c.peer_site == other.site))
    side.conn.execute(sync_peers.insert().values(
        peer_site=other.site, peer_path=other_path, my_last_id=mine[0], my_last_hash=mine[1],
        peer_last_id=theirs[0], peer_last_hash=theirs[1], synced_at=utc_now()))
