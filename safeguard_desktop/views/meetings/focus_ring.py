"""Tab kept inside one widget: the next (or previous) widget within it that
Tab would give the keyboard to, wrapping round at the ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget, within: QWidget) -> bool:
    return (widget is not within and within.isAncestorOf(widget) and widget.isVisibleTo(within)
            and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None)


def next_in(within: QWidget, *, forward: bool = True) -> QWidget | None:
    """Where Tab goes from the focus widget, never outside ``within``."""
    start = within.focusWidget() or within
    widget = start
    for _ in range(1000):  # the focus chain is a ring; this only bounds a broken one
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is start:
            return None
        if _takes_tab(widget, within):
            return widget
    return None
