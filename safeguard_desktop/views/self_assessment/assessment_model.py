"""One review period of a self-assessment as a table: each priority area
(with its statement) and its numbered questions, with the period's evidence,
analysis and score. Edits go to the page through ``edit``; the model never
writes to the store itself."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safeguard_desktop.core.plan_shapes import NOTE
from safeguard_desktop.views.labels import score_text
from safeguard_desktop.store.queries.self_assessments import AssessmentLine
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.accessibility import ink_on_fill

Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_TEXT, COL_EVIDENCE, COL_ANALYSIS, COL_SCORE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("Words", "No."), QT_TRANSLATE_NOOP("Words", "Priority area or question"), QT_TRANSLATE_NOOP("Words", "Evidence"), QT_TRANSLATE_NOOP("Words", "Analysis"), QT_TRANSLATE_NOOP("Words", "Score (1-6)"))
FIELDS = {COL_EVIDENCE: "evidence", COL_ANALYSIS: "analysis", COL_SCORE: "score"}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "area", "question" or "note": how the text cell is drawn
# A priority area's own line stands out from its questions, as in the document.
AREA_FILL = QBrush(QColor("#E8EEF6"))

# (entry id, field, the text or score typed) -> whether it was stored
Edit = Callable[[int, str, Any], bool]


def line_text(line: Any) -> str:
    """An area's name with its statement under it; a question as written."""
    return f"{line.title}\n{line.body}" if line.body else line.title


class AssessmentTableModel(QAbstractTableModel):
    def __init__(self, edit: Edit, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._lines: list[AssessmentLine] = []

    def set_lines(self, lines: Sequence[AssessmentLine]) -> None:
        """New content: rows whose answers changed are signalled one by one
        when the rows are the same entries (an editor open in another cell
        stays open); otherwise the table starts afresh."""
        lines = list(lines)
        if [line.entry_id for line in lines] != [line.entry_id for line in self._lines]:
            self.beginResetModel()
            self._lines = lines
            self.endResetModel()
            return
        old, self._lines = self._lines, lines
        for row, (before, after) in enumerate(zip(old, lines)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def line(self, row: int) -> AssessmentLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SCORE:
                return "" if line.score is None else score_text(line.score)
            return [line.number, line_text(line), line.evidence, line.analysis][column] or ""
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_SCORE:
                return "" if line.score is None else str(line.score)
            return getattr(line, FIELDS[column]) if column in FIELDS else None
        if role == Qt.ItemDataRole.FontRole and line.kind == "area" and column in (COL_NUMBER, COL_SCORE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole and line.kind == "area":
            return AREA_FILL
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SCORE:
            return self.tr("Type a score from 1 to 6; Delete clears it")
        if role == ENTRY_ROLE:
            return line.entry_id
        if role == KIND_ROLE:
            return line.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        answerable = index.column() in FIELDS and self._lines[index.row()].kind != NOTE.kind
        return flags | Qt.ItemFlag.ItemIsEditable if answerable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self._edit(self._lines[index.row()].entry_id, FIELDS[index.column()], value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return word(HEADERS[section])
        return None
