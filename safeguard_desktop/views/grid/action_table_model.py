"""The action-plan table model: row ids from SQL, row content fetched a page
at a time as the view asks for it, sorting and filtering done by the store
(never a QSortFilterProxyModel: measured here, it takes about 20 s to sort
100,000 rows in Python, where SQL over an index takes tens of milliseconds).

In plan order the rows sit under banner rows for the plan's structure
(priorities, outcomes and the evidence framework; duties and
responsibilities; footnotes), laid out by ``store.queries.plan_layout``.
A banner is a row of the model that is not an action: it can be selected
and read in full, never typed or pasted into (the outline edits it).
Sorted by a column, the rows stand alone: a banner cannot sit between rows
that no longer follow the plan's structure.

Edits go through undo commands (``write``), which write to the workspace
and announce the cells they changed; the model then re-reads only those
rows and signals only those cells. A row that no longer matches the sort or
filter after an edit stays where it is, as in a spreadsheet, until the user
sorts or filters again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoStack

from safeguard_desktop.core.rag import RAG_COLOURS, rag_label
from safeguard_desktop.core.timescales import format_date, understand_timescale
from safeguard_desktop.store.queries.actions import (
    PAGE_SIZE,
    ActionFilter,
    ActionRow,
    SortSpec,
    action_ids,
    action_rows,
    plan_headings,
    plan_kind,
    plan_layout,
)
from safeguard_desktop.store.queries.plan_layout import Banner
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.grid.banner_cells import BANNER_ROLE, banner_data
from safeguard_desktop.views.grid.columns import (
    CAB,
    DATE_KIND,
    LONG,
    RAG,
    STATUS,
    TEXT,
    WHEN,
    CellError,
    GridColumn,
    cell_text,
    edit_value,
    parse_cell,
)
from safeguard_desktop.views.grid.conflict_cells import ConflictCells, conflict_data
from safeguard_desktop.views.grid.commands import CellEdit, Paste, TypedCells, cell_edits
from safeguard_desktop.views.grid.events import CellKeys, GridEvents, grid_events
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted, word, words
from safeguard_desktop.views.undo import push_applied

# Widths up to 160 are kept as they are; wider columns share the room left
# in proportion to these widths until the user sizes a column (GridHeader.fit_to_width).
COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("number", QT_TRANSLATE_NOOP("Words", "No."), TEXT, 50),
    GridColumn("cab", QT_TRANSLATE_NOOP("Words", "CAB"), CAB, 44),
    GridColumn("want", QT_TRANSLATE_NOOP("Words", "What do we want to achieve?"), LONG, 240),
    GridColumn("how", QT_TRANSLATE_NOOP("Words", "How are we going to do it?"), LONG, 270),
    GridColumn("lead", QT_TRANSLATE_NOOP("Words", "Who will lead?"), TEXT, 180),
    GridColumn("measure", QT_TRANSLATE_NOOP("Words", "How will we know we have achieved our goal?"), LONG, 250),
    GridColumn("when_text", QT_TRANSLATE_NOOP("Words", "When are we going to achieve this?"), WHEN, 120),
    GridColumn("progress", QT_TRANSLATE_NOOP("Words", "Progress review"), LONG, 280),
    GridColumn("rag", QT_TRANSLATE_NOOP("Words", "RAG rating"), RAG, 96),
    GridColumn("status", QT_TRANSLATE_NOOP("Words", "Status"), STATUS, 120, optional=True),
    GridColumn("target_date", QT_TRANSLATE_NOOP("Words", "Target date"), DATE_KIND, 100, optional=True),
    GridColumn("last_updated", QT_TRANSLATE_NOOP("Words", "Last updated"), DATE_KIND, 100, optional=True),
    GridColumn("source", QT_TRANSLATE_NOOP("Words", "Source"), LONG, 180, optional=True),
)
(COL_NUMBER, COL_CAB, COL_WANT, COL_HOW, COL_LEAD, COL_MEASURE, COL_WHEN, COL_PROGRESS, COL_RAG,
 COL_STATUS, COL_TARGET, COL_UPDATED, COL_SOURCE) = range(len(COLUMNS))
HEADERS: tuple[str, ...] = tuple(c.heading for c in COLUMNS)
# A shape's own words for a column, where the action-plan headings would read
# oddly: a work plan's rows are activities, not things "we want to achieve".
SHAPE_HEADINGS: dict[str, dict[str, str]] = {"work_plan": {"want": QT_TRANSLATE_NOOP("Words", "Activity")}}
COLUMN_OF_FIELD = {c.field: i for i, c in enumerate(COLUMNS)}
_ROW_FIELDS = frozenset(ActionRow.__dataclass_fields__)  # what a cached row holds
# Fields the store derives from another: they show in that field's column.
COLUMN_OF_FIELD["when_date"] = COL_WHEN
COLUMN_OF_FIELD["confidential"] = COL_NUMBER  # shown by the number's style

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole ActionRow
UNDERSTOOD_ROLE = Qt.ItemDataRole.UserRole + 4  # "31 March 2015": the date "When?" was read as
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 5
FIELD_ROLE = Qt.ItemDataRole.UserRole + 6  # header data: the stored field of a column
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 8  # how deep an activity is nested ("What?" column only)

# Excel's "Bad" cell style: what boards already read as "late".
OVERDUE_FILL = QColor("#FFC7CE")
OVERDUE_TEXT = QColor("#9C0006")
RAG_FILLS = {value: QColor(colour) for value, colour in RAG_COLOURS.items()}
MAX_CACHED_PAGES = 64
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole, ID_ROLE, SORT_KEY_ROLE, ROW_ROLE, UNDERSTOOD_ROLE, OVERDUE_ROLE,
    BANNER_ROLE, DEPTH_ROLE, Qt.ItemDataRole.AccessibleTextRole,
})
BANNER_REFUSED = QT_TRANSLATE_NOOP("Words", "Priority, outcome and other heading rows are not action cells: they were left as they were.")

Index = QModelIndex | QPersistentModelIndex
_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_CENTRED = Qt.AlignmentFlag.AlignCenter
# Built once: the view asks for every cell it paints.
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_HEADING_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | Qt.TextFlag.TextWordWrap.value


class ActionTableModel(QAbstractTableModel):
    reloaded = Signal(object)  # the ids a command asked to select afterwards
    write_refused = Signal(str)  # why typed or pasted text was not stored

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.events: GridEvents = grid_events(undo_stack)
        self.events.cells_changed.connect(self._on_cells_changed)
        self.events.rows_changed.connect(self._on_rows_changed)
        self.events.plan_changed.connect(self._on_plan_changed)
        self.events.structure_changed.connect(self._on_structure_changed)
        self.plan_id: int | None = None
        self.sort_spec: SortSpec | None = None
        self.filters = ActionFilter()
        self.show_outline = True  # banners between the rows in plan order
        self.today = date.today()
        self._headings = self._defaults = tuple(words(HEADERS))  # the headings of this plan's shape
        # Row slots: an action's id, or a banner's entry id negated.
        self._ids: list[int] = []
        self._banners: dict[int, Banner] = {}
        self._depths: dict[int, int] = {}
        self._row_of: dict[int, int] | None = None  # built when first needed
        self._lookups = 0
        self._cache: dict[int, ActionRow] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self.conflicts = ConflictCells(workspace)  # read on each reload, until resolved

    # -- what is shown ---------------------------------------------------------
    def set_plan(self, plan_id: int | None, headings: str | None = None) -> None:
        self.plan_id = plan_id
        self.sort_spec = None
        self.filters = ActionFilter()
        shape_words = SHAPE_HEADINGS.get(plan_kind(self.workspace, plan_id) or "", {}) if plan_id is not None else {}
        self._defaults = tuple(word(shape_words.get(c.field, c.heading)) for c in COLUMNS)
        self._headings = headings_from(headings, self._defaults)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.reload()

    def set_sort(self, spec: SortSpec | None) -> None:
        self.sort_spec = spec
        self.reload()

    def set_filter(self, filters: ActionFilter) -> None:
        self.filters = filters
        self.reload()

    def set_outline_shown(self, shown: bool) -> None:
        self.show_outline = shown
        self.reload()

    @property
    def outline_shown(self) -> bool:
        """Whether banners are among the rows now (plan order, outline on)."""
        return self.show_outline and self.sort_spec is None

    def reload(self, focus: Sequence[int] = ()) -> None:
        self.today = date.today()
        banners: dict[int, Banner] = {}
        depths: dict[int, int] = {}
        if self.plan_id is None:
            ids: list[int] = []
        elif self.outline_shown:
            layout = plan_layout(self.workspace, self.plan_id, self.filters)
            ids, banners, depths = layout.slots, layout.banners, layout.depths
        else:
            ids = action_ids(self.workspace, self.plan_id, self.sort_spec, self.filters)
        self.conflicts.load(self.plan_id, COLUMN_OF_FIELD, COL_NUMBER)
        self.beginResetModel()
        self._ids = ids
        self._banners = banners
        self._depths = depths
        self._row_of = None
        self._lookups = 0
        self._cache.clear()
        self._pages.clear()
        self.endResetModel()
        self.reloaded.emit(list(focus))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: sorted by SQL; a column below 0 is plan order."""
        if column < 0:
            self.set_sort(None)
        else:
            self.set_sort(SortSpec(COLUMNS[column].field, order == Qt.SortOrder.DescendingOrder))

    # -- rows ----------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return self._ids

    def row_id(self, row: int) -> int:
        """The row's slot: an action id, or a banner's entry id negated."""
        return self._ids[row]

    def banner(self, row: int) -> Banner | None:
        slot = self._ids[row]
        return self._banners.get(-slot) if slot < 0 else None

    def action_id_at(self, row: int) -> int | None:
        """The action on ``row``; None on a banner."""
        slot = self._ids[row]
        return slot if slot > 0 else None

    def banner_count(self) -> int:
        return len(self._banners)

    def banner_rows(self) -> list[int]:
        """The rows that are headings (none, without a walk, in a flat plan)."""
        return [row for row, slot in enumerate(self._ids) if slot < 0] if self._banners else []

    def first_action_row(self) -> int:
        """Where the cursor starts: the first action, past the headings over it."""
        return next((row for row, slot in enumerate(self._ids[:PAGE_SIZE]) if slot > 0), 0)

    def last_action_id(self) -> int | None:
        return next((slot for slot in reversed(self._ids) if slot > 0), None)

    def row_of(self, action_id: int) -> int | None:
        # A few look-ups scan the list (about 1 ms for 100,000 ids); many
        # build a map once (25 ms), so a reload stays cheap either way.
        if self._row_of is None:
            self._lookups += 1
            if self._lookups <= 16:
                try:
                    return self._ids.index(action_id)
                except ValueError:
                    return None
            self._row_of = {action_id: row for row, action_id in enumerate(self._ids)}
        return self._row_of.get(action_id)

    def action(self, row: int) -> ActionRow:
        action_id = self._ids[row]
        found = self._cache.get(action_id)
        if found is None:
            self._load_page(row // PAGE_SIZE)
            found = self._cache[action_id]
        return found

    def _load_page(self, page: int) -> None:
        ids = [slot for slot in self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE] if slot > 0]
        self._cache.update(action_rows(self.workspace, ids))
        self._pages[page] = ids
        # Memory stays flat however far the user scrolls.
        while len(self._pages) > MAX_CACHED_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for action_id in dropped:
                self._cache.pop(action_id, None)

    # -- Qt model interface --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about a dozen roles per cell as it paints; most are
        # answered here without looking at the row.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        column = COLUMNS[index.column()]
        if self._ids[index.row()] < 0:
            return banner_data(index.column(), self._banners[-self._ids[index.row()]], role)
        row = self.action(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, row)
        if role == Qt.ItemDataRole.EditRole:
            return edit_value(column, row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == SORT_KEY_ROLE:
            return getattr(row, column.field)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRED if column.kind in (RAG, CAB) else _TOP_LEFT
        if role == DEPTH_ROLE:
            return self._depths.get(row.id, 0) if index.column() == COL_WANT else 0
        if role == BANNER_ROLE:
            return None
        marks = self.conflicts.marks(row.id, index.column(), role) if self.conflicts else None
        if marks:
            return conflict_data(marks, column.field, role, cell_text(column, row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears the rating as words, never only its colour.
            if column.kind != RAG:
                return None
            return self.tr("RAG rating: {rag}").format(rag=word(rag_label(getattr(row, column.field))))
        return self._decoration(column, row, role)

    def _decoration(self, column: GridColumn, row: ActionRow, role: int) -> Any:
        overdue = column.kind in (WHEN, DATE_KIND) and column.field != "last_updated" and row.overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.kind == RAG:
                return RAG_FILLS.get(row.rag or "")
            return OVERDUE_FILL if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT if overdue else None
        if role == OVERDUE_ROLE:
            return overdue
        if role == UNDERSTOOD_ROLE and column.kind == WHEN:
            return format_date(row.when_date) if row.when_date else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, row, overdue)
        if role == Qt.ItemDataRole.FontRole and column.field == "number" and row.confidential:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, column: GridColumn, row: ActionRow, overdue: bool) -> str | None:
        if column.kind == WHEN and row.when_text:
            understood = understand_timescale(row.when_text, self.today).explanation
            return self.tr("Understood as: {understood}").format(understood=understood) + (self.tr(" — overdue") if overdue else "")
        if column.field == "number" and row.confidential:
            return self.tr("Confidential: left out of every public export")
        if column.kind == LONG:
            return getattr(row, column.field) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headings[section]
        if role == FIELD_ROLE:
            return COLUMNS[section].field
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Long headings ("How will we know we have achieved our goal?")
            # wrap rather than widen their column. Given here, not as the
            # header's default alignment: a wrap flag there makes
            # QHeaderView.restoreState refuse every saved state.
            return _HEADING_ALIGNMENT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.workspace.read_only or (index.row() < len(self._ids) and self._ids[index.row()] < 0):
            return _READ_ONLY
        return _EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.write([(index.row(), index.column(), value)], self.tr("Edit “{short}”").format(short=short(self._headings[index.column()])))

    # -- writing -------------------------------------------------------------
    def write(self, cells: Sequence[tuple[int, int, Any]], text: str) -> bool:
        """Store typed or cleared cells (row, column, value) as one undo step.
        Text a column cannot hold is refused with a message; the rest is kept."""
        parsed, refused = self._parse(cells)
        if refused:
            self.write_refused.emit(refused[0] if len(refused) == 1 else
                                    self.tr("{count} cells were left as they were. {why}").format(count=len(refused), why=refused[0]))
        if not parsed or self.plan_id is None:
            return False
        step = TypedCells(self.workspace, self.events, self.plan_id, parsed, text)
        return push_applied(self.undo_stack, step) and bool(step.edits)

    def paste(self, top_row: int, columns: Sequence[int], block: Sequence[Sequence[str]]) -> bool:
        """A clipboard block from ``top_row`` across ``columns``; rows past the
        end become new rows. One undo step. The block's rows go to the action
        rows from ``top_row`` down, passing over banners (a heading is never
        overwritten); a paste that starts on a banner is refused."""
        if self.plan_id is None or not block:
            return False
        if top_row < len(self._ids) and self._ids[top_row] < 0:
            self.write_refused.emit(self.tr("Nothing was pasted: row {row} is a heading ({heading}). Paste into an action row.").format(row=top_row + 1, heading=self._banners[-self._ids[top_row]].heading))
            return False
        targets = [row for row in range(top_row, len(self._ids)) if self._ids[row] > 0][:len(block)]
        targets += range(len(self._ids), len(self._ids) + len(block) - len(targets))
        passed = targets[-1] - top_row + 1 - len(block) if targets else 0
        if passed:
            self.write_refused.emit(counted(self.tr("The pasted rows went round %n heading row(s), which were left "
                                                    "as they were.", "", passed), passed))
        cells = [(targets[r], column, value) for r, values in enumerate(block)
                 for column, value in zip(columns, values)]
        inside = [cell for cell in cells if cell[0] < len(self._ids)]
        parsed, refused = self._parse(inside)
        new_rows: dict[int, dict[str, Any]] = {}
        for row, column, value in cells:
            if row >= len(self._ids):
                try:
                    new_rows.setdefault(row, {})[COLUMNS[column].field] = parse_cell(COLUMNS[column], value)
                except CellError as exc:
                    refused.append(str(exc))
        if refused:
            self.write_refused.emit(counted(self.tr("%n pasted cell(s) could not be stored.", "", len(refused)),
                                            len(refused)) + " " + refused[0])
        edits: list[CellEdit] = cell_edits(self.workspace, parsed) if parsed else []
        rows = [values for _, values in sorted(new_rows.items())]
        if not edits and not rows:
            return False
        count = len(edits) + sum(len(r) for r in rows)
        push_applied(self.undo_stack, Paste(self.workspace, self.events, self.plan_id, edits, rows,
                                            self.last_action_id(), counted(self.tr("Paste %n cell(s)", "", count), count)))
        return True

    def _parse(self, cells: Sequence[tuple[int, int, Any]]) -> tuple[list[tuple[int, str, Any]], list[str]]:
        parsed, refused = [], []
        if any(self._ids[row] < 0 for row, _, _ in cells):
            refused.append(word(BANNER_REFUSED))
        for row, column, value in cells:
            if self._ids[row] < 0:
                continue
            try:
                parsed.append((self._ids[row], COLUMNS[column].field, parse_cell(COLUMNS[column], value)))
            except CellError as exc:
                refused.append(str(exc))
        return parsed, refused

    # -- told by the commands -------------------------------------------------------
    def _on_cells_changed(self, keys: Sequence[tuple[int, str]]) -> None:
        shown = {action_id for action_id, _ in keys if self.row_of(action_id) is not None}
        if not shown:
            return
        # A row whose every changed field came with the value written is
        # brought up to date from those values; the others are read again.
        written = keys.written if isinstance(keys, CellKeys) else {}
        unknown = {action_id for action_id, field in keys if (action_id, field) not in written
                   or field not in _ROW_FIELDS}
        for (action_id, field), value in written.items():
            cached = self._cache.get(action_id)
            if cached is not None and action_id in shown and action_id not in unknown:
                self._cache[action_id] = replace(cached, **{field: value})
        stale = sorted(shown & unknown)
        if stale:
            self._cache.update(action_rows(self.workspace, stale))
        for action_id, field in keys:
            row, column = self.row_of(action_id), COLUMN_OF_FIELD.get(field)
            if row is not None and column is not None:
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def _on_rows_changed(self, plan_id: int, focus: Sequence[int]) -> None:
        if plan_id == self.plan_id:
            self.reload(focus)

    def _on_structure_changed(self, plan_id: int, _shown: object) -> None:
        # A heading renamed, added or moved: the banners are read again.
        if plan_id == self.plan_id and self.outline_shown:
            self.reload()

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self._headings = headings_from(plan_headings(self.workspace, plan_id), self._defaults)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def own_headings(self) -> dict[str, str]:
        """The headings this plan words its own way (field -> heading)."""
        return {c.field: h for c, h, d in zip(COLUMNS, self._headings, self._defaults) if h != d}


def headings_from(stored: str | None, defaults: Sequence[str] = HEADERS) -> tuple[str, ...]:
    """The plan's own headings over ``defaults`` (the nine action-plan
    headings, or its shape's): stored as JSON, an object field -> heading or a list in column
    order (as an import keeps them)."""
    try:
        value = json.loads(stored) if stored else None
    except ValueError:
        value = None
    if isinstance(value, list):
        value = {COLUMNS[i].field: v for i, v in enumerate(value[:len(COLUMNS)])}
    own = value if isinstance(value, dict) else {}
    return tuple(str(own.get(c.field) or default) for c, default in zip(COLUMNS, defaults))


def short(heading: str) -> str:
    return heading if len(heading) <= 30 else heading[:28].rstrip() + "…"
