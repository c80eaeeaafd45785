"""How a heading row of the grid looks: a priority, outcome, duty or
responsibility spans the row (the grid sets the span) and its first cell
carries the words, shaded the way council plans shade them: the top level
dark, the next light, an evidence framework grey, footnotes plain italic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from safeguard_desktop.store.queries.plan_layout import Banner

BANNER_ROLE = Qt.ItemDataRole.UserRole + 7  # the Banner of a heading row, None on an action row
_FILLS = (QColor("#1F3864"), QColor("#D9E2F3"), QColor("#EDEDED"))
_TEXT = (QColor("#FFFFFF"), QColor("#1F1F1F"), QColor("#1F1F1F"))
_NOTE_TEXT = QColor("#404040")
_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


# Built once: the view asks for every cell it paints.
_BOLD, _ITALIC = _font(bold=True), _font(italic=True)


def banner_data(column: int, banner: Banner, role: int) -> Any:
    """What the model answers for ``role`` in ``column`` of a heading row."""
    level = 0 if banner.depth == 0 else 2 if banner.is_side else 1
    if role == BANNER_ROLE:
        return banner
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        return banner.line if column == 0 else None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _TOP_LEFT
    if banner.is_note:
        return {Qt.ItemDataRole.ForegroundRole: _NOTE_TEXT, Qt.ItemDataRole.FontRole: _ITALIC}.get(role)
    if role == Qt.ItemDataRole.BackgroundRole:
        return _FILLS[level]
    if role == Qt.ItemDataRole.ForegroundRole:
        return _TEXT[level]
    if role == Qt.ItemDataRole.FontRole and level < 2:
        return _BOLD
    return None
