"""The window's pages as the navigation lists them, without loading them.

Importing every page's module (and through them the grid, the meeting room,
the register, the exports they offer) took a third of a second of every
start, though a workspace opens on one page. The navigation needs only each
page's key, its name and whether it keeps a count; a page's module is
imported when the page is first built (docs/ARCHITECTURE.md, "Start-up").
``tests/views/test_page_index.py`` checks that what is said here of each
page's class (a count, Meeting menu actions) is what the class has.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from safeguard_desktop.views.context import AppContext


@dataclass(frozen=True)
class PageEntry:
    key: str  # as `shot --page` and `window.pages[...]` name it
    module: str  # in views/pages/, imported when the page is first built; holds the page's class, named after it
    title: str  # in the "Words" context: the navigation shows it translated
    counted: bool = False  # the page has a ``badge()``: a count shown beside its name
    menu: bool = False  # the page has ``menu_actions()`` for the Meeting menu

    def page_class(self) -> type[QWidget]:
        """The class named after its module: ``due_page`` holds ``DuePage``."""
        name = "".join(part.title() for part in self.module.split("_"))
        return getattr(importlib.import_module(_PAGES + self.module), name)  # type: ignore[no-any-return]

    def __call__(self, context: AppContext) -> QWidget:
        """The page, built on ``context`` (its module imported if it was not)."""
        return self.page_class()(context)  # type: ignore[call-arg]


_PAGES = "safeguard_desktop.views.pages."
ENTRIES = (
    PageEntry("due", "due_page", QT_TRANSLATE_NOOP("Words", "What is due"), counted=True),
    PageEntry("plans", "plans_page", QT_TRANSLATE_NOOP("Words", "Plans")),
    PageEntry("self-assessments", "self_assessment_page", QT_TRANSLATE_NOOP("Words", "Self-assessments")),
    PageEntry("reviews", "reviews_page", QT_TRANSLATE_NOOP("Words", "Case reviews")),
    PageEntry("meetings", "meetings_page", QT_TRANSLATE_NOOP("Words", "Meetings"), menu=True),
    PageEntry("action-log", "action_log_page", QT_TRANSLATE_NOOP("Words", "Action log")),
    PageEntry("attendance", "attendance_page", QT_TRANSLATE_NOOP("Words", "Attendance")),
    PageEntry("people", "people_page", QT_TRANSLATE_NOOP("Words", "People & agencies")),
)
