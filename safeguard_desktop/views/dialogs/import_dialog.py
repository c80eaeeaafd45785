"""File › Import plan…: choose a file, read it on a worker, show what the
import understood (the rows as they will be imported, the column mapping
with a choice per heading, the warnings), let the user re-classify a row
(banner, action, continuation, note; outline entry or question for work
plans and self-assessments), then import on a worker as one transaction
and one undo step.

Undo soft-deletes the imported plan with its priorities and actions; redo
restores exactly those rows. The stored import report stays either way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.plan_shapes import SHAPES
from safeguard_desktop.errors import UserError
from safeguard_desktop.imports.headings import FIELD_LABELS
from safeguard_desktop.imports.planned import CHOICES
from safeguard_desktop.imports.plan_import import (
    ImportPreview,
    ImportResult,
    default_plan_name,
    import_plan,
    preview_import,
)
from safeguard_desktop.logs import log_file
from safeguard_desktop.paths import documents_dir
from safeguard_desktop.store.ops.plans import set_plan_withdrawn
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.import_rows_model import COL_KIND, ImportRowsTableModel, kind_label
from safeguard_desktop.views.i18n import counted, translate, word
from safeguard_desktop.views.undo import UndoStep, push_applied
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP("Words", "Plans (*.xlsx *.xlsm *.docx *.csv *.txt *.tsv);;All files (*)")
LAST_FOLDER_KEY = "imports/last_folder"

Refresh = Callable[[ImportResult | None], None]


class ImportDialog(QDialog):
    """The preview. Changing a column's field re-reads the rows at once
    (no file access: the understanding runs again on the rows in memory)."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import {name}").format(name=preview.source.path.name))
        self.resize(1200, 720)
        self.name_edit = QLineEdit(default_plan_name(preview.source.path))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows_model = ImportRowsTableModel(self)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setWordWrap(True)
        self.rows_view.verticalHeader().setVisible(False)
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("What the selected row becomes. Nothing is written until you press Import."))
        self.kind_combo.activated.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("Selected row &becomes:"))
        kind_label.setBuddy(self.kind_combo)
        self.combos: dict[str, QComboBox] = {}
        self.warnings_list = QListWidget()
        self.warnings_list.setWordWrap(True)
        rows_page = QWidget()
        rows_layout = QVBoxLayout(rows_page)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)
        rows_layout.addLayout(kind_row)
        rows_layout.addWidget(self.rows_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(rows_page, self.tr("Rows"))
        self.tabs.addTab(self._mapping_page(), self.tr("Columns"))
        self.tabs.addTab(self.warnings_list, self.tr("Warnings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name of the new plan:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._show()
        self.rows_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._row_changed()

    def _mapping_page(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.addRow(QLabel(self.tr("Each heading found in the file, and the column it fills. "
                           "Choose another column if one was misread.")))
        for choice in self.preview.understanding.mapping:
            combo = QComboBox()
            for field, label in FIELD_LABELS.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(combo.findData(choice.field))
            combo.setToolTip(self.tr("Seen at {places}").format(places=', '.join(choice.seen)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[choice.heading] = combo
            form.addRow(QLabel(choice.heading), combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def overrides(self) -> dict[str, str]:
        """The user's choices that differ from the guess."""
        guessed = {choice.heading: choice.guessed for choice in self.preview.understanding.mapping}
        return {heading: combo.currentData() for heading, combo in self.combos.items()
                if combo.currentData() != guessed.get(heading)}

    def plan_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _mapping_changed(self) -> None:
        self.preview = self.preview.with_overrides(self.overrides())
        self._show()

    def _row_changed(self) -> None:
        """The choices for the current row, showing what it is now."""
        row = self.rows_view.currentIndex().row()
        kind = self.rows_model.kind(row) if row >= 0 else None
        choices = CHOICES[self.preview.understanding.shape]
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for choice in choices:
            self.kind_combo.addItem(kind_label(choice, self.preview.understanding.shape), choice)
        self.kind_combo.setCurrentIndex(choices.index(kind) if kind in choices else -1)
        self.kind_combo.setEnabled(kind is not None and kind != "header")
        self.kind_combo.blockSignals(False)

    def reclassify(self, kinds: dict[tuple[str, int], str]) -> None:
        """Read the rows again with these rows' kinds chosen by the user."""
        row = self.rows_view.currentIndex().row()
        where = self.rows_model.where(row) if row >= 0 else None
        self.preview = self.preview.with_overrides(self.overrides(), {**self.preview.kinds, **kinds})
        self._show()
        shown = self.rows_model.row_of(where) if where is not None else None
        if shown is not None:
            self.rows_view.setCurrentIndex(self.rows_model.index(shown, COL_KIND))
        self._row_changed()

    def _kind_chosen(self) -> None:
        row = self.rows_view.currentIndex().row()
        chosen = self.kind_combo.currentData()
        if row >= 0 and chosen and chosen != self.rows_model.kind(row):
            self.reclassify({self.rows_model.where(row): chosen})

    def _show(self) -> None:
        seen = self.preview.understanding
        counts = seen.counts()
        self.rows_model.set_understanding(seen)
        self.rows_view.resizeColumnsToContents()
        for column in range(self.rows_model.columnCount()):
            self.rows_view.setColumnWidth(column, min(self.rows_view.columnWidth(column), 260))
        warnings = self.preview.warnings
        self.warnings_list.clear()
        self.warnings_list.addItems(warnings or [self.tr("Nothing to review.")])
        self.tabs.setTabText(2, self.tr("Warnings ({count})").format(count=len(warnings)))
        changed = len(self.preview.kinds)
        self.summary.setText(
            self.tr("Read as a {shape}: {actions} {kind} rows under {entries} entries, from {rows} rows: {titles} "
                    "title, {outline} priority or outline, {questions} question, {headings} heading, {joined} "
                    "joined to the row above, {notes} note rows").format(
                shape=word(SHAPES[seen.shape].name.split(' (')[0]).lower(), actions=counts['action'],
                kind=word(kind_label('action', seen.shape)).lower(), entries=len(seen.entries), rows=len(seen.rows),
                titles=counts['title'], outline=counts['banner'] + counts['entry'], questions=counts['question'],
                headings=counts['header'], joined=counts['continuation'], notes=counts['note'])
            + (counted(self.tr("; %n row(s) re-classified by you", "", changed), changed) if changed else "") + ". "
            + self.tr("Nothing is written until you press Import; Edit › Undo takes the whole import back."))

    def _accept(self) -> None:
        if not self.plan_name():
            QMessageBox.warning(self, self.tr("Import"), self.tr("Give the new plan a name."))
            return
        self.accept()


class ImportCommand(UndoStep):
    """One undo step for a whole import. The import itself ran on a worker
    before the command was pushed (``push_applied``), so its first apply has
    nothing to write; undo withdraws the plan, redo brings the same one back."""

    def __init__(self, context: AppContext, result: ImportResult, file_name: str, refresh: Refresh) -> None:
        super().__init__(translate("ImportCommand", "Import {file_name}").format(file_name=file_name),
                         context.show_status)
        self._context = context
        self._result = result
        self._file = file_name
        self._refresh = refresh
        self._stamp: str | None = None

    def apply(self, first: bool) -> None:
        if first:
            return
        set_plan_withdrawn(self._context.workspace, self._result.plan_id, False, self._stamp,
                           context=f"redo: import {self._file}")
        self._refresh(self._result)

    def revert(self) -> None:
        self._stamp = set_plan_withdrawn(self._context.workspace, self._result.plan_id, True,
                                         context=f"undo: import {self._file}")
        self._refresh(None)


class ImportFlow:
    """Choose → read (worker) → preview → import (worker) → undo step."""

    def __init__(self, context: AppContext, parent: QWidget, refresh: Refresh) -> None:
        self.context = context
        self.parent = parent
        self.refresh = refresh
        self.dialog: ImportDialog | None = None

    def choose_file(self) -> None:
        folder = str(self.context.settings.value(LAST_FOLDER_KEY) or documents_dir())
        name, _ = QFileDialog.getOpenFileName(self.parent, translate("ImportFlow", "Import a plan"), folder, word(FILE_FILTER))
        if name:
            self.context.settings.set_value(LAST_FOLDER_KEY, str(Path(name).parent))
            self.read(Path(name))

    def read(self, path: Path) -> None:
        self.context.tasks.run(
            translate("ImportFlow", "Reading {name}").format(name=path.name),
            lambda progress: preview_import(path, progress),
            self.show_preview,
            self._failed,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.dialog = ImportDialog(preview, self.parent)
        self.dialog.accepted.connect(lambda: self._run(self.dialog))
        self.dialog.open()

    def _run(self, dialog: ImportDialog | None) -> None:
        if dialog is None:
            return
        preview, name = dialog.preview, dialog.plan_name()
        workspace = self.context.workspace
        self.context.tasks.run(
            translate("ImportFlow", "Importing {name}").format(name=preview.source.path.name),
            lambda progress: import_plan(workspace, preview, name, progress=progress),
            lambda result: self._imported(result, preview),
            self._failed,
        )

    def _imported(self, result: ImportResult, preview: ImportPreview) -> None:
        file_name = preview.source.path.name
        push_applied(self.context.undo_stack, ImportCommand(self.context, result, file_name, self.refresh))
        self.refresh(result)
        self.context.show_status(
            translate(
                "ImportFlow", "Imported {action} actions from {file_name}. Edit › Undo takes the import back."
            ).format(action=result.counts["action"], file_name=file_name)
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self.parent, translate("ImportFlow", "Cannot import this file"), str(exc))
            return
        log.error("import failed", exc_info=exc)  # a bug: kept with its traceback (errors.py)
        QMessageBox.critical(
            self.parent,
            translate("ImportFlow", "Import failed"),
            translate(
                "ImportFlow",
                "Something went wrong ({kind}: {exc}). Nothing was imported; the details are in {log_file}.",
            ).format(kind=type(exc).__name__, exc=exc, log_file=log_file()),
        )


def start_import(window: MainWindow) -> ImportFlow | None:
    if window.context is None:
        return None

    def refresh(result: ImportResult | None) -> None:
        window.refresh_pages()
        if result is not None:  # show the new plan, open in the grid
            window.show_page("plans")
            page = window.pages.get("plans")
            rows = [i for i, plan in enumerate(getattr(page, "plans", [])) if plan.uuid == result.plan_uuid]
            if rows:
                page.plan_list.selectRow(rows[0])  # type: ignore[union-attr]

    flow = ImportFlow(window.context, window, refresh)
    flow.choose_file()
    return flow
