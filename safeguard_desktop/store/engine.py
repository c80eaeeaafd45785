"""Creating SQLAlchemy engines over a workspace file, with safe pragmas."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event

from safeguard_desktop.core.text_fold import fold
from safeguard_desktop.store import encryption

BUSY_TIMEOUT_MS = 5000
# Called from SQL as fold(text): searches that must ignore accents and case
# over text the full-text index does not hold (the action log's owners).
FOLD_FUNCTION = "sg_fold"


def make_engine(path: Path, *, read_only: bool, network: bool) -> Engine:
    """Foreign keys on, a busy timeout, and the journal that keeps
    acknowledged edits through a power cut (docs/PLATFORM_FACTS.md, "SQLite:
    journals, power cuts and copies"): WAL with synchronous=FULL locally;
    rollback journal with EXTRA on a share, where WAL's shared memory does
    not work."""
    if read_only:
        url = f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # An encrypted workspace: SQLCipher's module, its key set first.
        **encryption.engine_options(path, read_only=read_only, timeout=BUSY_TIMEOUT_MS / 1000),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so that writes
        # can take the write lock up front (BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        dbapi_conn.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            if network:
                cursor.execute("PRAGMA journal_mode = DELETE")
                cursor.execute("PRAGMA synchronous = EXTRA")
            else:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the lock before their first read, so the audit chain's
        # "last hash" cannot change between reading it and appending to it.
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    # Most text is plain ASCII: lower-casing it is all the folding it needs.
    return text.lower() if text.isascii() else fold(text)
