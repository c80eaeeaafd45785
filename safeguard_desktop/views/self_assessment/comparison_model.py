"""Two periods of a self-assessment side by side: each score, the change as
a word on its colour, and the evidence that changed, marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safeguard_desktop.views.labels import score_text
from safeguard_desktop.store.queries.self_assessments import ComparedLine, Comparison
from safeguard_desktop.views.self_assessment.assessment_model import AREA_FILL, KIND_ROLE, line_text
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.accessibility import ink_on_fill

Index = QModelIndex | QPersistentModelIndex
(COL_NUMBER, COL_TEXT, COL_SCORE_BEFORE, COL_SCORE_AFTER, COL_CHANGE, COL_EVIDENCE_CHANGED, COL_EVIDENCE_BEFORE,
 COL_EVIDENCE_AFTER) = range(8)
CHANGED = QT_TRANSLATE_NOOP("Words", "Changed")
# Marks what changed in the evidence the way a reviewer's highlighter would.
CHANGED_FILL = QBrush(QColor("#FFE699"))


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._lines: tuple[ComparedLine, ...] = ()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._lines = comparison.lines if comparison else ()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COL_EVIDENCE_AFTER + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_CHANGE and line.after.score is not None:
                return QBrush(QColor(line.change.fill))
            if column in (COL_EVIDENCE_CHANGED, COL_EVIDENCE_AFTER) and line.evidence_changed:
                return CHANGED_FILL
            return AREA_FILL if line.kind == "area" else None
        if role == KIND_ROLE:
            return line.kind
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CHANGE:
            return self.tr("Change: {word} ({colour})").format(word=line.change.word.lower(), colour=line.change.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _text(self, line: ComparedLine, column: int) -> str:
        if column == COL_NUMBER:
            return line.number or ""
        if column == COL_TEXT:
            return line_text(line)
        if column in (COL_SCORE_BEFORE, COL_SCORE_AFTER):
            score = (line.before if column == COL_SCORE_BEFORE else line.after).score
            return "" if score is None else score_text(score)
        if column == COL_CHANGE:
            return line.change.text if line.after.score is not None else ""
        if column == COL_EVIDENCE_CHANGED:
            return word(CHANGED) if line.evidence_changed else ""
        return (line.before if column == COL_EVIDENCE_BEFORE else line.after).evidence or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:  # period names wrap in the narrow score columns
            return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._comparison
        before = c.before.label if c and c.before else self.tr("(none before)")
        after = c.after.label if c else ""
        return (self.tr("No."), self.tr("Priority area or question"), self.tr("Score {before}").format(before=before), self.tr("Score {after}").format(after=after), self.tr("Change"),
                self.tr("Evidence changed"), self.tr("Evidence {before}").format(before=before), self.tr("Evidence {after}").format(after=after))[section]
