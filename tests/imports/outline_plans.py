"""Hand-kept work plans and self-assessments, built at test time from the
reference documents (the national board's work plan 2022-23 and a whole
authority safeguarding self-assessment, 2017), with what the import must
make of each row.

The work plan is written the ways secretariats keep it: a number column
("1.2.1"), Excel's indent with no numbers, leading spaces in a CSV, and a
Word table. The self-assessment is a workbook with one sheet per review
period (areas and scores merged down over their questions, scores written
"3", "Score: 4", "4 - Good"), and a CSV laid out like the reference: several
numbered questions in one cell, the area's evidence, analysis and score
beside them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment

WP_TITLE = "NISB Work Plan 2022-23"
WP_HEADINGS = ["Ref", "Duty, responsibility or activity", "Para ref.", "Lead", "When", "Progress", "RAG"]
FOOTNOTE = ("\u00b9 In February 2021, the NISB commissioned Liverpool John Moores University to carry out research "
            "to explore and understand safeguarding arrangements across Wales.")


@dataclass(frozen=True)
class Line:
    """One row of the work plan: its number and depth, its text, and the
    cells beside it."""

    number: str
    level: int
    text: str
    reference: str | None = None
    lead: str | None = None
    when: str | None = None
    rag: str | None = None


WORK_PLAN: tuple[Line, ...] = (
    Line("1", 1, "To provide support and advice to Safeguarding Boards with a view to ensuring that they are "
                 "effective", "S.132 (2)"),
    Line("1.1", 2, "works alongside Safeguarding Adults Boards and Safeguarding Children Boards to secure "
                   "consistent improvements in safeguarding policy and practice throughout Wales", "para 246"),
    Line("1.1.1", 3, "To secure consistent improvements in safeguarding policy and practice throughout Wales "
                     "members attend and offer advice and support at Regional Safeguarding Board (RSB) meetings.",
         lead="Board members", when="Quarterly", rag="Green"),
    Line("1.1.2", 3, "Members will develop an overarching view of safeguarding and emerging themes and issues as "
                     "follows:", lead="Chair"),
    Line("1.1.2.1", 4, "Engage and meet regularly with Business Managers", when="Bi-monthly", rag="Amber"),
    Line("1.1.2.2", 4, "Include a review and summary of the work of the RSBs in its Annual Report",
         lead="Business manager", when="March 2023", rag="Green"),
    Line("1.2", 2, "will engage with the chairs of the Safeguarding boards, and relevant inspectorates\u2026at "
                   "least twice a year", "para 258"),
    Line("1.2.1", 3, "Members will ensure NISB is sighted on issues and emerging safeguarding themes affecting the "
                     "RSBs through:"),
    Line("1.2.1.1", 4, "Bi-monthly meetings with RSB chairs and WG:", lead="Chair", rag="Green"),
    Line("1.2.2", 3, "Members will also ensure two-way dialogue with organisations in Wales involved in "
                     "safeguarding by:"),
    Line("1.2.2.1", 4, "Identifying organisations involved in the Welsh safeguarding landscape including:"),
    Line("1.2.2.1.1", 5, "Older Peoples Commissioner (OPC)", rag="Red"),
    Line("1.2.2.1.2", 5, "Childrens Commissioner for Wales (CCfW)"),
    Line("1.3", 2, "will consider the learning from the \u2018user engagement\u2019 activities of the Safeguarding "
                   "Boards", "para 266"),
    Line("1.3.1", 3, "Members will ensure that the voice of service users shapes the work of the Board through:"),
    Line("1.3.1.1", 4, "Workstream 3 of Shaping the Future of Safeguarding in Wales\u00b9 will inform this "
                       "activity", when="1 st July 2022"),
    Line("2", 1, "To report on the adequacy and effectiveness of arrangements to safeguard children and adults in "
                 "Wales"),
    Line("2.1", 2, "will stay abreast of evidence and policy approaches to safeguarding and protection in other "
                   "parts of the UK and beyond", "para 261"),
    Line("2.1.1", 3, "NISB will share & advise on how lessons can be learned from individual reviews undertaken "
                     "locally, nationally and from other parts of the UK", lead="Chair", when="July 2022",
         rag="Amber"),
)
FOOTNOTE_AFTER = "1.3.1.1"  # the footnote row follows this line


def _cells(line: Line, *, numbered: bool, text: str) -> list[str | None]:
    return [line.number if numbered else None, text, line.reference, line.lead, line.when, None, line.rag]


def wp_rows(*, numbered: bool, spaces: bool = False) -> list[list[str | None]]:
    """The work plan's rows after its header (title and header not included)."""
    rows = []
    for line in WORK_PLAN:
        text = "  " * (line.level - 1) + line.text if spaces else line.text
        rows.append(_cells(line, numbered=numbered, text=text))
        if line.number == FOOTNOTE_AFTER:
            rows.append([None, FOOTNOTE, None, None, None, None, None])
    return rows


def build_work_plan_xlsx(path: Path, *, numbered: bool) -> Path:
    """Numbered ("1.2.1" in a Ref column), or levels shown only by Excel's
    indent (no Ref column values)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Work plan"
    sheet.append([WP_TITLE])
    sheet.append(WP_HEADINGS)
    lines = iter(WORK_PLAN)
    for values in wp_rows(numbered=numbered):
        sheet.append(values)
        if values[1] == FOOTNOTE:
            continue
        line = next(lines)
        if not numbered:
            sheet.cell(sheet.max_row, 2).alignment = Alignment(indent=line.level - 1, wrap_text=True)
    book.save(path)
    return path


def build_work_plan_csv(path: Path) -> Path:
    """Levels shown only by leading spaces, as a plan typed in a text editor."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([WP_TITLE])
        writer.writerow(WP_HEADINGS)
        writer.writerows([["" if v is None else v for v in row] for row in wp_rows(numbered=False, spaces=True)])
    return path


def build_work_plan_docx(path: Path, *, numbered: bool = True) -> Path:
    """A Word table, numbered, or with levels shown by the paragraph's left
    indent in the text column (Word's Increase Indent)."""
    document = Document()
    document.add_paragraph(WP_TITLE)
    rows = [WP_HEADINGS, *wp_rows(numbered=numbered)]
    levels = {line.text: line.level for line in WORK_PLAN}
    table = document.add_table(rows=len(rows), cols=len(WP_HEADINGS))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is not None:
                table.cell(r, c).text = value
                if c == 1 and not numbered and levels.get(value, 1) > 1:
                    table.cell(r, c).paragraphs[0].paragraph_format.left_indent = Pt(18 * (levels[value] - 1))
    document.save(str(path))
    return path


# -- the self-assessment ---------------------------------------------------------
SA_TITLE = "Six Months Performance Review of Whole Authority Safeguarding 2016-17"
SA_HEADINGS = ["Priority", "Contributing Areas of Activity and Questions for Self-Assessment",
               "Evidence (unless otherwise stated data relates to the current year April 2016 \u2013 March 2017)",
               "Analysis", "Our Score 1-6"]
GOVERNANCE = "Good Governance"
GOVERNANCE_STATEMENT = ("In Monmouthshire we will ensure that safeguarding for children and for vulnerable adults is "
                        "understood as 'everyone's responsibility' across all directorates and at a political level.")
WORKFORCE = "Safe Workforce"
WORKFORCE_STATEMENT = "We will ensure that safe recruitment and safe HR practices are operating effectively."
PREVENTION = "A Preventative Approach"
QUESTIONS = {
    GOVERNANCE: [
        ("1", "Is there a strategic steer on whole authority safeguarding with a whole authority strategy and "
              "revised safeguarding policy for adults, children and young people in place?"),
        ("2", "Are systematic processes in place to monitor and report on safeguarding to senior managers and "
              "members?"),
        ("3", "Is there senior manager representation on the WASG to ensure clear accountability lines for "
              "safeguarding?"),
        ("4", "Are all directorates monitoring and reporting on safeguarding using the SAFE process?"),
    ],
    WORKFORCE: [
        ("8", "Are safe recruitment practices in place across all settings and services for both paid and unpaid "
              "posts, elected members, governors and volunteers?"),
        ("9", "Are we providing a good safeguarding training programme and monitoring take-up across all settings "
              "and services?"),
        ("10", "Do we ensure that safe recruitment and safe HR practices including training are in place within "
               "commissioned services?"),
    ],
    PREVENTION: [
        ("12", "Are we providing information and training to young people on keeping safe?"),
    ],
}
# Period -> area -> the score written merged over the area, or per question.
PERIODS = ("April 2017", "October 2017")
AREA_SCORES = {"April 2017": {GOVERNANCE: "3", PREVENTION: "5"}, "October 2017": {GOVERNANCE: "Score: 4",
                                                                                   PREVENTION: "4 - Good"}}
QUESTION_SCORES = {"April 2017": {"8": "3", "9": "4 - Good", "10": "2"},
                   "October 2017": {"8": "3", "9": "4", "10": "Score: 3"}}
EVIDENCE = {("April 2017", "1"): "SAFE returns for council services: 100% returns for primary schools (31/31).",
            ("October 2017", "1"): "SAFE returns for council services: 100% returns for all schools (37/37).",
            ("April 2017", "8"): "DBS exception reports show increased compliance with safe recruitment.",
            ("October 2017", "8"): "DBS exception reports show increased compliance with safe recruitment."}
ANALYSIS = {("April 2017", "2"): "WASG has continued to meet on a bi-monthly basis chaired by the statutory director.",
            ("October 2017", "2"): "WASG meets bi-monthly; terms of reference agreed at political level."}
# What each question's score reads as, per period (an area's merged score counts for each of its questions).
EXPECTED_SCORES = {
    "April 2017": {"1": 3, "2": 3, "3": 3, "4": 3, "8": 3, "9": 4, "10": 2, "12": 5},
    "October 2017": {"1": 4, "2": 4, "3": 4, "4": 4, "8": 3, "9": 4, "10": 3, "12": 4},
}


def build_self_assessment_xlsx(path: Path) -> Path:
    """One sheet per review period; each area written once and merged down
    over its questions, Good Governance's and Prevention's scores merged
    down too, Safe Workforce scored question by question."""
    book = Workbook()
    for index, period in enumerate(PERIODS):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = period
        sheet.append([SA_TITLE])
        sheet.append(SA_HEADINGS)
        for area, statement in ((GOVERNANCE, GOVERNANCE_STATEMENT), (WORKFORCE, WORKFORCE_STATEMENT),
                                (PREVENTION, None)):
            first = sheet.max_row + 1
            for n, (number, question) in enumerate(QUESTIONS[area]):
                area_text = (f"{area}\n{statement}" if statement else area) if n == 0 else None
                score = AREA_SCORES[period].get(area) if n == 0 else None
                sheet.append([area_text, f"{number}. {question}", EVIDENCE.get((period, number)),
                              ANALYSIS.get((period, number)), score or QUESTION_SCORES[period].get(number)])
            last = sheet.max_row
            if last > first:
                sheet.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                if area in AREA_SCORES[period]:
                    sheet.merge_cells(start_row=first, start_column=5, end_row=last, end_column=5)
    book.save(path)
    return path


SA_CSV_ANALYSIS_2 = "There needs to be increased ownership of the SAFE process at directorate level."


def _reference_layout_rows() -> list[list[str]]:
    """The reference's own layout: an area's questions numbered inside one
    cell, the area's evidence, analysis and score beside them, and a second
    row carrying on with more questions and more analysis."""
    governance = " ".join(f"{n}. {q}" for n, q in QUESTIONS[GOVERNANCE])
    workforce = " ".join(f"{n}. {q}" for n, q in QUESTIONS[WORKFORCE])
    return [
        SA_HEADINGS,
        [f"{GOVERNANCE}\n{GOVERNANCE_STATEMENT}", governance, EVIDENCE[("April 2017", "1")],
         ANALYSIS[("April 2017", "2")], "3"],
        ["", "5. Is safeguarding reported in all reports to cabinet and council? "
             "6. Is safeguarding reported in chief officer annual reports?", "", SA_CSV_ANALYSIS_2, ""],
        [f"{WORKFORCE}\n{WORKFORCE_STATEMENT}", workforce, EVIDENCE[("April 2017", "8")], "", "2 (provisional)"],
    ]


def build_self_assessment_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([SA_TITLE])
        writer.writerows(_reference_layout_rows())
    return path


def build_self_assessment_docx(path: Path) -> Path:
    """The same as a Word table under its title, as the document is kept."""
    document = Document()
    document.add_paragraph(SA_TITLE)
    rows = _reference_layout_rows()
    table = document.add_table(rows=len(rows), cols=len(SA_HEADINGS))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                cell = table.cell(r, c)
                first, *rest = value.split("\n")
                cell.text = first
                for line in rest:  # the area's statement in a paragraph of its own
                    cell.add_paragraph(line)
    document.save(str(path))
    return path


# The work plan as the reference document lays it out, pasted into a CSV:
# level words for duties and responsibilities, "Activities" headings,
# activities numbered afresh and set in by spaces, a line wrapped by the
# conversion, and a footnote.
REFERENCE_LINES = (
    "Strategic Duty 1. To provide support and advice to Safeguarding Boards with a view to ensuring that they are "
    "effective:",
    "Specific responsibility 1: works alongside Safeguarding Adults Boards and Safeguarding Children Boards to "
    "secure consistent improvements in safeguarding policy and practice throughout Wales (para 246)",
    "Activities",
    "  1. To secure consistent improvements in safeguarding policy and practice throughout Wales members attend "
    "and offer",
    "    advice and support at Regional Safeguarding Board (RSB) meetings.",
    "  2. Members will develop an overarching view of safeguarding and emerging themes and issues as follows:",
    "    1. Engage and meet regularly with Business Managers",
    "    2. Include a review and summary of the work of the RSBs in its Annual Report",
    "Specific responsibility 2: will engage with the chairs of the Safeguarding boards, and relevant "
    "inspectorates\u2026at least twice a year (para 258)",
    "Activities",
    "  1. Members will also ensure two-way dialogue with organisations in Wales involved in safeguarding by:",
    "    1. Identifying organisations involved in the Welsh safeguarding landscape including:",
    "      1. Older Peoples Commissioner (OPC)",
    "      2. Childrens Commissioner for Wales (CCfW)",
    FOOTNOTE,
)


def build_reference_layout_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([WP_TITLE])
        writer.writerow(["Duty, responsibility or activity", "Lead"])
        writer.writerows([line] for line in REFERENCE_LINES)
    return path


def visible_paper(workspace: Path, what: str, plan: str, out: Path) -> Path:
    """Our own xlsx paper of ``plan`` with its hidden record sheet deleted,
    as when a person copies the rows into a workbook of their own."""
    from openpyxl import load_workbook

    from safeguard_desktop.cli import main

    assert main(["export", str(workspace), "--what", what, "--plan", plan, "--format", "xlsx", "-o", str(out)]) == 0
    book = load_workbook(out)
    for sheet in [s for s in book.worksheets if s.sheet_state != "visible"]:
        book.remove(sheet)
    book.save(out)
    return out
