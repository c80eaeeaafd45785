"""Search everything (Ctrl+Shift+F): one box over actions, minutes, agenda
items, plans and people. Results come as the user pauses typing; Enter or a
double-click opens the record on its page and closes the search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from safeguard_desktop.store.queries.search import SearchHit, search_everything
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.i18n import counted, word

SEARCH_DELAY_MS = 250
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    # (page key, record id, home id): what MainWindow.open_record takes
    open_requested = Signal(str, object, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Search everything"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Words from an action, minutes, an agenda item, a plan or a person's name"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.results.itemActivated.connect(self.open_item)
        self.resize(640, 480)

    def search(self) -> None:
        self._timer.stop()
        hits = search_everything(self.context.workspace, self.box.text())
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{word(hit.kind)}: {hit.title}\n    {hit.where}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.title)
            self.results.addItem(item)
        typed = self.box.text().strip()
        self.summary.setText("" if not typed else
                             counted(self.tr("%n found", "", len(hits)), len(hits))
                             + (self.tr(" (the first of each kind)") if len(hits) >= 25 else "")
                             if hits else self.tr("Nothing found for \u201c{typed}\u201d.").format(typed=typed))
        if hits:
            self.results.setCurrentRow(0)

    def _enter_in_box(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.search()
        if self.results.count():
            self.open_item(self.results.currentItem())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Up and Down in the box move through the results: no mouse needed.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.box.hasFocus() and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        hit: SearchHit = item.data(HIT_ROLE)
        self.accept()
        self.open_requested.emit(hit.page, hit.record_id, hit.home_id)
