"""Word papers (python-docx): the page every Word paper shares.

The marking stands at the top and foot of every page of every section, with
the board's name and the paper's title above and "Page x of y" below, as
Word fields so they stay right when someone edits the paper. Text goes
through the export's ``TextCleaner``: Word's XML cannot hold control
characters either, and python-docx refuses them outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from safeguard_desktop.exports.paper_words import Words, words
from safeguard_desktop.exports.safe_text import TextCleaner

# A font every council machine has, and one that draws Welsh ŵ and ŷ.
FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
HEADER_FILL = "D9E2F3"
BANNER_FILL = "1F4E79"
GREY = RGBColor(0x40, 0x40, 0x40)
# The width of one character of table text at 8.5 pt (wide letters, and the
# wider fonts a machine without Arial falls back to), and a cell's padding.
CELL_CHARACTER = Cm(0.2)
CELL_PADDING = Cm(0.45)


@dataclass(frozen=True)
class PageText:
    board: str
    title: str
    marking: str


class WordPaper:
    """One Word document being written, with the cleaner every piece of its
    text passes through and the words of its language."""

    def __init__(self, cleaner: TextCleaner, *, wide: bool, w: Words | None = None) -> None:
        self.cleaner = cleaner
        self.w = w or words()
        self.document = Document()
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10)
        # East-Asian and complex-script fonts too, or Word falls back for some letters.
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            styles[name].font.name = FONT
            styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if wide:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(1.8))

    @property
    def text_width(self) -> int:
        section = self.document.sections[0]
        return int(section.page_width - section.left_margin - section.right_margin)

    def text(self, value: str | None) -> str:
        return self.cleaner.clean(value or "")

    # -- page furniture ------------------------------------------------------
    def furnish(self, page: PageText) -> None:
        """Header and footer on every section (sections made later inherit them)."""
        for section in self.document.sections:
            header = section.header.paragraphs[0]
            header.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(header, self.w(page.marking), bold=True, size=9)
            under = section.header.add_paragraph()
            under.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(under, f"{self.text(page.board)} · {self.text(page.title)}", size=8, colour=GREY)
            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(footer, self.w(page.marking), bold=True, size=9)
            numbers = section.footer.add_paragraph()
            numbers.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # "Tudalen {page} o {pages} / Page {page} of {pages}": the braces become Word fields.
            for part in re.split(r"(\{page\}|\{pages\})", self.w("Page {page} of {pages}")):
                if part in _PAGE_FIELDS:
                    _field(numbers, _PAGE_FIELDS[part])
                elif part:
                    _run(numbers, part, size=8)

    # -- body ------------------------------------------------------------------
    def title_block(self, board: str, title: str, facts: list[str], withheld: str | None) -> None:
        _run(self.document.add_paragraph(), self.text(board), bold=True, size=11, colour=GREY)
        self.document.add_heading(self.text(title), level=0)
        for fact in facts:
            _run(self.document.add_paragraph(), self.text(fact), size=9, colour=GREY)
        if withheld:
            _run(self.document.add_paragraph(), withheld, bold=True, size=9)

    def page_break(self) -> None:
        self.document.add_page_break()

    def heading(self, text: str, level: int) -> Paragraph:
        return self.document.add_heading(self.text(text), level=level)

    def paragraphs(self, text: str | None, *, bold: bool = False, size: float | None = None) -> None:
        """Text as the user wrote it: each line its own paragraph, so a
        numbered list typed line by line stays a list."""
        for line in self.text(text).split("\n"):
            _run(self.document.add_paragraph(), line, bold=bold, size=size)

    def label(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(1)
        paragraph.paragraph_format.keep_with_next = True
        _run(paragraph, self.text(text), bold=True, colour=RGBColor(0x1F, 0x4E, 0x79))

    def table(self, headings: list[str], widths: list[float], floors: list[int] | None = None) -> DocxTable:
        """A bordered table whose first row (the headings) repeats on every
        page it runs on. ``widths`` share out the text width; ``floors`` (in
        characters) are given first, so that a column's longest word fits."""
        table = self.document.add_table(rows=1, cols=len(headings))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        given = [int(CELL_CHARACTER * f + CELL_PADDING) for f in floors] if floors else [0] * len(widths)
        if sum(given) > self.text_width * 0.75:  # too many columns to honour them all
            given = [int(g * self.text_width * 0.75 / sum(given)) for g in given]
        rest, total = self.text_width - sum(given), sum(widths)
        self._widths = [g + int(rest * w / total) for g, w in zip(given, widths)]
        for column, width in zip(table.columns, self._widths):
            column.width = width  # the grid Word and LibreOffice lay the table out by
        header = table.rows[0]
        _repeat_as_header(header._tr)
        for cell, heading, width in zip(header.cells, headings, self._widths):
            cell.width = width
            shade(cell, HEADER_FILL)
            _run(cell.paragraphs[0], self.text(heading), bold=True, size=8.5)
        return table

    def row(self, table: DocxTable, values: list[Any], *, bold: bool = False, indent: int = 0) -> list[_Cell]:
        cells = table.add_row().cells
        for i, (cell, value) in enumerate(zip(cells, values)):
            cell.width = self._widths[i]
            lines = self.text(cell_text(value, self.w)).split("\n")
            first = cell.paragraphs[0]
            if indent and i == 1:
                first.paragraph_format.left_indent = Cm(0.4 * indent)
            _run(first, lines[0], bold=bold, size=8.5)
            for line in lines[1:]:
                _run(cell.add_paragraph(), line, bold=bold, size=8.5)
        return cells

    def banner(self, table: DocxTable, text: str) -> None:
        """A row across the whole table: a priority or outcome between the rows."""
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        shade(merged, BANNER_FILL)
        _run(merged.paragraphs[0], self.text(text), bold=True, size=9, colour=RGBColor(0xFF, 0xFF, 0xFF))

    def signature_block(self, chair: str | None) -> None:
        """What a chair signs when the minutes are agreed."""
        self.heading(self.w("Signed as a true record"), 2).paragraph_format.keep_with_next = True
        for label, filled in (("Chair", chair), ("Signature", None), ("Date", None)):
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(10)
            paragraph.paragraph_format.keep_with_next = label != "Date"
            _run(paragraph, f"{self.w(label)}: ", bold=True)
            _run(paragraph, self.text(filled) if filled else "_" * 40)


def cell_text(value: Any, w: Words) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return w.short_date(value)
    return str(value)


def shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _run(paragraph: Paragraph, text: str, *, bold: bool = False, size: float | None = None,
         colour: RGBColor | None = None) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour


_PAGE_FIELDS: Final = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in as it lays out pages."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _repeat_as_header(tr: Any) -> None:
    properties = tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
