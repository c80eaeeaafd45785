"""Every xlsx export read back with openpyxl: values and styles, cell by cell."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from export_fixtures import FORMULA_TEXTS, WELSH, Papers
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from safeguard_desktop.core.rag import RAG_COLOURS
from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.exports import xlsx_writer
from safeguard_desktop.exports.xlsx_writer import XlsxOptions
from safeguard_desktop.store.queries import documents, meeting_documents
from safeguard_desktop.store.queries.documents import ACTION_PLAN_HEADINGS
from safeguard_desktop.store.queries.self_assessments import self_assessment_paper

PAPER_DAY = date(2024, 6, 3)
HEADINGS = [*ACTION_PLAN_HEADINGS, "Target date", "Status", "Evidence framework"]


def fill(cell: object) -> str:
    return cell.fill.fgColor.rgb[-6:]  # type: ignore[attr-defined]


def export_plan(papers: Papers, tmp_path: Path, public: bool = False) -> Worksheet:
    doc = documents.action_plan(papers.ws, papers.plan_id, public=public)
    path = tmp_path / "plan.xlsx"
    result = xlsx_writer.write(doc, path, XlsxOptions(marking="OFFICIAL-SENSITIVE", public=public, date=PAPER_DAY))
    assert result.rows == (5 if public else 6)  # the outcome band is a row too
    return load_workbook(path).active


def test_action_plan_title_rows_banners_and_headers(papers: Papers, tmp_path: Path) -> None:
    ws = export_plan(papers, tmp_path)
    assert ws.title == "Action plan"
    assert [ws.cell(r, 1).value for r in range(1, 6)] == [
        "Test Safeguarding Board", "Business plan 2024-25",
        "Version v3 · Status: draft · Date: 3 June 2024", "OFFICIAL-SENSITIVE", None]
    assert ws["A1"].font.b and ws["A1"].font.sz == 14
    # A banner per priority, merged across every column, then the header row under it.
    assert ws["A6"].value == "Priority 1: to be assured that children are safe"
    assert ws["A12"].value == f"Priority 2: {WELSH}"
    # The outcome sought is a band of its own, lighter than the banner, above its actions.
    assert ws["A9"].value == "Outcome 1.1" and fill(ws["A9"]) == "DDEBF7" and ws["A9"].font.b
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"A6:L6", "A9:L9", "A12:L12"}
    assert fill(ws["A6"]) == "1F4E79" and ws["A6"].font.color.rgb[-6:] == "FFFFFF"
    for header_row in (7, 13):
        assert [ws.cell(header_row, c).value for c in range(1, 13)] == HEADINGS
        assert all(ws.cell(header_row, c).font.b for c in range(1, 13))
        assert fill(ws.cell(header_row, 1)) == "D9E1F2"
    assert ws.max_row == 15 and ws.max_column == 12


def test_action_rows_values_rag_dates_and_extra_columns(papers: Papers, tmp_path: Path) -> None:
    ws = export_plan(papers, tmp_path)
    row = [ws.cell(10, c).value for c in range(1, 13)]
    assert row[:9] == ["1.1", "C", "Multi-agency audits of neglect cases",
                       "Quarterly audit programme\nwith findings to the board", "QA sub-group chair", "Audit reports",
                       "June 2024 Ongoing", "Two audits done", "Green"]
    # A real date beside the free text, with a date format; then the plan's own extra column.
    assert row[9] == datetime(2024, 6, 30) and ws.cell(10, 10).number_format == "d mmm yyyy"
    assert ws.cell(10, 10).is_date
    assert row[10] is None and row[11] == "Quantitative data"
    # RAG: the word and the fill, Blue for complete.
    expected = {10: ("Green", "green"), 11: ("Amber", "amber"), 8: ("Red", "red"), 14: ("Blue", "blue"),
                15: ("Not started", "none")}
    for r, (word, rag) in expected.items():
        assert ws.cell(r, 9).value == word
        assert fill(ws.cell(r, 9)) == RAG_COLOURS[rag].lstrip("#")
        assert ws.cell(r, 9).fill.fill_type == "solid"
    assert ws.cell(14, 11).value == "Completed"
    assert ws.cell(14, 3).value == WELSH and ws.cell(14, 4).value == "Gwaith ŵyn a ŷd"


def test_formula_like_text_stays_text(papers: Papers, tmp_path: Path) -> None:
    ws = export_plan(papers, tmp_path)
    for column, typed in zip((3, 4, 5, 6), FORMULA_TEXTS):
        cell = ws.cell(11, column)
        assert cell.value == typed
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
    assert ws.cell(10, 3).quotePrefix is False  # ordinary text is left alone


def test_control_characters_are_removed_and_reported(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_plan(papers.ws, papers.plan_id, public=False)
    result = xlsx_writer.write(doc, tmp_path / "plan.xlsx", XlsxOptions())
    assert "1 control character was removed" in result.summary()
    assert load_workbook(tmp_path / "plan.xlsx").active.cell(14, 8).value == "Done with a bell"


def test_sheet_furniture_freeze_filter_widths_heights_print(papers: Papers, tmp_path: Path) -> None:
    ws = export_plan(papers, tmp_path)
    assert ws.freeze_panes == "A8"
    assert ws.auto_filter.ref == "A7:L15"
    assert ws.print_title_rows == "$7:$7"
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFGHIJKL"]
    assert widths == [8, 6, 34, 40, 20, 32, 20, 40, 11, 13, 14, 24]
    assert ws.cell(10, 4).alignment.wrap_text and ws.cell(10, 4).alignment.vertical == "top"
    # Two lines of "how" make the row two lines tall; a one-line row keeps Excel's default.
    assert ws.row_dimensions[10].height == 30
    assert ws.row_dimensions[15].height is None
    setup = ws.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == 9  # A4
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.oddHeader.left.text == "Test Safeguarding Board"
    assert ws.oddHeader.center.text == "&BOFFICIAL-SENSITIVE"
    assert ws.oddFooter.center.text == "&BOFFICIAL-SENSITIVE"
    assert ws.oddFooter.right.text == "Page &P of &N"


def test_public_action_plan_leaves_out_confidential_rows_and_says_so(papers: Papers, tmp_path: Path) -> None:
    ws = export_plan(papers, tmp_path, public=True)
    assert ws["A4"].value == ("OFFICIAL-SENSITIVE · Public version: 1 confidential item was withheld "
                              "from this paper.")
    values = [ws.cell(r, c).value for r in range(1, ws.max_row + 1) for c in range(1, 13)]
    assert not any("SECRET" in str(v) for v in values)


def test_header_footer_escape_ampersands(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_log(papers.ws, public=False)
    path = tmp_path / "log.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions(board_name="Children & Adults Board"))
    assert load_workbook(path).active.oddHeader.left.text == "Children && Adults Board"


def test_action_log_rows_carry_their_source(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_log(papers.ws, public=True)
    path = tmp_path / "log.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions(public=True))
    ws = load_workbook(path).active
    header = [ws.cell(6, c).value for c in range(1, 14)]
    assert header == ["Source", "Meeting date", "Item", "No.", "What", "How", "Lead", "When", "Due date",
                      "Progress", "RAG", "Status", "Last updated"]
    rows = [[ws.cell(r, c).value for c in range(1, 14)] for r in range(7, ws.max_row + 1)]
    # A work plan's activities are action rows: the log lists them too.
    assert [r[0] for r in rows] == ["Business plan"] * 4 + ["NISB work plan"] * 2 + ["Quality Assurance Sub-group"]
    meeting = rows[-1]
    assert meeting[1] == datetime(2024, 5, 14) and meeting[2] == "2. Quarterly performance report"
    assert meeting[6] == "Tom Price (County Council)" and meeting[8] == datetime(2024, 6, 30)
    assert ws.freeze_panes == "A7" and ws.auto_filter.ref == "A6:M13"
    assert "2 confidential items were withheld" in ws["A4"].value


def test_work_plan_nesting_shows_as_indent_and_outline(papers: Papers, tmp_path: Path) -> None:
    doc = documents.work_plan(papers.ws, papers.work_plan_id, public=False)
    path = tmp_path / "work.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions())
    ws = load_workbook(path).active
    assert ws["A7"].value == "Strategic duty 1: To provide support and advice to Safeguarding Boards"
    # The level's word beside its number, as the document reads: "Activity 2.1".
    assert [[ws.cell(r, c).value for c in (1, 2)] for r in (8, 9, 10)] == [
        ["Specific responsibility", "1"], ["Activity", "2"], ["Activity", "2.1"]]
    assert [ws.cell(r, 3).alignment.indent for r in (8, 9, 10)] == [0, 1, 2]
    assert [ws.row_dimensions[r].outlineLevel for r in (8, 9, 10)] == [0, 1, 2]
    # Columns nothing fills (lead, when, progress, status) are left out.
    assert [ws.cell(6, c).value for c in range(1, 6)] == ["Level", "No.", "Duty, responsibility or activity",
                                                          "Reference", "RAG"]
    assert ws.max_column == 5
    assert ws.cell(10, 5).value == "Green" and ws.cell(8, 4).value == "para 246"


def test_self_assessment_scores_read_with_their_words(papers: Papers, tmp_path: Path) -> None:
    doc = self_assessment_paper(papers.ws, papers.assessment_id, public=False)
    path = tmp_path / "sa.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions())
    ws = load_workbook(path).active
    assert ws["A7"].value == "Good Governance"
    area = [ws.cell(8, c).value for c in range(1, 6)]
    question = [ws.cell(9, c).value for c in range(1, 6)]
    assert area == [None, "Safeguarding is everyone's responsibility", None, None, "3 - Adequate"]
    assert ws.cell(8, 2).font.b
    assert question == ["1", "Is there a strategic steer on whole authority safeguarding?",
                        "SAFE returns 100% for primary schools", "Terms of reference agreed", "4 - Good"]
    assert ws.cell(6, 5).value == "Score 2017-18 H1"


def test_attendance_register_of_a_meeting(papers: Papers, tmp_path: Path) -> None:
    doc = meeting_documents.attendance_register(papers.ws, papers.meeting_id, public=False)
    path = tmp_path / "register.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions())
    ws = load_workbook(path).active
    banners = [ws.cell(r, 1).value for r in range(7, ws.max_row + 1) if ws.cell(r, 1).fill.fgColor.rgb[-6:] == "1F4E79"]
    assert banners == ["Present", "Represented by a deputy", "Apologies", "In attendance", "Not recorded"]
    lines = {ws.cell(r, 3).value: [ws.cell(r, c).value for c in range(1, 9)] for r in range(7, ws.max_row + 1)}
    assert lines["Rhys Jones"][3:5] == ["Represented by a deputy", "Insp. Gwyn Hughes"]
    assert lines["Tom Price"][5] == "2"
    assert lines["Dr Elin Ŷates"][7] == "presented item 2"


def test_attendance_paper_is_each_groups_grid_then_the_rates_as_percentages(papers: Papers, tmp_path: Path) -> None:
    doc = meeting_documents.attendance_analysis_document(papers.ws, Quarter.parse("2024-25-Q1"), None,
                                                         public=False)
    path = tmp_path / "analysis.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions())
    book = load_workbook(path)
    grid, rates = book.worksheets[0], book.worksheets[-1]
    assert grid["A2"].value == "Attendance Q1 2024-25 (April–June 2024)"
    assert grid.title == "Quality Assurance Sub-group" and rates.title == "Rates by group and agency"
    header = next(r for r in range(1, grid.max_row + 1) if grid.cell(r, 1).value == "Seat")
    headings = [grid.cell(header, c).value for c in range(1, grid.max_column + 1)]
    assert headings[:3] == ["Seat", "Agency", "Held by"] and headings[3] == "14 May"  # the meeting, across
    letters = {grid.cell(r, 4).value for r in range(header + 1, grid.max_row + 1)}
    assert letters <= {"P", "D", "A", "X", "?"} and {"P", "D", "A"} <= letters
    group_row = next(r for r in range(1, rates.max_row + 1) if rates.cell(r, 1).value == "Quality Assurance Sub-group")
    figures = [rates.cell(group_row, c).value for c in range(2, 10)]
    assert figures == [5, 2, 1, 1, 0, 1, 3, pytest.approx(0.6)]
    assert rates.cell(group_row, 9).number_format == "0%"


def test_options_public_needs_a_public_document(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_log(papers.ws, public=False)
    with pytest.raises(ValueError, match="confidential"):
        xlsx_writer.write(doc, tmp_path / "leak.xlsx", XlsxOptions(public=True))
    assert not (tmp_path / "leak.xlsx").exists()


def test_public_paper_with_nothing_withheld_says_only_public_version(papers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from export_fixtures import pdf_text
    from safeguard_desktop.exports import pdf_writer, xlsx_writer
    from safeguard_desktop.exports.pdf_writer import PdfOptions
    from safeguard_desktop.exports.xlsx_writer import XlsxOptions
    from safeguard_desktop.store.queries import documents

    doc = documents.work_plan(papers.ws, papers.work_plan_id, public=True)
    assert doc.withheld == 0
    xlsx_writer.write(doc, tmp_path / "work.xlsx", XlsxOptions(public=True))
    assert load_workbook(tmp_path / "work.xlsx").active["A4"].value == "OFFICIAL · Public version."
    pdf_writer.write(doc, tmp_path / "work.pdf", PdfOptions(public=True))
    text = " ".join(pdf_text(tmp_path / "work.pdf").split())
    assert "Public version." in text and "0 confidential" not in text and "withheld" not in text


def test_header_and_footer_are_cleaned_and_fit_excels_limit(papers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import re
    import zipfile

    from openpyxl import load_workbook

    from safeguard_desktop.exports import xlsx_writer
    from safeguard_desktop.exports.xlsx_writer import XlsxOptions
    from safeguard_desktop.store.queries import documents

    doc = documents.action_log(papers.ws, public=False)
    options = XlsxOptions(board_name="North & South\x1f Board", title="A very long title & more " * 20)
    result = xlsx_writer.write(doc, tmp_path / "log.xlsx", options)
    assert any("control character" in note for note in result.notes)
    sheet = load_workbook(tmp_path / "log.xlsx").active
    assert sheet.oddHeader.left.text == "North && South Board"
    assert sheet.oddHeader.right.text.endswith("…") and sheet.oddHeader.right.text.startswith("A very long title")
    xml = zipfile.ZipFile(tmp_path / "log.xlsx").read("xl/worksheets/sheet1.xml").decode("utf-8")
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", xml, re.S).group(1)  # type: ignore[union-attr]
    import html

    header = html.unescape(header)
    assert len(header) <= 255 and header.endswith("…")


def test_the_attendance_paper_names_the_chair_and_keeps_seats_in_attendance_out_of_the_rates(
        demo_path: Path, tmp_path: Path) -> None:
    from sqlalchemy import select

    from safeguard_desktop.store.models import Seat
    from safeguard_desktop.store.ops.org import correct
    from safeguard_desktop.store.queries.meeting_documents import find_group
    from safeguard_desktop.store.workspace import open_workspace

    with open_workspace(demo_path, backup_on_open=False) as ws:
        group = find_group(ws, "Wiltshire Safeguarding Vulnerable People Partnership")
        with ws.session() as s:
            manager = s.scalar(select(Seat.id).where(Seat.group_id == group, Seat.title == "Business Support Unit manager"))
        correct(ws, Seat, manager, {"in_attendance": True})
        doc = meeting_documents.attendance_analysis_document(ws, Quarter.parse("2024-25-Q3"), group, public=False)
    path = tmp_path / "attendance.xlsx"
    xlsx_writer.write(doc, path, XlsxOptions())
    book = load_workbook(path)
    grid, rates = book.worksheets[0], book.worksheets[-1]
    lines = [str(grid.cell(r, 1).value) for r in range(1, 5)]
    assert any("Chair: Alex Example, Independent chair" in line for line in lines)
    header = next(r for r in range(1, grid.max_row + 1) if grid.cell(r, 1).value == "Seat")
    headings = [grid.cell(header, c).value for c in range(1, grid.max_column + 1)]
    assert headings[3:5] == ["17 Oct", "21 Nov"] and None not in headings  # the two meetings; no empty column
    rows = {grid.cell(r, 1).value: [grid.cell(r, c).value for c in range(1, grid.max_column + 1)]
            for r in range(header + 1, grid.max_row + 1)}
    kept_out = rows["Business Support Unit manager (in attendance, not a member: not in the rates)"]
    assert kept_out[3:5] == ["P", "P"] and kept_out[5] is None  # on the grid, with no rate
    assert list(rows)[-1].startswith("Business Support Unit manager")  # after the members
    group_row = next(r for r in range(1, rates.max_row + 1)
                     if rates.cell(r, 1).value == "Wiltshire Safeguarding Vulnerable People Partnership"
                     and isinstance(rates.cell(r, 2).value, int))
    assert rates.cell(group_row, 2).value == 18  # 9 members x 2 meetings: the manager not expected
