"""The minutes of a meeting as a PDF board paper: who was there (present,
by deputy, apologies, absent, in attendance), then each agenda item with
its minutes in the four parts boards use and the actions arising."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from safeguard_desktop.core.minutes_headings import Headings
from safeguard_desktop.exports.common import PaperOptions, withheld_note
from safeguard_desktop.exports.minutes_text import (
    ACTION_COLUMNS,
    AGENDA_COLUMNS,
    ATTENDANCE_COLUMNS,
    SHOWN_STATUSES,
    action_cells,
    columns,
    item_heading,
    item_meta,
    part_headings,
    purpose,
    register_cells,
)
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.pdf_base import (
    FONT,
    FONT_BOLD,
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
from safeguard_desktop.store.queries.meeting_documents import (
    AgendaDocument,
    MinutesDocument,
    MinutesItem,
    RegisterLine,
)

_H1 = style("minutes-h1", 12, bold=True, spaceBefore=10, spaceAfter=4)
_H2 = style("minutes-h2", 10, bold=True, spaceBefore=6, spaceAfter=2)
_PART = style("minutes-part", 9, bold=True, spaceBefore=4, spaceAfter=1, textColor=colors.HexColor("#1F4E79"))
_BODY = style("minutes-body", 9.5, spaceAfter=3)
_META = style("minutes-meta", 8.5, textColor=colors.HexColor("#404040"), spaceAfter=2)
_CELL = style("minutes-cell", 8.5)
_HEAD = style("minutes-head", 8.5, bold=True)
_SIGN = style("minutes-sign", 9.5, spaceBefore=10)


def story(document: MinutesDocument, options: PaperOptions, cleaner: TextCleaner, progress: Progress | None,
          frame: Frame) -> Story:
    meeting = document.meeting
    w = options.words
    board = options.board_name or meeting.board
    title = options.title or w.label("Minutes", meeting_title(meeting))
    facts = [*meeting_subtitle(meeting, w)]
    if meeting.minutes_status == "draft":
        facts.append(w("Draft minutes: not yet agreed"))
    withheld = withheld_note(document.withheld, w) if options.public else None
    builder = _Minutes(cleaner, frame, part_headings(document.headings, w), w)
    flow = title_block(board, title, [*facts, w.label("Date of paper", w.long_date(options.date))], withheld,
                       cleaner)
    flow.append(builder.text(w("Attendance"), _H1))
    for status in SHOWN_STATUSES:
        lines = document.lines(status)
        if lines:
            flow.extend(builder.register(w(REGISTER_LABELS[status]), lines))
    flow.append(builder.text(w("Minutes"), _H1))
    for done, item in enumerate(document.items, start=1):
        flow.extend(builder.item(item))
        if progress is not None:
            progress.report(done, len(document.items), "Preparing items")
    flow.append(builder.signature_block(meeting.chair))
    rows = sum(1 for line in document.register if line.status in SHOWN_STATUSES)
    return Story(flow, title, board, rows + len(document.items), document.withheld)


def agenda_story(document: AgendaDocument, options: PaperOptions, cleaner: TextCleaner, progress: Progress | None,
                 frame: Frame) -> Story:
    """The agenda as sent out, in the Word agenda's columns (so it can be printed)."""
    meeting = document.meeting
    w = options.words
    board = options.board_name or meeting.board
    title = options.title or w.label("Agenda", meeting_title(meeting))
    withheld = withheld_note(document.withheld, w) if options.public else None
    flow = title_block(board, title, [*meeting_subtitle(meeting, w),
                                      w.label("Date of paper", w.long_date(options.date))], withheld, cleaner)
    builder = _Minutes(cleaner, frame, (), w)
    agenda_columns = columns(AGENDA_COLUMNS, w)
    rows: list[list[Any]] = [[builder.text(c.heading, _HEAD) for c in agenda_columns]]
    for item in document.items:
        cells = (item.number, item.title, item.presenter, purpose(item.purpose, w), item.paper_ref)
        rows.append([builder.text(value or "") for value in cells])
    flow.append(builder.table(rows, agenda_columns))
    if progress is not None:
        progress.report(len(document.items), len(document.items), "Preparing items")
    return Story(flow, title, board, len(document.items), document.withheld)


class _Minutes:
    def __init__(self, cleaner: TextCleaner, frame: Frame, headings: Headings, w: Words) -> None:
        self.cleaner = cleaner
        self.headings = headings
        self.w = w
        self.width = frame.width
        self.table_class = PaperTable.for_frame(frame.height)

    def text(self, value: str, style_: Any = _CELL) -> Paragraph:
        return Paragraph(paragraph_text(value, self.cleaner), style_)

    def register(self, heading: str, lines: tuple[RegisterLine, ...]) -> list[Flowable]:
        attendance_columns = columns(ATTENDANCE_COLUMNS, self.w)
        rows: list[list[Any]] = [[self.text(c.heading, _HEAD) for c in attendance_columns]]
        for line in lines:
            rows.append([self.text(value or "") for value in register_cells(line, self.w)])
        title = self.text(heading, _H2)
        title.keepWithNext = True
        return [title, self.table(rows, attendance_columns)]

    def item(self, item: MinutesItem) -> list[Flowable]:
        head: list[Flowable] = [self.text(item_heading(item.number, item.title), _H2)]
        meta = item_meta(item.presenter, item.purpose, item.paper_ref, self.w)
        if meta:
            head.append(self.text(meta, _META))
        flow: list[Flowable] = []
        for field, label in self.headings:
            value = getattr(item, field)
            if value:
                flow.extend([self.text(label, _PART), self.text(value, _BODY)])
        if item.actions:
            flow.extend([self.text(self.w("Actions arising"), _PART), self._actions(item.actions)])
        if not flow:
            flow.append(self.text(self.w("Noted."), _BODY))
        # Keep the item's heading with the start of its minutes.
        return [KeepTogether(head + flow[:2]), *flow[2:]]

    def signature_block(self, chair: str | None) -> Flowable:
        """What the chair signs when the minutes are agreed (as in the Word paper), kept whole."""
        lines: list[Flowable] = [self.text(self.w("Signed as a true record"), _H2)]
        for label, filled in (("Chair", chair), ("Signature", None), ("Date", None)):
            lines.append(Paragraph(f"<b>{paragraph_text(self.w(label), self.cleaner)}:</b> "
                                   f"{paragraph_text(filled, self.cleaner) if filled else '_' * 40}", _SIGN))
        return KeepTogether(lines)

    def _actions(self, actions: tuple[ActionRow, ...]) -> Flowable:
        action_columns = columns(ACTION_COLUMNS, self.w)
        rows: list[list[Any]] = [[self.text(c.heading, _HEAD) for c in action_columns]]
        for action in actions:
            rows.append([self.text(value or "") for value in action_cells(action, self.w)])
        return self.table(rows, action_columns)

    def table(self, rows: list[list[Any]], columns: tuple[Column, ...]) -> PaperTable:
        # Each heading's longest word on one line ("Rhif" is wider than "No."); reportlab pads 6 points a side.
        floors = [stringWidth(max(c.heading.split(), key=len, default=""), FONT_BOLD, _HEAD.fontSize) + 13
                  for c in columns]
        return self.table_class(rows, colWidths=column_widths(columns, self.width, floors), repeatRows=1,
                                splitInRow=1, style=TableStyle([
                                    ("FONTNAME", (0, 0), (-1, -1), FONT), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                ]))

