"""Plans, the action log, registers and the attendance analysis as PDF
tables: a banner per priority, the header row repeated at the top of every
page, wrapped cells that may split across a page, RAG chips."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, TableStyle

from safeguard_desktop.core.self_assessment import change_fill
from safeguard_desktop.exports.common import PaperOptions, withheld_note
from safeguard_desktop.exports.paper_words import Words, words
from safeguard_desktop.exports.pdf_base import (
    BANNER,
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
from safeguard_desktop.exports.pdf_cells import RagChip, break_lines
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.exports.tables import Column, Row, Section, tabulate
from safeguard_desktop.exports.tables import Table as Layout
from safeguard_desktop.progress import Progress

CELL_SIZE = 7.5
CELL_LEADING = 1.2 * CELL_SIZE  # what reportlab assumes when it splits a row of plain lines
PADDING = 3.0  # left and right, in every cell
INDENT = 10.0  # per level of nesting (work plan activities)
REPORT_EVERY = 100
# Narrow columns would break "30 Sep 2024" mid-token (reportlab breaks a word
# that does not fit its column anywhere): floors in points for the kinds of
# column that must stay on one line.
MIN_WIDTH = {"date": 56.0, "rag": 52.0, "number": 30.0, "percent": 30.0}

_HEAD = style("cell-head", CELL_SIZE, bold=True)
_BANNER = style("banner", 10, bold=True, textColor=colors.white)
_NONE = style("cell-none", CELL_SIZE, textColor=colors.HexColor("#595959"))
_BAND = style("band", CELL_SIZE + 0.5, bold=True)
_NOTE_BAND = style("note-band", CELL_SIZE)
BAND = colors.HexColor("#DDEBF7")  # lighter than a priority's banner, as in the workbook
_GRID_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-string cells too: no base font ever
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def story(document: Any, options: PaperOptions, cleaner: TextCleaner, progress: Progress | None,
          frame: Frame) -> Story:
    w = options.words
    table = tabulate(document, w)
    board = options.board_name or table.board
    title = options.title or table.title
    flow = title_block(board, title, [*table.subtitle, w.label("Date", w.long_date(options.date))],
                       withheld_note(table.withheld, w) if options.public else None, cleaner)
    for index, part in enumerate(table.parts):
        if index:  # a further table of the paper: its own page, title and lines
            flow.append(PageBreak())
            flow.extend(title_block(board, part.title, list(part.subtitle), None, cleaner))
        builder = _TableBuilder(part, cleaner, progress, frame, w)
        for section in part.sections:
            flow.extend(builder.section(section))
    return Story(flow, title, board, table.row_count, table.withheld)


def column_widths(columns: tuple[Column, ...], width: float, floors: list[float] | None = None) -> list[float]:
    """Share ``width`` out in proportion to each column's width, keeping
    each column at least its floor (by default that of its kind)."""
    floors = floors or [MIN_WIDTH.get(c.kind, 0.0) for c in columns]
    total = sum(floors)
    if total >= width:  # the floors alone fill the page: shrink them all alike, and that is the answer
        return [floor * width / total for floor in floors] if total else [width / len(columns)] * len(columns)
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(columns)) if i not in fixed]
        room = width - sum(fixed.values())
        weight = sum(columns[i].width for i in free)
        if not free or weight <= 0:  # nothing left to share out to: the rest stays at its floor
            return [fixed.get(i, floors[i]) for i in range(len(columns))]
        share = room / weight
        widths = {i: columns[i].width * share for i in free}
        short = [i for i in free if widths[i] < floors[i]]
        if not short:
            return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(columns))]
        fixed.update((i, floors[i]) for i in short)


def word_floors(table: Layout, width: float, w: Words | None = None) -> list[float]:
    """Floors that keep each column's longest word (heading or value) on
    one line, so "Completed" never prints as "Complet-ed", and each RAG
    chip readable ("Gwyrdd / Green"); a column never claims more than a
    sixth of the page this way. When the words of the values do not all
    fit, they give way before the headings' words do: a heading broken
    inside a word ("Diweddarwy-d") reads as two."""
    def floor(word: str) -> float:
        return min(width / 6, stringWidth(word, FONT_BOLD, CELL_SIZE) + 8)

    hard = [max(MIN_WIDTH.get(c.kind, 0.0), floor(max(c.heading.split(), key=len, default="")))
            for c in table.columns]
    longest = [""] * len(table.columns)
    for section in table.sections:
        for row in section.rows:
            if row.band is not None:  # its text runs across the table, not in the first column
                continue
            for i, value in enumerate(row.cells):
                if isinstance(value, str) and len(value) > len(longest[i]):  # else no longer word inside
                    word = max(value.split(), key=len, default="")
                    if len(word) > len(longest[i]):
                        longest[i] = word
    soft = [max(h, floor(word)) for h, word in zip(hard, longest)]
    for i, column in enumerate(table.columns):
        if column.kind == "rag":  # a chip whole if there is room, else at least at its smallest size (RagChip)
            labels = {(w or words()).rag(str(row.cells[i])) for section in table.sections for row in section.rows
                      if row.band is None and row.cells[i]}
            for label in labels:
                hard[i] = max(hard[i], min(width / 9, RagChip.width_for(label, RagChip.SMALLEST) + 2 * PADDING))
                soft[i] = max(soft[i], min(width / 9, RagChip.width_for(label) + 2 * PADDING))
    if sum(soft) <= width or sum(hard) >= width:
        return soft if sum(soft) <= width else hard
    give = (width - sum(hard)) / (sum(soft) - sum(hard))
    return [h + (s - h) * give for h, s in zip(hard, soft)]


class _TableBuilder:
    def __init__(self, table: Layout, cleaner: TextCleaner, progress: Progress | None, frame: Frame,
                 w: Words) -> None:
        self.table = table
        self.w = w
        self.cleaner = cleaner
        self.progress = progress
        self.width = frame.width
        self.table_class = PaperTable.for_frame(frame.height)
        self.widths = column_widths(table.columns, frame.width, word_floors(table, frame.width, w))
        self.header = [Paragraph(paragraph_text(c.heading, cleaner), _HEAD) for c in table.columns]
        self.done = 0

    def section(self, section: Section) -> list[Flowable]:
        """One table per section. A banner is the table's first row and
        repeats, with the header row, at the top of every page the section
        runs on: the reader always sees which priority they are in, and a
        banner can never be left alone at the foot of a page."""
        rows: list[list[Any]] = []
        style: list[tuple[Any, ...]] = list(_GRID_STYLE)
        if section.banner is not None:
            rows.append([Paragraph(paragraph_text(section.banner, self.cleaner), _BANNER)]
                        + [""] * (len(self.widths) - 1))
            style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), BANNER),
                      ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]
        header = len(rows)
        rows.append(self.header)
        style.append(("BACKGROUND", (0, header), (-1, header), HEADER_FILL))
        text = self.table.text_column
        for index, row in enumerate(section.rows):
            r = len(rows)
            if row.band is not None:  # an outcome, the evidence framework, a footnote: across the table
                rows.append([Paragraph(paragraph_text(str(row.cells[0] or ""), self.cleaner),
                                       _NOTE_BAND if row.band == "note" else _BAND)] + [""] * (len(self.widths) - 1))
                style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND)]
                following = section.rows[index + 1] if index + 1 < len(section.rows) else None
                if following is not None and following.band is None:  # never alone at the foot of a page
                    style.append(("NOSPLIT", (0, r), (-1, r + 1)))
                self.done += 1
                continue
            rows.append(self._cells(row))
            style += [("BACKGROUND", (i, r), (i, r), colors.HexColor(fill)) for i, (column, value)
                      in enumerate(zip(self.table.columns, row.cells))
                      if column.kind == "change" and (fill := change_fill(value)) is not None]
            if row.strong:
                style.append(("FONTNAME", (0, r), (text, r), FONT_BOLD))
            if row.level:
                style.append(("LEFTPADDING", (text, r), (text, r), PADDING + INDENT * row.level))
            self.done += 1
            if self.progress is not None and self.done % REPORT_EVERY == 0:
                self.progress.report(self.done, self.table.row_count, "Preparing rows")
        if not section.rows:
            rows.append([Paragraph(self.w("None."), _NONE)] + [""] * (len(self.widths) - 1))
            style.append(("SPAN", (0, header + 1), (-1, header + 1)))
        return [Spacer(1, 6), self.table_class(rows, colWidths=self.widths, repeatRows=header + 1, splitInRow=1,
                                               style=TableStyle(style))]

    def _cells(self, row: Row) -> list[Any]:
        """Cell values; text is broken into lines here, at the column's
        width, and handed to the table as plain lines: the table then draws
        and splits it without any paragraph to lay out (a Paragraph per cell
        made the paper slower than LibreOffice converting the same rows)."""
        cells: list[Any] = []
        for i, (column, value, width) in enumerate(zip(self.table.columns, row.cells, self.widths)):
            font = FONT_BOLD if row.strong and i <= self.table.text_column else FONT
            if value is None or value == "":
                cells.append("")
            elif column.kind == "rag":
                cells.append(RagChip(str(value), self.w.rag(str(value))))
            elif isinstance(value, date):
                cells.append(self.w.short_date(value))
            elif column.kind == "percent" and isinstance(value, (int, float)):
                cells.append(f"{value:.0%}")
            elif isinstance(value, (int, float)):
                cells.append(str(value))
            else:
                room = width - 2 * PADDING - (INDENT * row.level if i == self.table.text_column else 0)
                cells.append("\n".join(break_lines(self.cleaner.clean(str(value)), font, CELL_SIZE, room)))
        return cells
