"""Many seats at once: a membership list read on a worker, shown in one
preview, and written as one undo step. A part of the People & agencies page
(``PeoplePage`` takes it in), kept apart because it is its own journey:
choose a file, read it, check the preview, import."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from safeguard_desktop.errors import UserError
from safeguard_desktop.imports.membership import MembershipReading, read_membership
from safeguard_desktop.imports.membership_import import import_membership, known
from safeguard_desktop.logs import log_file
from safeguard_desktop.store.queries.org import GroupNode
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.views.dialogs.membership_import_dialog import MembershipImportDialog
from safeguard_desktop.views.i18n import translate, word
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeguard_desktop.views.pages.people_page import PeoplePage

log = logging.getLogger(__name__)
MEMBERSHIP_FILES = QT_TRANSLATE_NOOP("Words", "Membership lists (*.xlsx *.xlsm *.csv *.tsv *.docx);;All files (*)")


class MembershipImports:
    def import_members(self: PeoplePage) -> None:
        if self._current_node() is None:
            self.context.show_status(translate("MembershipImports", "Choose the group the members belong to first."))
            return
        name, _ = QFileDialog.getOpenFileName(
            self, translate("MembershipImports", "Import a membership list"), "", word(MEMBERSHIP_FILES)
        )
        if name:
            self.read_members(Path(name))

    def read_members(self: PeoplePage, path: Path) -> None:
        self.context.tasks.run(
            translate("MembershipImports", "Reading {name}").format(name=path.name),
            lambda progress: read_membership(path, progress),
            self.preview_members,
            self._import_failed,
        )

    def preview_members(self: PeoplePage, reading: MembershipReading) -> None:
        node = self._current_node()
        if node is None:
            return
        self.import_dialog = MembershipImportDialog(reading, known(self.context.workspace, node.id), node.name, self)
        dialog = self.import_dialog
        dialog.accepted.connect(lambda: self._import(dialog, node))
        dialog.open()

    def _import(self: PeoplePage, dialog: MembershipImportDialog, node: GroupNode) -> None:
        ws, lines, start = self.context.workspace, dialog.lines, dialog.start
        done = {}

        def write() -> list[Change]:
            result = import_membership(ws, dialog.reading, node.id, from_date=start, lines=lines)
            done.update(result.counts)
            return result.changes

        if self._apply(
            translate("MembershipImports", "Import members of {name} from {name2}").format(
                name=node.name, name2=dialog.reading.source.path.name
            ),
            write,
        ):
            self.context.show_status(
                translate(
                    "MembershipImports",
                    "Imported {members} seats with members and {vacant} vacant seats into {name}. Edit › Undo takes the import back.",
                ).format(members=done.get("member", 0), vacant=done.get("vacant", 0), name=node.name)
            )

    def _import_failed(self: PeoplePage, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, translate("MembershipImports", "Cannot import this file"), str(exc))
            return
        log.error("membership import failed", exc_info=exc)  # a bug: kept with its traceback
        QMessageBox.critical(
            self,
            translate("MembershipImports", "Import failed"),
            translate(
                "MembershipImports",
                "Something went wrong ({kind}: {exc}). Nothing was imported; the details are in {log_file}.",
            ).format(kind=type(exc).__name__, exc=exc, log_file=log_file()),
        )
