"""One stream of what changed in a workspace, whoever changed it.

Every write transaction publishes what it touched once it has committed
(never before: a listener must not show a change the file does not hold).
Changes that arrive from elsewhere come in through the same feed: another
client's commit on a server (heard by LISTEN/NOTIFY) and a sync merging a
copy's edits. The window turns the feed into a Qt signal that every page
follows (views/change_stream.py); the store itself knows nothing of Qt.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable, Iterable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Touched:
    """What one commit (or one notice from elsewhere) touched.

    ``records`` names rows by table and id; ``whole`` names tables whose
    rows may all have changed (a bulk import, a notice too long to list
    them); ``everything`` says nothing can be told (a server connection
    lost and regained). ``remote`` is True when the change was not made by
    this window: a page then refreshes even the view being looked at.
    """

    records: frozenset[tuple[str, int]] = frozenset()
    whole: frozenset[str] = frozenset()
    everything: bool = False
    remote: bool = False

    @classmethod
    def of_records(cls, records: Iterable[tuple[str, int]], whole: Iterable[str] = (), *,
                   remote: bool = False) -> Touched:
        return cls(frozenset(records), frozenset(whole), False, remote)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _ in self.records) | self.whole

    def touches(self, tables: Iterable[str]) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[int] | None:
        """The ids of ``table`` touched; None when any of them may have been."""
        if self.everything or table in self.whole:
            return None
        return frozenset(record_id for name, record_id in self.records if name == table)

    def __bool__(self) -> bool:
        return self.everything or bool(self.records) or bool(self.whole)


Listener = Callable[[Touched], None]


class ChangeFeed:
    """Listeners hear each commit's ``Touched`` in the thread that committed
    (or that heard the notice); the window's bridge hands it to the GUI
    thread. A listener that raises is logged and the others still hear."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start hearing changes; returns the call that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, touched: Touched) -> None:
        if not touched:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(touched)
            except Exception:  # noqa: BLE001 - one broken listener must not stop the rest hearing
                log.exception("a change listener failed")
