"""Minutes, item by item: context, key issues, discussion (member scrutiny)
and the conclusion or decision, with the actions arising beside them.

Every keystroke is kept: a pause of 300 ms saves what was typed, and
leaving a field, changing item or closing the screen saves at once, so a
laptop that dies mid-meeting loses at most the last third of a second.
Ctrl+PgDown / Ctrl+PgUp move between items; Ctrl+Shift+A adds an action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.minutes_headings import PARTS
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.store.queries.meeting_documents import group_minutes_headings
from safeguard_desktop.store.sync.describe import field_label
from safeguard_desktop.store.sync.marks import ConflictMark, record_conflicts
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.arising_panel import ArisingPanel
from safeguard_desktop.views.meetings.commands import MinuteTextCommand, run_edit
from safeguard_desktop.views.meetings.review_panel import ReviewPanel
from safeguard_desktop.views.i18n import word

SAVE_DELAY_MS = 300


class MinutesEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.info: q.MeetingInfo | None = None
        self.items: list[q.AgendaRow] = []
        self.item_id: int | None = None
        self._saved: dict[str, str] = {}  # part -> text as last saved, for the item shown
        self._dirty: set[str] = set()
        # Items whose minutes are in sync conflict, read on each reload: the banner says so until resolved.
        self._conflicts: dict[int, dict[str, ConflictMark]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.item_list = QListWidget()
        self.item_list.currentRowChanged.connect(self._on_item_changed)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("minutesBanner")
        self.banner.setWordWrap(True)
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        self.form = form
        for part, title in PARTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # Tab walks the four parts, as a form does
            edit.setObjectName(f"minute_{part}")
            edit.textChanged.connect(lambda part=part: self._on_typed(part))
            edit.installEventFilter(self)
            self.fields[part] = edit
            form.addRow(word(title), edit)
        self.arising = ArisingPanel(context)
        self.arising.changed.connect(self._show_arising)
        self.review = ReviewPanel(context)

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.review, 2)  # shown on "matters arising" only
        fields_layout.addLayout(form, 1)
        fields_layout.addWidget(self.arising)
        # On a 720 px laptop the four parts and the actions scroll; they never push the window taller.
        # The wrapping heading and banner stay outside: a label that wraps makes a scroll area size
        # its content to the height it would like, not to the room there is.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, never to the frame round them
        scroller.setWidget(fields)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(scroller, 1)
        splitter = QSplitter()
        splitter.addWidget(self.item_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for keys, slot in ((QKeySequence("Ctrl+PgDown"), lambda: self._step(1)),
                           (QKeySequence("Ctrl+PgUp"), lambda: self._step(-1)),
                           (QKeySequence("Ctrl+Shift+A"), self.arising.what.setFocus)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def first_field(self) -> QPlainTextEdit:
        """Where the keyboard goes when the Minutes tab is chosen."""
        return self.fields[PARTS[0][0]]

    # -- loading -------------------------------------------------------
    def set_meeting(self, meeting_id: int) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.arising.load_names()
        self.review.set_meeting(meeting_id)
        self.reload()

    def reload(self) -> None:
        """Re-read the meeting; keeps the item shown."""
        if self.meeting_id is None:
            return
        ws = self.context.workspace
        self.info = q.meeting_info(ws, self.meeting_id)
        # The group's own words for the parts ("Member Scrutiny"), as its papers print them.
        for part, words in group_minutes_headings(ws, self.meeting_id):
            label = self.form.labelForField(self.fields[part])
            if isinstance(label, QLabel):
                label.setText(word(words))  # the usual words in the window's language; a group's own as typed
        self.arising.set_meeting(self.meeting_id, self.info.date)
        self.items = q.agenda(ws, self.meeting_id)
        self._conflicts = record_conflicts(ws, "minutes", key="agenda_item_id")
        keep = self.item_id
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in self.items:
            self.item_list.addItem(item.label + ("  " + self.tr("[confidential]") if item.confidential else ""))
            self.item_list.item(self.item_list.count() - 1).setToolTip(item.label)  # whole, where the list cuts it
        self.item_list.blockSignals(False)
        ids = [item.id for item in self.items]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.item_list.setCurrentRow(row)
        self._show_item(self.items[row].id if row >= 0 else None)

    def _on_item_changed(self, row: int) -> None:
        self.flush()
        self._show_item(self.items[row].id if 0 <= row < len(self.items) else None)

    def _step(self, delta: int) -> None:
        row = self.item_list.currentRow() + delta
        if 0 <= row < len(self.items):
            self.item_list.setCurrentRow(row)

    def _show_item(self, item_id: int | None) -> None:
        assert self.info is not None
        self.item_id = item_id
        item = next((i for i in self.items if i.id == item_id), None)
        locked = self.info.locked or self.context.read_only
        self.heading.setText("<h3>" + item.label + "</h3>" if item else self.tr("<h3>No agenda yet</h3>"))
        self.banner.setText("\n".join(filter(None, (self._conflict_text(item_id), self._banner_text()))))
        self.banner.setVisible(bool(self.banner.text()))
        text = q.minutes(self.context.workspace, self.info.id).get(item_id, q.MinuteText()) if item_id else q.MinuteText()
        self._saved = {part: getattr(text, part) or "" for part, _ in PARTS}
        self._dirty.clear()
        for part, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setPlainText(self._saved[part])
            edit.blockSignals(False)
            edit.setReadOnly(locked or item_id is None)
        self.review.setVisible(item is not None and item.role == "matters_arising")
        self._show_arising()

    def _banner_text(self) -> str:
        assert self.info is not None
        if self.info.minutes_status == "locked":
            return self.tr(
                "These minutes are locked. Re-open them (Meeting › Re-open minutes…) to make a correction."
            )
        if self.info.minutes_status == "agreed" and self.info.agreed_at_date:
            return self.tr("Agreed as a true record on {agreed_at_date:%d %B %Y}.").format(
                agreed_at_date=self.info.agreed_at_date
            )
        if not self.items:
            return self.tr("Build the agenda first (Agenda tab), then take the minutes item by item here.")
        return ""

    def _conflict_text(self, item_id: int | None) -> str:
        fields = self._conflicts.get(item_id) if item_id is not None else None
        if not fields:
            return ""
        names = [word(title).lower() for part, title in PARTS if part in fields] or [field_label(f) for f in fields]
        parts = ", ".join(names)
        return self.tr("These minutes ({parts}) are in conflict with the other copy: this copy's text is shown. "
                       "Compare both and choose in File › Sync conflicts…").format(parts=parts)

    def _show_arising(self) -> None:
        if self.meeting_id is None or self.info is None:
            return
        rows = q.actions_arising(self.context.workspace, self.meeting_id)
        item = next((i for i in self.items if i.id == self.item_id), None)
        self.arising.show_item(
            self.item_id,
            rows,
            editable=not (self.info.locked or self.context.read_only),
            label=item.label if item else "",
        )

    # -- saving --------------------------------------------------------
    def _on_typed(self, part: str) -> None:
        self._dirty.add(part)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save every part typed into since the last save, each as one
        undoable step (consecutive saves of one part merge)."""
        self._timer.stop()
        if self.item_id is None:
            self._dirty.clear()
            return
        ws, item_id = self.context.workspace, self.item_id
        for part in sorted(self._dirty):
            new, old = self.fields[part].toPlainText(), self._saved.get(part, "")
            if new == old:
                continue

            def write(text: str | None, part: str = part) -> None:
                ops.write_minute(ws, agenda_item_id=item_id, field=part, text=text)

            if run_edit(
                self.context,
                self.tr("Minutes: {part}").format(part=word(dict(PARTS)[part]).lower()),
                lambda new=new: write(new),
                lambda old=old: write(old),
                lambda: self._after_undo(item_id),
                command=MinuteTextCommand,
                key=(item_id, part),
                write=write,
                old=old,
                new=new,
            ):
                self._saved[part] = new
            self._dirty.discard(part)
        self._dirty.clear()

    def _after_undo(self, item_id: int) -> None:
        """Show what undo or redo wrote, without disturbing a field whose
        text already says it (the one being typed in)."""
        if item_id != self.item_id or self.info is None:
            return
        text = q.minutes(self.context.workspace, self.info.id).get(item_id, q.MinuteText())
        for part, edit in self.fields.items():
            if part in self._dirty:
                continue  # typed and not saved yet: the next save writes it
            value = getattr(text, part) or ""
            self._saved[part] = value
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
