"""PDF board papers (reportlab): the page every paper shares.

Every page carries the protective marking at top and bottom, the board's
name, the paper's title and date, and "Page x of y". All text is set in
DejaVu Sans, embedded from ``resources/fonts`` (the PDF base fonts cannot
draw ŵ or ŷ), and every style and the canvas's own starting font name it,
so that the file holds no font that is not embedded. What goes on the pages
comes from ``pdf_tables`` (plans, logs, registers) and ``pdf_minutes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from safeguard_desktop import APP_NAME
from safeguard_desktop.exports import pdf_minutes, pdf_tables
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public
from safeguard_desktop.exports.pdf_base import BAND, FONT, FONT_BOLD, GRID, INK, MARGIN, Frame, Story, prepare_reportlab
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.meeting_documents import AgendaDocument, MinutesDocument


@dataclass(frozen=True)
class PdfOptions(PaperOptions):
    """``landscape`` None lets the paper choose: wide tables go landscape,
    minutes portrait."""

    landscape: bool | None = None


def write(document: Any, path: Path, options: PdfOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    options = options or PdfOptions()  # made now: its date is today's, not the day the module loaded
    check_public(options, document.public)
    prepare_reportlab()
    cleaner = TextCleaner()
    minutes = isinstance(document, MinutesDocument)
    agenda = isinstance(document, AgendaDocument)
    # Tables are wide (nine columns and more): landscape. Minutes read as prose, and an agenda: portrait.
    wide = not (minutes or agenda) if options.landscape is None else options.landscape
    pagesize = landscape(A4) if wide else A4
    builder: Callable[..., Story] = (pdf_minutes.story if minutes else pdf_minutes.agenda_story if agenda
                                     else pdf_tables.story)
    # SimpleDocTemplate's frame pads its text block by 6 points on every side.
    frame = Frame(pagesize[0] - 2 * MARGIN - 12, pagesize[1] - 2 * (MARGIN + BAND) - 12)
    story = builder(document, options, cleaner, progress, frame)
    title = options.title or story.title
    board = options.board_name or story.board
    w = options.words
    page_text = _PageText(board, title, w(options.marking), w.long_date(options.date),
                          w("Page {page} of {pages}"))
    with atomic_path(path) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + BAND, bottomMargin=MARGIN + BAND, title=title,
            author=options.author or board, subject=f"{board}: {title}", creator=APP_NAME,
            initialFontName=FONT, initialFontSize=9,
        )

        def on_page(canvas: Canvas, _doc: Any) -> None:
            if progress is not None:  # laying out is most of the time: a page is a place to cancel
                progress.report(canvas.getPageNumber(), 0, f"Laying out page {canvas.getPageNumber()}")

        doc.build(story.flowables, onFirstPage=on_page, onLaterPages=on_page,
                  canvasmaker=lambda *a, **k: _PaperCanvas(page_text, *a, **k))
    notes = tuple(note for note in (cleaner.report(),) if note)
    return ExportResult(Path(path), story.rows, story.withheld, notes)


@dataclass(frozen=True)
class _PageText:
    board: str
    title: str
    marking: str
    date: str
    pages: str  # "Page {page} of {pages}" in the paper's words


class _PaperCanvas(Canvas):
    """Keeps each page until the end so that "Page x of y" knows y."""

    def __init__(self, text: _PageText, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._text = text
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        t = self._text
        width, height = self._pagesize
        top = height - MARGIN - 2
        bottom = MARGIN - 4
        self.saveState()
        self.setFillColor(INK)
        self.setFont(FONT_BOLD, 10)
        self.drawCentredString(width / 2, top, t.marking)
        self.drawCentredString(width / 2, bottom, t.marking)
        self.setFont(FONT, 8)
        # Board and title share what the marking leaves ("SWYDDOGOL / OFFICIAL" is wider than "OFFICIAL").
        room = width / 2 - MARGIN - max(50.0, pdfmetrics.stringWidth(t.marking, FONT_BOLD, 10) / 2 + 10)
        self.drawString(MARGIN, top, _fit(t.board, room))
        self.drawRightString(width - MARGIN, top, _fit(t.title, room))
        self.drawString(MARGIN, bottom, t.date)
        self.drawRightString(width - MARGIN, bottom, t.pages.format(page=self._pageNumber, pages=total))
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 4, width - MARGIN, top - 4)
        self.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        self.restoreState()


def _fit(text: str, room: float, size: float = 8) -> str:
    """Shorten running-header text with an ellipsis to fit ``room`` points."""
    if pdfmetrics.stringWidth(text, FONT, size) <= room:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > room:
        text = text[:-1]
    return text + "…"
