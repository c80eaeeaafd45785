"""Every control reachable by keyboard and named for a screen reader.

The test walks each page of the demo workspace as a keyboard user does:
Tab from the navigation pane, and Ctrl+Tab to leave a table that keeps Tab
for moving between its own cells (as a spreadsheet does). Every widget that
takes focus must be reached, none may trap the keyboard, and each must have
a name a screen reader can speak: its own accessible name, the text of a
label made its buddy, or the words on a button, check box or tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from safeguard_desktop.views.main_window import PAGES, MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner

MAX_STEPS = 120


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a control is (not what it holds)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "").strip()
    return ""


def _takes_tab_focus(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return (policy & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and widget.focusProxy() is None


def walk(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    app = QApplication.instance()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    assert app.focusWidget() is start
    visited: list[QWidget] = []
    for _ in range(MAX_STEPS):
        before = app.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        if app.focusWidget() is before:
            # A table or text box that keeps Tab for itself: Ctrl+Tab leaves it.
            QTest.keyClick(before, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        now = app.focusWidget()
        assert now is not before, f"the keyboard is trapped in {type(before).__name__} {spoken_name(before)!r}"
        if now is start or now in visited:
            return visited
        visited.append(now)
    raise AssertionError("Tab never came back round to where it started")


def check_page(page: QWidget, visited: list[QWidget]) -> None:
    unnamed = [f"{type(w).__name__}" for w in visited if not spoken_name(w).strip()]
    assert not unnamed, f"controls without a name a screen reader can speak: {unnamed}"
    unreached = [f"{type(w).__name__} {spoken_name(w)!r}" for w in page.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and _takes_tab_focus(w) and w not in visited]
    assert not unreached, f"controls Tab never reaches: {unreached}"


@pytest.mark.parametrize("key", [key for key, _ in PAGES])
def test_every_page_is_walked_by_tab_and_every_control_has_a_name(qtbot, demo_path, key):
    window = _window(qtbot, demo_path)
    window.nav.setCurrentRow([k for k, _ in PAGES].index(key))
    page = window.pages[key]
    visited = walk(window.nav)
    check_page(page, [w for w in visited if page.isAncestorOf(w)])


def test_the_meeting_room_is_walked_by_tab_and_named(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    window.nav.setCurrentRow([k for k, _ in PAGES].index("meetings"))
    page = window.pages["meetings"]
    table = page.section.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.isVisible())
    visited = walk(window.nav)
    check_page(page, [w for w in visited if page.isAncestorOf(w)])


def test_rag_cells_are_read_as_words_not_colours(qtbot, demo_path):
    from safeguard_desktop.views.grid.action_table_model import COL_RAG

    window = _window(qtbot, demo_path)
    window.nav.setCurrentRow([k for k, _ in PAGES].index("plans"))
    model = window.pages["plans"].plan_view.grid.model()
    spoken = {model.index(row, COL_RAG).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(model.rowCount())}
    rated = {word for word in spoken if word}
    assert {"RAG rating: Red", "RAG rating: Amber", "RAG rating: Green"} <= rated, rated
    iface = QAccessible.queryAccessibleInterface(window.pages["plans"].plan_view.grid)
    assert iface.text(QAccessible.Text.Name)


def test_high_contrast_is_chosen_under_view_and_remembered(qtbot, demo_path):
    from PySide6.QtGui import QPalette

    from safeguard_desktop.views import settings as keys

    window = _window(qtbot, demo_path)
    app = QApplication.instance()
    before = app.palette().color(QPalette.ColorRole.Window)
    try:
        window.high_contrast_action.trigger()
        assert window.settings.get(keys.HIGH_CONTRAST) is True
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert app.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
        assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
        assert "QListWidget#navigation" in app.styleSheet() and "#FFFF00" in app.styleSheet()
        # A flagged seat's pale pink fill keeps dark text, never the palette's white.
        attendance = window.pages["attendance"].models["group"]
        flagged = [row for row in range(attendance.rowCount())
                   if attendance.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None]
        assert flagged
        ink = attendance.index(flagged[0], 0).data(Qt.ItemDataRole.ForegroundRole)
        assert ink.color().name() == "#111111"
        window.high_contrast_action.trigger()
        assert window.settings.get(keys.HIGH_CONTRAST) is False
        assert app.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
    finally:
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
    assert before.isValid()


def test_the_style_sheet_grows_with_the_system_font():
    from safeguard_desktop.views.accessibility import house_sheet, scaled_to_font

    sheet = house_sheet()
    assert "font-size: 11pt" in sheet  # the navigation pane, drawn for a 9 pt system font
    assert "font-size: 11.0pt" in scaled_to_font(sheet, 9.0)
    assert "font-size: 22.0pt" in scaled_to_font(sheet, 18.0)
    assert "font-size: 21.0pt" in scaled_to_font(sheet, 18.0)  # the empty-state advice, 10.5 pt at 9
