"""The filter bar above the grid: words across every text column (SQLite
full-text search, so "dwr" finds "dŵr"), RAG, CAB, lead, overdue and
confidential. It only says what is wanted; the store does the filtering."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from safeguard_desktop.core.rag import RAG_COLOURS, RAG_VALUES, rag_label
from safeguard_desktop.store.queries.actions import ActionFilter
from safeguard_desktop.views.accessibility import add_labelled
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word

# Typing pauses this long before the search runs, so a word is one query.
TYPING_PAUSE_MS = 200
_ANY = QT_TRANSLATE_NOOP("Words", "(any)")


class FilterBar(QWidget):
    changed = Signal(object)  # the new ActionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in this plan…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find in this plan"))
        self.search.setToolTip(self.tr("Words in any column; accents and ŵ ŷ need not be typed"))
        self.search.setMinimumWidth(90)  # the bar fits beside the plan list at 1280 px, in Welsh too
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS, timeout=self._emit)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._emit)
        layout.addWidget(self.search)

        # RAG as a drop-down of ticks: chips for six values would crowd out the grid.
        self.rag_button = QToolButton()
        self.rag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        rag_menu = QMenu(self.rag_button)
        self.rag_choices: dict[str | None, QAction] = {}
        for value in (*RAG_VALUES, None):
            choice = rag_menu.addAction(_swatch(RAG_COLOURS.get(value or "", "#FFFFFF")),
                                        word(rag_label(value)) if value else self.tr("No rating"))
            choice.setCheckable(True)
            choice.toggled.connect(self._emit)
            self.rag_choices[value] = choice
        self.rag_button.setMenu(rag_menu)
        self.rag_button.setText(self.tr("RAG: any"))
        layout.addWidget(self.rag_button)

        self.cab = self._combo(self.tr("CAB:"), [(word(_ANY), None), (self.tr("C children"), "C"),
                                                 (self.tr("A adults"), "A"), (self.tr("B both"), "B")], layout)
        self.lead = self._combo(self.tr("Lead:"), [(word(_ANY), None)], layout)
        self.lead.setMinimumContentsLength(6)  # long leads show whole in the list that drops down
        self.lead.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.overdue.toggled.connect(self._emit)
        layout.addWidget(self.overdue)
        self.confidential = self._combo(self.tr("Confidential:"), [(self.tr("shown"), None), (self.tr("only these"), True), (self.tr("hidden"), False)],
                                        layout)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("Show every row again"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        layout.addStretch(1)

    def _combo(self, label: str, items: Sequence[tuple[str, object]], layout: QHBoxLayout) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._emit)
        add_labelled(layout, label, combo)
        return combo

    def set_leads(self, names: Sequence[str]) -> None:
        chosen = self.lead.currentData()
        self.lead.blockSignals(True)
        self.lead.clear()
        self.lead.addItem(word(_ANY), None)
        for name in names:
            self.lead.addItem(name, name)
        self.lead.setCurrentIndex(max(0, self.lead.findData(chosen)))
        self.lead.blockSignals(False)

    def current(self) -> ActionFilter:
        return ActionFilter(
            text=self.search.text(),
            rags=frozenset(value for value, choice in self.rag_choices.items() if choice.isChecked()),
            cabs=frozenset({self.cab.currentData()}) if self.cab.currentData() else frozenset(),
            lead=self.lead.currentData(),
            overdue=self.overdue.isChecked(),
            confidential=self.confidential.currentData(),
        )

    def clear(self) -> None:
        widgets = [self.search, *self.rag_choices.values(), self.cab, self.lead, self.overdue, self.confidential]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for choice in self.rag_choices.values():
            choice.setChecked(False)
        for combo in (self.cab, self.lead, self.confidential):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self) -> None:
        self._typing.stop()
        chosen = [choice.text() for choice in self.rag_choices.values() if choice.isChecked()]
        self.rag_button.setText(self.tr("RAG: {chosen}").format(chosen=", ".join(chosen) if chosen else self.tr("any")))
        self.changed.emit(self.current())


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
