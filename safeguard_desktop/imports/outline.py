"""Rows of a hand-kept work plan or self-assessment, read as an outline.

A work plan lists strategic duties, the specific responsibilities under
them and the activities under those (as deep as the document goes), one per
row. Which level a row is on is shown by its number ("1.2.3" is three deep),
by Excel's indent or leading spaces (the shallowest indent in the sheet is
the top), or by the level's word ("Strategic duty 1", "Specific
responsibility 2"). Duties and responsibilities become entries; activities
are tracked rows, nested under the activity above them.

A self-assessment lists priority areas (a title and its statement) and the
questions under each, with evidence, analysis and a score 1-6 per review
period. A cell may hold several numbered questions ("1. Is there...? 2. Are
...?"); evidence, analysis or a score on such a row, or merged down over
several rows, is the area's, and an area's score counts for each of its
questions. Each sheet of a workbook is one review period: areas and
questions met again on a later sheet are the same entries.

Every row still gets one kind and a line in the report; nothing is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from safeguard_desktop.core.numbering import split_priority_heading
from safeguard_desktop.core.plan_shapes import NOTE, SHAPES
from safeguard_desktop.imports.fields import convert
from safeguard_desktop.imports.headings import EXTRA, SELF_ASSESSMENT
from safeguard_desktop.imports.outline_text import (
    CONTINUED,
    FOOTNOTE,
    LEADING_NUMBER,
    LEVEL_HEADING,
    LEVEL_WORDS,
    NUMBER,
    entry_key,
    joined,
    split_questions,
)
from safeguard_desktop.imports.planned import Answer, PlannedEntry, RowReport
from safeguard_desktop.imports.source import SourceCell, SourceRow, merge_origins

if TYPE_CHECKING:
    from safeguard_desktop.imports.understand import Column, _Reader

_ANSWER_FIELDS: Final = ("evidence", "analysis", "score")
_ACTIVITY: Final = "activity"


class OutlineRows:
    """The reader's rows for a work plan or a self-assessment, after the
    table's header: what each becomes, and the entries and rows planned."""

    def __init__(self, reader: _Reader, shape: str) -> None:
        self.reader = reader
        self.seen = reader.result
        self.shape = SHAPES[shape]
        self.depth = len(self.shape.levels)
        self.stack: list[tuple[int, str, int, int | None]] = []  # (level, "entry"/"action", index, source row)
        self.last: tuple[str, int, int] | None = None  # ("entry"/"action", index, source row) for continuations
        self.last_cell: SourceCell | None = None  # the outline cell of that row
        self.indents: dict[str, tuple[list[int], bool]] = {}  # sheet -> see _indents
        self.numbered: dict[str, bool] = {}  # sheet -> see _numbered_questions
        self.origins = merge_origins(reader.book.rows)
        self.period = ""
        self.header_row = 0
        self.area: int | None = None
        self.known: dict[tuple[object, ...], int] = {}  # self-assessment entries by what they say, across sheets
        self.question_rows: list[tuple[RowReport, list[int], str]] = []

    # -- where a sheet starts -------------------------------------------------
    def new_sheet(self, sheet: str) -> None:
        self.stack, self.last, self.area = [], None, None
        if self.shape.kind != SELF_ASSESSMENT:
            return
        if self.reader.book.kind == "xlsx":
            self.period = sheet  # one sheet per review period
        if self.period not in self.seen.periods:
            self.seen.periods.append(self.period)

    def table_starts(self, header: SourceRow) -> None:
        """Levels are read from the rows under the header (titles above it
        are not part of the outline)."""
        self.header_row = header.row
        self.indents.pop(header.sheet, None)

    # -- what a row is -------------------------------------------------------
    def classify(self, row: SourceRow) -> str:
        own = self._own(row)
        if self.shape.kind == SELF_ASSESSMENT:
            if "question" in own:
                unnumbered = "number" not in own and not LEADING_NUMBER.match(own["question"])
                if unnumbered and self.last is not None and self.last[1] == self.area and "area" not in own:
                    return "continuation"  # the area's statement and answers, on the row under its banner
                if len(own) == 1 and self._continues(row, own["question"]):
                    return "continuation"  # "(continued) including volunteers": the rest of the question above
                if unnumbered and not self._has("area") and self._numbered_questions(row.sheet):
                    return "entry"  # an area written in the question column, over its numbered questions
                return "question"
            if "area" in own or (len(row.own_texts()) == 1 and len(row.spanned) >= 2):
                return "entry"  # an area, in its column or as a banner across the table
        else:
            word = self._word_level(row)
            if word is not None:
                return {NOTE.kind: "note", _ACTIVITY: "action"}.get(str(word), "entry")
            text = own.get("outline")
            if text is not None or "number" in own:
                if text is not None and len(own) == 1 and self._continues(row, text):
                    return "continuation"
                if text is not None and "number" not in own and (FOOTNOTE.match(text) or LEVEL_HEADING.match(text)):
                    return "note"  # a footnote, or a heading such as "Activities" over the rows it names
                return "entry" if self.level(row) <= self.depth else "action"
        texts = row.own_texts()
        if len(texts) == 1 and (FOOTNOTE.match(texts[0]) or len(row.spanned) >= 2):
            return "note"  # a footnote, or a heading across the table ("Notes", "Activities")
        return "continuation" if self.last is not None else "note"

    def _continues(self, row: SourceRow, text: str) -> bool:
        """Marked as continued, or the lower-case rest of a line wrapped by a
        conversion, set at least as deep as the row it carries on (a
        responsibility such as "will engage with..." starts a new, shallower
        row)."""
        match = CONTINUED.match(text)
        if self.last is None or match is None:
            return False
        if not text[0].islower():
            return True
        cell = self._outline_cell(row)
        above = self.last_cell
        return cell is not None and (above is None or cell.indent >= above.indent)

    def _numbered_questions(self, sheet: str) -> bool:
        """Whether the sheet numbers its questions ("1. Is there...") in the
        question column."""
        if sheet not in self.numbered:
            column = next((c for c, col in (self.reader.columns or {}).items() if col.field == "question"), None)
            self.numbered[sheet] = any(
                r.sheet == sheet and r.row > self.header_row and column in r.cells
                and LEADING_NUMBER.match(r.cells[column].text) for r in self.reader.book.rows)
        return self.numbered[sheet]

    def _own(self, row: SourceRow) -> dict[str, str]:
        """Our fields this row types a value for (merged-down values excluded)."""
        found: dict[str, str] = {}
        for column, cell in row.cells.items():
            if cell.text and cell.merged_from is None:
                field = self._field(column)
                if field != EXTRA:
                    found.setdefault(field, cell.text)
        return found

    def _field(self, column: int) -> str:
        field = self.reader.column(column).field
        return "outline" if field in ("want", "how") and not self._has("outline") else field

    def _has(self, field: str) -> bool:
        return any(col.field == field for col in (self.reader.columns or {}).values())

    def _outline_column(self) -> int | None:
        columns = self.reader.columns or {}
        for name in ("outline", "want", "how"):
            found = [c for c, col in sorted(columns.items()) if col.field == name]
            if found:
                return found[0]
        return None

    def _outline_cell(self, row: SourceRow) -> SourceCell | None:
        column = self._outline_column()
        return row.cells.get(column) if column is not None else None

    def _text(self, row: SourceRow) -> str:
        """The row's outline text; a lone cell elsewhere (a banner merged
        across the table: "Strategic duty 1: To provide...") is that text."""
        cell = self._outline_cell(row)
        if cell is not None and cell.text and cell.merged_from is None:
            return cell.text
        texts = row.own_texts()
        return texts[0] if len(texts) == 1 else ""

    def _word_level(self, row: SourceRow) -> int | str | None:
        """The level the row names in words: in a Level column ("Specific
        responsibility", "Activity", "Note"), or before its text ("Strategic
        duty 1: ..."); 1 and 2 for entries, else "activity" or "note"."""
        words = {level.word.casefold(): depth for depth, level in enumerate(self.shape.levels, start=1)}
        words.update({(self.shape.row_word or _ACTIVITY).casefold(): _ACTIVITY, NOTE.word.casefold(): NOTE.kind})
        for column, col in (self.reader.columns or {}).items():
            cell = row.cells.get(column)
            if col.field == "level" and cell is not None and cell.merged_from is None:
                found = words.get(" ".join(cell.text.casefold().split()))
                if found is not None:
                    return found
        text = self._text(row)
        for level, pattern in LEVEL_WORDS:
            match = pattern.match(text)
            if match and (match.group("number") or len(text.split()) > 2):
                return level
        return None

    def level(self, row: SourceRow) -> int:
        """1 for a duty, 2 for a responsibility, 3 and deeper for activities:
        from the level's word, else a dotted number's depth, else the indent
        (ranked within the sheet), else a plain number."""
        word = self._word_level(row)
        if isinstance(word, int):
            return word
        found = self._depth(row)
        return max(found, self.depth + 1) if word == _ACTIVITY else found

    def _depth(self, row: SourceRow) -> int:
        number = self._number(row)[0]
        if number and "." in number.strip("()."):
            return len(number.strip("().").split("."))
        column = self._outline_column()
        cell = self._outline_cell(row)
        indents, worded = self._indents(row.sheet, column)
        # Where the duties and responsibilities are named in words, the rest
        # are activities: their indents rank below the entries' levels.
        below = self.depth if worded else 0
        if (len(indents) > 1 or worded) and cell is not None:
            return below + (indents.index(cell.indent) + 1 if cell.indent in indents else 1)
        return below + (len(number.strip("().").split(".")) if number else 1)

    def _indents(self, sheet: str, column: int | None) -> tuple[list[int], bool]:
        """The indents of the sheet's outline texts that do not name their
        level (nor are notes), shallowest first, and whether any text names
        its level."""
        if sheet not in self.indents:
            cells = [r.cells[column] for r in self.reader.book.rows if r.sheet == sheet and r.row > self.header_row
                     and column in r.cells and r.cells[column].text and r.cells[column].merged_from is None]
            named = [any((m := p.match(c.text)) and m.group("number") for _, p in LEVEL_WORDS) for c in cells]
            levelled = [c for c, n in zip(cells, named)  # footnotes and "Activities" headings have no level
                        if not n and not FOOTNOTE.match(c.text) and not LEVEL_HEADING.match(c.text)]
            self.indents[sheet] = (sorted({c.indent for c in levelled}), any(named))
        return self.indents[sheet]

    def _number(self, row: SourceRow) -> tuple[str | None, str]:
        """The row's number (its number column, else written before the text
        or after the level's word) and the text without it."""
        text = self._text(row)
        for column_number, col in (self.reader.columns or {}).items():
            cell = row.cells.get(column_number)
            if col.field == "number" and cell is not None and cell.merged_from is None and NUMBER.match(cell.text):
                return cell.text, text
        for _, pattern in LEVEL_WORDS:
            match = pattern.match(text)
            if match and match.group("number"):
                return match.group("number"), text[match.end():] or text
        match = LEADING_NUMBER.match(text)
        if match:
            return match.group("number"), text[match.end():]
        return None, text

    # -- each kind -----------------------------------------------------------
    def on_entry(self, row: SourceRow) -> None:
        if self.shape.kind == SELF_ASSESSMENT:
            self._area(row)
            return
        level = min(self.level(row), self.depth)
        number, text = self._number(row)
        parent = self._parent(level, entries_only=True)
        entry = self._add_entry(row, self.shape.levels[level - 1].kind, number, text or row.report_text(), parent,
                                level)
        self._fill_entry(entry, row, skip=("outline", "number", "level") if self._word_level(row) else
                         ("outline", "number"))
        self.stack.append((level, "entry", entry, row.row))
        self.last, self.last_cell = ("entry", entry, row.row), self._outline_cell(row)
        self._report(row, "entry", entry, level, parent)

    def on_action(self, row: SourceRow) -> None:
        """An activity: a tracked row under the entry, or the activity, above it."""
        level = max(self.level(row), self.depth + 1)
        parent = self._parent(level)
        named = self._word_level(row) is not None
        columns = {c: self._as_activity(col, named) for c, col in (self.reader.columns or {}).items()}
        entry = parent_action = None
        if parent is not None:
            _, what, index, _ = parent
            if what == "action":
                parent_action, entry = index, self.reader.drafts[index].entry
            else:
                entry = index
        draft = self.reader.add_draft(row, entry, columns)
        draft.parent, draft.level = parent_action, level
        column = self._outline_column()
        leading = LEADING_NUMBER.match(draft.texts.get(column, "")) if column is not None else None
        if leading and not any(col.field == "number" and c in row.cells for c, col in columns.items()):
            draft.texts[column] = draft.texts[column][leading.end():]  # "1.2.1 Engage...": its number apart
            draft.number = leading.group("number")
        index = len(self.reader.drafts) - 1
        self.stack.append((level, "action", index, row.row))
        self.last, self.last_cell = ("action", index, row.row), self._outline_cell(row)
        report = self._report(row, "action", None, level, parent)
        report.action = index

    def on_question(self, row: SourceRow) -> None:
        own = self._own(row)
        if "area" in own:
            self._area(row, report=False)
        area_level = 1 if self.area is not None else 0
        questions = []
        number_cell = own.get("number")
        for number, text in split_questions(own.get("question") or row.report_text()):
            number = number or (number_cell if not questions else None)
            key = ("question", self.area, number or entry_key(text))
            index = self.known.get(key)
            if index is None:
                index = self._add_entry(row, "question", number, text, self.area, area_level + 1)
                self.known[key] = index
            questions.append(index)
        target = questions[0] if len(questions) == 1 else self.area
        self._answers(row, target, questions)
        self.last = ("entry", questions[-1], row.row)
        area_row = self.seen.entries[self.area].row if self.area is not None else None
        report = RowReport(row.sheet, row.row, "question", row.report_text(), entry=questions[0],
                           level=area_level + 1, parent_row=area_row,
                           notes=[f"became {len(questions)} question(s)" +
                                  (f" under the priority area '{self.seen.entries[self.area].title}'"
                                   if self.area is not None else "")])
        self.seen.rows.append(report)
        self.question_rows.append((report, questions, self.period))

    def on_note(self, row: SourceRow) -> None:
        """A footnote, kept with its mark under the entry it follows."""
        named = self._word_level(row) == NOTE.kind  # "Note | ¹ | In February..." from our own papers
        text = self._text(row) if named else row.report_text()
        match = FOOTNOTE.match(text)
        mark = match.group("mark") if match else self._own(row).get("number") if named else None
        parent = next((i for level, what, i, _ in reversed(self.stack) if what == "entry"), self.area)
        level = self.seen.entries[parent].level + 1 if parent is not None else 1
        entry = self._add_entry(row, NOTE.kind, mark, text[match.end():] if match else text, parent, level)
        self._report(row, "note", entry, level, (0, "entry", parent, self.seen.entries[parent].row)
                     if parent is not None else None)

    def on_continuation(self, row: SourceRow) -> None:
        if self.last is None:
            self.on_note(row)
            return
        what, index, into = self.last
        if what == "action":
            self.reader.continue_draft(row, self.reader.drafts[index])
            return
        entry = self.seen.entries[index]
        target = self.area if entry.kind == "question" and self._area_cells(row) else index
        if self.shape.kind == SELF_ASSESSMENT:
            own = self._own(row)
            if "area" in own:  # the user joined an area's row onto the one above
                self.seen.entries[self.area if self.area is not None else index].body.append(own["area"])
            more = own.get("question")
            if more and index == self.area:
                entry.body.append(more)  # the area's statement
            elif more:
                entry.title = f"{entry.title}\n{more}"  # the rest of a question
            self._answers(row, target, [index])
        else:
            self._fill_entry(index, row, skip=())
        self.seen.rows.append(RowReport(row.sheet, row.row, "continuation", row.report_text(), into_row=into,
                                        notes=[f"joined onto row {into}"]))

    # -- helpers -------------------------------------------------------------
    def _area(self, row: SourceRow, report: bool = True) -> None:
        own = self._own(row)
        # With no area column, an area is written in the question column.
        in_questions = not self._has("area") and own.get("question")
        text = own.get("area") or in_questions or row.report_text()
        heading, _, body = text.partition("\n")
        number, title = split_priority_heading(heading.strip())  # "Priority area 1: Good Governance"
        key = ("area", entry_key(title or heading))
        index = self.known.get(key)
        if index is None:
            index = self._add_entry(row, self.shape.levels[0].kind, number, title or heading, None, 1)
            self.seen.entries[index].body = [body.strip()] if body.strip() else []
            self.known[key] = index
        self.area = index
        if report:
            questions = None if in_questions else own.get("question")
            if questions:  # the user said this row is the area alone: its questions stay with it as written
                self.seen.entries[index].body.append(questions)
            self._answers(row, index, [])
            self.last = ("entry", index, row.row)
            self._report(row, "entry", index, 1, None)

    def _area_cells(self, row: SourceRow) -> bool:
        return any(cell.merged_from is not None or (row.sheet, row.row, c) in self.origins
                   for c, cell in row.cells.items() if self._field(c) in _ANSWER_FIELDS)

    def _answers(self, row: SourceRow, target: int | None, questions: list[int]) -> None:
        """Evidence, analysis and score on this row, for this sheet's period:
        the area's when merged down or beside several questions, else the
        question's; other columns are kept in the entry's extra columns."""
        for column, cell in sorted(row.cells.items()):
            col = self.reader.column(column)
            field = self._field(column)
            if not cell.text or cell.merged_from is not None or field in ("area", "question", "number"):
                continue
            whose = target
            if field in _ANSWER_FIELDS and self.area is not None and (
                    len(questions) != 1 or (row.sheet, row.row, column) in self.origins):
                whose = self.area
            if whose is None:
                self.seen.notes.append(cell.text)
                continue
            self._answer(whose, field, col, cell)

    def _answer(self, index: int, field: str, col: Column, cell: SourceCell) -> None:
        entry = self.seen.entries[index]
        answer = entry.answers.setdefault(self.period, Answer())
        converted = convert(field, col.heading, cell.text, cell)
        if field == "score" and "score" in converted.values:
            answer.score = converted.values["score"]
        elif field in ("evidence", "analysis"):
            getattr(answer, field).append(cell.text)
            return
        if converted.extra is not None or field not in _ANSWER_FIELDS:
            answer.extra[col.heading] = joined(answer.extra.get(col.heading), cell.text)

    def _fill_entry(self, index: int, row: SourceRow, skip: tuple[str, ...]) -> None:
        """A work plan entry's other cells: its reference, and anything else
        kept under its heading."""
        entry = self.seen.entries[index]
        for column, cell in sorted(row.cells.items()):
            field = self._field(column)
            if not cell.text or cell.merged_from is not None or field in skip:
                continue
            if field == "reference":
                entry.reference = joined(entry.reference, cell.text)
            elif field == "outline":
                entry.body.append(cell.text)
            else:
                heading = self.reader.column(column).heading
                entry.extra[heading] = joined(entry.extra.get(heading), cell.text)

    def _as_activity(self, col: Column, named: bool) -> Column:
        """An activity's columns: its text is the row's "want", its
        reference an extra column under the sheet's own heading, its level
        word read as its place in the outline (kept as written when not)."""
        from safeguard_desktop.imports.understand import Column

        if col.field == "outline":
            return Column(col.heading, "want")
        if col.field in ("reference", "area", "question", "evidence", "analysis", "score") or \
                (col.field == "level" and not named):
            return Column(col.heading, EXTRA)
        return col

    def _parent(self, level: int, entries_only: bool = False) -> tuple[int, str, int, int | None] | None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        for item in reversed(self.stack):
            if not entries_only or item[1] == "entry":
                return item
        return None

    def _add_entry(self, row: SourceRow, kind: str, number: str | None, text: str,
                   parent: int | tuple[int, str, int, int | None] | None, level: int) -> int:
        parent_index = parent[2] if isinstance(parent, tuple) else parent
        self.seen.entries.append(PlannedEntry(kind, number, text.strip(), row.report_text(), parent_index, row.sheet,
                                              row.row, level=level))
        return len(self.seen.entries) - 1

    def _report(self, row: SourceRow, kind: str, entry: int | None, level: int,
                parent: tuple[int, str, int, int | None] | None) -> RowReport:
        report = RowReport(row.sheet, row.row, kind, row.report_text(), entry=entry, level=level,
                           parent_row=parent[3] if parent is not None else None)
        if entry is not None:
            planned = self.seen.entries[entry]
            report.notes.append(f"became {planned.kind} {planned.number or ''}".rstrip())
        self.seen.rows.append(report)
        return report

    # -- the end -------------------------------------------------------------
    def finish(self, single_period: str) -> None:
        """Name the periods, and give each question row its score: its own,
        else its area's for that period."""
        if len(self.seen.periods) == 1:
            only = self.seen.periods[0]
            self.seen.periods = [single_period]
            for entry in self.seen.entries:
                if only in entry.answers:
                    entry.answers[single_period] = entry.answers.pop(only)
            self.question_rows = [(r, q, single_period) for r, q, _ in self.question_rows]
        for report, questions, period in self.question_rows:
            report.score = self.score(questions[0], period)
            if report.score is not None:
                report.notes.append(f"score {report.score} for {period}")

    def score(self, question: int, period: str) -> int | None:
        entry = self.seen.entries[question]
        own = entry.answers.get(period)
        if own is not None and own.score is not None:
            return own.score
        if entry.parent is None:
            return None
        area = self.seen.entries[entry.parent].answers.get(period)
        return area.score if area is not None else None
