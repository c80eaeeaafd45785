"""The minutes of a meeting as a PDF board paper: who was there (present,
by deputy, apologies, absent, in attendance), then each agenda item with
its minutes in the four parts boards use and the actions arising."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from safeguard_desktop.core.statuses import status_label
from safeguard_desktop.exports.common import PaperOptions, long_date, withheld_note
from safeguard_desktop.exports.pdf_base import (
    FONT,
    GRID,
    HEADER_FILL,
    INK,
    Frame,
    PaperTable,
    Story,
    paragraph_text,
    style,
    title_block,
)
from safeguard_desktop.exports.pdf_tables import column_widths
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.exports.tables import REGISTER_LABELS, Column, meeting_subtitle, meeting_title
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.documents import ActionRow
from safeguard_desktop.store.queries.meeting_documents import CLOSED_ITEM, MinutesDocument, MinutesItem, RegisterLine

# What the minutes list, in order; seats nobody marked are left to the register.
SHOWN_STATUSES = ("present", "deputy", "apologies", "absent", "in_attendance")
MINUTE_PARTS = (("context", "Context"), ("key_issues", "Key issues"), ("discussion", "Discussion"),
                ("decision", "Conclusion or decision"))
PURPOSES = {"information": "For information", "discussion": "For discussion", "decision": "For decision",
            "scrutiny": "For scrutiny"}
_ATTENDANCE_COLUMNS = (Column("Name", 26), Column("Seat or role", 40), Column("Agency", 26), Column("Note", 22))
_ACTION_COLUMNS = (Column("No.", 6), Column("Action", 48), Column("Lead", 22), Column("By when", 16),
                   Column("Status", 14))

_H1 = style("minutes-h1", 12, bold=True, spaceBefore=10, spaceAfter=4)
_H2 = style("minutes-h2", 10, bold=True, spaceBefore=6, spaceAfter=2)
_PART = style("minutes-part", 9, bold=True, spaceBefore=4, spaceAfter=1, textColor=colors.HexColor("#1F4E79"))
_BODY = style("minutes-body", 9.5, spaceAfter=3)
_META = style("minutes-meta", 8.5, textColor=colors.HexColor("#404040"), spaceAfter=2)
_CELL = style("minutes-cell", 8.5)
_HEAD = style("minutes-head", 8.5, bold=True)


def story(document: MinutesDocument, options: PaperOptions, cleaner: TextCleaner, progress: Progress | None,
          frame: Frame) -> Story:
    meeting = document.meeting
    board = options.board_name or meeting.board
    title = options.title or f"Minutes: {meeting_title(meeting)}"
    facts = [*meeting_subtitle(meeting)]
    if meeting.minutes_status == "draft":
        facts.append("Draft minutes: not yet agreed")
    withheld = withheld_note(document.withheld) if options.public else None
    builder = _Minutes(cleaner, frame)
    flow = title_block(board, title, [*facts, f"Date of paper: {long_date(options.date)}"], withheld, cleaner)
    flow.append(Paragraph("Attendance", _H1))
    for status in SHOWN_STATUSES:
        lines = document.lines(status)
        if lines:
            flow.extend(builder.register(REGISTER_LABELS[status], lines))
    flow.append(Paragraph("Minutes", _H1))
    for done, item in enumerate(document.items, start=1):
        flow.extend(builder.item(item))
        if progress is not None:
            progress.report(done, len(document.items), "Preparing items")
    rows = sum(1 for line in document.register if line.status in SHOWN_STATUSES)
    return Story(flow, title, board, rows + len(document.items), document.withheld)


class _Minutes:
    def __init__(self, cleaner: TextCleaner, frame: Frame) -> None:
        self.cleaner = cleaner
        self.width = frame.width
        self.table_class = PaperTable.for_frame(frame.height)

    def text(self, value: str, style_: Any = _CELL) -> Paragraph:
        return Paragraph(paragraph_text(value, self.cleaner), style_)

    def register(self, heading: str, lines: tuple[RegisterLine, ...]) -> list[Flowable]:
        rows: list[list[Any]] = [[self.text(c.heading, _HEAD) for c in _ATTENDANCE_COLUMNS]]
        for line in lines:
            rows.append([self.text(value or "") for value in self._register_cells(line)])
        title = self.text(heading, _H2)
        title.keepWithNext = True
        return [title, self._table(rows, _ATTENDANCE_COLUMNS)]

    @staticmethod
    def _register_cells(line: RegisterLine) -> tuple[str | None, ...]:
        if line.status == "deputy":
            seat = f"Deputy for {line.name}, {line.seat}" if line.name else f"Deputy: {line.seat}"
            name = line.deputy or "(deputy not named)"
        else:
            name, seat = line.name, line.seat
        notes = [part for part in (_at("Arrived at", line.arrived_at), _at("Left at", line.left_at), line.note)
                 if part]
        return name, seat, line.agency, "; ".join(notes)

    def item(self, item: MinutesItem) -> list[Flowable]:
        heading = f"{item.number}. {item.title}" if item.number else item.title
        meta = [part for part in (f"Presented by {item.presenter}" if item.presenter else None,
                                  PURPOSES.get(item.purpose or "", item.purpose),
                                  f"Paper {item.paper_ref}" if item.paper_ref else None) if part]
        head: list[Flowable] = [self.text(heading, _H2)]
        if meta:
            head.append(self.text(" · ".join(meta), _META))
        flow: list[Flowable] = []
        for field, label in MINUTE_PARTS:
            value = getattr(item, field)
            if value:
                flow.extend([self.text(label, _PART), self.text(value, _BODY)])
        if item.actions:
            flow.extend([self.text("Actions arising", _PART), self._actions(item.actions)])
        if not flow:
            flow.append(self.text("Noted.", _BODY))
        # Keep the item's heading with the start of its minutes.
        return [KeepTogether(head + flow[:2]), *flow[2:]]

    def _actions(self, actions: tuple[ActionRow, ...]) -> Flowable:
        rows: list[list[Any]] = [[self.text(c.heading, _HEAD) for c in _ACTION_COLUMNS]]
        for action in actions:
            what = "\n".join(part for part in (action.want, action.how) if part)
            due = action.when_text or (f"{action.target_date.day} {action.target_date:%b %Y}"
                                       if action.target_date else "")
            rows.append([self.text(value or "") for value in
                         (action.number, what, action.who, due, status_label(action.status))])
        return self._table(rows, _ACTION_COLUMNS)

    def _table(self, rows: list[list[Any]], columns: tuple[Column, ...]) -> PaperTable:
        return self.table_class(rows, colWidths=column_widths(columns, self.width), repeatRows=1, splitInRow=1,
                         style=TableStyle([
                             ("FONTNAME", (0, 0), (-1, -1), FONT), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                         ]))


def _at(what: str, item: str | None) -> str | None:
    """"Left at item 3"; "Left at a closed item" (a public paper's unnumbered closed item)."""
    if not item:
        return None
    return f"{what} {item}" if item == CLOSED_ITEM else f"{what} item {item}"
