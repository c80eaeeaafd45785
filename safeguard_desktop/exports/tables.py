"""Documents laid out as tables: the one shape the xlsx, PDF and CSV writers
all render, so a column, its heading and its width are decided once.

A ``Table`` has columns (heading, width, kind) and sections; a section has
an optional banner (a priority, a strategic duty, a register heading) and
rows. The action plan repeats its header row under every banner, as the
councils' own sheets do; other tables have one header row at the top.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Callable, Final

from safeguard_desktop.core.numbering import split_priority_heading
from safeguard_desktop.core.plan_shapes import NOTE, level_word
from safeguard_desktop.core.self_assessment import score_word
from safeguard_desktop.core.timescales import is_overdue
from safeguard_desktop.exports.paper_terms import WELSH as WELSH_KEYS
from safeguard_desktop.exports.paper_words import ProgramText, Words, words
from safeguard_desktop.store.queries.documents import (
    ActionLogDocument,
    ActionPlanDocument,
    ActionRow,
    EntryBand,
    EntryRow,
    PlanHeader,
    PlanSection,
    PlanTreeDocument,
    WorkPlanDocument,
    with_year,
)
from safeguard_desktop.store.queries.attendance_grid import KEY, GroupGrid
from safeguard_desktop.store.queries.meeting_documents import (
    REGISTER_ORDER,
    AttendanceAnalysisDocument,
    AttendanceRegisterDocument,
    MeetingHeader,
)
from safeguard_desktop.store.queries.plan_records import PlanRecords
from safeguard_desktop.store.queries.self_assessments import ComparedLine, SelfAssessmentPaper

Cell = str | int | float | date | None

REGISTER_LABELS: Final = {"present": "Present", "deputy": "Represented by a deputy", "apologies": "Apologies",
                          "absent": "Absent", "in_attendance": "In attendance", "unmarked": "Not recorded"}


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # in Excel character widths; the PDF shares its page width out in proportion
    kind: str = "text"  # text | date | rag | number | percent (a fraction 0-1) | change (a score's, coloured)


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    level: int = 0  # nesting depth (work plan activities): indented, and an Excel outline level
    strong: bool = False  # a heading row inside the table (a priority area's own line)
    # A row whose one text (cells[0]) spans the table: an outcome sought, the
    # evidence framework, a footnote; the entry kind it shows.
    band: str | None = None
    record: str | None = None  # the uuid of the entry or action the row shows


@dataclass(frozen=True)
class Section:
    banner: str | None
    rows: tuple[Row, ...]
    record: str | None = None  # the uuid of the entry the banner shows


@dataclass(frozen=True)
class Table:
    board: str
    title: str  # "Business plan 2024-25"
    subtitle: tuple[str, ...]  # lines under the title: version, meeting date...
    sheet_name: str
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    header_per_section: bool  # the action plan's header row repeats under each banner
    section_label: str  # the CSV column that carries the banner ("Priority")
    public: bool
    withheld: int
    records: PlanRecords | None = None  # a plan's records, for the workbook's hidden sheet
    band_label: str = "Outcome"  # the CSV column that carries a band and the action rows under it
    # The column (0-based) whose text shows the nesting; in a strong row it
    # and the columns before it are bold.
    text_column: int = 1
    # The paper's further tables, each under its own title and with its own
    # columns (an attendance paper: a grid per group, then the rates).
    then: tuple[Table, ...] = ()

    @property
    def row_count(self) -> int:
        """The data rows of the whole paper, its further tables included."""
        return sum(len(section.rows) for section in self.sections) + sum(t.row_count for t in self.then)

    @property
    def parts(self) -> tuple[Table, ...]:
        """This table and the ones after it, each on its own (without ``then``)."""
        return (replace(self, then=()), *self.then)


def plan_title(plan: PlanHeader) -> str:
    return with_year(plan.title, plan.financial_year)


def translated(columns: tuple[Column, ...], w: Words) -> tuple[Column, ...]:
    """Columns whose headings are the program's own, in the paper's words."""
    return tuple(replace(c, heading=w(c.heading)) for c in columns)


def _plan_subtitle(plan: PlanHeader, w: Words) -> tuple[str, ...]:
    return tuple(part for part in (w("Version {version}", version=plan.version) if plan.version else None,
                                   w.label("Status", w.known(plan.status) or "") if plan.status else None) if part)


def banner_text(kind: str | None, number: str | None, title: str | None, w: Words | None = None) -> str:
    """The banner as boards write it: "Priority 2a: to be assured...",
    "Strategic duty 1: ..." (the level's word from the plan's shape). A
    title that already carries its number is kept as it is; a footnote is
    its mark and its text."""
    title = title or ""
    if kind == NOTE.kind:
        return f"{number} {title}" if number else title
    if number is None and kind and title == level_word(kind):  # an entry named by its level: our words
        return (w or words()).known(title) or title
    if number is None or split_priority_heading(title)[0] == number:
        return title
    return f"{(w or words()).known(level_word(kind))} {number}: {title}" if kind else f"{number}. {title}"


def band_text(band: EntryBand, w: Words) -> str:
    """An entry shown as a band: its banner words, then its body below."""
    head = banner_text(band.kind, band.number, band.title, w)
    return f"{head}\n{band.body}" if band.body else head


def _sheet_name(text: str) -> str:
    """Excel's limits: 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()
    return cleaned[:31] or "Sheet1"


# -- the action plan ----------------------------------------------------------

# Columns some boards add after the nine standard ones (a target date, a status, when last
# updated, the source), shown only when a row has one.
_OPTIONAL: Final[tuple[tuple[str, str, float, str], ...]] = (
    ("Target date", "target_date", 13, "date"),
    ("Last updated", "last_updated", 13, "date"),
    ("Status", "status", 14, "text"),
    ("Source", "source", 24, "text"),
)
_NINE_WIDTHS: Final = (8, 6, 34, 40, 20, 32, 20, 40, 11)


def action_plan_table(doc: ActionPlanDocument, w: Words) -> Table:
    actions = list(doc.actions)
    optional = [spec for spec in _OPTIONAL
                if any(_optional_value(a, spec[1], w) not in (None, "") for a in actions)]
    # A plan imported with its own headings keeps them; the usual nine are ours to translate.
    columns = [Column(w.known(h) or h, width, "rag" if i == 8 else "text")
               for i, (h, width) in enumerate(zip(doc.headings, _NINE_WIDTHS))]
    columns += [Column(w(heading), width, kind) for heading, _, width, kind in optional]
    columns += [Column(heading, 24) for heading in doc.extra_headings]

    blank = (None,) * (len(columns) - 1)

    def row(item: ActionRow | EntryBand) -> Row:
        if isinstance(item, EntryBand):
            return Row((band_text(item, w), *blank), band=item.kind, record=item.uuid)
        extra = dict(item.extra)
        return Row((item.number, item.cab, item.want, item.how, item.lead, item.measure, item.when_text,
                    item.progress, item.rag, *(_optional_value(item, field, w) for _, field, _, _ in optional),
                    *(extra.get(heading) for heading in doc.extra_headings)), record=item.uuid)

    sections = tuple(Section(_section_banner(s, w), tuple(row(item) for item in s.items), s.uuid)
                     for s in doc.sections)
    return Table(doc.plan.board, plan_title(doc.plan), _plan_subtitle(doc.plan, w),
                 _sheet_name(w.sheet_name("Action plan")), tuple(columns), sections, True, w("Priority"),
                 doc.public, doc.withheld, doc.records, band_label=w("Outcome"))


def _section_banner(section: PlanSection, w: Words) -> str | None:
    if section.title is None and section.number is None:
        return None
    return banner_text(section.kind, section.number, section.title, w)


def _optional_value(action: ActionRow, field: str, w: Words) -> Cell:
    value = getattr(action, field)
    if field == "status":
        return None if value == "open" else w.status(value)
    return value


# -- the action log -----------------------------------------------------------

OVERDUE: Final = "OVERDUE"
_LOG_COLUMNS: Final = (
    Column("Source", 24), Column("Meeting date", 13, "date"), Column("Item", 22), Column("No.", 7),
    Column("What", 36), Column("How", 32), Column("Lead", 20), Column("When", 18),
    Column("Due date", 13, "date"), Column("Progress", 36), Column("RAG", 11, "rag"), Column("Status", 14),
    Column("Last updated", 13, "date"),
)


def action_log_table(doc: ActionLogDocument, w: Words) -> Table:
    """The log with the filter that made it under the title, and each late
    action marked OVERDUE in its status, in words, not only in colour."""
    def status(a: ActionRow) -> str:
        late = is_overdue(a.target_date or a.when_date, a.status, doc.on, a.rag)
        return f"{w.status(a.status)}: {w(OVERDUE)}" if late else w.status(a.status)

    rows = tuple(Row((a.origin_title, a.origin_date, a.origin_item, a.number, a.want, a.how, a.who, a.when_text,
                      a.target_date or a.when_date, a.progress, a.rag, status(a), a.last_updated))
                 for a in doc.rows)
    subtitle = (w.label("Showing", "; ".join(_filter_words(text, w) for text in doc.filters)),
                w.label(OVERDUE, w("still open and due before {day}", day=w.short_date(doc.on))))
    return Table(doc.board, w("Action log"), subtitle, w.sheet_name("Action log"), translated(_LOG_COLUMNS, w),
                 (Section(None, rows),), False, w("Section"), doc.public, doc.withheld)


_FILTER_LABELS: Final = ("Status", "Group", "Agency", "Owner", "Plan", "Search", "Meeting")
_DUE_ON_OR_BEFORE: Final = "Due on or before "


def _filter_words(text: str, w: Words) -> str:
    """One line of the log's filter (store/queries/action_log.describe_filter
    words it in English, for the window too) in the paper's words: its
    phrases and labels translated, the names in it kept."""
    if text in WELSH_KEYS:
        return w(text)
    label, _, value = text.partition(": ")
    if value and label in _FILTER_LABELS:
        return w.label(label, w.known(value) or value)
    if text.startswith(_DUE_ON_OR_BEFORE):
        try:
            day = datetime.strptime(text[len(_DUE_ON_OR_BEFORE):], "%d %b %Y").date()
        except ValueError:
            return text
        return w("Due on or before {day}", day=w.short_date(day))
    return text


# -- plans as trees: work plan and self-assessment -----------------------------

_WORK_COLUMNS: Final = (
    Column("Level", 15), Column("No.", 8), Column("Duty, responsibility or activity", 60), Column("Reference", 14),
    Column("Lead", 20), Column("When", 18), Column("Progress", 36), Column("RAG", 11, "rag"), Column("Status", 14),
)


def work_plan_table(doc: WorkPlanDocument, w: Words) -> Table:
    """The level's word ("Specific responsibility", "Activity") and the
    number read together as the document writes them; the reference ("para
    258") in its own column; footnotes last with their marks."""
    def row(e: EntryRow, level: int) -> Row:
        text = f"{e.title}\n{e.body}" if e.body else e.title
        status = w.status(e.status) if e.status not in (None, "open") else None  # open goes without saying
        return Row((w.known(e.word), e.number, text, e.reference, e.lead, e.when_text, e.progress, e.rag, status),
                   level=level, strong=e.kind not in ("action", NOTE.kind), record=e.uuid)

    columns, sections = _without_empty_columns(translated(_WORK_COLUMNS, w),
                                               _tree_sections(doc, row, lambda e: None, w), keep=3)
    return Table(doc.plan.board, plan_title(doc.plan), _plan_subtitle(doc.plan, w), w.sheet_name("Work plan"),
                 columns, sections, False, w("Duty"), doc.public, doc.withheld, doc.records, text_column=2)


def _without_empty_columns(columns: tuple[Column, ...], sections: tuple[Section, ...],
                           keep: int) -> tuple[tuple[Column, ...], tuple[Section, ...]]:
    """Drop the columns after the first ``keep`` that no row fills: a work
    plan with no leads or ratings yet should not print empty columns."""
    used = [i < keep or any(row.cells[i] not in (None, "") for s in sections for row in s.rows)
            for i in range(len(columns))]

    def trim(row: Row) -> Row:
        return replace(row, cells=tuple(v for v, u in zip(row.cells, used) if u))

    return (tuple(c for c, u in zip(columns, used) if u),
            tuple(replace(s, rows=tuple(trim(r) for r in s.rows)) for s in sections))


def self_assessment_table(paper: SelfAssessmentPaper, w: Words) -> Table:
    """A period's evidence, analysis and scores under each priority area,
    and beside them the comparison with the period before: its score, the
    change in words, and the evidence as it was where it changed."""
    c = paper.comparison
    before = c.before.label if c.before else None
    columns = [Column(w("No."), 7), Column(w("Priority area or question"), 42), Column(w("Evidence"), 44),
               Column(w("Analysis"), 40), Column(w("Score {period}", period=c.after.label), 14)]
    if before is not None:
        columns += [Column(w("Score {period}", period=before), 14), Column(w("Change"), 20, "change"),
                    Column(w("Evidence changed"), 10), Column(w("Evidence in {period}", period=before), 36)]

    def cells(line: ComparedLine, text: str | None) -> tuple[Cell, ...]:
        own = (line.number if line.kind != "area" else None, text, line.after.evidence, line.after.analysis,
               _score(line.after.score, w))
        if before is None:
            return own
        changed = line.evidence_changed
        return (*own, _score(line.before.score, w), line.change.text if line.after.score is not None else None,
                w("Yes") if changed else None, line.before.evidence if changed else None)

    # Each area a banner; its statement and its own answers the first row under it.
    sections: list[tuple[str | None, str | None, list[Row]]] = []
    for line in c.lines:
        if line.depth == 0:
            own = [Row(cells(line, line.body), strong=True)] if line.has_content else []
            sections.append((banner_text(line.kind, line.number, line.title, w), line.uuid, own))
            continue
        if not sections:
            sections.append((None, None, []))
        sections[-1][2].append(Row(cells(line, line.title), level=line.depth - 1, record=line.uuid))
    period = w.label("Review period", c.after.label) + (
        f", {w('compared with {period}', period=before)}" if before else "")
    return Table(paper.plan.board, plan_title(paper.plan), (period, *_plan_subtitle(paper.plan, w)),
                 w.sheet_name("Self-assessment"), tuple(columns),
                 tuple(Section(b, tuple(rows), u) for b, u, rows in sections),
                 False, w("Priority area"), paper.public, paper.withheld, paper.records)


def _score(score: int | None, w: Words) -> str | None:
    """"4 - Good", "4 - Da": the number as typed, the word in the paper's language."""
    return None if score is None else f"{score} - {w(score_word(score))}"


def _tree_sections(doc: PlanTreeDocument, row: Callable[[EntryRow, int], Row],
                   own_row: Callable[[EntryRow], Row | None], w: Words) -> tuple[Section, ...]:
    """Top-level entries become banners; what lies under them becomes rows,
    indented by depth. Rows before any top-level entry go unbannered;
    footnotes go last under a "Notes" banner, each a row of its own."""
    sections: list[Section] = []
    banner: str | None = None
    record: str | None = None
    rows: list[Row] = []
    notes = [row(entry, 0) for entry in doc.rows if entry.kind == NOTE.kind]
    for entry in doc.rows:
        if entry.kind == NOTE.kind:
            continue
        if entry.depth == 0 and entry.kind != "action":
            if rows or banner is not None:
                sections.append(Section(banner, tuple(rows), record))
            banner, record, rows = banner_text(entry.kind, entry.number, entry.title, w), entry.uuid or None, []
            first = own_row(entry)
            if first is not None:
                rows.append(first)
            continue
        rows.append(row(entry, max(entry.depth - 1, 0)))
    if rows or banner is not None:
        sections.append(Section(banner, tuple(rows), record))
    if notes:
        sections.append(Section(w("Notes"), tuple(notes)))
    return tuple(sections)


# -- a meeting's register -----------------------------------------------------

_REGISTER_COLUMNS: Final = (
    Column("Seat", 36), Column("Agency", 24), Column("Name", 24), Column("Attendance", 20),
    Column("Deputy", 22), Column("Arrived at item", 10), Column("Left at item", 10), Column("Note", 30),
)


def meeting_title(meeting: MeetingHeader) -> str:
    return meeting.title or meeting.group


def meeting_subtitle(meeting: MeetingHeader, w: Words) -> tuple[str, ...]:
    when = w.long_date(meeting.date)
    if meeting.start_time:
        when += ", " + (w("{start} to {end}", start=meeting.start_time, end=meeting.end_time) if meeting.end_time
                        else meeting.start_time)
    where = w("Online") if meeting.online and not meeting.place else meeting.place
    return tuple(part for part in (when, where, w.label("Chair", meeting.chair) if meeting.chair else None) if part)


def register_table(doc: AttendanceRegisterDocument, w: Words) -> Table:
    sections = []
    for status in REGISTER_ORDER:
        lines = [line for line in doc.register if line.status == status]
        if lines:
            label = w(REGISTER_LABELS[status])
            sections.append(Section(label, tuple(
                Row((line.seat, line.agency, line.name, label, line.deputy, line.arrived_at,
                     line.left_at, line.note)) for line in lines)))
    title = w.label("Attendance register", meeting_title(doc.meeting))
    return Table(doc.meeting.board, title, meeting_subtitle(doc.meeting, w), w.sheet_name("Attendance register"),
                 translated(_REGISTER_COLUMNS, w), tuple(sections), False, w("Attendance"), doc.public,
                 doc.withheld)


# -- the quarterly attendance analysis -----------------------------------------

_RATE_COLUMNS: Final = (
    Column("Group or agency", 36), Column("Expected", 9, "number"), Column("In person", 9, "number"),
    Column("By deputy", 9, "number"), Column("Apologies", 9, "number"), Column("Absent", 9, "number"),
    Column("Not recorded", 9, "number"), Column("Attended", 9, "number"), Column("Rate", 8, "percent"),
    Column("Persistent non-attendance", 14),
)
_RATE_BANNERS: Final = {"group": "By group", "agency": "By agency"}
IN_ATTENDANCE_NOTE: Final = "in attendance, not a member: not in the rates"


def attendance_analysis_table(doc: AttendanceAnalysisDocument, w: Words) -> Table:
    """The paper a board sends: each group's meeting-by-meeting grid (seats
    down, meetings across, a letter a meeting), then the rates by group and
    by agency. Seats in attendance are on the grid, never in a rate."""
    a = doc.analysis
    meetings = w.count("{count} meeting counted", "{count} meetings counted", a.meetings)
    if a.cancelled:
        meetings += ", " + w("{count} cancelled", count=a.cancelled)
    flagged = {(r.group, r.seat) for r in a.flagged}
    paper_title = w("Attendance {period}", period=ProgramText(a.period_label))
    rule = w.known(a.rule_text) or ""
    grids = tuple(_grid_table(doc, grid, rule, flagged, paper_title if not index else None, w)
                  for index, grid in enumerate(doc.grids))
    sections = tuple(
        Section(w(banner), tuple(Row((r.group if level == "group" else (r.agency or w("No agency")), r.expected,
                                      r.in_person, r.by_deputy, r.apologies, r.absent, r.unmarked, r.attended,
                                      r.rate, w("Yes") if r.persistent_non_attendance else ""),
                                     strong=level == "group")
                                 for r in a.level(level)))
        for level, banner in _RATE_BANNERS.items())
    rates = Table(doc.board, paper_title if not grids else w("Rates by group and by agency"),
                  (a.group or w("All groups"), meetings, rule),
                  w.sheet_name("Rates by group and agency"), translated(_RATE_COLUMNS, w), sections, False,
                  w("Level"), doc.public, doc.withheld, text_column=0)
    parts = (*grids, rates)
    return replace(parts[0], then=parts[1:])


def _grid_table(doc: AttendanceAnalysisDocument, grid: GroupGrid, rule: str,
                flagged: set[tuple[str | None, str | None]], paper_title: str | None, w: Words) -> Table:
    """One group's grid; the first carries the paper's title, the group's
    name then heading its lines."""
    columns = (Column(w("Seat"), 30), Column(w("Agency"), 20), Column(w("Held by"), 18),
               *(Column(w.day_month(day), 7) for day in grid.meetings),
               Column(w("Rate"), 8, "percent"), Column(w("Persistent non-attendance"), 12))
    rows = tuple(Row((f"{seat.label} ({w(IN_ATTENDANCE_NOTE)})" if seat.in_attendance else seat.label,
                      seat.agency, seat.holder, *seat.marks, seat.rate,
                      w("Yes") if (grid.group, seat.label) in flagged else ""))
                 for seat in grid.seats)
    held = w.count("{count} meeting", "{count} meetings", len(grid.meetings))
    subtitle = tuple(line for line in (grid.group if paper_title else None,
                                       w.label("Chair", grid.chair) if grid.chair else None, held, w(KEY), rule)
                     if line)
    table = Table(doc.board, paper_title or grid.group, subtitle,
                  grid.group, columns, (Section(None, rows),), False, w("Group"), doc.public,
                  doc.withheld, text_column=0)
    kept, sections = _without_empty_columns(columns, table.sections, keep=1)
    return replace(table, columns=kept, sections=sections)


_TABULATORS: Final[dict[type, Callable[[Any, Words], Table]]] = {
    ActionPlanDocument: action_plan_table,
    ActionLogDocument: action_log_table,
    WorkPlanDocument: work_plan_table,
    SelfAssessmentPaper: self_assessment_table,
    AttendanceRegisterDocument: register_table,
    AttendanceAnalysisDocument: attendance_analysis_table,
}


def tabulate(document: object, w: Words | None = None) -> Table:
    """The table for any document that has one (minutes and calendars do
    not), its fixed words in ``w``'s language (English by default)."""
    if isinstance(document, Table):  # laid out already, in the request's words (exports/review_tables.py)
        return document
    try:
        return _TABULATORS[type(document)](document, w or words())
    except KeyError:
        raise TypeError(f"{type(document).__name__} is not laid out as a table") from None

