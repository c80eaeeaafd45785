"""Hearing other clients' changes to a server workspace, as they commit.

A plain thread (no Qt: the window connects it to its change stream through
a signal) holds one connection that LISTENs on the workspace's channel and
hands each notice to a callback, in that thread. A lost connection is
retried; once back, the callback hears ``ServerChanges.lost_track()``, since
notices sent meanwhile are gone.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Callable

import psycopg

from safeguard_desktop.store.pg_address import ServerAddress, keyring_password
from safeguard_desktop.store.pg_notify import CHANNEL, ServerChanges

if TYPE_CHECKING:
    from safeguard_desktop.store.pg_workspace import ServerWorkspace

log = logging.getLogger(__name__)

_POLL_S = 0.25  # how often the thread looks up to see whether it should stop
_RETRY_S = 2.0


class ChangeListener:
    def __init__(self, address: ServerAddress, callback: Callable[[ServerChanges], None], *,
                 ignore_client: str | None = None) -> None:
        self._address = address
        self._callback = callback
        self._ignore = ignore_client
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="safeguard-listen", daemon=True)

    def start(self, wait_s: float = 10.0) -> ChangeListener:
        """Start, and return once LISTEN is in place (or ``wait_s`` passed)."""
        self._thread.start()
        self._listening.wait(wait_s)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def _connect(self) -> psycopg.Connection:
        url = self._address.url.set(drivername="postgresql").render_as_string(hide_password=False)
        password = keyring_password(self._address)
        extra = {"password": password} if password is not None else {}
        return psycopg.connect(url, autocommit=True, application_name="safeguard-desktop listener", **extra)

    def _run(self) -> None:
        missed = False
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if missed:
                        self._deliver(ServerChanges.lost_track())
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=_POLL_S):
                            self._deliver_payload(notice.payload)
            except psycopg.OperationalError as exc:
                self._listening.clear()
                missed = True
                log.warning("lost the server's change notices (%s); retrying", str(exc).splitlines()[0] if str(exc) else exc)
                self._stop.wait(_RETRY_S)

    def _deliver_payload(self, text: str) -> None:
        try:
            changes = ServerChanges.from_payload(text)
        except (ValueError, TypeError):
            log.warning("ignored a change notice that is not ours: %.80s", text)
            return
        if self._ignore is not None and changes.client == self._ignore:
            return
        self._deliver(changes)

    def _deliver(self, changes: ServerChanges) -> None:
        try:
            self._callback(changes)
        except Exception:  # noqa: BLE001 - a failing receiver must not end the listening
            log.exception("a receiver of server changes failed")


def follow_server(workspace: ServerWorkspace) -> ChangeListener:
    """A listener handing other clients' commits to ``workspace.feed`` as
    changes made elsewhere (the window refreshes even the page in view)."""
    from safeguard_desktop.store.change_feed import Touched

    def hand_on(changes: ServerChanges) -> None:
        if changes.everything:
            workspace.feed.publish(Touched(everything=True, remote=True))
        else:
            whole = changes.tables if changes.whole_tables else ()
            workspace.feed.publish(Touched.of_records(changes.records, whole, remote=True))

    return ChangeListener(workspace.address, hand_on, ignore_client=workspace.client_id).start()
