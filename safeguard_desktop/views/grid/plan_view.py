"""One plan open for editing: the filter bar, the grid and a status line
with the rows shown and the RAG counts. Its tree of priorities and outcomes
(``tree``) and the selected action's history (``history``) are placed by the
page in the side column, under the list of plans, so the grid keeps the
width for the nine columns of a real plan."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QMessageBox, QToolBar, QToolButton, QVBoxLayout, QWidget

from safeguard_desktop.core.rag import RAG_VALUES, rag_label
from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.ops import plan_structure as structure
from safeguard_desktop.store.ops.plans import renumber_proposal
from safeguard_desktop.store.queries.actions import (
    count_actions,
    lead_names,
    plan_headings,
    rag_counts,
)
from safeguard_desktop.store.queries.plan_outline import lead_suggestions, plan_outline
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.grid.action_grid import ActionGrid
from safeguard_desktop.views.grid.action_table_model import COLUMNS, ActionTableModel, short
from safeguard_desktop.views.grid.commands import (
    CellEdit,
    DeleteRows,
    DuplicateRows,
    InsertRows,
    MoveRows,
    Renumber,
    SetCells,
    SetHeadings,
    cell_edits,
)
from safeguard_desktop.views.grid.filter_bar import FilterBar
from safeguard_desktop.views.grid.history_panel import HistoryPanel
from safeguard_desktop.views.grid.outline_commands import StructureStep
from safeguard_desktop.views.grid.plan_tree import PlanTree
from safeguard_desktop.views.i18n import counted, word
from safeguard_desktop.views.undo import UndoStep, push_applied

STATUS_DELAY_MS = 40


class PlanView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan_id: int | None = None
        self._scope: frozenset[int] | None = None
        self.model = ActionTableModel(context.workspace, context.undo_stack, self)
        self.grid = ActionGrid(self.model, context.settings)
        self.filter_bar = FilterBar()
        self.grid.setAccessibleName(self.tr("Action plan"))
        self.tree = PlanTree()
        self.tree.setAccessibleName(self.tr("Plan outline"))
        self.history = HistoryPanel(context.workspace)
        self.where = QLabel()
        self.where.setObjectName("planWhere")
        # Wrapped: a long outcome's path would otherwise set the page's least width and squeeze the side column.
        self.where.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        # Counts and lists are read just after the rows are painted, so they
        # never stand between the user and the grid.
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS, timeout=self.update_status)
        self._lists_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS, timeout=self._load_lists)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toolbar, self.filter_bar, self.where):
            layout.addWidget(widget)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.status)

        self.filter_bar.changed.connect(lambda _: self._apply_filter())
        self.tree.scope_changed.connect(self._set_scope)
        # Holding an arrow key moves through many rows: the side panel
        # follows once the cursor rests.
        self._current_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS,
                                     timeout=lambda: self._current_changed(self._current_id))
        self._current_id: int | None = None
        self.grid.current_action_changed.connect(self._cursor_moved)
        self.grid.message.connect(context.show_status)
        self.model.modelReset.connect(self._rows_shown)
        self.model.events.cells_changed.connect(self._cells_changed)
        self.model.events.failed.connect(context.show_status)

    # -- actions ---------------------------------------------------------------
    def _build_actions(self) -> None:
        def add(text: str, slot: Callable[[], None], shortcut: str | None = None, tip: str = "") -> QAction:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else tip or text)
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            return action

        self.insert_above = add(self.tr("Insert above"), lambda: self.insert_rows(below=False), "Ctrl+Shift+I",
                                self.tr("Insert as many empty rows above as are selected"))
        self.insert_below = add(self.tr("Insert below"), lambda: self.insert_rows(below=True), "Ctrl+I")
        self.duplicate = add(self.tr("Duplicate"), self.duplicate_rows, "Ctrl+D", self.tr("Copy the selected rows below them"))
        self.delete = add(self.tr("Delete rows"), self.delete_rows, "Ctrl+-")
        self.move_up = add(self.tr("Move up"), lambda: self.move_rows(-1), "Alt+Shift+Up")
        self.move_down = add(self.tr("Move down"), lambda: self.move_rows(1), "Alt+Shift+Down")
        self.nest = add(self.tr("Nest"), lambda: self.nest_row(True), "Alt+Shift+Right",
                        self.tr("Put a work plan's activity under the activity above it"))
        self.unnest = add(self.tr("Un-nest"), lambda: self.nest_row(False), "Alt+Shift+Left", self.tr("Take the activity up a level"))
        self.row_actions = [self.insert_above, self.insert_below, self.duplicate, self.delete, self.move_up,
                            self.move_down, self.nest, self.unnest]
        self.toolbar.addSeparator()
        self.renumber = add(self.tr("Renumber…"), self.offer_renumbering, None,
                            self.tr("Offer a tidy numbering within each priority; your own numbers stay until you agree"))
        self.toolbar.addSeparator()
        add(self.tr("Plan order"), self.grid.plan_order, None, self.tr("Back to the plan's own order after sorting by a column"))
        self.outline_rows = add(self.tr("Headings"), lambda: self.model.set_outline_shown(self.outline_rows.isChecked()),
                                None, self.tr("Show the plan's priorities, outcomes, duties and responsibilities "
                                "as rows between the actions"))
        self.outline_rows.setCheckable(True)
        self.outline_rows.setChecked(True)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.filter_bar.focus_search)
        self.addAction(find)
        columns = QToolButton()
        columns.setText(self.tr("Columns"))
        columns.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(columns)
        menu.aboutToShow.connect(lambda: self.grid.header_view.fill_columns_menu(menu))
        columns.setMenu(menu)
        self.toolbar.addWidget(columns)
        self.confidential = QAction(self.tr("Confidential (left out of public exports)"), self)
        self.confidential.setCheckable(True)
        self.confidential.triggered.connect(self.set_confidential)
        self.row_actions.append(self.confidential)
        self.grid.row_actions = self.row_actions
        self.grid.header_view.extend_menu = self._heading_menu
        self.grid.current_action_changed.connect(self._show_confidential)
        for action in [*self.row_actions, self.renumber]:
            action.setEnabled(not self.context.read_only)

    # -- opening ---------------------------------------------------------------
    def open_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self._scope = None
        if not self.filter_bar.current().is_empty:
            self.filter_bar.clear()
        self.model.set_plan(plan_id, plan_headings(self.context.workspace, plan_id))
        self.grid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The tree, the lead lists and the counts follow the first screen of rows.
        self._lists_timer.start()

    def refresh(self) -> None:
        if self.plan_id is not None:
            self.model.reload()
            self._lists_timer.start()

    def follow(self, touched: Touched) -> None:
        """Changes made elsewhere (a sync, another client on the server):
        the rows they touched are read again and repainted; a row this view
        does not show may be new to the plan, and a heading may have moved,
        so then the plan is read again."""
        if self.plan_id is None:
            return
        ids = touched.ids("actions")
        if ids is None or touched.touches(("plan_entries", "plans")) or any(self.model.row_of(i) is None for i in ids):
            self.refresh()
            return
        self.model.events.cells_changed.emit([(i, column.field) for i in sorted(ids) for column in COLUMNS])

    def _load_lists(self) -> None:
        ws, plan_id = self.context.workspace, self.plan_id
        if plan_id is None:
            return
        self.tree.blockSignals(True)
        self.tree.set_outline(plan_outline(ws, plan_id))
        self.tree.blockSignals(False)
        leads = lead_names(ws, plan_id)
        self.filter_bar.set_leads(leads)
        self.grid.lead_delegate.set_names([*leads, *lead_suggestions(ws)])

    def flush(self) -> None:
        """Store what is in an open editor (the window is closing)."""
        editor = self.grid.indexWidget(self.grid.currentIndex())
        if editor is not None:
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, self.grid.itemDelegate().EndEditHint.NoHint)

    # -- filtering -------------------------------------------------------------
    def _set_scope(self, scope: frozenset[int] | None) -> None:
        self._scope = scope
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(replace(self.filter_bar.current(), entry_ids=self._scope))

    def _rows_shown(self) -> None:
        self.status.setText(self.tr("Showing {count} rows…").format(count=self.model.rowCount() - self.model.banner_count()))
        self._status_timer.start()

    def update_status(self) -> None:
        if self.plan_id is None:
            self.status.clear()
            return
        ws = self.context.workspace
        total = count_actions(ws, self.plan_id)
        counts = rag_counts(ws, self.plan_id, self.model.filters)
        parts = [f"{word(rag_label(value))} {counts[value]}" for value in RAG_VALUES]
        parts.append(self.tr("No rating {count}").format(count=counts[None]))
        shown = self.model.rowCount() - self.model.banner_count()
        self.status.setText(counted(self.tr("Showing {shown} of %n row(s)", "", total), total).format(shown=shown) + "  ·  " + "  ·  ".join(parts)
                            + self._headings_note())

    def _headings_note(self) -> str:
        """Says where the plan's headings went, so a sorted grid is not
        mistaken for the plan."""
        if self.model.outline_shown and self.model.banner_count():
            return "" if self.model.filters.is_empty else self.tr("  ·  Headings of the rows shown")
        if self.model.sort_spec is not None and self.model.show_outline:
            return self.tr("  ·  Sorted: headings hidden until Plan order")
        return ""

    def _cells_changed(self, keys: list[tuple[int, str]]) -> None:
        if any(field == "rag" for _, field in keys):
            self._status_timer.start()
        if self.history.action_id is not None and any(i == self.history.action_id for i, _ in keys):
            self.history.refresh()

    def _cursor_moved(self, action_id: int | None) -> None:
        self._current_id = action_id
        self._current_timer.start()

    def _current_changed(self, action_id: int | None) -> None:
        row = self.model.row_of(action_id) if action_id is not None else None
        if row is None:
            self.where.clear()
            self.history.show_action(None)
            return
        action = self.model.action(row)
        self.where.setText(self.tree.path_of(action.entry_id) or " ")
        self.history.show_action(action_id, self.tr("action {number}").format(number=action.number) if action.number else self.tr("this action"))

    # -- row commands ----------------------------------------------------------------
    def _push(self, command: UndoStep) -> None:
        push_applied(self.context.undo_stack, command)

    def insert_rows(self, below: bool) -> None:
        if self.plan_id is None:
            return
        ids = self.grid.selected_ids()
        near = (ids[-1] if below else ids[0]) if ids else None
        # On a heading, the new row goes first under it.
        current = self.grid.currentIndex()
        heading = self.model.banner(current.row()) if current.isValid() and not ids else None
        under = heading.entry_id if heading is not None and heading.holds_rows else None
        self._push(InsertRows(self.context.workspace, self.model.events, self.plan_id, max(1, len(ids)), near, below,
                              under))

    def duplicate_rows(self) -> None:
        ids = self.grid.selected_ids()
        if ids and self.plan_id is not None:
            self._push(DuplicateRows(self.context.workspace, self.model.events, self.plan_id, ids))

    def delete_rows(self) -> None:
        rows = self.grid.selected_rows()
        if not rows or self.plan_id is None:
            return
        after = rows[-1] + 1 if rows[-1] + 1 < self.model.rowCount() else rows[0] - 1
        focus = self.model.row_id(after) if after >= 0 else None
        ids = [i for i in (self.model.action_id_at(r) for r in rows) if i is not None]
        if ids:
            self._push(DeleteRows(self.context.workspace, self.model.events, self.plan_id, ids, focus))

    def move_rows(self, step: int) -> None:
        ids = self.grid.selected_ids()
        if not ids or self.plan_id is None:
            return
        if self.model.sort_spec is not None:
            self.context.show_status(self.tr("Rows move in the plan's own order: choose Plan order first."))
            return
        self._push(MoveRows(self.context.workspace, self.model.events, self.plan_id, ids, step))

    def nest_row(self, nest: bool) -> None:
        """The chosen activity one level in (under the row above) or out, as
        the outline editor's Tab and Shift+Tab do."""
        ids = self.grid.selected_ids()
        if len(ids) != 1 or self.plan_id is None:
            return
        ws, row = self.context.workspace, ids[0]
        step = structure.indent_row if nest else structure.outdent_row
        text = self.tr("Nest the activity under the row above") if nest else self.tr("Take the activity up a level")
        self._push(StructureStep(ws, self.model.events, self.plan_id, text,
                                 lambda c: (("row", row), step(ws, row, c)), ("row", row)))

    def set_confidential(self, confidential: bool) -> None:
        ids = self.grid.selected_ids()
        edits = cell_edits(self.context.workspace, [(i, "confidential", confidential) for i in ids]) if ids else []
        if edits and self.plan_id is not None:
            text = self.tr("Mark %n row(s) confidential", "", len(edits)) if confidential \
                else self.tr("Mark %n row(s) not confidential", "", len(edits))
            self._push(SetCells(self.context.workspace, self.model.events, self.plan_id, edits,
                                counted(text, len(edits))))

    def _show_confidential(self, action_id: int | None) -> None:
        row = self.model.row_of(action_id) if action_id is not None else None
        self.confidential.setChecked(row is not None and self.model.action(row).confidential)

    def _heading_menu(self, column: int, menu: QMenu) -> None:
        if column < 0 or self.context.read_only:
            return
        heading = self.model.headerData(column, Qt.Orientation.Horizontal)
        menu.addAction(self.tr("Rename “{short}” for this plan…").format(short=short(heading)), lambda: self._ask_heading(column))
        if self.model.own_headings():
            menu.addAction(self.tr("Use the standard headings"), lambda: self.set_headings({}))

    def _ask_heading(self, column: int) -> None:
        current = self.model.headerData(column, Qt.Orientation.Horizontal)
        text, ok = QInputDialog.getText(self, self.tr("Rename heading"), self.tr("This plan's heading for the column:"), text=current)
        if ok and text.strip():
            self.set_headings({**self.model.own_headings(), COLUMNS[column].field: text.strip()})

    def set_headings(self, headings: dict[str, str]) -> None:
        """The plan's own words for its headings (an empty mapping: the
        standard ones). One undo step."""
        if self.plan_id is None:
            return
        standard = {c.field: c.heading for c in COLUMNS}
        own = {field: text for field, text in headings.items() if standard.get(field) != text}
        self._push(SetHeadings(self.context.workspace, self.model.events, self.plan_id,
                               plan_headings(self.context.workspace, self.plan_id), own or None,
                               self.tr("Rename column headings") if own else self.tr("Use the standard headings")))

    def offer_renumbering(self) -> None:
        if self.plan_id is None:
            return
        proposal = renumber_proposal(self.context.workspace, self.plan_id)
        if not proposal:
            self.context.show_status(self.tr("The numbers are already in order: nothing to renumber."))
            return
        lines = [f"{old or self.tr('(none)')} → {new}" for _, old, new in proposal[:40]]
        more = "\n" + self.tr("… and {count} more").format(count=len(proposal) - 40) if len(proposal) > 40 else ""
        answer = QMessageBox.question(
            self, self.tr("Renumber the plan?"),
            counted(self.tr("%n row(s) would get a new number:", "", len(proposal)), len(proposal)) + "\n\n"
            + "\n".join(lines) + more + "\n\n" + self.tr("This is one step: Edit › Undo puts every number back."))
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_renumbering(proposal)

    def apply_renumbering(self, proposal: list[tuple[int, str | None, str]]) -> None:
        assert self.plan_id is not None
        edits = [CellEdit(action_id, "number", old, new) for action_id, old, new in proposal]
        self._push(Renumber(self.context.workspace, self.model.events, self.plan_id, edits,
                            counted(self.tr("Renumber %n row(s)", "", len(edits)), len(edits))))
