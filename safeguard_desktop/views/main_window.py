"""The main window: a navigation pane, one page per area, and the menus."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop import APP_NAME, __version__
from safeguard_desktop.errors import DamagedWorkspaceError, UserError
from safeguard_desktop.views import settings as keys
from safeguard_desktop.views.accessibility import apply_look, house_sheet, install_tab_escape
from safeguard_desktop.views.change_stream import ChangeStream, PageFollower
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.open_check import START_DELAY_MS, verify_in_background
from safeguard_desktop.views.lazy_pages import Pages, put_in_place
from safeguard_desktop.views.page_index import ENTRIES
from safeguard_desktop.views import encryption_actions
from safeguard_desktop.views import sync_actions
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import TaskRunner
from safeguard_desktop.views.undo_floor import FlooredUndo
from safeguard_desktop.views.welcome import WelcomeWidget
from safeguard_desktop.views.server_open import open_server
from safeguard_desktop.views.workspace_actions import WorkspaceActions
from safeguard_desktop.views.i18n import translate, word
from safeguard_desktop.views.on_demand import on_demand
from safeguard_desktop.views.language_menu import add_language_menu

if TYPE_CHECKING:
    from safeguard_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

BADGE_DELAY_MS = 300

# (key used by `shot --page`, the page's entry: calling it builds the page); the
# order of the navigation pane, the first being the page a workspace opens on.
PAGES = tuple((entry.key, entry) for entry in ENTRIES)
_DIALOGS = "safeguard_desktop.views.dialogs."


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, tasks: TaskRunner | None = None, *,
                 welcome: bool = True) -> None:
        """``welcome=False`` when a workspace is opened at once: the caller
        shows the welcome screen only if it does not open."""
        super().__init__()
        self.settings = settings or Settings()
        self.tasks = tasks or TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.context: AppContext | None = None
        self.pages: dict[str, QWidget] = {}
        self.actions_ = WorkspaceActions(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1400, 860)
        install_tab_escape(QApplication.instance())  # type: ignore[arg-type]
        self._build_menus()
        self.add_file_action(self.tr("New &plan…"), self._new_plan, writes=True)
        self.add_file_action(self.tr("Start ne&xt year's plan…"), self._next_year, writes=True)
        # The dialogs' modules are imported when first chosen (views/on_demand.py).
        self.add_file_action(translate("ImportDialog", "&Import plan…"),
                             on_demand(_DIALOGS + "import_dialog", "start_import", self), writes=True)
        self.add_file_action(translate("ExportDialog", "&Export…"),
                             on_demand(_DIALOGS + "export_dialog", "start_export", self), "Ctrl+E")
        self.add_file_action(translate("PrintFlow", "&Print…"),
                             on_demand("safeguard_desktop.views.printing.print_flow", "start_print", self),
                             translate("PrintFlow", "Ctrl+P"))
        encryption_actions.install(self)  # File › Encrypt a copy…; the passphrase dialog on open
        sync_actions.install(self)  # File › Sync with…, File › Sync conflicts…
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self.actions_.backup_in_background)
        # Counts beside page names follow edits (and their undo) once typing pauses.
        self._badge_timer = QTimer(self, singleShot=True, interval=BADGE_DELAY_MS, timeout=self._update_badges)
        self.changes: ChangeStream | None = None
        self.follower: PageFollower | None = None
        if welcome:
            self.show_welcome()

    # -- menus ---------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        a = self.actions_
        self._add(file_menu, self.tr("&New workspace…"), a.new_workspace, QKeySequence.StandardKey.New)
        self._add(file_menu, self.tr("&Open…"), a.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.workspace_only = [
            self._add(file_menu, self.tr("Save a &copy as…"), a.save_copy),
            self._add(file_menu, self.tr("&Back up now"), a.backup_now),
        ]
        self.writing_actions: list[QAction] = [self._add(file_menu, self.tr("Restore from bac&kup…"), a.restore_dialog)]
        self.workspace_only.append(self._add(file_menu, self.tr("Chec&k workspace"), a.check_now))
        # Import and export items are added after this separator.
        self.file_transfer_separator = file_menu.addSeparator()
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Undo never reaches below the start of a meeting being recorded (views/undo_floor.py).
        self.undo_floor = FlooredUndo(self.undo_stack, self, lambda text: self.statusBar().showMessage(text, 8000))
        edit_menu.addAction(self.undo_floor.undo_action)
        edit_menu.addAction(self.undo_floor.redo_action)
        edit_menu.addSeparator()
        self.workspace_only.append(self._add(edit_menu, self.tr("&Search everything…"), self.search_everything,
                                             QKeySequence("Ctrl+Shift+F")))
        edit_menu.addSeparator()
        add_language_menu(edit_menu, self.settings, lambda text: self.statusBar().showMessage(text, 8000))
        self.edit_menu = edit_menu

        # Filled by the Meetings page with its actions (recording, the minutes' life).
        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.meeting_menu.setEnabled(False)
        self.meeting_menu.aboutToShow.connect(self._build_menu_pages)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.high_contrast_action = self._add(view_menu, self.tr("&High contrast"), self._set_high_contrast)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.settings.get(keys.HIGH_CONTRAST))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About"), self._about)

    def _add(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    def add_file_action(self, text: str, slot: object, shortcut: object = None, *, writes: bool = False) -> QAction:
        """For features that bring files in or send them out (import, export);
        ``writes`` ones are disabled while the workspace is read-only."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.file_menu.insertAction(self.file_transfer_separator, action)
        (self.writing_actions if writes else self.workspace_only).append(action)
        action.setEnabled(self.context is not None and (not writes or not self.context.read_only))
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(keys.RECENT_WORKSPACES)
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(Path(p)))

    def _new_plan(self) -> None:
        from safeguard_desktop.views.dialogs.new_plan_dialog import new_plan

        assert self.context is not None
        made = new_plan(self.context, self, self.refresh_pages)
        if made is not None:
            self.show_page("plans")
            self.pages["plans"].show_plan(*made)  # type: ignore[attr-defined]

    def _next_year(self) -> None:
        self.show_page("plans")
        self.pages["plans"].start_next_year()  # type: ignore[attr-defined]

    def _set_high_contrast(self, on: bool) -> None:
        self.settings.set(keys.HIGH_CONTRAST, on)
        apply_look(QApplication.instance(), house_sheet(), on)  # type: ignore[arg-type]

    def _about(self) -> None:
        QMessageBox.about(self, APP_NAME, f"<b>{APP_NAME}</b> {__version__}<br>"
                          + self.tr("The secretariat's desk for safeguarding boards."))

    # -- workspace -----------------------------------------------------
    def show_welcome(self) -> None:
        self._set_workspace(None)
        welcome = WelcomeWidget(self.settings.get(keys.RECENT_WORKSPACES), self.actions_.new_workspace,
                                self.actions_.open_dialog, self.actions_.open_demo, self.open_path)
        self.setCentralWidget(welcome)

    def open_path(self, path: Path | str) -> bool:
        """Open ``path`` (or a server's address), telling the user plainly what
        went wrong if it cannot be opened for writing; returns whether it opened."""
        if isinstance(path, str):  # postgresql://host/database
            return open_server(self, path)
        # The store (and SQLAlchemy under it) is loaded by the first open, once the window has painted.
        from safeguard_desktop.store.workspace import open_workspace

        try:
            # The backup on open runs in the background once the window shows:
            # a big workspace opens at once.
            # Verified in full in the background too (views/open_check.py).
            workspace = open_workspace(path, backup_on_open=False, strict=False)
        except DamagedWorkspaceError as exc:
            self.actions_.offer_backup(path, exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the workspace"), str(exc))
            return False
        self.show_workspace(workspace)
        verify_in_background(self, workspace)
        # Once the window has painted, as the verification: copying a big file competed with the first paint.
        QTimer.singleShot(START_DELAY_MS, lambda: self._back_up_on_open(workspace))
        if workspace.read_only:
            QMessageBox.information(self, self.tr("Opened read-only"), workspace.read_only_reason())
        return True

    def _back_up_on_open(self, workspace: Workspace) -> None:
        if self.context is not None and self.context.workspace is workspace:  # not closed meanwhile
            self.actions_.backup_in_background(reason="on-open")

    def show_workspace(self, workspace: Workspace, page: str | None = None) -> None:
        """The workspace's pages, on ``page`` (by default the first: the page
        a workspace opens on); only that page is built now."""
        self._set_workspace(workspace)
        assert self.context is not None
        self.settings.add_recent(str(workspace.path))
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        if workspace.holder is not None:
            banner = QLabel(workspace.read_only_reason())
            banner.setObjectName("readOnlyBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background:#FFF4CE; color:#4A3B00; padding:6px 10px;")
            outer.addWidget(banner)
        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        # Room for the longest page name and its count in the window's language (Welsh runs longer).
        self.nav.ensurePolished()  # the style sheet's font, which is what the names are drawn in
        # A count is shown only beside the pages that keep one (``badge``).
        longest = max(self.nav.fontMetrics().horizontalAdvance(
            word(entry.title) + (" (000)" if entry.counted else "")) for entry in ENTRIES)
        self.nav.setFixedWidth(max(190, longest + 30))
        self.stack = QStackedWidget()
        # A page is built when first shown or asked for (views/lazy_pages.py): building
        # them all read every page's records before the window could paint.
        self.pages = Pages([key for key, _ in PAGES], self._build_page)
        # Every page follows the workspace's commits (views/change_stream.py).
        self.follower = PageFollower(self.pages, self._current_key, self._badge_timer.start, self)
        self.changes = ChangeStream(workspace.feed, self)
        self.changes.changed.connect(self.follower.follow)
        self.context.changes = self.changes
        for number, (key, entry) in enumerate(PAGES, start=1):
            self.stack.addWidget(QWidget())  # the page's place until it is built
            self.nav.addItem(word(entry.title))
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(jump)
        # The Meeting menu holds a page's actions; opening it builds that page.
        self.meeting_menu.setEnabled(any(entry.menu for entry in ENTRIES))
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow([k for k, _ in PAGES].index(page) if page is not None else 0)
        self._update_badges(reread=False)  # the pages were read just now
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body)
        self.setCentralWidget(central)
        self._title = f"{workspace.path.name} — {APP_NAME}" + (self.tr(" (read-only)") if workspace.read_only else "")
        self.setWindowTitle(self._title)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=workspace.path), 5000)
        minutes = self.settings.get(keys.BACKUP_MINUTES)
        if not workspace.read_only and minutes > 0:
            self._backup_timer.start(minutes * 60_000)

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(self.stack.indexOf(self.pages[PAGES[row][0]]))
        if self.follower is not None:
            self.follower.shown(PAGES[row][0])

    def _current_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row][0] if 0 <= row < len(PAGES) else None

    def _build_page(self, key: str) -> QWidget:
        index = [k for k, _ in PAGES].index(key)
        assert self.context is not None, "pages exist only while a workspace is open"
        page = PAGES[index][1](self.context)
        put_in_place(self.stack, index, page)
        opener = getattr(page, "open_requested", None)  # a line that opens a record on another page
        if opener is not None:
            opener.connect(self.open_record)
        live = getattr(page, "live_changed", None)  # a meeting being recorded: undo stops at its start
        if live is not None:
            live.connect(self.undo_floor.set_floor)
        subtitle = getattr(page, "subtitle_changed", None)  # what the page has open, for the title bar
        if subtitle is not None:
            subtitle.connect(self._show_subtitle)
        menu_actions = getattr(page, "menu_actions", None)
        if callable(menu_actions):
            self.meeting_menu.addActions(menu_actions())
        return page

    def _build_menu_pages(self) -> None:
        for entry in ENTRIES:
            if self.context is not None and entry.menu:
                self.pages.build(entry.key)  # which adds its actions to the menu

    def _show_subtitle(self, text: str) -> None:
        self.setWindowTitle(f"{text} — {self._title}" if text else self._title)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([k for k, _ in PAGES].index(key))

    def search_everything(self) -> None:
        from safeguard_desktop.views.dialogs.search_dialog import SearchDialog

        if self.context is None:
            return
        self.search_dialog = SearchDialog(self.context, self)
        self.search_dialog.open_requested.connect(self.open_record)
        self.search_dialog.open()

    def open_record(self, key: str, record_id: object, home_id: object) -> None:
        """Show a record on its page: an action in its plan, a meeting, a review, a seat."""
        self.show_page(key)
        self.pages[key].show_record(record_id, home_id)  # type: ignore[attr-defined]

    def _update_badges(self, reread: bool = True) -> None:
        """"What is due (12)": pages with a count show it in the navigation."""
        for row, entry in enumerate(ENTRIES):
            page = self.pages.get(entry.key)
            if page is None or not entry.counted:
                continue
            if reread:
                page.refresh()  # type: ignore[attr-defined]
            count = page.badge()  # type: ignore[attr-defined]
            self.nav.item(row).setText(f"{word(entry.title)} ({count})" if count else word(entry.title))

    def _set_workspace(self, workspace: Workspace | None) -> None:
        self._backup_timer.stop()
        if self.context is not None:
            # Everything typed goes into the old workspace while it is still
            # open and locked; only then are its pages taken down.
            self.flush_pages()
            old_pages = self.takeCentralWidget()
            if old_pages is not None:
                old_pages.deleteLater()
            self.pages = {}
            self.meeting_menu.clear()
            self.meeting_menu.setEnabled(False)
            self.undo_stack.clear()
            if self.changes is not None and self.follower is not None:
                self.changes.close()
                self.changes.changed.disconnect(self.follower.follow)
                self.changes.deleteLater()
                self.follower.deleteLater()
                self.changes = self.follower = None
            self.context.workspace.close()
        self.context = None
        if workspace is not None:
            self.context = AppContext(workspace, self.undo_stack, self.tasks, self.settings, self.show_status)
        for action in getattr(self, "workspace_only", []):
            action.setEnabled(workspace is not None)
        for action in getattr(self, "writing_actions", []):
            action.setEnabled(workspace is not None and not workspace.read_only)

    def flush_pages(self) -> None:
        """Pages with an editor open save what it holds (nothing typed is lost)."""
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_pages(self) -> None:
        for page in self.pages.values():
            page.refresh()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._set_workspace(None)
        super().closeEvent(event)
