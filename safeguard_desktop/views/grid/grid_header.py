"""The grid's column header: clicks sort in SQL (ascending, descending,
back to plan order); widths, order and visibility are remembered in
QSettings; until the user sizes a column, the columns share the window's
width; the header grows to show long headings whole."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from safeguard_desktop.views.grid.action_table_model import COLUMNS, ActionTableModel
from safeguard_desktop.views.settings import Settings

STATE_KEY = "grid/action_plan/header"
MIN_TEXT_WIDTH = 90
MAX_HEADING_LINES = 5


def share(room: int, weights: dict[int, int], least: int) -> dict[int, int]:
    """``room`` pixels shared in proportion to ``weights``, none below
    ``least``: columns that would fall short get ``least`` and the others
    share what is left."""
    widths: dict[int, int] = {}
    left = dict(weights)
    while left:
        available = room - sum(widths.values())
        total = sum(left.values()) or 1
        short = {c for c, w in left.items() if available * w // total < least}
        if not short:
            widths.update({c: available * w // total for c, w in left.items()})
            break
        widths.update({c: least for c in short})
        left = {c: w for c, w in left.items() if c not in short}
    return widths


class GridHeader(QHeaderView):
    def __init__(self, settings: Settings | None, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._settings = settings
        self.auto_widths = True
        self._sizing = False  # our own resizing, not the user's
        # The plan view adds what it offers on a heading (rename it) here.
        self.extend_menu: Callable[[int, QMenu], None] | None = None
        # How wide the columns may be together; the grid knows.
        self.available: Callable[[], int] = self.width
        self._save_timer = QTimer(self, singleShot=True, interval=400, timeout=self.save_state)
        self.setSectionsMovable(True)
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.sectionClicked.connect(self.sort_by_click)
        self.sectionResized.connect(self._resized)
        self.sectionMoved.connect(lambda *_: self._save_timer.start())

    @property
    def grid_model(self) -> ActionTableModel:
        model = self.model()
        assert isinstance(model, ActionTableModel)
        return model

    # -- remembered state ------------------------------------------------------
    def restore(self) -> None:
        """The user's widths, order and shown columns, or the defaults."""
        stored = self._settings.value(STATE_KEY) if self._settings else None
        self.auto_widths = not (isinstance(stored, QByteArray) and self.restoreState(stored))
        if self.auto_widths:
            self._sizing = True
            for column, spec in enumerate(COLUMNS):
                self.resizeSection(column, spec.width)
                self.setSectionHidden(column, spec.optional)
            self._sizing = False
        self.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # a plan opens in plan order

    def save_state(self) -> None:
        if self._settings is not None:
            self._settings.set_value(STATE_KEY, self.saveState())

    def _resized(self) -> None:
        if not self._sizing:
            self.auto_widths = False
            self._save_timer.start()

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.setSectionHidden(column, not shown)
        if self.auto_widths:
            self.fit_to_width()
        elif shown and self.sectionSize(column) < 20:
            self.resizeSection(column, COLUMNS[column].width)
        self.save_state()

    # -- sorting ----------------------------------------------------------------
    def sort_by_click(self, column: int) -> None:
        """Ascending, then descending, then back to plan order."""
        spec = self.grid_model.sort_spec
        if spec is None or spec.field != COLUMNS[column].field:
            order = Qt.SortOrder.AscendingOrder
        elif not spec.descending:
            order = Qt.SortOrder.DescendingOrder
        else:
            self.plan_order()
            return
        self.setSortIndicator(column, order)
        self.grid_model.sort(column, order)

    def plan_order(self) -> None:
        self.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.grid_model.sort(-1)

    # -- fitting ------------------------------------------------------------------
    def fit_to_width(self) -> None:
        """Share the room among the shown columns so the whole plan, RAG
        rating included, is on screen without scrolling sideways: the short
        columns keep their size, the long ones share the rest."""
        room = self.available()
        shown = [c for c in range(len(COLUMNS)) if not self.isSectionHidden(c)]
        fixed = [c for c in shown if COLUMNS[c].width <= 160]
        flexible = {c: COLUMNS[c].width for c in shown if c not in fixed}
        widths = share(room - sum(COLUMNS[c].width for c in fixed), flexible, MIN_TEXT_WIDTH)
        self._sizing = True
        try:
            for column in fixed:
                self.resizeSection(column, COLUMNS[column].width)
            for column, width in widths.items():
                self.resizeSection(column, width)
        finally:
            self._sizing = False

    def fit_height(self) -> None:
        """Tall enough for the longest heading as it wraps at its width."""
        font = QFont(self.font())
        font.setBold(True)  # the style sheet draws headings bold
        metrics = QFontMetrics(font)
        lines = 2
        for column in range(len(COLUMNS)):
            if not self.isSectionHidden(column):
                text = self.grid_model.headerData(column, Qt.Orientation.Horizontal) or ""
                box = metrics.boundingRect(QRect(0, 0, max(20, self.sectionSize(column) - 14), 10_000),
                                           Qt.TextFlag.TextWordWrap, text)
                lines = max(lines, -(-box.height() // metrics.lineSpacing()))
        self.setFixedHeight(min(lines, MAX_HEADING_LINES) * metrics.lineSpacing() + 12)

    # -- menus ------------------------------------------------------------------------
    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        if self.extend_menu is not None:
            self.extend_menu(self.logicalIndexAt(point), menu)
            menu.addSeparator()
        self.fill_columns_menu(menu.addMenu(self.tr("Columns")))
        menu.exec(self.mapToGlobal(point))

    def fill_columns_menu(self, menu: QMenu) -> None:
        """Show or hide columns; the choice is remembered."""
        menu.clear()
        for column in range(len(COLUMNS)):
            action = menu.addAction(self.grid_model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
