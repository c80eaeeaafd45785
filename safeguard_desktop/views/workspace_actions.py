"""File-menu work on whole workspaces: new, open, copy, back up, restore, check.

The store's modules are imported by the actions that use them: the window
is built and painted before SQLAlchemy loads (docs/ARCHITECTURE.md,
"Start-up")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from safeguard_desktop.errors import DamagedWorkspaceError, UserError
from safeguard_desktop.paths import documents_dir
from safeguard_desktop.views.i18n import translate
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow

FILTER = QT_TRANSLATE_NOOP("Words", "safeguard-desktop workspaces (*.sqlite);;All files (*)")


class WorkspaceActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _path(self) -> Path:
        assert self.window.context is not None
        return self.window.context.workspace.path

    def _error(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self.window, title, str(exc) if isinstance(exc, UserError)
                            else translate("WorkspaceActions", "Something went wrong ({kind}: {error}). Your data "
                                           "was not changed.").format(kind=type(exc).__name__, error=exc))

    def new_workspace(self) -> None:
        from safeguard_desktop.store.workspace import create_workspace

        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("WorkspaceActions", "New workspace"), str(documents_dir() / "board.sqlite"), FILTER
        )
        if not name:
            return
        board, ok = QInputDialog.getText(
            self.window,
            translate("WorkspaceActions", "New workspace"),
            translate("WorkspaceActions", "Name of the board or partnership:"),
        )
        if not ok or not board.strip():
            return
        try:
            workspace = create_workspace(Path(name), board_name=board.strip())
        except UserError as exc:
            self._error(translate("WorkspaceActions", "Cannot create the workspace"), exc)
            return
        self.window.show_workspace(workspace)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("WorkspaceActions", "Open workspace"), str(documents_dir()), FILTER
        )
        if name:
            self.window.open_path(Path(name))

    def open_demo(self) -> None:
        from safeguard_desktop.demo.build import build_demo

        target = documents_dir() / "safeguard-demo.sqlite"
        if not target.exists():
            self.window.tasks.run(
                translate("WorkspaceActions", "Building the demo workspace"),
                lambda _p: build_demo(target),
                lambda _r: self.window.open_path(target),
                lambda exc: self._error(translate("WorkspaceActions", "Cannot build the demo"), exc),
                cancellable=False,
            )
        else:
            self.window.open_path(target)

    def save_copy(self) -> None:
        from safeguard_desktop.store import backups

        source = self._path()
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("WorkspaceActions", "Save a copy as"),
            str(source.with_name(source.stem + " copy.sqlite")),
            FILTER,
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == source.resolve():
            QMessageBox.warning(
                self.window,
                translate("WorkspaceActions", "Save a copy"),
                translate("WorkspaceActions", "Choose a different name from the open workspace."),
            )
            return
        self.window.tasks.run(
            translate("WorkspaceActions", "Saving a copy"),
            lambda _p: backups.copy_database(source, target),
            lambda _r: self.window.show_status(
                translate("WorkspaceActions", "Copy saved to {target}").format(target=target)
            ),
            lambda exc: self._error(translate("WorkspaceActions", "Cannot save the copy"), exc),
            cancellable=False,
        )

    def backup_now(self) -> None:
        from safeguard_desktop.store import backups

        path = self._path()
        self.window.tasks.run(
            translate("WorkspaceActions", "Backing up"),
            lambda _p: backups.take_backup(path, reason="manual"),
            lambda b: self.window.show_status(
                translate("WorkspaceActions", "Backed up to {path}").format(path=b.path)
            ),
            lambda exc: self._error(translate("WorkspaceActions", "Backup failed"), exc),
            cancellable=False,
        )

    def backup_in_background(self, reason: str = "timed") -> None:
        from safeguard_desktop.store import backups

        if self.window.context is None or self.window.context.read_only:
            return
        if getattr(self.window.context.workspace, "on_server", False):
            return  # a server's backups are its administrator's (pg_dump), not copies of a file
        path = self._path()
        self.window.tasks.run_quietly(
            lambda _p: backups.take_backup(path, reason=reason),
            lambda b: self.window.show_status(
                translate("WorkspaceActions", "Backed up at {label}").format(label=b.label)
            ),
            lambda exc: self.window.show_status(
                translate("WorkspaceActions", "Timed backup failed: {exc}").format(exc=exc)
            ),
        )

    def restore_dialog(self) -> None:
        from safeguard_desktop.store import backups

        path = self._path()
        found = backups.list_backups(path)
        if not found:
            QMessageBox.information(
                self.window,
                translate("WorkspaceActions", "Restore from backup"),
                translate("WorkspaceActions", "There are no backups of {name} yet.").format(name=path.name),
            )
            return
        labels = [b.label for b in found]
        choice, ok = QInputDialog.getItem(
            self.window,
            translate("WorkspaceActions", "Restore from backup"),
            translate("WorkspaceActions", "Restore which backup? The current file is kept beside it."),
            labels,
            0,
            False,
        )
        if ok:
            self._restore(path, found[labels.index(choice)].path)

    def _restore(self, path: Path, backup: Path) -> None:
        from safeguard_desktop.store.workspace import restore_backup

        self.window.show_welcome()  # closes the workspace and releases its lock
        try:
            kept = restore_backup(path, backup)
        except UserError as exc:
            self._error(translate("WorkspaceActions", "Cannot restore"), exc)
            return
        if self.window.open_path(path) and kept:
            self.window.show_status(
                translate("WorkspaceActions", "Restored. The file as it was is kept as {name}").format(name=kept.name)
            )

    def offer_backup(self, path: Path, exc: DamagedWorkspaceError) -> None:
        if exc.backup is None:
            QMessageBox.critical(self.window, translate("WorkspaceActions", "The workspace is damaged"), str(exc))
            return
        answer = QMessageBox.question(
            self.window,
            translate("WorkspaceActions", "The workspace is damaged"),
            translate("WorkspaceActions", "{exc}\n\nRestore the newest good backup now?").format(exc=exc),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(path, exc.backup)

    def check_now(self) -> None:
        from safeguard_desktop.store.check import check_workspace

        path = self._path()

        def report(problems: list) -> None:  # type: ignore[type-arg]
            if not problems:
                QMessageBox.information(
                    self.window,
                    translate("WorkspaceActions", "Check workspace"),
                    translate(
                        "WorkspaceActions", "No problems found: the file, the audit trail and the records are sound."
                    ),
                )
            else:
                QMessageBox.warning(
                    self.window,
                    translate("WorkspaceActions", "Check workspace"),
                    translate("WorkspaceActions", "Problems found:")
                    + "\n"
                    + "\n".join(f"• {p}" for p in problems[:20]),
                )

        self.window.tasks.run(
            translate("WorkspaceActions", "Checking the workspace"),
            lambda _p: check_workspace(path),
            report,
            lambda exc: self._error(translate("WorkspaceActions", "The check could not run"), exc),
        )
