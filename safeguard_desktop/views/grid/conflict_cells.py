"""How a field in sync conflict looks in the plan's grid: its own fill and a
tooltip with the other copy's value, who and when, until a person resolves
it (File › Sync conflicts…). The conflicts are read once per reload of the
grid (store/sync/marks.py), never per cell painted."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from safeguard_desktop.store.sync.describe import field_label
from safeguard_desktop.store.sync.marks import ConflictMark, record_conflicts
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.i18n import translate

_MARKED = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.AccessibleTextRole})
# Lavender: unlike every RAG, overdue and heading fill, so it reads as "something else".
CONFLICT_FILL = QColor("#E4D7F5")
CONFLICT_TEXT = QColor("#3F1F6B")


class ConflictCells:
    """The open conflicts on one plan's actions, by action id and column."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._marks: dict[int, dict[int, list[ConflictMark]]] = {}

    def load(self, plan_id: int | None, column_of_field: Mapping[str, int], fallback: int) -> None:
        """Read the plan's open conflicts: one query. A field the grid does
        not show (a deletion, a move) marks ``fallback``, the row's first column."""
        self._marks = {}
        if plan_id is None:
            return
        for action_id, fields in record_conflicts(self.workspace, "actions", plan_id).items():
            columns = self._marks.setdefault(action_id, {})
            for field, mark in fields.items():
                columns.setdefault(column_of_field.get(field, fallback), []).append(mark)

    def __bool__(self) -> bool:
        return bool(self._marks)

    def marks(self, action_id: int, column: int, role: int) -> list[ConflictMark]:
        """The marks on a cell, for the roles a mark changes (else none)."""
        found = self._marks.get(action_id) if role in _MARKED else None
        return found.get(column, []) if found else []

    def row_in_conflict(self, action_id: int) -> bool:
        return action_id in self._marks


def conflict_data(marks: list[ConflictMark], shown_field: str, role: int, text: str) -> Any:
    """What a cell in conflict answers for ``role`` (``marks`` not empty)."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return CONFLICT_FILL
    if role == Qt.ItemDataRole.ForegroundRole:
        return CONFLICT_TEXT
    if role == Qt.ItemDataRole.ToolTipRole:
        return conflict_tooltip(marks, shown_field)
    # A screen reader hears it too: the fill alone would be lost on it.
    return translate("ConflictCells", "{text} (in conflict with the other copy)").format(text=text)


def conflict_tooltip(marks: list[ConflictMark], shown_field: str) -> str:
    lines = []
    for mark in marks:
        # A deletion says itself ("deleted", "kept (not deleted)"); another field is named.
        alone = mark.field in (shown_field, "deleted_at")
        value = mark.there_text if alone else f"{field_label(mark.field)}: {mark.there_text}"
        lines.append(translate("ConflictCells", "In conflict with the other copy: {value} ({who}) — File › Sync conflicts…")
                     .format(value=value, who=mark.there_stamp or translate("ConflictCells", "who and when not recorded")))
    return "\n".join(lines)
