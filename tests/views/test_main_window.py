"""The window, driven as a user would: open a workspace, look at each page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from safeguard_desktop.store.queries.overview import list_meetings, list_plans
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from safeguard_desktop.views.welcome import WelcomeWidget


def _window(qtbot) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # window shortcuts (Ctrl+1..5) need the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _visible_texts(widget) -> set[str]:
    """Every cell text of every table view the user can see on this page."""
    texts: set[str] = set()
    for view in widget.findChildren(QTableView):
        if not view.isVisibleTo(widget):
            continue
        model = view.model()
        for row in range(min(model.rowCount(), 200)):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if value:
                    texts.add(str(value))
    return texts


def test_without_a_workspace_the_window_shows_the_welcome_screen(qtbot):
    window = _window(qtbot)
    assert isinstance(window.centralWidget(), WelcomeWidget)
    assert window.context is None


def test_the_window_lists_the_demo_plans_and_meetings(qtbot, demo_path):
    window = _window(qtbot)
    assert window.open_path(demo_path)
    ws = window.context.workspace
    assert not ws.read_only
    plans = list_plans(ws)
    meetings = list_meetings(ws)
    assert len(plans) >= 3 and len(meetings) >= 6
    nav = window.nav
    labels = [nav.item(i).text() for i in range(nav.count())]
    assert labels[0].startswith("What is due (")  # the first page, with its count
    assert labels[1:] == ["Plans", "Self-assessments", "Case reviews", "Meetings", "Action log", "Attendance",
                          "People & agencies"]

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    shown = _visible_texts(window.pages["plans"])
    assert {p.title for p in plans} <= shown

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["meetings"]
    shown = _visible_texts(window.pages["meetings"])
    assert {m.group for m in meetings} <= shown


def test_an_empty_workspace_shows_what_to_do_next_on_every_page(qtbot, workspace):
    path = workspace.path
    workspace.close()
    window = _window(qtbot)
    assert window.open_path(path)
    from safeguard_desktop.views.widgets.empty_state import EmptyState

    for key in ("plans", "meetings", "action-log"):
        window.show_page(key)
        page = window.pages[key]
        states = [w for w in page.findChildren(EmptyState) if w.isVisibleTo(page)]
        assert states, f"{key} shows no empty state"


def test_a_workspace_held_by_another_program_opens_read_only_with_a_banner(qtbot, workspace, monkeypatch):
    import json

    from PySide6.QtWidgets import QLabel, QMessageBox

    from safeguard_desktop.store.lock import lock_path

    path = workspace.path
    workspace.close()
    lock_path(path).write_text(json.dumps({"user": "sam.sample", "host": "board-office-laptop", "pid": 77,
                                           "since": "2026-11-23T09:30:00+00:00", "program": "x"}))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    window = _window(qtbot)
    assert window.open_path(path)
    assert window.context.read_only
    assert "sam.sample on board-office-laptop" in told[0]
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "sam.sample" in banner.text()
    assert "(read-only)" in window.windowTitle()


def test_a_page_built_while_the_window_is_in_use_opens_no_window_of_its_own(qtbot, demo_path):
    """Pages are built when first shown. A page that put a widget into a
    layout not yet on the page showed that widget as a window of its own for
    a moment, which took the keyboard from the main window: typing then went
    nowhere."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from safeguard_desktop.views.main_window import PAGES

    window = _window(qtbot)
    assert window.open_path(demo_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    opened: list[str] = []

    class WindowsShown(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                    and watched is not window:
                opened.append(type(watched).__name__)
            return False

    spy = WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for key, _ in PAGES:
            window.show_page(key)
            QApplication.processEvents()
            assert QApplication.activeWindow() is window, f"building {key} took the keyboard away"
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert opened == []


def test_opening_backs_the_workspace_up_once_the_window_has_painted(qtbot, demo_path):
    from safeguard_desktop.store.backups import list_backups

    window = _window(qtbot)
    assert window.open_path(demo_path)
    assert list_backups(demo_path) == []  # not on the first paint's path
    qtbot.waitUntil(lambda: len(list_backups(demo_path)) == 1, timeout=5000)
    assert [b.reason for b in list_backups(demo_path)] == ["on-open"]


def test_a_workspace_closed_before_its_backup_on_open_is_not_backed_up_as_another(qtbot, demo_path, tmp_path):
    from safeguard_desktop.store.backups import copy_database, list_backups

    other = tmp_path / "other.sqlite"
    copy_database(demo_path, other)
    window = _window(qtbot)
    assert window.open_path(demo_path)
    window.show_welcome()  # closed at once
    assert window.open_path(other)
    qtbot.waitUntil(lambda: len(list_backups(other)) == 1, timeout=5000)
    qtbot.wait(400)
    assert list_backups(demo_path) == []
    assert [b.reason for b in list_backups(other)] == ["on-open"]
