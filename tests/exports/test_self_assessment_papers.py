"""The self-assessment paper: a period, and its comparison with the period
before, in xlsx (read back cell by cell), CSV and PDF, and from the command line."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from export_fixtures import pdf_text
from openpyxl import load_workbook
from self_assessment_fixtures import SmallAssessment, october_changes, small_assessment

from safeguard_desktop.core.self_assessment import COLOUR_FILLS
from safeguard_desktop.errors import UserError
from safeguard_desktop.exports import csv_writer, pdf_writer, xlsx_writer
from safeguard_desktop.exports.csv_writer import CsvOptions
from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.exports.pdf_writer import PdfOptions
from safeguard_desktop.exports.xlsx_writer import XlsxOptions
from safeguard_desktop.store.queries.self_assessments import self_assessment_paper
from safeguard_desktop.store.workspace import Workspace

HEADINGS = ["No.", "Priority area or question", "Evidence", "Analysis", "Score October 2017",
            "Score April 2017", "Change", "Evidence changed", "Evidence in April 2017"]


@pytest.fixture
def assessed(workspace: Workspace) -> SmallAssessment:
    """April 2017 as the fixture has it, and October 2017 with its changes."""
    sa = small_assessment(workspace)
    october_changes(workspace, sa)
    return sa


def _sheet_rows(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    rows = [[sheet.cell(r, c).value for c in range(1, sheet.max_column + 1)] for r in range(1, sheet.max_row + 1)]
    start = next(i for i, row in enumerate(rows) if row[0] == "No.")
    return rows[start:]


def test_the_workbook_gives_the_period_and_the_comparison_cell_by_cell(workspace, assessed, tmp_path):
    path = tmp_path / "sa.xlsx"
    xlsx_writer.write(self_assessment_paper(workspace, assessed.plan_id, public=False), path, XlsxOptions())
    sheet = load_workbook(path).active
    top = [sheet.cell(r, 1).value for r in range(1, 6)]
    assert top[:2] == ["Test Safeguarding Board", "Whole authority safeguarding 2016-17"]
    assert top[2].startswith("Review period: October 2017, compared with April 2017 · ")
    rows = _sheet_rows(path)
    assert rows[0] == HEADINGS
    blank = [None] * 9
    assert rows[1] == ["Good Governance"] + blank[1:]
    assert rows[2] == [None, "Safeguarding is everyone's responsibility.", "SAFE returns 100% for primary schools",
                       "WASG meets bi-monthly", "4 - Good", "3 - Adequate", "Up 1 (Adequate to Good)", None, None]
    assert rows[3] == ["1", "Is there a strategic steer on whole authority safeguarding?",
                       "Strategy agreed by Cabinet and Council", None, None, None, None, "Yes",
                       "Strategy agreed by Cabinet"]
    assert rows[4] == ["2", "Are systematic processes in place to monitor and report on safeguarding?",
                       None, None, None, None, None, None, None]
    assert rows[5] == ["Safe Workforce"] + blank[1:]
    assert rows[6][4:8] == ["2 - Weak", "3 - Adequate", "Down 1 (Adequate to Weak)", None]
    assert rows[7][0] == "8" and rows[7][4:8] == ["2 - Weak", "2 - Weak", "Same (Weak)", None]
    assert len(rows) == 8


def test_an_earlier_period_is_named_and_the_first_has_no_comparison(workspace, assessed, tmp_path):
    path = tmp_path / "first.xlsx"
    paper = self_assessment_paper(workspace, assessed.plan_id, public=False, period="april 2017")
    xlsx_writer.write(paper, path, XlsxOptions())
    rows = _sheet_rows(path)
    assert rows[0] == ["No.", "Priority area or question", "Evidence", "Analysis", "Score April 2017"]
    assert rows[2][4] == "3 - Adequate"
    with pytest.raises(UserError, match="April 2017; October 2017"):
        self_assessment_paper(workspace, assessed.plan_id, public=False, period="March 2020")


def test_the_csv_carries_the_area_on_every_row(workspace, assessed, tmp_path):
    path = tmp_path / "sa.csv"
    csv_writer.write(self_assessment_paper(workspace, assessed.plan_id, public=False), path, CsvOptions())
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Priority area", *HEADINGS]
    question = next(row for row in rows if row[1] == "1")
    assert question[0] == "Good Governance"
    assert question[8:] == ["Yes", "Strategy agreed by Cabinet"]
    area = next(row for row in rows if row[2] == "Safe Workforce\nSafe recruitment and HR practices are embedded."
                or row[2] == "Safe recruitment and HR practices are embedded.")
    assert area[5:8] == ["2 - Weak", "3 - Adequate", "Down 1 (Adequate to Weak)"]


def test_the_pdf_reads_as_the_comparison(workspace, assessed, tmp_path):
    path = tmp_path / "sa.pdf"
    pdf_writer.write(self_assessment_paper(workspace, assessed.plan_id, public=False), path, PdfOptions())
    text = " ".join(pdf_text(path).split())
    # The change may wrap in its cell: its words, each on its line.
    for expected in ("Review period: October 2017, compared with April 2017", "Up 1", "Down 1", "Same",
                     "Evidence in April 2017", "Strategy agreed by Cabinet", "Good Governance", "4 - Good",
                     "2 - Weak"):
        assert expected in text


def test_the_command_line_exports_a_named_period(workspace, assessed, tmp_path):
    out = tmp_path / "april.csv"
    path = workspace.path
    workspace.close()
    done = subprocess.run([sys.executable, "-m", "safeguard_desktop", "export", str(path), "--what",
                           "self-assessment", "--plan", "Whole authority safeguarding", "--period", "April 2017",
                           "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[-1] == "Score April 2017"


def test_the_export_request_names_the_period(workspace, assessed, tmp_path):
    out = tmp_path / "oct.xlsx"
    result = export(workspace, ExportRequest("self-assessment", "xlsx", plan_id=assessed.plan_id,
                                             period="October 2017"), out)
    assert result.summary().startswith(f"Wrote {out} (")
    assert _sheet_rows(out)[0] == HEADINGS


def test_the_change_is_coloured_as_in_the_window(workspace, assessed, tmp_path):
    paper = self_assessment_paper(workspace, assessed.plan_id, public=False)
    path = tmp_path / "sa.xlsx"
    xlsx_writer.write(paper, path, XlsxOptions())
    sheet = load_workbook(path).active
    fills = {sheet.cell(r, 7).value: sheet.cell(r, 7).fill.fgColor.rgb[-6:] for r in range(1, sheet.max_row + 1)
             if sheet.cell(r, 7).value and sheet.cell(r, 7).value != "Change"}
    assert fills == {"Up 1 (Adequate to Good)": COLOUR_FILLS["green"][1:].upper(),
                     "Down 1 (Adequate to Weak)": COLOUR_FILLS["red"][1:].upper(),
                     "Same (Weak)": COLOUR_FILLS["grey"][1:].upper()}
    pdf = tmp_path / "sa.pdf"
    pdf_writer.write(paper, pdf, PdfOptions())
    colours = _page_colours(pdf, tmp_path)
    for name in ("green", "red"):
        assert colours.get(_rgb(COLOUR_FILLS[name]), 0) > 200, name  # a filled cell, not a stray pixel


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _page_colours(pdf: Path, folder: Path) -> dict[tuple[int, int, int], int]:
    """How many pixels of each colour the first page has, rendered at 40 dpi."""
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(folder / "page")], check=True)
    data = next(folder.glob("page*.ppm")).read_bytes()
    parts = data.split(maxsplit=4)  # P6, width, height, maximum, pixels
    pixels = parts[4]
    counts: dict[tuple[int, int, int], int] = {}
    for i in range(0, len(pixels) - 2, 3):
        key = (pixels[i], pixels[i + 1], pixels[i + 2])
        counts[key] = counts.get(key, 0) + 1
    return counts
