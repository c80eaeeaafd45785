"""A workspace kept in a PostgreSQL database, for a council with a server.

Opening by address does what fits a server and none of what fits a file:
no lock file (several people edit at once, each write checked against the
record's version, store/pg_stale.py), no backup by copy (pg_dump is the
database administrator's), no header bytes or file permissions to check.
Every write is still one audited transaction; the audit chain's appends
are serialised by an advisory lock (store/audit.py), and each commit tells
the other clients what changed (store/pg_notify.py).

``open_server_workspace`` and ``create_server_workspace`` are the one way in
for anything that works with a server workspace (the commands, the window,
sync between a file and a server).
"""

from __future__ import annotations

import os
import uuid as uuid_module
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from safeguard_desktop.errors import NewerWorkspaceError, UserError, WorkspaceClosedError, WriteFailedError
from safeguard_desktop.store import migrations
from safeguard_desktop.store.models import new_uuid, utc_now
from safeguard_desktop.store.pg_address import ServerAddress, keyring_password, parse_server_address
from safeguard_desktop.store.pg_listen import ChangeListener, follow_server
from safeguard_desktop.store.pg_notify import notify_changes
from safeguard_desktop.store.pg_stale import StaleRecordError
from safeguard_desktop.store.pg_target import is_server_address
from safeguard_desktop.store.transaction import Tx
from safeguard_desktop.store.workspace import Workspace, create_workspace, open_workspace

CONNECT_TIMEOUT_S = 10


class ServerWorkspace(Workspace):
    """A workspace on a server. ``path`` is its address (``str()`` gives it
    as typed, ``.name`` a short form for titles)."""

    on_server = True  # no file: no lock, no backups by copy, no header

    def __init__(self, address: ServerAddress, engine: Engine) -> None:
        # The base keeps a file's companions by its path (the chain's head
        # beside it); a server has none: a name that is no file stands in
        # while the base is set up, and the file-only helpers are switched off.
        super().__init__(Path(os.devnull), engine, read_only=False, lock=None, holder=None, network=True)
        self._heads = _NoHeadFile()
        self.path = address  # type: ignore[assignment]
        self.address = address
        # Tells this client's own notifications from other people's.
        self.client_id = uuid_module.uuid4().hex
        self._listener: ChangeListener | None = None

    def follow_others(self) -> None:
        """Hear other clients' commits and hand them to this workspace's
        change feed, as the window's pages follow it (store/change_feed.py)."""
        if self._listener is None:
            self._listener = follow_server(self)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        super().close()

    @contextmanager
    def transaction(self, context: str | None = None) -> Iterator[Tx]:
        if self.closed:
            raise WorkspaceClosedError(f"{self.address} was closed; the change was not written")
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                tx = Tx(session, self.actor, context)
                with session.begin():
                    yield tx
                    notify_changes(session, tx.changes, self.client_id)
        except StaleDataError as exc:
            # Written at commit rather than field by field (a delete, a new
            # row's links): the same refusal, without the field's value.
            raise StaleRecordError("Someone else changed a record of this step while you were making it; "
                                   "nothing of it was saved. Look again and make the change again.",
                                   table="", record_id=0, field=None, current=None) from exc
        except OperationalError as exc:
            raise WriteFailedError(f"Your change could not be saved ({_reason(exc)}); nothing of it was "
                                   "written. Check the connection to the server, then make the change again.") from exc
        feed = getattr(self, "feed", None)  # the workspace's change feed (store/change_feed.py)
        if feed is not None:
            feed.publish(tx.touched())


class _NoHeadFile:
    """A server workspace keeps no copy of the chain's head beside a file:
    its chain is checked whole, on the server (store/pg_check.py)."""

    def note(self, head: object) -> None:
        pass

    def flush(self) -> None:
        pass


def connect_arguments(address: ServerAddress) -> dict[str, Any]:
    arguments: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "safeguard-desktop"}
    password = keyring_password(address)
    if password is not None:
        arguments["password"] = password  # never in the URL, so never in a log line
    return arguments


def server_engine(address: ServerAddress) -> Engine:
    return create_engine(address.engine_url(), connect_args=connect_arguments(address), pool_pre_ping=True)


def open_server_workspace(address: ServerAddress | str) -> ServerWorkspace:
    """The workspace in the database at ``address``, its schema brought up
    to date; refused if the database holds something else or is empty."""
    address = parse_server_address(address) if isinstance(address, str) else address
    engine = server_engine(address)
    try:
        state = _schema_state(engine, address)
        if state == "empty":
            raise UserError(f"The database {address} holds no workspace yet. Make one there with "
                            f"'safeguard-desktop demo {address}', or copy a workspace into it.")
        if state != "current":
            migrations.upgrade(engine)  # the database administrator's pg_dump is the backup beforehand
    except BaseException:
        engine.dispose()
        raise
    return ServerWorkspace(address, engine)


def create_server_workspace(address: ServerAddress | str, *, board_name: str | None = None) -> ServerWorkspace:
    """A new, empty workspace in the (empty) database at ``address``."""
    address = parse_server_address(address) if isinstance(address, str) else address
    engine = server_engine(address)
    try:
        if _schema_state(engine, address) != "empty":
            raise UserError(f"The database {address} already holds tables: a workspace is only made in an "
                            "empty database. Open it instead, or ask for a new database.")
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings(key, value) VALUES ('workspace_uuid', :u), ('created_at', :c)"),
                         {"u": new_uuid(), "c": utc_now()})
    except BaseException:
        engine.dispose()
        raise
    workspace = ServerWorkspace(address, engine)
    if board_name:
        from safeguard_desktop.store.ops.org import create_board

        create_board(workspace, name=board_name)
    return workspace


def prepare_server_workspace(address: ServerAddress | str) -> bool:
    """Make a new, empty workspace in the database at ``address`` if it is
    empty (one the database administrator made for it); True if made.
    Anything else there is left for opening to judge."""
    address = parse_server_address(address) if isinstance(address, str) else address
    engine = server_engine(address)
    try:
        empty = _schema_state(engine, address) == "empty"
    finally:
        engine.dispose()
    if empty:
        create_server_workspace(address).close()
    return empty


def open_target(target: Path | ServerAddress | str, *, read_only: bool = False,
                backup_on_open: bool = True) -> Workspace:
    """A file's path or a server's address, opened the way that fits it.
    A server workspace is never read-only for a reader: the database's
    own grants decide what a role may write."""
    if isinstance(target, ServerAddress) or is_server_address(target):
        return open_server_workspace(target)  # type: ignore[arg-type]
    return open_workspace(Path(target), read_only=read_only, backup_on_open=backup_on_open)


def create_target(target: Path | ServerAddress, *, board_name: str | None = None) -> Workspace:
    if isinstance(target, ServerAddress):
        return create_server_workspace(target, board_name=board_name)
    return create_workspace(target, board_name=board_name)


def _schema_state(engine: Engine, address: ServerAddress) -> str:
    """"empty", "current" or "older"; a database of something else, or of a
    newer version of the program, is refused untouched."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = migrations.current_revision(conn)
    except DBAPIError as exc:
        raise UserError(f"Cannot reach the workspace at {address}: {_reason(exc)}. Check the address, that "
                        "the server is running, and that your password is in your password file "
                        "(PGPASSFILE or ~/.pgpass).") from exc
    if not tables:
        return "empty"
    if current is None or "audit" not in tables:
        raise UserError(f"The database {address} holds tables, but not a safeguard-desktop workspace; "
                        "it was left as it is.")
    if current == migrations.head_revision():
        return "current"
    if current not in migrations.known_revisions():
        raise NewerWorkspaceError(f"{address} was written by a newer version of safeguard-desktop (schema "
                                  f"revision {current}). It was left unchanged: install the newer version.")
    return "older"


def _reason(exc: DBAPIError) -> str:
    # libpq's first line says what went wrong; the rest repeats the address.
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(getattr(exc, "orig", exc)).strip() else type(exc).__name__
