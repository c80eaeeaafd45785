"""An import report, viewed later: every source row and what became of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.store.queries.import_reports import StoredImportReport
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import translate, word

KIND_WORDS = {
    "title": QT_TRANSLATE_NOOP("Words", "Title"),
    "banner": QT_TRANSLATE_NOOP("Words", "Priority banner"),
    "header": QT_TRANSLATE_NOOP("Words", "Heading row"),
    "action": QT_TRANSLATE_NOOP("Words", "Action row"),
    "continuation": QT_TRANSLATE_NOOP("Words", "Continuation"),
    "note": QT_TRANSLATE_NOOP("Words", "Note"),
}


def _what_became(row: dict[str, Any]) -> str:
    if row.get("kind") == "continuation" and row.get("into_row"):
        return translate("ImportReportDialog", "joined onto row {into_row}").format(into_row=row["into_row"])
    if row.get("kind") == "action":
        return translate("ImportReportDialog", "became an action row")
    if row.get("entry"):
        return translate("ImportReportDialog", "became a plan heading")
    return translate("ImportReportDialog", "kept in the report")


COLUMNS: tuple[Column[dict[str, Any]], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Sheet"), lambda r: r.get("sheet")),
    Column(QT_TRANSLATE_NOOP("Words", "Row"), lambda r: r.get("row")),
    Column(QT_TRANSLATE_NOOP("Words", "Kind"), lambda r: word(KIND_WORDS.get(r.get("kind", ""), r.get("kind")))),
    Column(QT_TRANSLATE_NOOP("Words", "What became of it"), _what_became),
    Column(QT_TRANSLATE_NOOP("Words", "Text"), lambda r: (r.get("text") or "")[:200]),
    Column(QT_TRANSLATE_NOOP("Words", "Notes"), lambda r: "; ".join(r.get("notes") or [])),
)


class ImportReportDialog(QDialog):
    def __init__(self, report: StoredImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report: {source_file}").format(source_file=report.source_file))
        self.resize(1100, 640)
        when = report.imported_at
        try:
            when = datetime.fromisoformat(report.imported_at).astimezone().strftime("%d %b %Y %H:%M")
        except ValueError:
            pass
        counts = ", ".join(
            f"{n} {word(KIND_WORDS.get(kind, kind)).lower()}" for kind, n in sorted(report.counts.items())
        )
        summary = QLabel(
            self.tr(
                "<b>{source_file}</b> imported by {imported_by} on {when}.<br>{count} non-empty rows: {counts}."
            ).format(
                source_file=report.source_file,
                imported_by=report.imported_by,
                when=when,
                count=len(report.rows),
                counts=counts,
            )
        )
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if report.warnings:
            warnings = QLabel("<ul>" + "".join("<li>" + w + "</li>" for w in report.warnings) + "</ul>")
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        self.model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            COLUMNS, lambda r: int(r.get("row") or 0), self
        )
        self.model.set_rows(report.rows)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
