"""Minutes and agendas as Word papers: the same content, in the same order
and words, as the PDF (``pdf_minutes``), laid out with python-docx so a
secretariat can still edit a paper before it goes out."""

from __future__ import annotations

from docx.table import Table as DocxTable

from safeguard_desktop.core.minutes_headings import Headings
from safeguard_desktop.exports.common import PaperOptions, withheld_note
from safeguard_desktop.exports.docx_base import WordPaper
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
from safeguard_desktop.exports.tables import REGISTER_LABELS, Column, meeting_subtitle, meeting_title
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.meeting_documents import AgendaDocument, MinutesDocument, MinutesItem


def minutes(paper: WordPaper, document: MinutesDocument, options: PaperOptions,
            progress: Progress | None) -> tuple[str, str, int]:
    """Write the minutes; returns (title, board, rows written)."""
    meeting = document.meeting
    w = options.words
    board = options.board_name or meeting.board
    title = options.title or w.label("Minutes", meeting_title(meeting))
    facts = [*meeting_subtitle(meeting, w)]
    if meeting.minutes_status == "draft":
        facts.append(w("Draft minutes: not yet agreed"))
    facts.append(w.label("Date of paper", w.long_date(options.date)))
    paper.title_block(board, title, facts, withheld_note(document.withheld, w) if options.public else None)
    paper.heading(w("Attendance"), 1)
    attendance_columns = columns(ATTENDANCE_COLUMNS, w)
    for status in SHOWN_STATUSES:
        lines = document.lines(status)
        if lines:
            paper.heading(w(REGISTER_LABELS[status]), 2)
            table = _table(paper, attendance_columns)
            for line in lines:
                paper.row(table, list(register_cells(line, w)))
    paper.heading(w("Minutes"), 1)
    for done, item in enumerate(document.items, start=1):
        _item(paper, item, part_headings(document.headings, w), w)
        if progress is not None:
            progress.report(done, len(document.items), "Preparing items")
    paper.signature_block(meeting.chair)
    rows = sum(1 for line in document.register if line.status in SHOWN_STATUSES)
    return title, board, rows + len(document.items)


def agenda(paper: WordPaper, document: AgendaDocument, options: PaperOptions,
           progress: Progress | None) -> tuple[str, str, int]:
    meeting = document.meeting
    w = options.words
    board = options.board_name or meeting.board
    title = options.title or w.label("Agenda", meeting_title(meeting))
    facts = [*meeting_subtitle(meeting, w), w.label("Date of paper", w.long_date(options.date))]
    paper.title_block(board, title, facts, withheld_note(document.withheld, w) if options.public else None)
    agenda_columns = columns(AGENDA_COLUMNS, w)
    table = _table(paper, agenda_columns)
    for item in document.items:
        paper.row(table, [item.number, item.title, item.presenter, purpose(item.purpose, w), item.paper_ref])
    if progress is not None:
        progress.report(len(document.items), len(document.items), "Preparing items")
    return title, board, len(document.items)


def _item(paper: WordPaper, item: MinutesItem, headings: Headings, w: Words) -> None:
    paper.heading(item_heading(item.number, item.title), 2).paragraph_format.keep_with_next = True
    meta = item_meta(item.presenter, item.purpose, item.paper_ref, w)
    if meta:
        paper.paragraphs(meta, size=8.5)
    written = False
    for field, label in headings:
        value = getattr(item, field)
        if value:
            paper.label(label)
            paper.paragraphs(value)
            written = True
    if item.actions:
        paper.label(w("Actions arising"))
        action_columns = columns(ACTION_COLUMNS, w)
        table = _table(paper, action_columns)
        for action in item.actions:
            paper.row(table, list(action_cells(action, w)))
        written = True
    if not written:
        paper.paragraphs(w("Noted."))


def _table(paper: WordPaper, columns: tuple[Column, ...]) -> DocxTable:
    """A table with room for each heading's longest word ("Rhif" broken over two lines reads as two words)."""
    return paper.table([c.heading for c in columns], [c.width for c in columns],
                       [max((len(word) for word in c.heading.split()), default=0) for c in columns])
