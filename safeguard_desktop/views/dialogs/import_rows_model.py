"""The import preview's rows: every non-empty source row, what it becomes,
and for action rows the fields as they will be imported. Plain tuples built
from the preview's ``Understanding``; rebuilt whole when the user changes
the column mapping (a plan is hundreds of rows, not hundreds of thousands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safeguard_desktop.core.plan_shapes import level_word
from safeguard_desktop.core.rag import RAG_COLOURS, RAG_TEXT_COLOURS, rag_label
from safeguard_desktop.imports.planned import Answer, RowReport, Understanding
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import translate, word

Index = QModelIndex | QPersistentModelIndex

(COL_WHERE, COL_KIND, COL_NUMBER, COL_CAB, COL_WANT, COL_HOW, COL_LEAD, COL_MEASURE, COL_WHEN, COL_PROGRESS,
 COL_RAG, COL_EXTRA, COL_NOTES) = range(13)
HEADERS = (
    QT_TRANSLATE_NOOP("Words", "Where"),
    QT_TRANSLATE_NOOP("Words", "Becomes"),
    QT_TRANSLATE_NOOP("Words", "No."),
    QT_TRANSLATE_NOOP("Words", "CAB"),
    QT_TRANSLATE_NOOP("Words", "What do we want to achieve?"),
    QT_TRANSLATE_NOOP("Words", "How are we going to do it?"),
    QT_TRANSLATE_NOOP("Words", "Who will lead?"),
    QT_TRANSLATE_NOOP("Words", "How will we know?"),
    QT_TRANSLATE_NOOP("Words", "When?"),
    QT_TRANSLATE_NOOP("Words", "Progress review"),
    QT_TRANSLATE_NOOP("Words", "RAG"),
    QT_TRANSLATE_NOOP("Words", "Extra columns"),
    QT_TRANSLATE_NOOP("Words", "What the import understood"),
)
_FIELDS = {
    COL_NUMBER: "number",
    COL_CAB: "cab",
    COL_WANT: "want",
    COL_HOW: "how",
    COL_LEAD: "lead",
    COL_MEASURE: "measure",
    COL_WHEN: "when_text",
    COL_PROGRESS: "progress",
    COL_RAG: "rag",
}
KIND_LABELS = {
    "title": QT_TRANSLATE_NOOP("Words", "Title (introduction)"),
    "banner": QT_TRANSLATE_NOOP("Words", "Priority / outcome"),
    "header": QT_TRANSLATE_NOOP("Words", "Column headings"),
    "action": QT_TRANSLATE_NOOP("Words", "Action"),
    "continuation": QT_TRANSLATE_NOOP("Words", "Joined to the row above"),
    "note": QT_TRANSLATE_NOOP("Words", "Note"),
    "entry": QT_TRANSLATE_NOOP("Words", "Outline entry"),
    "question": QT_TRANSLATE_NOOP("Words", "Question"),
}
# What a kind is called in a plan of another shape than a business plan.
_SHAPE_LABELS = {
    "work_plan": {
        "action": QT_TRANSLATE_NOOP("Words", "Activity"),
        "entry": QT_TRANSLATE_NOOP("Words", "Duty or responsibility"),
    },
    "self_assessment": {"entry": QT_TRANSLATE_NOOP("Words", "Priority area")},
}
# Columns named for what they show in a plan of another shape.
_SHAPE_HEADERS = {
    "work_plan": {COL_WANT: QT_TRANSLATE_NOOP("Words", "Duty, responsibility or activity")},
    "self_assessment": {
        COL_WANT: QT_TRANSLATE_NOOP("Words", "Area or question"),
        COL_HOW: QT_TRANSLATE_NOOP("Words", "Evidence"),
        COL_LEAD: QT_TRANSLATE_NOOP("Words", "Analysis"),
        COL_RAG: QT_TRANSLATE_NOOP("Words", "Score"),
    },
}
RAG_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored RAG value of an action row


def _answer(seen: Understanding, line: RowReport) -> Answer | None:
    """What the row's sheet (its review period) says of the row's entry,
    else of the area the entry belongs to."""
    period = line.sheet if len(seen.periods) > 1 else seen.periods[0] if seen.periods else ""
    entry = seen.entries[line.entry] if line.entry is not None else None
    while entry is not None:
        answer = entry.answers.get(period)
        if answer is not None and not answer.is_empty():
            return answer
        entry = seen.entries[entry.parent] if entry.parent is not None else None
    return None


def kind_label(kind: str, shape: str) -> str:
    """ "Activity" for a work plan's action row, "Action" for a business plan's."""
    return _SHAPE_LABELS.get(shape, {}).get(kind, KIND_LABELS[kind])


class ImportRowsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._kinds: list[str] = []
        self._rags: list[str | None] = []
        self._where: list[tuple[str, int]] = []
        self._headers: dict[int, str] = {}

    def set_understanding(self, seen: Understanding) -> None:
        self.beginResetModel()
        self._headers = _SHAPE_HEADERS.get(seen.shape, {})
        self._rows, self._kinds, self._rags, self._where = [], [], [], []
        for line in seen.rows:
            self._rows.append(self._cells(seen, line))
            self._kinds.append(line.kind)
            self._where.append((line.sheet, line.row))
            action = seen.actions[line.action] if line.kind == "action" and line.action is not None else None
            self._rags.append(action.values.get("rag") if action is not None else None)
        self.endResetModel()

    @staticmethod
    def _cells(seen: Understanding, line: RowReport) -> tuple[str, ...]:
        cells = [""] * len(HEADERS)
        cells[COL_WHERE] = f"{line.sheet} row {line.row}"
        label = kind_label(line.kind, seen.shape)
        if line.entry is not None and line.kind in ("banner", "entry", "note"):
            label = level_word(seen.entries[line.entry].kind)  # "Strategic duty", "Outcome", "Note"
        cells[COL_KIND] = label + (
            translate("ImportRowsTableModel", " (level {level})").format(level=line.level) if line.level else ""
        )
        notes = list(line.notes)
        if line.kind == "action" and line.action is not None:
            action = seen.actions[line.action]
            for column, name in _FIELDS.items():
                value = action.values.get(name)
                cells[column] = rag_label(value) if name == "rag" and value else ("" if value is None else str(value))
            cells[COL_EXTRA] = "; ".join(f"{k}: {v}" for k, v in action.extra.items())
            notes += action.notes
        else:
            cells[COL_WANT] = line.text
            if seen.shape == "self_assessment" and line.entry is not None:
                answer = _answer(seen, line)
                cells[COL_HOW] = "\n".join(answer.evidence) if answer else ""
                cells[COL_LEAD] = "\n".join(answer.analysis) if answer else ""
                score = line.score if line.kind == "question" else answer.score if answer else None
                cells[COL_RAG] = "" if score is None else str(score)
        if seen.shape != "business_plan" and line.level:  # the outline's depth, as the document sets it in
            cells[COL_WANT] = "    " * (line.level - 1) + cells[COL_WANT]
        cells[COL_NOTES] = "\n".join(notes)
        return tuple(cells)

    def kind(self, row: int) -> str:
        return self._kinds[row]

    def where(self, row: int) -> tuple[str, int]:
        """The source sheet and row of a preview row."""
        return self._where[row]

    def row_of(self, where: tuple[str, int]) -> int | None:
        return self._where.index(where) if where in self._where else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][column]
        rag = self._rags[row]
        if role == RAG_ROLE:
            return rag
        if column == COL_RAG and rag is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(RAG_COLOURS[rag]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(RAG_TEXT_COLOURS[rag]))
        if role == Qt.ItemDataRole.FontRole and self._kinds[row] in ("banner", "header"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._kinds[row] in ("title", "note", "continuation"):
            return QBrush(QColor("#555555"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return word(self._headers.get(section, HEADERS[section]))
        return None
