"""The window's pages, each built the first time it is needed.

Building all eight pages when a workspace opened read every page's records
(what is due, the plans, the meetings, the register, the people...) before
the window could paint: about half of the start-up time on the demo
workspace. Now only the page on screen is built; the others are built when
first shown, or when code asks for them by key (``window.pages["meetings"]``),
so a caller never sees the difference except in time.

``Pages`` is a dict of the pages built so far: ``pages[key]`` builds a page
that is not there yet, while ``pages.get(key)``, ``values()`` and ``items()``
see only the built ones, which is what refreshing, flushing and counting
want (a page not built yet has nothing to refresh or save).
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtWidgets import QStackedWidget, QWidget


class Pages(dict[str, QWidget]):
    def __init__(self, keys: Iterable[str], build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self.keys_in_order = list(keys)
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        if key not in self.keys_in_order:
            raise KeyError(key)
        page = self._build(key)
        self[key] = page
        return page

    def build(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        return self[key]


def put_in_place(stack: QStackedWidget, index: int, page: QWidget) -> None:
    """Put ``page`` where its placeholder stands in the stack, keeping the
    stack's current index where it was."""
    current = stack.currentIndex()
    placeholder = stack.widget(index)
    stack.insertWidget(index, page)
    if placeholder is not None:
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
    if current >= 0:
        stack.setCurrentIndex(current)
