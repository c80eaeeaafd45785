"""Plans as boards really keep them (docs/SAFEGUARDING_BOARDS.md, "How real plans look"),
built in code at test time, with what the import must make of each row.

The workbook and the Word document carry every quirk of issue 7: title rows,
banners merged and not, the header repeated under each banner in other
words, every ditto spelling, cells merged down, continuation rows, RAG as
words and as fills only (RGB, theme with tint, indexed), look-alike CAB
letters from Cyrillic and Greek, free-text timescales and real date cells,
placeholders and notes to colleagues, several sheets, a Word table continued
across pages, and Welsh text with ŵ and ŷ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Color, PatternFill
from openpyxl.writer.theme import theme_xml

DOMAIN_HEADINGS = ["No.", "CAB", "What do we want to achieve?", "How are we going to do it?", "Who will lead?",
                   "How will we know we have achieved our goal?", "When are we going to achieve this?",
                   "Progress review", "RAG rating"]
FIELDS = ["number", "cab", "want", "how", "lead", "measure", "when_text", "progress", "rag"]
# Every Action attribute an import may set; the tests compare them all.
ACTION_FIELDS = ("number", "cab", "want", "how", "lead", "measure", "when_text", "when_date", "progress", "rag",
                 "status", "target_date", "last_updated", "source")

WELSH = "Fersiwn Gymraeg: dŵr, tŷ, ŵyr, ŷd a gwasanaethau cymdeithasol"


@dataclass(frozen=True)
class Fill:
    """A cell with a fill (and maybe text): rgb "RRGGBB", or a theme slot
    with tint, or a palette index."""

    text: Any = None
    rgb: str | None = None
    theme: int | None = None
    tint: float = 0.0
    indexed: int | None = None


@dataclass
class ExpectedAction:
    sheet: str
    row: int
    values: dict[str, Any]  # every ACTION_FIELDS value (missing ones must be None, status "open")
    extra: dict[str, str] = field(default_factory=dict)
    entry: tuple[str, str | None] | None = None  # (kind, number or title) of the entry it hangs on
    joined: tuple[int, ...] = ()
    flags: tuple[str, ...] = ()  # flags the import must raise for the user


@dataclass
class ExpectedPlan:
    path: Path
    kinds: dict[tuple[str, int], str]  # every non-empty source row -> its kind
    actions: list[ExpectedAction]
    entries: list[tuple[str, str | None, str, str | None]]  # kind, number, title, parent number
    introduction: list[str]  # title rows (and notes before any priority), in order
    bodies: dict[str | None, list[str]]  # entry number -> note rows kept in its body
    into: dict[tuple[str, int], int] = field(default_factory=dict)  # continuation -> action row
    cells: list[tuple[str, int, str]] = field(default_factory=list)  # every non-empty cell (sheet, row, text)


def _values(fields: list[str], row: list[Any], **changed: Any) -> dict[str, Any]:
    """The action as written in ``row`` (text fields verbatim), with what the
    import must make of the rest given in ``changed``."""
    values: dict[str, Any] = {name: None for name in ACTION_FIELDS}
    values["status"] = "open"
    for name, cell in zip(fields, row):
        if name in values and isinstance(cell, str):
            values[name] = cell
    values.update(changed)
    return values


# -- the workbook ------------------------------------------------------------
SHEET1, SHEET2, SHEET3 = "Business plan", "Priority 3 - Neglect", "Key"
HEADINGS_2 = ["Ref", "C/A/B", "Objective", "Actions", "Lead officer", "Success measure", "By when",
              "Comment on progress", "Status (RAG)", "Source"]
FIELDS_2 = ["number", "cab", "want", "how", "lead", "measure", "when_text", "progress", "rag", "source"]
HEADINGS_3 = ["No", "CAB", "Aim", "How", "Responsible", "Measure", "Timescale", "Progress update", "RAG status"]

WANT_11 = "Practitioners understand and apply the threshold document"
WANT_13 = "Parents know where to get help"
WANT_2A1 = "Adults at risk are safeguarded across agencies"
LEAD_2A1 = "Head of Adult Services"

SHEET1_ROWS: dict[int, list[Any]] = {
    1: ["Anytown Safeguarding Children Board"],
    2: ["Business Plan 2014/15 \u2013 Action Plan"],
    4: ["Priority 1: To be assured that children and young people are safe"],
    5: DOMAIN_HEADINGS + ["Notes"],
    6: ["1.1", "C", WANT_11, "Deliver multi-agency threshold training", "Training sub-group",
        "90% of frontline staff trained", "June 2014 Ongoing", "120 staff trained to date", "Green",
        "Check figures with Dave"],
    7: ["1.1", '"', "Ditto", "Audit a sample of threshold decisions", "As above",
        "Audit findings reported to the board", "Quarterly throughout the year", "First audit planned for Q2",
        Fill(rgb="FF0000")],
    8: ["1.2", "\u0421", "Children and young people's views shape services",
        "Run a young people's participation group", "Participation officer", "Feedback in the annual report",
        dt.date(2014, 9, 30), "Discuss with the chair", "Amber"],
    9: ["1.3", "\u0391", WANT_13, "Publish a leaflet for parents", None, "Leaflet in every school",
        "1st July 2014", "???", Fill(theme=9)],
    10: [None, None, None, "and on the board website", None, "and website visits counted"],
    11: ["1.3a", "B", "\u201c \u201d", "Evaluate the leaflet with parents", "TBC", "Evaluation report", "insert",
         None, "R"],
    12: [None, None, None, None, None, None, None, "NB: health figures to follow"],
    14: ["Priority 2a: to be assured that adults at risk are safeguarded"],
    15: HEADINGS_2,
    16: ["2a.1", "A", WANT_2A1, "Refresh the multi-agency adult safeguarding procedures", LEAD_2A1,
         "Procedures signed off by the board", "Bi annually", WELSH, "amber", "Serious case review 2013"],
    17: ["2a.1", "''", "ditto.", "Train care home managers on the procedures", "-do-", "Managers trained",
          "30th Sept 2014", "Sessions booked", Fill(indexed=17)],
    18: ["2a.2", "\u0392", "Financial abuse is recognised", "Awareness campaign with banks", '" "',
          "Campaign evaluated", "Quarterly", "Completed in March", "Blue", "Annual report 2013-14"],
    19: ["Outcome 2a.3: Partners share information safely"],
    20: ["2a.3", "B", "Information sharing protocol in use", "Publish the protocol", "???",
          "Protocol signed by all partners", "TBC", None, Fill(indexed=52)],
}
SHEET1_MERGES = ["A1:J1", "E8:E9", "A19:J19", "A4:J4"]

SHEET2_ROWS: dict[int, list[Any]] = {
    1: ["Neglect strategy actions"],
    2: HEADINGS_3,
    3: [3.1, "c", "Neglect is identified early", "Roll out the graded care profile", "Neglect task-and-finish group",
        "Tool used in 80% of cases", dt.datetime(2015, 3, 31), "Pilot in two areas", "GREEN"],
    4: [3.2, "C", "Families get help sooner", "Review early help assessments", "Early help manager",
        "Audit of 20 cases", "March 2015", "Not started", Fill(theme=7, tint=-0.25)],
}
SHEET3_ROWS: dict[int, list[Any]] = {
    1: ["Key"],
    3: ["R = off track, A = at risk, G = on track, B = complete"],
}


def _write_rows(sheet: Any, rows: dict[int, list[Any]]) -> None:
    for number, row in rows.items():
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(number, column)
            if isinstance(value, Fill):
                colour = (Color(rgb="FF" + value.rgb) if value.rgb else
                          Color(theme=value.theme, tint=value.tint) if value.theme is not None else
                          Color(indexed=value.indexed))
                cell.fill = PatternFill("solid", fgColor=colour)
                value = value.text
            cell.value = value


# Excel 2013's Office theme (accent1-6); openpyxl's default is Office 2007's.
OFFICE_2013_ACCENTS = ("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47")


def office_2013_theme() -> str:
    theme = theme_xml
    for old, new in zip(("4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646"), OFFICE_2013_ACCENTS):
        theme = theme.replace(f'val="{old}"', f'val="{new}"')
    return theme


def build_workbook(path: Path) -> ExpectedPlan:
    book = Workbook()
    book.loaded_theme = office_2013_theme().encode()  # fills below use theme slots: accent6 green, accent4 amber
    first = book.active
    first.title = SHEET1
    _write_rows(first, SHEET1_ROWS)
    for merge in SHEET1_MERGES:
        first.merge_cells(merge)
    second = book.create_sheet(SHEET2)
    _write_rows(second, SHEET2_ROWS)
    third = book.create_sheet(SHEET3)
    _write_rows(third, SHEET3_ROWS)
    book.save(path)
    return _expected_workbook(path)


def _expected_workbook(path: Path) -> ExpectedPlan:
    r = SHEET1_ROWS
    p1, p2a, o2a3 = ("priority", "1"), ("priority", "2a"), ("outcome", "2a.3")
    f1, f2 = FIELDS + ["extra"], FIELDS_2
    actions = [
        ExpectedAction(SHEET1, 6, _values(f1, r[6], rag="green", when_date=dt.date(2014, 6, 30)),
                       {"Notes": "Check figures with Dave"}, p1),
        ExpectedAction(SHEET1, 7, _values(f1, r[7], cab="C", want=WANT_11, lead="Training sub-group", rag="red"),
                       {}, p1, flags=("ditto", "RAG from fill colour")),
        ExpectedAction(SHEET1, 8, _values(f1, r[8], cab="C", rag="amber", when_text="30 September 2014",
                                          when_date=dt.date(2014, 9, 30)),
                       {}, p1, flags=("look-alike letters", "note to colleagues")),
        ExpectedAction(SHEET1, 9, _values(f1, r[9], cab="A", lead="Participation officer", rag="green",
                                          how="Publish a leaflet for parents\nand on the board website",
                                          measure="Leaflet in every school\nand website visits counted",
                                          when_date=dt.date(2014, 7, 1)),
                       {}, p1, joined=(10,), flags=("look-alike letters", "placeholder", "RAG from fill colour",
                                                    "continuation")),
        ExpectedAction(SHEET1, 11, _values(f1, r[11], want=WANT_13, rag="red"), {}, p1,
                       flags=("ditto", "placeholder")),
        ExpectedAction(SHEET1, 16, _values(f2, r[16], rag="amber"), {}, p2a),
        ExpectedAction(SHEET1, 17, _values(f2, r[17], cab="A", want=WANT_2A1, lead=LEAD_2A1, rag="green",
                                           when_date=dt.date(2014, 9, 30)), {}, p2a,
                       flags=("ditto", "RAG from fill colour")),
        ExpectedAction(SHEET1, 18, _values(f2, r[18], cab="B", lead=LEAD_2A1, rag="blue"), {}, p2a,
                       flags=("ditto", "look-alike letters")),
        ExpectedAction(SHEET1, 20, _values(f2, r[20], rag="amber"), {}, o2a3, flags=("placeholder",)),
        ExpectedAction(SHEET2, 3, _values(FIELDS, SHEET2_ROWS[3], number="3.1", cab="C", rag="green",
                                          when_text="31 March 2015", when_date=dt.date(2015, 3, 31)),
                       {}, ("priority", "3")),
        ExpectedAction(SHEET2, 4, _values(FIELDS, SHEET2_ROWS[4], number="3.2", rag="amber",
                                          when_date=dt.date(2015, 3, 31)),
                       {}, ("priority", "3"), flags=("RAG from fill colour",)),
    ]
    kinds = {(SHEET1, 1): "title", (SHEET1, 2): "title", (SHEET1, 4): "banner", (SHEET1, 5): "header",
             (SHEET1, 10): "continuation", (SHEET1, 12): "note", (SHEET1, 14): "banner", (SHEET1, 15): "header",
             (SHEET1, 19): "banner", (SHEET2, 1): "title", (SHEET2, 2): "header", (SHEET3, 1): "title",
             (SHEET3, 3): "title"}
    kinds.update({(a.sheet, a.row): "action" for a in actions})
    return ExpectedPlan(
        path, kinds, actions,
        entries=[("priority", "1", "To be assured that children and young people are safe", None),
                 ("priority", "2a", "to be assured that adults at risk are safeguarded", None),
                 ("outcome", "2a.3", "Partners share information safely", "2a"),
                 ("priority", "3", "Neglect", None)],
        introduction=[r[1][0], r[2][0], SHEET2_ROWS[1][0], SHEET3_ROWS[1][0], SHEET3_ROWS[3][0]],
        bodies={"1": ["NB: health figures to follow"]},
        into={(SHEET1, 10): 9},
        cells=_cells({SHEET1: r, SHEET2: SHEET2_ROWS, SHEET3: SHEET3_ROWS}),
    )


def _cells(sheets: dict[str, dict[int, list[Any]]]) -> list[tuple[str, int, str]]:
    found = []
    for sheet, rows in sheets.items():
        for number, row in rows.items():
            for value in row:
                text = value.text if isinstance(value, Fill) else value
                if text is not None and not isinstance(text, (dt.date, float)):
                    found.append((sheet, number, str(text)))
    return found


# -- the Word document ---------------------------------------------------------
DOC_TITLE = ["Anytown Safeguarding Adults Board", "Business Plan 2015-16"]
DOC_PRIORITY_1 = "Priority 1: Prevention and early intervention"
DOC_PRIORITY_2 = "Priority 2: Making safeguarding personal"
DOC_NOTE = "Note: this plan is reviewed at every board meeting."
DOC_HEADINGS_2 = ["Ref", "C/A/B", "Objective", "Actions", "Lead", "Evidence", "By when", "Progress update", "RAG"]
WANT_D11 = "Adults know how to report abuse"
DOC_TABLE_1: list[list[Any]] = [
    DOMAIN_HEADINGS,
    ["1.1", "A", WANT_D11, "Public awareness campaign", "Communications officer", "Calls to the helpline rise",
     "April 2015 - March 2016", "Campaign launched. " + WELSH, "Green"],
    ["1.1", '"', "Ditto", "Leaflets in GP surgeries", None, "Leaflets distributed", "Quarterly", "???",
     Fill(rgb="FFC000")],
    ["1.2", "\u03f9", "Carers are supported", "Carers' assessment audit", "Carers lead", "Audit completed",
     "31/10/2015", "Discuss with the chair", "R"],
    [None, None, None, "with a focus on young carers", None, None, None, None, None],
]
DOC_TABLE_2: list[list[Any]] = [
    DOMAIN_HEADINGS,
    ["1.3", "B", "As above", "Joint training with the children's board", "Training officer", "Staff trained",
     "insert", "Dates being agreed", Fill(rgb="FF0000")],
    [DOC_PRIORITY_2],
    DOC_HEADINGS_2,
    ["2.1", "A", "People's wishes are recorded", "Audit case files for personal outcomes", "Principal social worker",
     "75% of files record outcomes", "30th Sept 2015", "Audit tool agreed", "Amber"],
    ["2.2", "B", "ditto", "Feedback survey", '" "', "Survey results", "Bi annually", None, "Blue"],
]


def _shade(cell: Any, rgb: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), rgb)
    cell._tc.get_or_add_tcPr().append(shading)


def _word_table(document: Any, rows: list[list[Any]]) -> Any:
    table = document.add_table(rows=len(rows), cols=9)
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, 8)).text = row[0]
            continue
        for c, value in enumerate(row):
            if isinstance(value, Fill):
                _shade(table.cell(r, c), value.rgb or "")
                value = value.text
            if value is not None:
                table.cell(r, c).text = value
    return table


def build_document(path: Path) -> ExpectedPlan:
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    for line in DOC_TITLE:
        document.add_paragraph(line)
    document.add_paragraph(DOC_PRIORITY_1)
    first = _word_table(document, DOC_TABLE_1)
    first.cell(1, 4).merge(first.cell(2, 4))  # "Who will lead?" merged down over two actions
    document.add_page_break()
    _word_table(document, DOC_TABLE_2)
    document.add_paragraph(DOC_NOTE)
    document.save(path)
    return _expected_document(path)


def _expected_document(path: Path) -> ExpectedPlan:
    t1, t2 = DOC_TABLE_1, DOC_TABLE_2
    p1, p2 = ("priority", "1"), ("priority", "2")
    actions = [
        ExpectedAction("Table 1", 2, _values(FIELDS, t1[1], rag="green", when_date=dt.date(2016, 3, 31)), {}, p1),
        ExpectedAction("Table 1", 3, _values(FIELDS, t1[2], cab="A", want=WANT_D11, lead="Communications officer",
                                             rag="amber"), {}, p1,
                       flags=("ditto", "placeholder", "RAG from fill colour")),
        ExpectedAction("Table 1", 4, _values(FIELDS, t1[3], cab="C", rag="red", when_date=dt.date(2015, 10, 31),
                                             how="Carers' assessment audit\nwith a focus on young carers"),
                       {}, p1, joined=(5,), flags=("look-alike letters", "note to colleagues", "continuation")),
        ExpectedAction("Table 2", 2, _values(FIELDS, t2[1], want="Carers are supported", rag="red"), {}, p1,
                       flags=("ditto", "placeholder", "RAG from fill colour")),
        ExpectedAction("Table 2", 5, _values(FIELDS, t2[4], rag="amber", when_date=dt.date(2015, 9, 30)), {}, p2),
        ExpectedAction("Table 2", 6, _values(FIELDS, t2[5], want="People's wishes are recorded",
                                             lead="Principal social worker", rag="blue"), {}, p2,
                       flags=("ditto",)),
    ]
    kinds = {("Text", 1): "title", ("Text", 2): "title", ("Text", 3): "banner", ("Table 1", 1): "header",
             ("Table 1", 5): "continuation", ("Table 2", 1): "header", ("Table 2", 3): "banner",
             ("Table 2", 4): "header", ("Text", 5): "note"}
    kinds.update({(a.sheet, a.row): "action" for a in actions})
    return ExpectedPlan(
        path, kinds, actions,
        entries=[("priority", "1", "Prevention and early intervention", None),
                 ("priority", "2", "Making safeguarding personal", None)],
        introduction=list(DOC_TITLE),
        bodies={"2": [DOC_NOTE]},
        into={("Table 1", 5): 4},
        cells=_cells({"Table 1": dict(enumerate(t1, 1)), "Table 2": dict(enumerate(t2, 1)),
                      "Text": {1: [DOC_TITLE[0]], 2: [DOC_TITLE[1]], 3: [DOC_PRIORITY_1], 5: [DOC_NOTE]}}),
    )


# -- CSV ---------------------------------------------------------------------------
CSV_ROWS = [
    DOMAIN_HEADINGS,
    ["1.1", "C", "Café drop-in sessions are well used", "Run a £5,000 drop-in pilot", "Early help manager",
     "Attendance figures", "Quarterly", "Pilot started – going well", "Green"],
    ["1.2", '"', "Ditto", "Review the pilot; \"lessons learnt\" paper", "As above", "Paper to the board",
     "31st March 2015", "", "A"],
]
CSV_ROWS_WELSH = [
    CSV_ROWS[0],
    ["1.1", "C", "Mae plant yn ddiogel", "Cyfarfod â’r bwrdd ar ddŵr a thŷ", "Swyddog ŵyr", "Adroddiad",
     "June 2015", "Ŷd a ŵy", "Green"],
]


def build_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
