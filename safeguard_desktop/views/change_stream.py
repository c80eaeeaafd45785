"""The window's side of the workspace's change feed (store/change_feed.py).

``ChangeStream`` turns each commit's ``Touched`` into a Qt signal, in the
GUI thread whichever thread committed (a worker's import, the server
listener's thread). ``PageFollower`` keeps every page in step with it:

- a page on screen that made the change refreshes itself precisely (the
  grid by cell, the meeting screens by what their command names), so the
  stream leaves it alone and never refills a widget under the cursor;
- a change from elsewhere (a sync, another client on a server) refreshes
  the page on screen at once, the grid row by row (``PlanView.follow``);
- a page not on screen is marked stale and read again when next shown;
- the counts beside page names are recounted when their tables change.

Which tables a page shows is said once, in ``FOLLOWS``.
"""

from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from safeguard_desktop.store.change_feed import ChangeFeed, Touched

MEETING_TABLES = frozenset({"meetings", "agenda_items", "attendance", "minutes"})
MEMBERSHIP_TABLES = frozenset({"boards", "groups", "seats", "seat_holdings", "people", "agencies",
                               "standing_items", "quorum_agencies"})
PLAN_TABLES = frozenset({"plans", "plan_entries", "actions", "action_updates"})

FOLLOWS: Mapping[str, frozenset[str]] = {
    "due": PLAN_TABLES | MEETING_TABLES | {"case_reviews", "settings"},
    "plans": PLAN_TABLES | {"import_reports", "people", "agencies", "groups"},
    "self-assessments": frozenset({"plans", "plan_entries", "review_periods", "assessment_answers"}),
    "reviews": frozenset({"case_reviews", "plans", "settings"}),
    "meetings": MEETING_TABLES | MEMBERSHIP_TABLES | {"actions", "action_updates"},
    "action-log": PLAN_TABLES | MEMBERSHIP_TABLES | {"meetings"},
    "attendance": MEETING_TABLES | MEMBERSHIP_TABLES | {"settings"},
    "people": MEMBERSHIP_TABLES,
}


class ChangeStream(QObject):
    """What the open workspace's commits touched, as a signal."""

    changed = Signal(object)  # Touched

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Emitted from the committing thread; Qt queues it to the GUI thread
        # when that is another thread (AutoConnection), so slots run there.
        self._unsubscribe = feed.subscribe(self.changed.emit)

    def close(self) -> None:
        self._unsubscribe()


class PageFollower(QObject):
    """A QObject owned by the window, so a notice still queued when the
    workspace closes dies with its connection instead of reaching an object
    already gone (PySide holds a plain object's slot only weakly)."""

    def __init__(self, pages: Mapping[str, QWidget], current: Callable[[], str | None],
                 recount: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._current = current
        self._recount = recount
        self.stale: set[str] = set()

    @Slot(object)
    def follow(self, touched: Touched) -> None:
        current = self._current()
        badges = False
        for key, page in list(self._pages.items()):
            if not touched.touches(FOLLOWS.get(key, ())):
                continue
            badges = badges or callable(getattr(page, "badge", None))
            if key != current:
                self.stale.add(key)
            elif touched.remote:
                follow = getattr(page, "follow", None)
                follow(touched) if callable(follow) else page.refresh()  # type: ignore[attr-defined]
        if badges:
            self._recount()

    def shown(self, key: str) -> None:
        """A page comes on screen: read again if it missed changes."""
        page = self._pages.get(key)
        if key in self.stale and page is not None:
            self.stale.discard(key)
            page.refresh()  # type: ignore[attr-defined]
