"""Word documents (.docx) to plain source rows.

A plan in Word is a table, often several: a table continued across pages is
usually several tables, each starting with the repeated header row, with the
priorities as paragraphs ("Priority 2a: ...") or merged rows between them.
So paragraphs and tables are read in document order: each table is a
"sheet" named "Table N", the paragraphs between them are rows of the sheet
"Text" (numbered by paragraph), and ``understand`` sees them in order.

The table grid is walked here rather than through python-docx's ``_cells``,
which assumes every row has the same number of cells and misplaces (or
fails on) ragged rows: a cell spanning columns (gridSpan) is one value with
the columns it covers marked spanned; a cell merged down (vMerge continue)
takes the value of the cell it continues. Text is gathered from every run
in the cell, content controls and nested tables included, deleted tracked
changes excluded.
"""

from __future__ import annotations

from typing import Any, Iterator

from safeguard_desktop.imports.colours import docx_fill_hex
from safeguard_desktop.imports.safe_open import CheckedFile, ImportFileError, reading
from safeguard_desktop.imports.source import SourceBook, SourceCell, SourceRow, leading_spaces
from safeguard_desktop.progress import Progress

MAX_ROWS = 100_000
# Spans are clamped: a damaged file can declare a cell spanning a billion columns.
MAX_COLUMNS = 64
TEXT_SHEET = "Text"
_W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def qn(tag: str) -> str:
    """A ``w:`` tag in Clark notation, as python-docx's ``qn`` writes it
    (kept here so that reading this module does not load python-docx)."""
    prefix, name = tag.split(":")
    assert prefix == "w", "only WordprocessingML tags are looked for"
    return f"{{{_W_NAMESPACE}}}{name}"


_BODY, _P, _TBL, _SDT, _SDT_CONTENT = qn("w:body"), qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TC_PR, _SHD, _FILL = qn("w:tcPr"), qn("w:shd"), qn("w:fill")
_P_PR, _IND, _LEFT, _START = qn("w:pPr"), qn("w:ind"), qn("w:left"), qn("w:start")


def read_docx(checked: CheckedFile, progress: Progress | None = None) -> SourceBook:
    book = SourceBook("docx", warnings=list(checked.warnings))
    with reading(checked.path, "docx"):
        import docx  # here, not at the top: the window starts without it (docs/ARCHITECTURE.md, "Start-up")

        document = docx.Document(str(checked.path))
        # Found by tag, not through python-docx's ``body`` property, which
        # a damaged root element (not w:document) does not have.
        body = document.element.find(_BODY)
        if body is None:
            raise ImportFileError(f"{checked.path.name} has no document body: it is damaged. Open it in Word, "
                                  "save it again as a Word document (.docx) and import that copy.")
        paragraphs = tables = 0
        for block in _blocks(body):
            if block.tag == _P:
                paragraphs += 1
                text = paragraph_text(block)
                if text:
                    _add_sheet(book, TEXT_SHEET)
                    book.rows.append(SourceRow(TEXT_SHEET, paragraphs, {0: SourceCell(text)}))
            else:
                tables += 1
                if progress is not None:
                    progress.report(tables, 0, f"Reading table {tables}")
                sheet = f"Table {tables}"
                _add_sheet(book, sheet)
                book.rows.extend(_table_rows(block, sheet))
            if len(book.rows) > MAX_ROWS:
                raise ImportFileError(f"{checked.path.name} has more than {MAX_ROWS:,} rows and paragraphs; "
                                      "larger documents are not imported. Split it into smaller documents.")
    return book


def _add_sheet(book: SourceBook, sheet: str) -> None:
    if sheet not in book.sheets:
        book.sheets.append(sheet)


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in document order, looking inside block-level
    content controls."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


def paragraph_text(paragraph: Any) -> str:
    parts = []
    for element in paragraph.iter(_T, _TAB, _BR, _CR):
        if element.tag == _T:
            parts.append(element.text or "")
        else:
            parts.append("\t" if element.tag == _TAB else "\n")
    return "".join(parts).strip()


def _cell_text(tc: Any) -> str:
    lines = [paragraph_text(p) for p in tc.iter(_P)]
    return "\n".join(lines).strip()


def _cell_indent(tc: Any) -> int:
    """The first paragraph's left indent in points (Word's own indent),
    else its leading spaces: how an activity is set under another."""
    for paragraph in tc.iter(_P):
        ind = paragraph.find(f"{_P_PR}/{_IND}")
        if ind is not None:
            left = ind.get(_LEFT) or ind.get(_START)
            if left and left.lstrip("-").isdigit() and int(left) > 0:
                return int(left) // 20  # twentieths of a point
        texts = [t.text or "" for t in paragraph.iter(_T)]
        return leading_spaces("".join(texts))
    return 0


def _cell_fill(tc: Any) -> str | None:
    properties = tc.find(_TC_PR)
    shading = properties.find(_SHD) if properties is not None else None
    return docx_fill_hex(shading.get(_FILL)) if shading is not None else None


def _clamp(value: Any, low: int) -> int:
    return min(max(int(value or 0), low), MAX_COLUMNS)


def _table_rows(table: Any, sheet: str) -> list[SourceRow]:
    rows = []
    started: dict[int, tuple[int, SourceCell]] = {}  # grid column -> (row, cell) of the cell begun there
    for number, tr in enumerate(table.tr_lst, start=1):
        column = _clamp(tr.grid_before, 0)
        cells: dict[int, SourceCell] = {}
        spanned: set[int] = set()
        for tc in tr.tc_lst:
            if column >= MAX_COLUMNS:
                break
            span = _clamp(tc.grid_span, 1)
            if tc.vMerge == "continue":
                origin = started.get(column)
                if origin is not None and (origin[1].text or origin[1].fill):
                    cells[column] = SourceCell(origin[1].text, origin[1].fill, merged_from=origin[0])
            else:
                cell = SourceCell(_cell_text(tc), _cell_fill(tc), indent=_cell_indent(tc))
                started[column] = (number, cell)
                if cell.text or cell.fill:
                    cells[column] = cell
            spanned.update(range(column + 1, min(column + span, MAX_COLUMNS)))
            column += span
        rows.append(SourceRow(sheet, number, cells, frozenset(spanned)))
    return rows
