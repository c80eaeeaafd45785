"""A date typed the way people write dates: "12/3/2025", "12 Mar 2025",
"2025-03-12", "1 st July 2014". Read by the same rules as the plans'
"When?" cells (core/timescales.py), shown back as "12 Mar 2025".

Qt's QDateEdit edits a date section by section, and typing a whole date
into it goes wrong: typed over its current value, "12 Mar 2025" became
11 March, and "12/03/2025" 1 March (tests/views/test_date_entry.py). A
wrong date accepted without a word is worse than none: here a date that
cannot be read is refused, said so, and the last good one kept. Up and
Down move a day; Alt+Down opens a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from safeguard_desktop.core.timescales import DATE, understand_timescale
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word

INVALID = QT_TRANSLATE_NOOP("Words", "Not a date: write it as 12/3/2025 or 12 Mar 2025.")


def shown(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class DateEntry(QLineEdit):
    changed = Signal(object)  # the date, or None when an optional date is cleared

    def __init__(self, day: date | None = None, *, optional: bool = False, blank_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._date = day
        self._valid = True
        self.setPlaceholderText(blank_text or self.tr("e.g. 12/3/2025"))
        self.setText(shown(day) if day else "")
        self.editingFinished.connect(self.read)
        self._calendar: QCalendarWidget | None = None

    def date(self) -> date | None:
        """The date shown; after a refused entry, the last good one."""
        return self._date

    def is_valid(self) -> bool:
        self.read()
        return self._valid

    def set_date(self, day: date | None) -> None:
        self._set(day)

    def read(self) -> None:
        text = self.text().strip()
        if not text:
            if self.optional:
                self._set(None)
            else:
                self._refuse()
            return
        reading = understand_timescale(text)
        if reading.kind == DATE and reading.date is not None:
            self._set(reading.date)
        else:
            self._refuse()

    def _set(self, day: date | None) -> None:
        self._valid = True
        self.setToolTip("")
        self.setStyleSheet("")
        self.setText(shown(day) if day else "")
        if day != self._date:
            self._date = day
            self.changed.emit(day)

    def _refuse(self) -> None:
        self._valid = False
        self.setToolTip(word(INVALID))
        self.setStyleSheet("QLineEdit { background: #fde7e9; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Down and alt or key == Qt.Key.Key_F4:
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
            self.read()
            start = self._date or date.today()
            self._set(start + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self, Qt.WindowType.Popup)
        calendar.setSelectedDate(QDate(self._date or date.today()))
        calendar.activated.connect(lambda chosen: (self._set(chosen.toPython()), calendar.close()))
        calendar.clicked.connect(lambda chosen: (self._set(chosen.toPython()), calendar.close()))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar = calendar
        calendar.show()
        calendar.setFocus()
