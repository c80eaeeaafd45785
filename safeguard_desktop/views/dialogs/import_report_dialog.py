"""An import report, viewed later: every source row and what became of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.store.queries.import_reports import StoredImportReport
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel

KIND_WORDS = {
    "title": "Title", "banner": "Priority banner", "header": "Heading row", "action": "Action row",
    "continuation": "Continuation", "note": "Note",
}


def _what_became(row: dict[str, Any]) -> str:
    if row.get("kind") == "continuation" and row.get("into_row"):
        return f"joined onto row {row['into_row']}"
    if row.get("kind") == "action":
        return "became an action row"
    if row.get("entry"):
        return "became a plan heading"
    return "kept in the report"


COLUMNS: tuple[Column[dict[str, Any]], ...] = (
    Column("Sheet", lambda r: r.get("sheet")),
    Column("Row", lambda r: r.get("row")),
    Column("Kind", lambda r: KIND_WORDS.get(r.get("kind", ""), r.get("kind"))),
    Column("What became of it", _what_became),
    Column("Text", lambda r: (r.get("text") or "")[:200]),
    Column("Notes", lambda r: "; ".join(r.get("notes") or [])),
)


class ImportReportDialog(QDialog):
    def __init__(self, report: StoredImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import report: {report.source_file}")
        self.resize(1100, 640)
        when = report.imported_at
        try:
            when = datetime.fromisoformat(report.imported_at).astimezone().strftime("%d %b %Y %H:%M")
        except ValueError:
            pass
        counts = ", ".join(f"{n} {KIND_WORDS.get(kind, kind).lower()}" for kind, n in sorted(report.counts.items()))
        summary = QLabel(f"<b>{report.source_file}</b> imported by {report.imported_by} on {when}.<br>"
                         f"{len(report.rows)} non-empty rows: {counts}.")
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if report.warnings:
            warnings = QLabel("<ul>" + "".join(f"<li>{w}</li>" for w in report.warnings) + "</ul>")
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        self.model: RecordTableModel[dict[str, Any]] = RecordTableModel(COLUMNS, lambda r: int(r.get("row") or 0), self)
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
