"""Word papers (.docx): minutes, agendas and any table paper (the action
log, plans, registers), for a secretariat that edits a paper before it
goes out. Written to a temporary name and renamed into place, like every
export; the marking on every page, confidential items withheld from a
public paper and said so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from safeguard_desktop.core.rag import RAG_COLOURS
from safeguard_desktop.exports import docx_minutes
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public, withheld_note
from safeguard_desktop.exports.docx_base import PageText, WordPaper, cell_text, shade
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.exports.tables import Table, tabulate
from safeguard_desktop.exports.zip_save import save_zipped
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.meeting_documents import AgendaDocument, MinutesDocument

REPORT_EVERY = 200


@dataclass(frozen=True)
class DocxOptions(PaperOptions):
    pass


def write(document: Any, path: Path, options: DocxOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    options = options or DocxOptions()
    check_public(options, document.public)
    cleaner = TextCleaner()
    prose = isinstance(document, (MinutesDocument, AgendaDocument))
    w = options.words
    paper = WordPaper(cleaner, wide=not prose, w=w)
    if isinstance(document, MinutesDocument):
        title, board, rows = docx_minutes.minutes(paper, document, options, progress)
    elif isinstance(document, AgendaDocument):
        title, board, rows = docx_minutes.agenda(paper, document, options, progress)
    else:
        table = tabulate(document, w)
        title, board = options.title or table.title, options.board_name or table.board
        rows = 0
        for index, part in enumerate(table.parts):  # a further table starts a page of its own
            if index:
                paper.page_break()
            rows += _table(paper, part, title if not index else part.title, board, options, progress,
                           withheld=not index)
    paper.furnish(PageText(board, title, options.marking))
    properties = paper.document.core_properties
    properties.title, properties.author = cleaner.clean(title), cleaner.clean(options.author or board)
    with atomic_path(path) as temp:
        save_zipped(paper.document.save, temp)
    notes = tuple(note for note in (cleaner.report(),) if note)
    return ExportResult(Path(path), rows, document.withheld, notes)


def _table(paper: WordPaper, table: Table, title: str, board: str, options: PaperOptions,
           progress: Progress | None, *, withheld: bool) -> int:
    w = options.words
    facts = [*table.subtitle, w.label("Date of paper", w.long_date(options.date))]
    paper.title_block(board, title, facts,
                      withheld_note(table.withheld, w) if options.public and withheld else None)
    grid = paper.table([c.heading for c in table.columns], [c.width for c in table.columns], _floors(table, w))
    rag_columns = [i for i, c in enumerate(table.columns) if c.kind == "rag"]
    percent_columns = [i for i, c in enumerate(table.columns) if c.kind == "percent"]
    done = 0
    for section in table.sections:
        if section.banner is not None:
            paper.banner(grid, section.banner)
        for row in section.rows:
            values: list[Any] = list(row.cells)
            for i in rag_columns:
                values[i] = w.rag(values[i]) if values[i] else None
            for i in percent_columns:  # a rate as the PDF and the workbook show it: "75%", not "0.75"
                if isinstance(values[i], (int, float)):
                    values[i] = f"{values[i]:.0%}"
            cells = paper.row(grid, values, bold=row.strong, indent=row.level)
            for i in rag_columns:
                if row.cells[i]:  # the word is there too: never colour alone
                    shade(cells[i], RAG_COLOURS[str(row.cells[i])].lstrip("#"))
            done += 1
            if progress is not None and done % REPORT_EVERY == 0:
                progress.report(done, table.row_count, "Preparing rows")
    return table.row_count


def _floors(table: Table, w: Words) -> list[int]:
    """Each column's longest word, in characters: "Amber" or "Completed"
    broken over two lines reads as two words. Capped so that one long
    address cannot starve the other columns."""
    longest = [max((len(word) for word in c.heading.split()), default=0) for c in table.columns]
    for section in table.sections:
        for row in section.rows:
            for i, value in enumerate(row.cells):
                text = w.rag(str(value)) if table.columns[i].kind == "rag" and value else cell_text(value, w)
                # A date reads as one: "30 Sep 2019" is not broken.
                words = [text] if isinstance(value, date) else text.split()
                longest[i] = max(longest[i], max((len(word) for word in words), default=0))
    return [min(word, 10) for word in longest]
