"""The database roles the README asks a council for are enough: an owner
makes the workspace, and a person's role with only the README's grants
opens it, edits, hears others and checks it."""

from __future__ import annotations

import queue
import uuid

from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.pg_check import check_server
from safeguard_desktop.store.pg_listen import ChangeListener
from safeguard_desktop.store.pg_workspace import open_server_workspace, prepare_server_workspace

README_GRANTS = """
GRANT CONNECT ON DATABASE {db} TO {clerk};
GRANT USAGE ON SCHEMA public TO {clerk};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {clerk};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {clerk};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {clerk};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {clerk};
"""


def test_a_person_with_only_the_readmes_grants_can_work(pg_server) -> None:  # type: ignore[no-untyped-def]
    suffix = uuid.uuid4().hex[:8]
    owner, clerk, db = f"owner_{suffix}", f"clerk_{suffix}", f"board_{suffix}"
    pg_server.psql(f"CREATE ROLE {owner} LOGIN; CREATE ROLE {clerk} LOGIN")
    pg_server.psql(f"CREATE DATABASE {db} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0")
    pg_server.psql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    as_owner, as_clerk = pg_server.url(db, owner), pg_server.url(db, clerk)
    assert prepare_server_workspace(as_owner)
    pg_server.psql(f"SET ROLE {owner};" + README_GRANTS.format(db=db, clerk=clerk), db)
    heard: queue.Queue = queue.Queue()
    with open_server_workspace(as_owner) as owners, open_server_workspace(as_clerk) as clerks:
        listener = ChangeListener(clerks.address, heard.put, ignore_client=clerks.client_id).start()
        try:
            agency_id = create_agency(clerks, name="Heddlu Gwent", sector="police")
            set_field(clerks, Agency, agency_id, "short_name", "HG")
            set_field(owners, Agency, agency_id, "short_name", "Gwent")
            assert heard.get(timeout=10).records == (("agencies", agency_id),)
        finally:
            listener.stop()
    assert check_server(clerks.address) == []
