"""The sync's own bookkeeping tables (made by db/versions/0007_sync.py).

They sit outside the audited models on purpose: they describe the file's
place among its copies (its site id, how far it has merged each peer, where
each merged change came from, conflicts waiting for a person), not the
board's records, so ``check`` does not replay them and a sync never sends
them as changes. A conflict's resolution is audited through the field it
sets.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

SYNC_METADATA = MetaData()

# One row: this file's site id. A file copied outside the program keeps it,
# so a sync that meets its own id on the other side gives one side a new one.
sync_site = Table(
    "sync_site", SYNC_METADATA,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# How far this file has merged each peer: the last audit entry of each side
# (id and hash) when they were last equal, so a sync with nothing new stops
# at once and the next one reads only what came after.
sync_peers = Table(
    "sync_peers", SYNC_METADATA,
    Column("peer_site", String(36), primary_key=True),
    Column("peer_path", Text),
    Column("my_last_id", Integer, nullable=False),
    Column("my_last_hash", String(64), nullable=False),
    Column("peer_last_id", Integer, nullable=False),
    Column("peer_last_hash", String(64), nullable=False),
    Column("synced_at", String(32), nullable=False),
)

# A merged audit entry's identity: the hash of the entry where the change
# was first recorded, and that file's site. Entries written here first have
# no row: their identity is their own hash.
sync_origins = Table(
    "sync_origins", SYNC_METADATA,
    Column("audit_id", Integer, primary_key=True, autoincrement=False),
    Column("origin", String(64), nullable=False),
    Column("site", String(36)),
)

# One field changed differently on two copies. The same row (same uuid) is
# kept in both files; values are JSON with links as the linked record's uuid.
sync_conflicts = Table(
    "sync_conflicts", SYNC_METADATA,
    Column("uuid", String(36), primary_key=True),
    Column("table_name", String(60), nullable=False),
    Column("record_uuid", String(200), nullable=False),
    Column("field", String(60), nullable=False),
    Column("left_site", String(36), nullable=False),
    Column("left_value", Text),
    Column("left_actor", String(200)),
    Column("left_at", String(32)),
    Column("right_site", String(36), nullable=False),
    Column("right_value", Text),
    Column("right_actor", String(200)),
    Column("right_at", String(32)),
    Column("found_at", String(32), nullable=False),
    Column("resolved_at", String(32)),
    Column("resolved_by", String(200)),
    Column("resolution", Text),
)

# A record both copies added under different uuids where only one may be
# (one register line per seat and meeting, one minute per agenda item):
# the other copy's uuid, and the uuid the record has in this file.
sync_aliases = Table(
    "sync_aliases", SYNC_METADATA,
    Column("table_name", String(60), primary_key=True),
    Column("foreign_uuid", String(36), primary_key=True),
    Column("local_uuid", String(36), nullable=False),
)

