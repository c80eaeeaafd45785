"""Meeting › Minute headings for this group…: the group's own words for the
four parts its minutes are written in ("Member Scrutiny", "Committee's
Conclusion"). The minutes editor and every paper of the group use them; a
blank box goes back to the usual word. One undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from safeguard_desktop.core.minutes_headings import MAX_LENGTH, PARTS
from safeguard_desktop.store.ops.settings import set_minutes_headings
from safeguard_desktop.store.queries.meeting_documents import group_minutes_headings
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_edit
from safeguard_desktop.views.i18n import word


class MinutesHeadingsDialog(QDialog):
    def __init__(self, context: AppContext, meeting_id: int, group_id: int, group: str, after: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.group_id, self.after = context, group_id, after
        self.setWindowTitle(self.tr("Minute headings"))
        self.before = dict(group_minutes_headings(context.workspace, meeting_id))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The words <b>{group}</b> minutes its items under, on screen and in every paper. Leave a box empty for the usual word."
            ).format(group=group)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.boxes: dict[str, QLineEdit] = {}
        defaults = dict(PARTS)
        for part, usual in PARTS:
            box = QLineEdit(self.before[part] if self.before[part] != usual else "")
            box.setPlaceholderText(word(usual))
            box.setMaxLength(MAX_LENGTH)
            box.setAccessibleName(self.tr("Heading for {part}").format(part=word(defaults[part]).lower()))
            self.boxes[part] = box
            form.addRow(f"{usual}:", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        ws, group_id, before = self.context.workspace, self.group_id, self.before
        wanted = {part: box.text() for part, box in self.boxes.items()}
        if run_edit(
            self.context,
            self.tr("Minute headings"),
            lambda: set_minutes_headings(ws, group_id, wanted),
            lambda: set_minutes_headings(ws, group_id, before),
            self.after,
        ):  # type: ignore[arg-type]
            super().accept()
