"""The action-plan grid: a table view that behaves like the spreadsheet
business managers already use.

Keys: typing replaces the cell, F2 or Enter edits it, Enter stores and moves
down, Tab / Shift+Tab across (past the last shown column to the next row's
first, and back, as in Excel), Esc cancels; R A G B N rate the selected RAG
cells and C A B set CAB; Delete clears; Ctrl+C / Ctrl+X / Ctrl+V copy, cut and
paste tab-separated ranges (one undo step each). Rows grow to fit wrapped
text; only the rows on screen are measured, so 100,000 rows cost nothing.
Header clicks sort (ascending, descending, back to plan order) in SQL.

Banner rows (a priority, an outcome, a duty, a footnote) span the whole row
with their full text, wrapped to the row's width; they are read and
selected, never edited here: typing, pasting and clearing pass them by.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from safeguard_desktop.core.rag import RAG_VALUES, rag_from_key, rag_label
from safeguard_desktop.views.grid.action_table_model import (
    COL_CAB,
    COL_LEAD,
    COL_RAG,
    COL_STATUS,
    COL_WANT,
    COL_WHEN,
    COLUMNS,
    ActionTableModel,
)
from safeguard_desktop.views.grid.columns import LONG
from safeguard_desktop.views.grid.delegates import (
    MOVE_DOWN,
    ActivityTextDelegate,
    GridDelegate,
    LeadDelegate,
    LongTextDelegate,
    RagDelegate,
    TextDelegate,
    WhenDelegate,
    cab_delegate,
    status_delegate,
)
from safeguard_desktop.views.grid.clipboard import copy_text, paste_text
from safeguard_desktop.views.grid.grid_header import GridHeader
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.i18n import word

MAX_ROW_HEIGHT = 320  # a very long cell scrolls in its editor rather than filling the screen
_CAB_KEYS = {"c": "C", "a": "A", "b": "B"}
_ARROW_STEPS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
_Hint = QAbstractItemDelegate.EndEditHint


class ActionGrid(QTableView):
    current_action_changed = Signal(object)  # action id or None
    message = Signal(str)

    def __init__(
        self, model: ActionTableModel, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.replacing = False  # read by the delegates: was the editor opened by a typed key?
        self.row_actions: list[QAction] = []  # the plan view's row commands, for the context menu
        self._settings = settings
        self._restore_id: int | None = None
        self._restore_column = 0
        self.setModel(model)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._set_read_only(model.workspace.read_only)
        self._fit_timer = QTimer(self, singleShot=True, interval=0, timeout=self.fit_visible_rows)
        self._install_delegates()
        self._set_up_headers()
        self.verticalScrollBar().valueChanged.connect(self._fit_timer.start)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._span_banners)
        model.reloaded.connect(self._after_reload)
        model.dataChanged.connect(lambda *_: self._fit_timer.start())
        model.write_refused.connect(self.message)
        model.events.focus.connect(self._show_cells)
        self.selectionModel().currentRowChanged.connect(lambda *_: self._emit_current())

    @property
    def grid_model(self) -> ActionTableModel:
        model = self.model()
        assert isinstance(model, ActionTableModel)
        return model

    # -- set-up -------------------------------------------------------------
    def _set_read_only(self, read_only: bool) -> None:
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.NoEditTriggers
            if read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )

    def _install_delegates(self) -> None:
        self.lead_delegate = LeadDelegate(self)
        special: dict[int, GridDelegate] = {
            COL_RAG: RagDelegate(self),
            COL_CAB: cab_delegate(self),
            COL_STATUS: status_delegate(self),
            COL_LEAD: self.lead_delegate,
            COL_WHEN: WhenDelegate(self),
            COL_WANT: ActivityTextDelegate(self),
        }
        for column, spec in enumerate(COLUMNS):
            delegate = special.get(column) or (LongTextDelegate(self) if spec.kind == LONG else TextDelegate(self))
            self.setItemDelegateForColumn(column, delegate)

    def _set_up_headers(self) -> None:
        self.header_view = GridHeader(self._settings, self)
        self.setHorizontalHeader(self.header_view)
        self.header_view.available = self._column_room
        self.header_view.restore()
        self.header_view.sectionResized.connect(self._fit_timer.start)
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() * 2 + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def plan_order(self) -> None:
        self.header_view.plan_order()

    def save_header_state(self) -> None:
        self.header_view.save_state()

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.header_view.set_column_shown(column, shown)

    # -- rows fit their text --------------------------------------------------
    def fit_visible_rows(self) -> None:
        self.header_view.fit_height()
        model = self.grid_model
        if model.rowCount() == 0:
            return
        for _ in range(3):  # rows that grow push others off screen: settle in a few passes
            first = max(0, self.rowAt(0))
            last = self.rowAt(self.viewport().height() - 1)
            last = model.rowCount() - 1 if last < 0 else last
            changed = False
            for row in range(first, last + 1):
                height = self.sizeHintForRow(row)
                if height > 0 and height != self.rowHeight(row):
                    self.setRowHeight(row, height)
                    changed = True
            if not changed:
                return

    def sizeHintForRow(self, row: int) -> int:
        model = self.grid_model
        if model.banner(row) is not None:
            return self._banner_height(row)
        return min(super().sizeHintForRow(row), MAX_ROW_HEIGHT)

    def _span_banners(self) -> None:
        self.clearSpans()
        columns = self.grid_model.columnCount()
        for row in self.grid_model.banner_rows():
            self.setSpan(row, 0, 1, columns)

    def _banner_height(self, row: int) -> int:
        """A banner's full text wrapped across the row's shown width."""
        index = self.grid_model.index(row, 0)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else self.font())
        width = max(100, sum(self.columnWidth(c) for c in self.visible_columns()) - 12)
        text = index.data() or ""
        bounds = metrics.boundingRect(
            QRect(0, 0, width, 100000), int(Qt.AlignmentFlag.AlignLeft) | Qt.TextFlag.TextWordWrap.value, text
        )
        return min(bounds.height() + 12, MAX_ROW_HEIGHT)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.header_view.auto_widths and self.viewport().width() > 300:
            self.header_view.fit_to_width()
        self._fit_timer.start()

    def _column_room(self) -> int:
        """The width the columns can fill: the viewport's, less a scroll bar
        that is not there yet but will be once the rows grow."""
        room = self.viewport().width() - 2
        if not self.verticalScrollBar().isVisible():
            room -= self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return room

    # -- keeping the user's place across reloads ------------------------------------
    def _remember_current(self) -> None:
        current = self.currentIndex()
        self._restore_id = self.grid_model.row_id(current.row()) if current.isValid() else None
        self._restore_column = max(0, current.column())

    def _after_reload(self, focus: Sequence[int]) -> None:
        """Rows a command made or moved are selected; otherwise the cursor
        stays on the row it was on (the first row if that one went)."""
        model = self.grid_model
        rows = sorted(r for r in (model.row_of(i) for i in focus) if r is not None)
        if rows:
            self.select_rows(rows, self._restore_column)
        elif model.rowCount():
            row = model.row_of(self._restore_id) if self._restore_id is not None else None
            self.setCurrentIndex(model.index(model.first_action_row() if row is None else row, self._restore_column))
        self._fit_timer.start()
        self._emit_current()

    def select_rows(self, rows: Sequence[int], column: int | None = None) -> None:
        model = self.grid_model
        column = self.currentIndex().column() if column is None else column
        column = max(0, column)
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(model.index(rows[0], column), flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect)
        self.scrollTo(model.index(rows[0], column))

    def _show_cells(self, ids: Sequence[int], fields: Sequence[str]) -> None:
        """After undo or redo, put the cursor on what changed."""
        model = self.grid_model
        rows = sorted(r for r in (model.row_of(i) for i in ids) if r is not None)
        columns = [c for c, spec in enumerate(COLUMNS) if spec.field in fields]
        if not rows or not columns:
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, min(columns)), model.index(row, max(columns)))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(model.index(rows[0], columns[0]), flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect)
        self.scrollTo(model.index(rows[0], columns[0]))

    def _emit_current(self) -> None:
        current = self.currentIndex()
        self.current_action_changed.emit(self.grid_model.action_id_at(current.row()) if current.isValid() else None)

    def selected_rows(self) -> list[int]:
        rows: set[int] = set()
        for part in self.selectionModel().selection():
            rows.update(range(part.top(), part.bottom() + 1))
        if not rows and self.currentIndex().isValid():
            rows.add(self.currentIndex().row())
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        """The actions selected; banners among the rows are not actions."""
        model = self.grid_model
        return [i for i in (model.action_id_at(row) for row in self.selected_rows()) if i is not None]

    # -- editing ------------------------------------------------------------------
    def edit(
        self,
        index: QModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: Any = None,
    ) -> bool:  # type: ignore[override]
        self.replacing = trigger == QAbstractItemView.EditTrigger.AnyKeyPressed
        return super().edit(index, trigger, event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        delegate = self.itemDelegateForIndex(self.currentIndex())
        arrow = getattr(delegate, "arrow_moves", None)
        if isinstance(delegate, GridDelegate):
            delegate.arrow_moves = None
        # Tab, Enter and arrows store and move without opening the next cell.
        across = {_Hint.EditNextItem: 1, _Hint.EditPreviousItem: -1}.get(hint)
        step = (1, 0) if hint == MOVE_DOWN else (_ARROW_STEPS.get(arrow) if arrow is not None else None)
        super().closeEditor(editor, _Hint.NoHint if step or across else hint)
        if across:
            self.move_across(across)
        elif step:
            self.move_by(*step)

    def move_across(self, step: int) -> None:
        target = self.cell_across(step)
        if target.isValid():
            self.setCurrentIndex(target)

    def cell_across(self, step: int) -> QModelIndex:
        """Where Tab (+1) and Shift+Tab (-1) go: the next or previous shown
        column; past the last one, the first column of the next row, and
        before the first, the last column of the row above, as in Excel. The
        plan's first and last cells stay put."""
        current = self.currentIndex()
        columns = self.visible_columns()
        if not current.isValid() or current.column() not in columns:
            return current
        place = columns.index(current.column()) + step
        row = current.row()
        if place >= len(columns):
            row, place = row + 1, 0
        elif place < 0:
            row, place = row - 1, len(columns) - 1
        if not 0 <= row < self.grid_model.rowCount():
            return current
        return self.grid_model.index(row, columns[place])

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab with no editor open go as they do from an editor."""
        cursor = QAbstractItemView.CursorAction
        if action in (cursor.MoveNext, cursor.MovePrevious):
            return self.cell_across(1 if action == cursor.MoveNext else -1)
        return super().moveCursor(action, modifiers)

    def move_by(self, rows: int, columns: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(0, current.row() + rows), self.grid_model.rowCount() - 1)
        column = current.column()
        if columns:
            header = self.horizontalHeader()
            visual = header.visualIndex(column) + columns
            while 0 <= visual < header.count() and header.isSectionHidden(header.logicalIndex(visual)):
                visual += columns
            if 0 <= visual < header.count():
                column = header.logicalIndex(visual)
        self.setCurrentIndex(self.grid_model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._spreadsheet_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _spreadsheet_key(self, event: QKeyEvent) -> bool:
        current = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return True
        if self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            return False
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return True
        if not current.isValid():
            return False
        banner = self.grid_model.banner(current.row())
        if banner is not None and (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            or event.text().isprintable()
            and event.text()
        ):
            self.message.emit(
                self.tr("{heading} is a heading, not an action row: change it in the plan's outline.").format(
                    heading=banner.heading
                )
            )
            return True
        if event.matches(QKeySequence.StandardKey.Cut):
            self.copy()
            self.clear_cells(self.tr("Cut"))
            return True
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.clear_cells(self.tr("Clear"))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            return True
        if plain and current.column() == COL_RAG and rag_from_key(text):
            self.set_selected(
                COL_RAG,
                rag_from_key(text),
                self.tr("Set RAG rating to {rag}").format(rag=word(rag_label(rag_from_key(text)))),
            )
            return True
        if plain and current.column() == COL_CAB and text.casefold() in _CAB_KEYS:
            self.set_selected(
                COL_CAB,
                _CAB_KEYS[text.casefold()],
                self.tr("Set CAB to {cab}").format(cab=_CAB_KEYS[text.casefold()]),
            )
            return True
        return False

    def selected_cells(self, column: int | None = None) -> list[tuple[int, int]]:
        cells = set()
        for part in self.selectionModel().selection():
            columns = [c for c in range(part.left(), part.right() + 1) if column is None or c == column]
            cells.update((row, c) for row in range(part.top(), part.bottom() + 1) for c in columns)
        current = self.currentIndex()
        if not cells and current.isValid() and (column is None or current.column() == column):
            cells.add((current.row(), current.column()))
        return sorted(cells)

    def set_selected(self, column: int, value: Any, text: str) -> None:
        self.grid_model.write([(row, col, value) for row, col in self.selected_cells(column)], text)

    def clear_cells(self, verb: str) -> None:
        cells = [(row, col, None) for row, col in self.selected_cells() if not self.isColumnHidden(col)]
        self.grid_model.write(cells, f"{verb} {len(cells)} cell{'s' if len(cells) != 1 else ''}")

    # -- clipboard -----------------------------------------------------------------------
    def visible_columns(self) -> list[int]:
        """Shown columns in the order the user sees them."""
        header = self.horizontalHeader()
        return [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(copy_text(self.grid_model, self.selected_cells(), self.visible_columns()))

    def paste(self) -> None:
        """At the cursor; into an empty plan, from its first column, as new rows."""
        current = self.currentIndex()
        if current.isValid():
            at = (current.row(), current.column())
        elif self.grid_model.rowCount() == 0 and self.grid_model.plan_id is not None:
            at = (0, self.visible_columns()[0])
        else:
            return
        paste_text(
            self.grid_model,
            QGuiApplication.clipboard().text(),
            self.selected_cells(),
            at,
            self.visible_columns(),
            self.message.emit,
        )

    # -- menus ---------------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        if (
            self.indexAt(point).column() == COL_RAG
            and self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        ):
            rating = menu.addMenu(self.tr("RAG rating"))
            for value in RAG_VALUES:
                rating.addAction(
                    word(rag_label(value)),
                    lambda v=value: self.set_selected(
                        COL_RAG, v, self.tr("Set RAG rating to {rag}").format(rag=word(rag_label(v)))
                    ),
                )
            menu.addSeparator()
        for action in self.row_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy, QKeySequence.StandardKey.Copy)
        menu.addAction(self.tr("Paste"), self.paste, QKeySequence.StandardKey.Paste)
        menu.addAction(
            self.tr("Clear cells"), lambda: self.clear_cells(self.tr("Clear")), QKeySequence.StandardKey.Delete
        )
        menu.exec(self.viewport().mapToGlobal(point))
