"""File › Sync with… and File › Sync conflicts…: the window's side of
``sync`` (docs/SYNCING_COPIES.md). The open workspace is closed while the two files
are merged (the sync takes both locks and swaps the files), then opened
again; conflicts, if any, are shown at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.views.i18n import translate, word
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeguard_desktop.store.sync.run import SyncReport
    from safeguard_desktop.store.workspace import Workspace
    from safeguard_desktop.views.main_window import MainWindow

FILTER = QT_TRANSLATE_NOOP("Words", "safeguard-desktop workspaces (*.sqlite);;All files (*)")


def install(window: MainWindow) -> None:
    window.add_file_action(translate("SyncActions", "S&ync with…"), lambda: sync_with(window), writes=True)
    window.add_file_action(translate("SyncActions", "Sync &conflicts…"), lambda: show_conflicts(window), writes=True)
    shown = window.show_workspace

    def show_workspace(workspace: Workspace, page: str | None = None) -> None:
        shown(workspace, page)
        announce(window)

    # Every way of opening a workspace passes here: conflicts from an earlier
    # sync that still wait for a person are named at once, and stay named.
    window.show_workspace = show_workspace  # type: ignore[method-assign]


def announce(window: MainWindow) -> None:
    """A lasting note in the status bar while conflicts wait (the window's
    passing messages, such as a backup's, would cover a message)."""
    label = window.findChild(QLabel, "syncConflicts")
    if label is None:
        label = QLabel()
        label.setObjectName("syncConflicts")
        window.statusBar().addPermanentWidget(label)
    from safeguard_desktop.store.sync.resolve import open_conflicts  # the store loads once the window has painted

    count = len(open_conflicts(window.context.workspace)) if window.context is not None else 0
    label.setText(translate("SyncActions", "{count} sync conflict(s) wait: File › Sync conflicts…").format(count=count)
                  if count else "")
    label.setVisible(bool(count))


def show_conflicts(window: MainWindow) -> None:
    from safeguard_desktop.views.dialogs.conflicts_dialog import ConflictsDialog

    if window.context is not None:
        ConflictsDialog(window.context, window, on_change=lambda: resolved(window)).exec()
        announce(window)


def resolved(window: MainWindow) -> None:
    """A conflict resolved (or its resolution undone): the page on screen
    reads its records and their conflict marks again, the others when next
    shown, as after a change from elsewhere."""
    if window.follower is not None and window.context is not None:
        window.follower.follow(Touched(everything=True, remote=True))
        announce(window)


def sync_with(window: MainWindow, other: Path | None = None) -> SyncReport | None:
    assert window.context is not None
    here = window.context.workspace.path
    if other is None:
        name, _ = QFileDialog.getOpenFileName(
            window, translate("SyncActions", "Sync with another copy"), str(here.parent), word(FILTER)
        )
        if not name:
            return None
        other = Path(name)
    from safeguard_desktop.store.sync.run import sync_files

    window.show_welcome()  # closes the workspace: the sync needs its lock
    report: SyncReport | None = None
    try:
        report = sync_files(here, other)
    except UserError as exc:
        QMessageBox.warning(window, translate("SyncActions", "Sync"), str(exc))
    window.open_path(here)
    if report is None or window.context is None:
        return report
    moved = report.a_to_b.applied + report.b_to_a.applied
    window.show_status(
        translate("SyncActions", "Synced with {name}: {came} change(s) came in, {went} went out.").format(
            name=other.name, came=report.b_to_a.applied, went=report.a_to_b.applied
        )
        if moved or not report.nothing_new
        else translate("SyncActions", "{name} was already in step.").format(name=other.name)
    )
    if report.open_conflicts:
        show_conflicts(window)
    return report
