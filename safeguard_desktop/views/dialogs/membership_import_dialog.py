"""The preview of a membership list: every row and what it was read as,
which people, agencies and seats the workspace already has, the day new
holders start, and a tick for seats that are "in attendance, not a
member". One dialog for the whole list (not one a seat); keyboard first:
arrows move, Space ticks "in attendance", Enter imports, Esc cancels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.imports.membership import MemberLine, MembershipReading
from safeguard_desktop.imports.membership_import import Known, matches
from safeguard_desktop.views.dialogs.membership_rows_model import COL_SEAT, MembershipRowsTableModel
from safeguard_desktop.views.widgets.date_entry import DateEntry
from safeguard_desktop.views.i18n import translate


class _RowsView(QTableView):
    """Space ticks or unticks "in attendance" on the current row, wherever
    the cursor is in it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if event.key() == Qt.Key.Key_Space and isinstance(model, MembershipRowsTableModel):
            if self.currentIndex().isValid():
                model.toggle(self.currentIndex().row())
            return
        super().keyPressEvent(event)


def summary(lines: list[MemberLine], have: Known) -> str:
    counts = {kind: sum(1 for line in lines if line.kind == kind) for kind in ("member", "vacant", "deputy", "note")}
    known_people = sorted({line.person for line in lines if line.person and "person" in matches(line, have)})
    known = (
        translate("MembershipImportDialog", " Already in the workspace (matched, not added again): {names}.").format(
            names=", ".join(known_people)
        )
        if known_people
        else ""
    )
    return (
        translate(
            "MembershipImportDialog",
            "{members} seats with members, {vacant} vacant, {deputies} deputies on their own rows, {notes} notes.",
        ).format(members=counts["member"], vacant=counts["vacant"], deputies=counts["deputy"], notes=counts["note"])
        + known
    )


class MembershipImportDialog(QDialog):
    def __init__(self, reading: MembershipReading, have: Known, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Import members of {group} from {name}").format(group=group, name=reading.source.path.name)
        )
        self.reading = reading
        self.model = MembershipRowsTableModel(reading.lines, have, self)
        self.table = _RowsView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 110, 250, 200, 170, 95, 110)):
            self.table.setColumnWidth(column, width)
        self.from_date = DateEntry(date.today())
        intro = QLabel(
            summary(reading.lines, have) + " " + self.tr("Space ticks a seat as in attendance, not a member.")
        )
        intro.setWordWrap(True)
        warnings = QLabel("\n".join(reading.warnings))
        warnings.setWordWrap(True)
        warnings.setVisible(bool(reading.warnings))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New holders start on"), self.from_date)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        first = next((i for i, line in enumerate(reading.lines) if line.kind in ("member", "vacant")), 0)
        self.table.setCurrentIndex(self.model.index(first, COL_SEAT))
        self.table.setFocus()

    @property
    def lines(self) -> list[MemberLine]:
        return self.model.lines

    @property
    def start(self) -> date:
        return self.from_date.date() or date.today()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter imports from anywhere in the dialog, the table included.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
