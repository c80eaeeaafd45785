"""Reading a hand-kept plan's rows for what they are
(docs/SAFEGUARDING_BOARDS.md, "How real plans look"): title rows above the
table, a banner per priority, the header repeated under each banner, action
rows, continuation rows (a long cell split over several rows when a Word
table was pasted into Excel), and notes.

Every non-empty row gets exactly one kind and a line in the report; nothing
is dropped. The rules are deliberately few and are written as the user
would explain them, because the preview shows the user what we decided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from safeguard_desktop.core.ditto import is_ditto, resolve_dittos
from safeguard_desktop.core.numbering import split_priority_heading
from safeguard_desktop.imports.docx_reader import TEXT_SHEET
from safeguard_desktop.imports.fields import FORMULA_FLAG, convert
from safeguard_desktop.imports.headings import (
    BUSINESS_PLAN,
    EXTRA,
    SELF_ASSESSMENT,
    FIELD_LABELS,
    guess_field,
    is_header_row,
    shape_of_header,
)
from safeguard_desktop.imports.outline import OutlineRows
from safeguard_desktop.imports.outline_text import CONTINUED
from safeguard_desktop.imports.planned import (
    MappingChoice,
    PlannedAction,
    PlannedEntry,
    RowReport,
    Understanding,
)
from safeguard_desktop.imports.source import SourceBook, SourceCell, SourceRow, column_letter

# "1", "1.1", "1.3a", "2a.1", "(4)", "A1", "Q4": what a number cell holds.
_NUMBER = re.compile(r"^\(?[A-Za-z]{0,2}\d{1,3}[a-z]?(?:\.\d{1,3}[a-z]?)*\.?\)?$")
_FINANCIAL_YEAR = re.compile(r"\b(20\d\d)\s*[/\-\u2013]\s*(\d\d|20\d\d)\b")
_PERIOD_TITLE = re.compile(r"^\s*review period:\s*([^,\u00b7]+?)\s*(?:[,\u00b7]|$)", re.IGNORECASE)
_NUMBER_PLACEHOLDER = re.compile(r"^(?:\?+|tbc|x+|-)$", re.IGNORECASE)
# Text fields a lone continuation cell may carry on, in the order tried.
_TEXT_COLUMNS = ("how", "want", "measure", "progress")
# A banner names its level: "Priority 2a: ...", "Outcome 1.1 - ...".
_BANNER = re.compile(
    r"^\s*(?:(?:strategic|business|key|specific)\s+)?(?P<label>priority|outcome|objective|theme|aim|goal|duty"
    r"|work\s*stream)s?\b(?:\s+area)?\s*(?:no\.?\s*)?(?=[0-9]|[:\-\u2013\u2014])",
    re.IGNORECASE)


@dataclass
class Column:
    heading: str  # as written; a made-up "Column K" when the header had none
    field: str  # our field or EXTRA


@dataclass
class _Draft:
    """An action row being gathered: raw texts by column, then converted."""

    sheet: str
    row: int
    entry: int | None
    columns: dict[int, Column]
    texts: dict[int, str]
    cells: dict[int, SourceCell]
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    joined: list[int] = field(default_factory=list)
    parent: int | None = None  # the activity it sits under (work plans)
    level: int | None = None
    number: str | None = None  # a number written before the text ("1.2.1 Engage...")


# Source row (sheet, row) -> the kind the user chose for it in the preview.
Kinds = dict[tuple[str, int], str]
AUTO = "auto"


def understand(book: SourceBook, overrides: dict[str, str] | None = None, shape: str = AUTO,
               kinds: Kinds | None = None) -> Understanding:
    """Classify every non-empty row of ``book`` and plan the entries and
    actions it becomes; ``overrides`` maps a heading as written to a field,
    ``shape`` is a plans.kind or "auto" (read from the first header row),
    ``kinds`` are the user's re-classifications of rows."""
    return _Reader(book, overrides or {}, shape, kinds or {}).run()


def heading_key(text: str) -> str:
    """How overrides name a heading: its words, one space apart."""
    return " ".join(text.split())


class _Reader:
    def __init__(self, book: SourceBook, overrides: dict[str, str], shape: str, kinds: Kinds) -> None:
        self.book = book
        self.shape = shape
        self.kinds = kinds
        self.outline: OutlineRows | None = None
        self.overrides = {heading_key(k): v for k, v in overrides.items()}
        self.result = Understanding(warnings=list(book.warnings))
        self.mapping: dict[str, MappingChoice] = {}
        self.columns: dict[int, Column] | None = None
        self.sheet: str | None = None
        self.in_table = False  # a header has been met (in this sheet, for workbooks)
        self.priority: int | None = None
        self.entry: int | None = None  # the priority, or the outcome under it
        self.block: list[_Draft] = []  # actions since the last banner or new header
        self.drafts: list[_Draft] = []

    # -- the walk --------------------------------------------------------
    def run(self) -> Understanding:
        rows = [row for row in self.book.rows if not row.is_empty()]
        for index, row in enumerate(rows):
            if row.sheet != self.sheet:
                self._new_sheet(row.sheet)
            following = rows[index + 1] if index + 1 < len(rows) else None
            chosen = self.kinds.get((row.sheet, row.row))
            self._dispatch(chosen or self._classify(row, following), row)
            if chosen:
                self.result.rows[-1].notes.insert(0, f"re-classified in the preview as {chosen}")
        self._end_block()
        if self.shape == AUTO:
            self.shape = BUSINESS_PLAN
        self.result.shape = self.shape
        if self.outline is not None:
            self.outline.finish(self._period_label())
        self.result.actions = [self._finish(draft) for draft in self.drafts]
        self.result.mapping = list(self.mapping.values())
        return self.result

    def _dispatch(self, kind: str, row: SourceRow) -> None:
        if self.outline is None:
            getattr(self, f"_on_{ {'entry': 'banner', 'question': 'note'}.get(kind, kind)}")(row)
        elif kind in ("header", "title") or not self.in_table:  # a later sheet's rows above its header
            getattr(self, f"_on_{'header' if kind == 'header' else 'title'}")(row)
        else:
            kind = {"banner": "entry", "title": "note"}.get(kind, kind)
            if self.shape == SELF_ASSESSMENT:
                kind = {"action": "question"}.get(kind, kind)
            elif kind == "question":
                kind = "entry"
            getattr(self.outline, f"on_{kind}")(row)

    def _period_label(self) -> str:
        """A self-assessment kept on one sheet: its period is named by its
        title ("Review period: October 2017", as our papers write it), else
        by the year a title gives, else by the sheet."""
        named = next((m.group(1) for m in map(_PERIOD_TITLE.match, self.result.titles) if m), None)
        sheet = self.book.sheets[0] if self.book.kind == "xlsx" and self.book.sheets else None
        return named or financial_year(self.result.titles) or sheet or "First period"

    def _new_sheet(self, sheet: str) -> None:
        self.sheet = sheet
        if self.book.kind == "docx":
            return  # paragraphs and continued tables carry on the same table
        self._end_block()
        self.in_table = False
        self.priority = self.entry = None
        if self.outline is not None:
            self.outline.new_sheet(sheet)

    def _classify(self, row: SourceRow, following: SourceRow | None) -> str:
        if is_header_row(row):
            return "header"
        if self.outline is not None and self.in_table and self.columns is not None:
            return self.outline.classify(row)
        texts = row.own_texts()
        paragraph = self.book.kind == "docx" and row.sheet == TEXT_SHEET
        merged_text = any(c.text and c.merged_from is not None for c in row.cells.values())
        if len(texts) == 1 and not merged_text:
            if self.block and CONTINUED.match(texts[0]):
                return "continuation"
            if _BANNER.match(texts[0]):
                return "banner"
            if not self.in_table:
                return "title"
            if following is not None and is_header_row(following) and self._may_look_ahead(row, following):
                return "banner"
            if len(row.spanned) >= 2:  # merged across the table
                return "banner"
            if paragraph:
                return "note"
        if not self.in_table or self.columns is None:
            return "title"
        number, own_number = self._number(row)
        if number and own_number:
            return "action"
        if self._continues(row):
            return "continuation"
        if number or len([c for c in row.cells.values() if c.text]) >= 2:
            return "action"
        return "note"

    def _may_look_ahead(self, row: SourceRow, following: SourceRow) -> bool:
        """Within a sheet; in Word, from a paragraph into the table after it
        (a heading paragraph above a table is that table's banner)."""
        return following.sheet == row.sheet or (self.book.kind == "docx" and row.sheet == TEXT_SHEET)

    def _number(self, row: SourceRow) -> tuple[str | None, bool]:
        """The row's number (own or merged down) and whether it is its own."""
        for column, col in (self.columns or {}).items():
            if col.field != "number":
                continue
            cell = row.cells.get(column)
            if cell is None or not cell.text:
                return None, False
            text = cell.text
            if _NUMBER.match(text) or _NUMBER_PLACEHOLDER.match(text) or is_ditto(text):
                return text, cell.merged_from is None
            return None, False
        return None, False

    def _continues(self, row: SourceRow) -> bool:
        """A row with no number of its own whose few cells each continue
        text in the row above (its cells merged down from that same action)."""
        if not self.block:
            return False
        above = self.block[-1]
        own = {c: cell for c, cell in row.cells.items() if cell.merged_from is None and (cell.text or cell.fill)}
        mapped = [c for c in (self.columns or {}).values() if c.field != EXTRA]
        if len([c for c in own.values() if c.text]) > max(2, len(mapped) // 3):
            return False
        if any(cell.merged_from is not None and cell.merged_from < above.row
               for cell in row.cells.values() if cell.text):
            return False  # a value shared with earlier actions: this row is an action of its own
        for column, cell in own.items():
            col = self.column(column)
            if col.field in ("number", "rag", "cab") or cell.date is not None or is_ditto(cell.text):
                return False
            if cell.text and not above.texts.get(column):
                return False
        return True

    def column(self, column: int) -> Column:
        known = (self.columns or {}).get(column)
        return known if known is not None else Column(f"Column {column_letter(column)}", EXTRA)

    # -- each kind -------------------------------------------------------
    def _report(self, row: SourceRow, kind: str, **values: object) -> RowReport:
        text = row.report_text()
        report = RowReport(row.sheet, row.row, kind, text, **values)  # type: ignore[arg-type]
        self.result.rows.append(report)
        return report

    def _on_title(self, row: SourceRow) -> None:
        self.result.titles.append(row.report_text())
        self._report(row, "title", notes=["kept in the plan's introduction"])

    def _on_banner(self, row: SourceRow) -> None:
        self._end_block()
        text, *rest = row.own_texts() or [row.report_text()]
        match = _BANNER.match(text)
        outcome = match is not None and match.group("label").casefold() == "outcome" and self.priority is not None
        number, title = split_priority_heading(text)
        entry = PlannedEntry("outcome" if outcome else "priority", number, title or text, text,
                             self.priority if outcome else None, row.sheet, row.row,
                             body=rest)  # a row of several cells the user calls a banner: the rest kept under it
        entry.level = 2 if outcome else 1
        self.result.entries.append(entry)
        index = len(self.result.entries) - 1
        if not outcome:
            self.priority = index
        self.entry = index
        where = "an outcome" if outcome else "a priority"
        self._report(row, "banner", entry=index, notes=[f"became {where}: {number or '(no number)'} {title}".strip()],
                     **self._under(entry.parent) if outcome else {"level": 1, "parent_row": None})

    def _on_header(self, row: SourceRow) -> None:
        if self.shape == AUTO:
            self.shape = shape_of_header(row.own_texts())
        if self.shape != BUSINESS_PLAN and self.outline is None:
            self.outline = OutlineRows(self, self.shape)
            self.outline.new_sheet(row.sheet)
        if self.outline is not None:
            self.outline.table_starts(row)
        columns, notes = self._read_header(row)
        same = self.columns is not None and {c: (k.heading, k.field) for c, k in columns.items()} == {
            c: (k.heading, k.field) for c, k in self.columns.items()}
        if not same:
            self._end_block()  # a header worded anew starts a new block; a repeated one continues it
        self.columns = columns
        self.in_table = True
        for col in columns.values():
            if col.field != EXTRA:
                self.result.headings.setdefault(col.field, col.heading)
        self._report(row, "header", notes=notes)

    def _read_header(self, row: SourceRow) -> tuple[dict[int, Column], list[str]]:
        columns: dict[int, Column] = {}
        taken: set[str] = set()
        notes = []
        last_heading = ""
        for column in sorted(set(row.cells) | row.spanned):
            cell = row.cells.get(column)
            if cell is None or not cell.text:
                if column in row.spanned and last_heading:
                    columns[column] = Column(f"{last_heading} ({column_letter(column)})", EXTRA)
                continue
            heading = heading_key(cell.text)
            last_heading = heading
            guessed = guess_field(heading, self.shape) or EXTRA
            chosen = self.overrides.get(heading, guessed)
            if chosen not in FIELD_LABELS:
                chosen = guessed
            if chosen != EXTRA and chosen in taken:
                notes.append(f"'{heading}' is a second {FIELD_LABELS[chosen]} column: kept as an extra column")
                chosen = EXTRA
            taken.add(chosen)
            columns[column] = Column(heading, chosen)
            choice = self.mapping.setdefault(heading, MappingChoice(heading, guessed, chosen))
            choice.seen.append(f"{row.sheet} row {row.row}")
            notes.append(f"{heading} → {FIELD_LABELS[chosen] if chosen != EXTRA else 'extra column'}")
        return columns, notes

    def _on_action(self, row: SourceRow) -> None:
        entry = self.entry if self.entry is not None else self._sheet_priority(row)
        self.add_draft(row, entry, dict(self.columns or {}))
        self._report(row, "action", action=len(self.drafts) - 1, **self._under(entry))

    def _under(self, entry: int | None) -> dict[str, int | None]:
        """The level and parent row of what sits under ``entry``."""
        if entry is None:
            return {"level": 1, "parent_row": None}
        planned = self.result.entries[entry]
        return {"level": planned.level + 1, "parent_row": planned.row}

    def add_draft(self, row: SourceRow, entry: int | None, columns: dict[int, Column]) -> _Draft:
        """Gather an action row's cells (the work plan's activities too)."""
        draft = _Draft(row.sheet, row.row, entry, columns, {}, {})
        for column, cell in sorted(row.cells.items()):
            if column not in draft.columns:
                draft.columns[column] = self.column(column)
                if cell.text:
                    draft.notes.append(f"text in column {column_letter(column)}, which has no heading: "
                                       f"kept as the extra column '{draft.columns[column].heading}'")
            draft.cells[column] = cell
            if cell.text:
                draft.texts[column] = cell.text
                if cell.formula is not None and cell.text == cell.formula:
                    draft.flags.append(FORMULA_FLAG)
                    draft.notes.append(f"{draft.columns[column].heading}: the formula {cell.formula} had no saved "
                                       "result; its text was kept (formulas are never calculated)")
                if cell.merged_from is not None:
                    draft.notes.append(f"{draft.columns[column].heading}: merged down from row {cell.merged_from}")
        self.block.append(draft)
        self.drafts.append(draft)
        return draft

    def _sheet_priority(self, row: SourceRow) -> int | None:
        """Actions on a sheet with no banner hang on a priority named after
        the sheet, when the workbook has several: the sheet is the grouping."""
        if self.book.kind != "xlsx" or len(self.book.sheets) < 2:
            return None
        number, title = split_priority_heading(row.sheet)
        self.result.entries.append(PlannedEntry("priority", number, title or row.sheet, row.sheet, None,
                                                row.sheet, None))
        self.priority = self.entry = len(self.result.entries) - 1
        return self.entry

    def _on_continuation(self, row: SourceRow) -> None:
        if not self.block:  # chosen by the user with no action above it
            self._on_note(row)
            return
        self.continue_draft(row, self.block[-1])

    def continue_draft(self, row: SourceRow, above: _Draft) -> None:
        """Join a continuation row's own texts onto the action row above."""
        joined = []
        for column, cell in sorted(row.cells.items()):
            if cell.merged_from is None and cell.text:
                into = self._join_column(above, column, row.spanned)
                above.texts[into] = f"{above.texts[into]}\n{cell.text}" if above.texts.get(into) else cell.text
                joined.append(above.columns.get(into, self.column(into)).heading)
        above.joined.append(row.row)
        note = f"joined onto row {above.row} ({', '.join(joined)})" if joined else \
            f"only cells merged down from row {above.row}"
        above.notes.append(f"row {row.row} was a continuation: {note}")
        self._report(row, "continuation", action=self.drafts.index(above), into_row=above.row, notes=[note])

    def _join_column(self, above: _Draft, column: int, spanned: frozenset[int]) -> int:
        """Where a continuation cell's text goes: its own column when that
        is a text field; a lone cell pasted across
        the table goes to the first such column it covers, else to the row
        above's main text (How, else What...)."""
        for candidate in (column, *sorted(spanned)):
            if (above.texts.get(candidate) or candidate == column) and self.column(candidate).field in _TEXT_COLUMNS:
                return candidate
        by_field = {col.field: c for c, col in above.columns.items() if above.texts.get(c)}
        return next((by_field[name] for name in _TEXT_COLUMNS if name in by_field), column)

    def _on_note(self, row: SourceRow) -> None:
        text = row.report_text()
        if self.entry is not None:
            self.result.entries[self.entry].body.append(text)
            where = f"kept in the notes of {self.result.entries[self.entry].kind} " \
                    f"{self.result.entries[self.entry].number or self.result.entries[self.entry].title}"
        else:
            self.result.notes.append(text)
            where = "kept in the plan's introduction"
        self._report(row, "note", notes=[where], **self._under(self.entry))

    # -- finishing -------------------------------------------------------
    def _end_block(self) -> None:
        """Fill in the ditto marks of the actions since the last banner or
        header: a mark repeats the value above it in its column."""
        if not self.block:
            return
        # Only the columns that hold text: a stray cell far to the right must
        # not make a grid of thousands of empty columns.
        columns = sorted({column for draft in self.block for column in draft.texts})
        grid = [[draft.texts.get(column) for column in columns] for draft in self.block]
        _, resolutions = resolve_dittos(grid)
        for found in resolutions:
            draft = self.block[found.row_index]
            column = columns[found.col_index]
            heading = draft.columns.get(column, self.column(column)).heading
            draft.flags.append("ditto")
            if found.source_row is None:
                draft.notes.append(f"{heading}: ditto mark '{found.mark_as_written}' has nothing above it; kept as written")
                continue
            source = self.block[found.source_row]
            draft.texts[column] = found.resolved_value or ""
            if column in source.cells:
                draft.cells[column] = source.cells[column]
            draft.notes.append(f"{heading}: ditto mark '{found.mark_as_written}' filled in from row {source.row}")
        self.block = []

    def _finish(self, draft: _Draft) -> PlannedAction:
        action = PlannedAction(draft.sheet, draft.row, draft.entry, notes=list(draft.notes),
                               flags=list(draft.flags), joined=list(draft.joined), parent=draft.parent,
                               level=draft.level)
        if draft.number:
            action.values["number"] = draft.number
        for column in sorted(set(draft.texts) | set(draft.cells)):
            col = draft.columns.get(column, self.column(column))
            text = draft.texts.get(column, "")
            converted = convert(col.field, col.heading, text, draft.cells.get(column))
            action.values.update(converted.values)
            action.notes.extend(converted.notes)
            action.flags.extend(converted.flags)
            if converted.extra is not None:
                _put_extra(action.extra, col.heading, converted.extra)
        if draft.joined:
            action.flags.append("continuation")
        return action


def financial_year(titles: list[str]) -> str | None:
    """"2014-15" from a title such as "Business Plan 2014/15"."""
    for title in titles:
        match = _FINANCIAL_YEAR.search(title)
        if match:
            first, second = int(match.group(1)), int(match.group(2)[-2:])
            if second == (first + 1) % 100:
                return f"{first}-{second:02d}"
    return None


def _put_extra(extra: dict[str, str], heading: str, text: str) -> None:
    key, n = heading, 2
    while key in extra:
        key, n = f"{heading} ({n})", n + 1
    extra[key] = text
