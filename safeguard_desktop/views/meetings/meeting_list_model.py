"""The Meetings page's list as a table model: it holds the ids of the
meetings shown, newest first as SQL ordered them, and fetches their rows a
page at a time when the view first paints them (docs/ARCHITECTURE.md,
"Conventions"): a decade's 2,000 meetings cost a screenful."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from safeguard_desktop.store.queries.meeting_list import MeetingListRow, meeting_ids, meeting_rows
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.i18n import day_text
from safeguard_desktop.views.labels import MEETING_KINDS, code_word, label
from safeguard_desktop.views.widgets.headers_table_model import HeadersTableModel
from safeguard_desktop.views.widgets.paged_rows import PagedRows
from safeguard_desktop.views.widgets.record_table_model import ID_ROLE

COL_DATE, COL_GROUP, COL_KIND, COL_STATUS, COL_MINUTES = range(5)
HEADERS = (QT_TRANSLATE_NOOP("Words", "Date"), QT_TRANSLATE_NOOP("Words", "Group"),
           QT_TRANSLATE_NOOP("Words", "Kind"), QT_TRANSLATE_NOOP("Words", "Status"),
           QT_TRANSLATE_NOOP("Words", "Minutes"))
PAGE = 100

Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(HeadersTableModel):
    headers = HEADERS

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows: PagedRows[MeetingListRow] = PagedRows(lambda ids: meeting_rows(self._ws, ids), PAGE)

    def load(self, group_id: int | None) -> None:
        """The meetings of one group, or of every group for None."""
        self.beginResetModel()
        self._rows.set_ids(meeting_ids(self._ws, group_id))
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int | None:
        return self._rows.row_of(meeting_id)

    def record(self, row: int) -> MeetingListRow | None:
        """The row's meeting; None for one deleted since the ids were read."""
        return self._rows.get(row)

    def row_total(self) -> int:
        return len(self._rows.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._rows.ids[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        meeting = self.record(index.row())
        if meeting is None:
            return None
        column = index.column()
        if column == COL_DATE:
            return day_text(meeting.date, "%a %d %b %Y")
        if column == COL_GROUP:
            return meeting.group
        if column == COL_KIND:
            return label(MEETING_KINDS, meeting.kind)
        return code_word(meeting.status if column == COL_STATUS else meeting.minutes_status)
