"""The action log as a table model: it holds the ids that pass the filter,
in the order SQL sorted them, and fetches rows a page at a time when the
view first paints them (docs/ARCHITECTURE.md, "Conventions")."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from safeguard_desktop.core.rag import RAG_COLOURS, rag_label
from safeguard_desktop.core.statuses import STATUS_LABELS
from safeguard_desktop.store.queries.action_log import ActionLogFilter, ActionLogRow, action_log_ids, action_log_rows
from safeguard_desktop.store.sync.marks import ConflictMark, record_conflicts
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.grid.conflict_cells import CONFLICT_FILL, conflict_tooltip
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel
from safeguard_desktop.views.widgets.paged_rows import PagedRows
from safeguard_desktop.views.accessibility import ink_on_fill
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import day_text, translate, word
from safeguard_desktop.views.state_words import state_text

COL_SOURCE, COL_WHAT, COL_OWNER, COL_DUE, COL_STATUS, COL_RAG, COL_UPDATE = range(7)
HEADERS = (QT_TRANSLATE_NOOP("Words", "Source"), QT_TRANSLATE_NOOP("Words", "What"), QT_TRANSLATE_NOOP("Words", "Owner"), QT_TRANSLATE_NOOP("Words", "Due"), QT_TRANSLATE_NOOP("Words", "Status"), QT_TRANSLATE_NOOP("Words", "RAG"), QT_TRANSLATE_NOOP("Words", "Latest update"))
# Which SQL sort each column asks for; "What" has none worth having.
SORTS = {COL_SOURCE: "source", COL_OWNER: "owner", COL_DUE: "due", COL_STATUS: "status", COL_UPDATE: "updated"}
STATUS_WORDS = STATUS_LABELS
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 50  # rows read at a time: a screenful or two; a page costs a few milliseconds
OVERDUE = "#b71c1c"
_CONFLICT_BRUSH = QBrush(CONFLICT_FILL)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE})

Index = QModelIndex | QPersistentModelIndex


class ActionLogTableModel(HeadersTableModel):
    headers = HEADERS

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows: PagedRows[ActionLogRow] = PagedRows(
            lambda ids: action_log_rows(self._ws, ids, self.filter.today), PAGE)
        # Actions in sync conflict, read once per load: their rows are marked until resolved.
        self._conflicts: dict[int, dict[str, ConflictMark]] = {}
        self.filter = ActionLogFilter()
        self.sort_key = "due"
        self.descending = False
        self._loaded = False

    def load(self, flt: ActionLogFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self._rows.set_ids(action_log_ids(self._ws, self.filter, self.sort_key, self.descending))
        self._conflicts = record_conflicts(self._ws, "actions")
        self._loaded = True
        self.endResetModel()

    def refresh_action(self, action_id: int) -> None:
        """One action changed: re-read its page and repaint its row only."""
        row = self._rows.row_of(action_id)
        if row is None:
            return
        self._rows.forget(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def action_id(self, row: int) -> int:
        return self._rows.ids[row]

    def row_of(self, action_id: int) -> int | None:
        return self._rows.row_of(action_id)

    def row_data(self, row: int) -> ActionLogRow | None:
        return self._rows.get(row)

    # -- Qt ------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._rows.ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTS:
            return
        key, descending = SORTS[column], order == Qt.SortOrder.DescendingOrder
        # Qt asks again for the order it has (QTableView.sortByColumn does, twice): the rows are in it.
        changed = (key, descending) != (self.sort_key, self.descending)
        self.sort_key, self.descending = key, descending
        if changed and self._loaded:  # before the first load the view is being set up: that load sorts
            self.load()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell is asked for a dozen roles: those it has none for return at once.
        if not index.isValid() or role not in _ROLES:
            return None
        if role == ID_ROLE:
            return self._rows.ids[index.row()]
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        marks = self._conflicts.get(row.id) if self._conflicts else None
        if marks and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole) and column != COL_RAG:
            return _CONFLICT_BRUSH if role == Qt.ItemDataRole.BackgroundRole else "\n\n".join(
                filter(None, (conflict_tooltip(list(marks.values()), ""), self._tooltip(row, column))))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and row.overdue:
            return QBrush(QColor(OVERDUE))
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on_fill(index)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_RAG and row.rag:
            return QBrush(QColor(RAG_COLOURS[row.rag]))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_RAG:
            return self.tr("RAG rating: {rag}").format(rag=word(rag_label(row.rag)))
        return None

    def _tooltip(self, row: ActionLogRow, column: int) -> str | None:
        if column in (COL_SOURCE, COL_WHAT, COL_OWNER, COL_UPDATE):
            return row.progress if column == COL_UPDATE else self._text(row, column)  # elided text, whole
        return None

    def _text(self, row: ActionLogRow, column: int) -> str | None:
        if column == COL_SOURCE:
            return row.source
        if column == COL_WHAT:
            return row.want
        if column == COL_OWNER:
            return row.owner
        if column == COL_DUE:
            return _due_text(row.due, row.due_text, row.overdue)
        if column == COL_STATUS:
            return word(STATUS_WORDS.get(row.status, row.status))
        if column == COL_RAG:
            return word(rag_label(row.rag)) if row.rag else ""  # the word as well: never colour alone
        if column == COL_UPDATE:
            return state_text(row.last_update) if row.last_update else row.last_update
        return None


def _due_text(due: date | None, written: str | None, overdue: bool) -> str:
    if due is None:
        return written or ""
    # Short months keep the column narrow; the red already says "late".
    return day_text(due, "%d %b %Y") + (translate("ActionLogModel", " overdue") if overdue else "")
