"""Keyboard and screen-reader access that holds for every page.

- **No keyboard trap.** Editable tables keep Tab for moving cell to cell, as
  a spreadsheet does; Ctrl+Tab (Ctrl+Shift+Tab backwards) then leaves the
  table for the next control, the convention Qt's own text boxes follow.
  The escape goes through Qt's ordinary Tab handling, so a page that keeps
  Tab inside itself (a meeting being recorded) still does.
- **High contrast.** A palette of black, white and yellow with no tints, for
  users who set their system to high contrast or cannot read pale blue on
  grey; chosen under View and remembered.
- **The system's font size.** The style sheet sizes text relative to the
  application font rather than in fixed points, so a larger system font
  makes the whole window larger.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QBoxLayout, QLabel, QWidget

from safeguard_desktop.paths import ui_dir

def add_labelled(layout: QBoxLayout, text: str, widget: QWidget) -> QLabel:
    """A label and the control it names, side by side; the label is the
    control's buddy, so a screen reader says "Group, combo box", not just
    the choice it shows."""
    label = QLabel(text)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)
    return label


KEEPS_TAB = "keeps_tab"  # a view's property: Tab is one of its own commands (the outline's indent)


class TabEscape(QObject):
    """Ctrl+Tab out of any item view that keeps Tab, for its cells or for a
    command of its own. A view that lets Tab go keeps Ctrl+Tab for whatever
    its page does with it (the register's Ctrl+Tab goes to the minutes)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractItemView):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        mods = key_event.modifiers()
        # Qt.Key is named only here, at the first key pressed: PySide6 builds the
        # Python enum of its 480 keys when first named, a cost the start need not pay.
        if key_event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or not mods & Qt.KeyboardModifier.ControlModifier:
            return False
        keeps_tab = watched.tabKeyNavigation()
        if not keeps_tab and not watched.property(KEEPS_TAB):
            return False
        backwards = key_event.key() == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
        watched.setTabKeyNavigation(False)
        try:
            # With the view no longer keeping Tab, Qt moves focus on through
            # the focus chain and any page's own rule for it.
            watched.focusNextPrevChild(not backwards)
        finally:
            watched.setTabKeyNavigation(keeps_tab)
        return True


def install_tab_escape(app: QApplication) -> None:
    """Once per application, whoever builds the first window."""
    if app.property("safeguard_tab_escape"):
        return
    escape = TabEscape(app)
    app.installEventFilter(escape)
    app.setProperty("safeguard_tab_escape", True)


INK = QBrush(QColor("#111111"))


def ink_on_fill(index: QModelIndex | QPersistentModelIndex) -> QBrush | None:
    """Dark text on any cell its model fills with a colour. The fills are
    pale (RAG, flags, marks), so the palette's text colour is wrong on them
    whenever it is light: in high contrast it would be white on pink."""
    return INK if index.data(Qt.ItemDataRole.BackgroundRole) is not None else None


def high_contrast_palette() -> QPalette:
    black, white, yellow, cyan = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFFF00"), QColor("#00FFFF")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
            (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1A1A1A")),
            (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
            (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.Highlight, yellow),
            (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.ToolTipBase, black),
            (QPalette.ColorRole.ToolTipText, white), (QPalette.ColorRole.Link, cyan),
            (QPalette.ColorRole.PlaceholderText, QColor("#D0D0D0")), (QPalette.ColorRole.BrightText, yellow),
        ):
            palette.setColor(group, role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9A9A9A"))
    return palette


# In high contrast the style sheet's own tints give way to the palette.
HIGH_CONTRAST_SHEET = """
QWidget { background: #000000; color: #FFFFFF; }
QListWidget#navigation { background: #000000; color: #FFFFFF; border-right: 2px solid #FFFFFF; }
QListWidget#navigation::item:selected { background: #FFFF00; color: #000000; border-left: 3px solid #FFFFFF; }
QTableView { gridline-color: #FFFFFF; selection-background-color: #FFFF00; selection-color: #000000; }
QHeaderView::section { background: #000000; color: #FFFFFF; border: 1px solid #FFFFFF; }
*:focus { outline: 2px solid #FFFF00; }
QLabel#emptyAdvice { color: #FFFFFF; }
QLabel#openingNote { color: #FFFFFF; }
QLabel#attendanceFlags { color: #FF9E9E; }
"""

_POINTS = re.compile(r"font-size:\s*([0-9.]+)pt")


def scaled_to_font(sheet: str, base_points: float, designed_for: float = 9.0) -> str:
    """The style sheet's fixed point sizes, scaled by how much larger (or
    smaller) the system font is than the one the sheet was drawn for."""
    factor = base_points / designed_for if base_points > 0 else 1.0
    return _POINTS.sub(lambda m: f"font-size: {float(m.group(1)) * factor:.1f}pt", sheet)


def house_sheet() -> str:
    style = ui_dir() / "style.qss"
    return style.read_text(encoding="utf-8") if style.exists() else ""


def apply_look(app: QApplication, sheet: str, high_contrast: bool) -> None:
    """The window's look: the house style sized to the system font, or high
    contrast over it."""
    base = app.font().pointSizeF()
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(scaled_to_font(sheet, base) + HIGH_CONTRAST_SHEET)
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(scaled_to_font(sheet, base))
