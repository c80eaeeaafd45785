"""Excel workbooks (openpyxl) laid out as a careful business manager makes them.

Title rows (board, title, version and date, marking), then the table: a
merged banner row per priority, the header row (under every banner for the
action plan, once at the top otherwise), one row per action. Frozen header,
autofilter, wrapped text, widths per column, row heights that show the text,
RAG as the word and its fill, real date cells, print titles, A4 landscape
fitted to the page width, header and footer with board, marking and page.

Styles are built once per kind of cell and copied as openpyxl's internal
style array: assigning Font/Fill/Alignment objects cell by cell costs a
lookup each time and is what makes 10,000-row sheets slow.
"""

from __future__ import annotations

import math
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from safeguard_desktop.core import record_twins
from safeguard_desktop.core.rag import RAG_COLOURS, RAG_TEXT_COLOURS
from safeguard_desktop.core.self_assessment import change_fill
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public, withheld_note
from safeguard_desktop.exports.safe_text import TextCleaner, is_formula_like
from safeguard_desktop.exports.tables import Column, Row, Table, tabulate
from safeguard_desktop.exports.zip_save import save_zipped
from safeguard_desktop.progress import Progress

DATE_FORMAT = "d mmm yyyy"
LINE_HEIGHT = 15.0  # points per line of 11-point Calibri
MAX_ROW_HEIGHT = 409.0  # Excel's limit
HEADER_FILL = "D9E1F2"
BANNER_FILL = "1F4E79"
BAND_FILL = "DDEBF7"  # an outcome, the evidence framework, a footnote: lighter than a priority's banner
REPORT_EVERY = 250  # rows between progress reports (each is a chance to cancel)


@dataclass(frozen=True)
class XlsxOptions(PaperOptions):
    """Nothing beyond the common options yet: the layout follows the document."""


def write(document: Any, path: Path, options: XlsxOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    options = options or XlsxOptions()  # made now: its date is today's, not the day the module loaded
    check_public(options, document.public)
    table = tabulate(document, options.words)
    cleaner = TextCleaner()
    workbook = Workbook()
    for index, part in enumerate(table.parts):  # a sheet for each of the paper's tables
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        writer = _SheetWriter(sheet, part, options, cleaner, progress)
        writer.write()
        if part.records is not None and not options.public:
            # A public paper leaves the board's hands: the hidden records
            # (history, owners) stay in the board's own workbooks.
            _write_twins(workbook, part, writer.twins)
    with atomic_path(path) as temp:
        save_zipped(workbook.save, temp)
        if progress is not None:  # a last chance to cancel before the file is replaced
            progress.report(table.row_count, table.row_count, "Saved")
    notes = tuple(note for note in (cleaner.report(), cleaner.cut_report()) if note)
    return ExportResult(Path(path), table.row_count, table.withheld, notes)


def _unique(name: str, taken: set[str]) -> str:
    """A sheet name Excel takes (31 characters, none of []:*?/\\) and not
    yet in the workbook."""
    name = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()[:31] or "Sheet"
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        suffix = f" ({number})"
        candidate = name[:31 - len(suffix)] + suffix
    return candidate


def header_footer_text(text: str) -> str:
    """Excel header codes start with "&": a literal one is written "&&"."""
    return text.replace("&", "&&")


HEADER_LIMIT = 255  # characters Excel allows in a whole header or footer


def fit_header_footer(text: str, limit: int) -> str:
    """``text`` as header code (see header_footer_text) in at most ``limit``
    characters, cut short with an ellipsis when it is longer."""
    coded = header_footer_text(text.replace("\n", " "))
    if len(coded) <= limit:
        return coded
    cut = text.replace("\n", " ")
    while cut and len(header_footer_text(cut)) > limit - 1:
        cut = cut[:-1]
    return header_footer_text(cut.rstrip()) + "…"


class _Styles:
    """One style array per kind of cell, built once and copied onto cells."""

    def __init__(self, sheet: Worksheet) -> None:
        self._sheet = sheet
        self._cache: dict[tuple[Any, ...], Any] = {}
        thin = Side(style="thin", color="A6A6A6")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def get(self, key: tuple[Any, ...]) -> Any:
        style = self._cache.get(key)
        if style is None:
            style = self._cache[key] = self._build(*key)
        return copy(style)

    def _build(self, kind: str, detail: Any = None, level: int = 0, strong: bool = False) -> Any:
        cell = Cell(self._sheet, row=1, column=1)  # never placed in the sheet: a style scratchpad
        top_wrap = Alignment(wrap_text=True, vertical="top", indent=level)
        if kind == "title":
            cell.font = Font(bold=True, size=detail)
        elif kind == "note":
            cell.font = Font(italic=True, color="404040")
        elif kind == "banner":
            cell.font = Font(bold=True, color="FFFFFF", size=12)
            cell.fill = PatternFill("solid", fgColor=BANNER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        elif kind == "band":
            cell.font = Font(bold=detail != "note", italic=detail == "note")
            cell.fill = PatternFill("solid", fgColor=BAND_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = self.border
        elif kind == "header":
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = self.border
        elif kind == "change":  # a self-assessment score's change, on the colour the window shows it on
            cell.fill = PatternFill("solid", fgColor=detail.lstrip("#"))
            cell.alignment = top_wrap
            cell.border = self.border
        elif kind == "rag":
            colour = RAG_COLOURS[detail].lstrip("#")
            cell.font = Font(bold=True, color=RAG_TEXT_COLOURS[detail].lstrip("#"))
            cell.fill = PatternFill("solid", fgColor=colour)
            cell.alignment = Alignment(horizontal="center", vertical="top")
            cell.border = self.border
        else:  # text, formula-like text, date, number
            cell.alignment = top_wrap
            cell.border = self.border
            if strong:
                cell.font = Font(bold=True)
            if kind == "date":
                cell.number_format = DATE_FORMAT
            elif kind == "percent":
                cell.number_format = "0%"
            elif kind == "formula_text":
                cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
        return cell._style


class _SheetWriter:
    def __init__(self, sheet: Worksheet, table: Table, options: PaperOptions, cleaner: TextCleaner,
                 progress: Progress | None) -> None:
        self.sheet = sheet
        self.table = table
        self.options = options
        self.w = options.words
        self.cleaner = cleaner
        self.progress = progress
        self.styles = _Styles(sheet)
        self.row = 0
        self.last_column = get_column_letter(len(table.columns))
        self.chars_per_line = [max(1.0, column.width * 1.15) for column in table.columns]
        self.twins: list[tuple[int, str, str | None]] = []  # visible row, fingerprint, record uuid

    def write(self) -> None:
        taken = set(self.sheet.parent.sheetnames) - {self.sheet.title}
        self.sheet.title = _unique(self.table.sheet_name, taken)
        self._title_rows()
        first_header = None
        written = 0
        for index, section in enumerate(self.table.sections):
            if self.table.header_per_section:
                if section.banner is not None:
                    self._banner(section.banner, section.record)
                header = self._header()
            else:
                header = self._header() if index == 0 else None
                if section.banner is not None:
                    self._banner(section.banner, section.record)
            first_header = first_header or header
            for row in section.rows:
                self._data_row(row)
                written += 1
                if self.progress is not None and written % REPORT_EVERY == 0:
                    self.progress.report(written, self.table.row_count, "Writing rows")
        if first_header is None:  # a document with nothing in it still gets its headings
            first_header = self._header()
        self._finish(first_header)

    # -- rows ------------------------------------------------------------------
    def _next(self) -> int:
        self.row += 1
        return self.row

    def _title_rows(self) -> None:
        t, o, w = self.table, self.options, self.w
        facts = [*t.subtitle, w.label("Date", w.long_date(o.date))]
        marking = w(o.marking) + (f" · {withheld_note(t.withheld, w)}" if o.public else "")
        for text, key in ((o.board_name or t.board, ("title", 14)), (o.title or t.title, ("title", 12)),
                          (" · ".join(facts), ("note",)), (marking, ("title", 11))):
            self._put(self._next(), 1, text, key)
        self._next()  # a blank line before the table

    def _banner(self, text: str, record: str | None) -> None:
        r = self._next()
        self._twin(r, record, [self._put(r, 1, text, ("banner",))])
        self.sheet.merge_cells(f"A{r}:{self.last_column}{r}")
        self.sheet.row_dimensions[r].height = LINE_HEIGHT * 1.4 * self._lines(text, sum(self.chars_per_line))

    def _band(self, row: Row) -> None:
        """An entry between the action rows (an outcome sought, the evidence
        framework, a footnote): one text across the table."""
        r = self._next()
        text = str(row.cells[0] or "")
        self._twin(r, row.record, [self._put(r, 1, text, ("band", row.band))])
        self.sheet.merge_cells(f"A{r}:{self.last_column}{r}")
        self.sheet.row_dimensions[r].height = min(MAX_ROW_HEIGHT,
                                                  LINE_HEIGHT * self._lines(text, sum(self.chars_per_line)))

    def _twin(self, r: int, record: str | None, written: list[Any]) -> None:
        """Remember the row for the hidden sheet; a row showing no record (a
        "Notes" banner) gets a twin too, so an import knows it for furniture."""
        self.twins.append((r, record_twins.fingerprint(written), record))

    def _header(self) -> int:
        r = self._next()
        lines = 1
        for c, column in enumerate(self.table.columns, start=1):
            self._put(r, c, column.heading, ("header",))
            lines = max(lines, self._lines(column.heading, self.chars_per_line[c - 1]))
        self.sheet.row_dimensions[r].height = LINE_HEIGHT * lines
        return r

    def _data_row(self, row: Row) -> None:
        if row.band is not None:
            self._band(row)
            return
        r = self._next()
        lines = 1
        for c, (column, value) in enumerate(zip(self.table.columns, row.cells), start=1):
            lines = max(lines, self._value(r, c, column, value, row))
        self._twin(r, row.record, [self.sheet.cell(r, c).value for c in range(1, len(row.cells) + 1)])
        if lines > 1:
            self.sheet.row_dimensions[r].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
        if row.level:
            self.sheet.row_dimensions[r].outlineLevel = min(row.level, 7)

    def _value(self, r: int, c: int, column: Column, value: Any, row: Row) -> int:
        """Write one cell; returns the lines of text it needs."""
        text_column = self.table.text_column + 1
        level = row.level if c == text_column else 0  # the nesting shows as indent in the title column
        strong = row.strong and c <= text_column  # a heading row is bold in its number and title
        if column.kind == "rag" and value:
            self._put(r, c, self.w.rag(value), ("rag", value))
            return 1
        if column.kind == "change" and (fill := change_fill(value)) is not None:
            self._put(r, c, value, ("change", fill))
            return self._lines(str(value), self.chars_per_line[c - 1])
        if isinstance(value, date):
            self._put(r, c, value, ("date",))
            return 1
        if value is None or value == "":
            self._put(r, c, None, ("text", None, level, strong))
            return 1
        if isinstance(value, (int, float)):
            self._put(r, c, value, (column.kind if column.kind == "percent" else "number", None, level, strong))
            return 1
        typed = str(value)
        text = self.cleaner.clean(typed)  # the style follows what the cell will hold ("\x01=..." is "=...")
        key = ("formula_text" if is_formula_like(typed) or is_formula_like(text) else "text", None, level, strong)
        self._put(r, c, text, key)
        return self._lines(text, self.chars_per_line[c - 1] - 2 * level)

    def _put(self, r: int, c: int, value: Any, style_key: tuple[Any, ...]) -> Any:
        if isinstance(value, str):
            value = self.cleaner.fit_cell(self.cleaner.clean(value))
        cell = self.sheet.cell(row=r, column=c, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text is text: openpyxl would make "=..." a live formula
        cell._style = self.styles.get(style_key)
        return value

    @staticmethod
    def _lines(text: str, per_line: float) -> int:
        per_line = max(per_line, 4.0)
        return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))

    # -- the sheet as a whole -----------------------------------------------------
    def _finish(self, first_header: int) -> None:
        sheet, o = self.sheet, self.options
        for c, column in enumerate(self.table.columns, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = column.width
        sheet.freeze_panes = f"A{first_header + 1}"
        sheet.auto_filter.ref = f"A{first_header}:{self.last_column}{max(self.row, first_header)}"
        sheet.print_title_rows = f"{first_header}:{first_header}"
        sheet.sheet_properties.outlinePr.summaryBelow = False  # nested rows sit under their parent
        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages tall as it takes
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.4
        sheet.page_margins.top = sheet.page_margins.bottom = 0.75
        clean = self.cleaner.clean  # a board name with a control character would stop the save
        marking = header_footer_text(self.w(o.marking))
        # Excel refuses a header longer than 255 characters, codes included
        # ("&L", "&C&B", "&R"): the board gets up to half, the title the rest.
        room = HEADER_LIMIT - len("&L&C&B&R") - len(marking)
        board = fit_header_footer(clean(o.board_name or self.table.board), room // 2)
        sheet.oddHeader.left.text = board
        sheet.oddHeader.center.text = f"&B{marking}"
        sheet.oddHeader.right.text = fit_header_footer(clean(o.title or self.table.title), room - len(board))
        sheet.oddFooter.left.text = header_footer_text(self.w.long_date(o.date))
        sheet.oddFooter.center.text = f"&B{marking}"
        # Excel's codes for the page and the number of pages, in the paper's words.
        pages = header_footer_text(self.w("Page {page} of {pages}"))
        sheet.oddFooter.right.text = pages.replace("{pages}", "&N").replace("{page}", "&P")


def _write_twins(workbook: Workbook, table: Table, twins: list[tuple[int, str, str | None]]) -> None:
    """The very hidden sheet of record twins (``core.record_twins``): what
    the layout cannot show, so importing this workbook gives the same plan."""
    records = table.records
    assert records is not None
    sheet = workbook.create_sheet(record_twins.SHEET)
    sheet.sheet_state = "veryHidden"  # not listed under Unhide: nobody edits it by accident
    sheet.append(record_twins.HEADINGS)
    plan = {**records.plan, "format": record_twins.FORMAT, "sheet": workbook.worksheets[0].title}
    sheet.append([record_twins.PLAN_ROW, "", plan["uuid"], *record_twins.chunks(plan)])
    for r, print_, uuid in twins:
        record = records.by_uuid.get(uuid) if uuid else {"table": "furniture"}
        if record is not None:
            sheet.append([r, print_, uuid or "", *record_twins.chunks(record)])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # JSON is text, never a formula
