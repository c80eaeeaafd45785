"""``safeguard-desktop export``: papers from the command line, and one clear
line when the plan or meeting named is not there."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import Papers, pdf_text
from openpyxl import load_workbook

from safeguard_desktop.cli import EXIT_USER_ERROR, main


@pytest.fixture
def workspace_path(papers: Papers) -> Path:
    path = papers.ws.path
    papers.ws.close()  # the command opens it itself, as a user would
    return path


def test_action_plan_xlsx(workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.xlsx"
    code = main(["export", str(workspace_path), "--what", "action-plan", "--plan", "Business plan 2024-25",
                 "--marking", "OFFICIAL-SENSITIVE", "--public", "-o", str(out)])
    assert code == 0
    said = capsys.readouterr().out
    assert f"Wrote {out} (5 rows)." in said and "1 confidential item was withheld" in said
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "Business plan 2024-25" and sheet.oddHeader.center.text == "&BOFFICIAL-SENSITIVE"


def test_format_follows_the_file_extension(workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    assert main(["export", str(workspace_path), "--what", "minutes", "--meeting", "2024-05-14", "--public",
                 "-o", str(out)]) == 0
    assert "Minutes: Quality Assurance Sub-group" in pdf_text(out)


def test_calendar_needs_only_the_group(workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings.ics"
    assert main(["export", str(workspace_path), "--group", "quality assurance sub-group", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_action_log_of_open_actions_only(workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    assert main(["export", str(workspace_path), "--what", "action-log", "--open-only", "-o", str(out)]) == 0
    text = out.read_text("utf-8-sig")
    assert "Circulate the dashboard" in text and "Completed" not in text  # the completed 2.1 is left out


def test_attendance_analysis_of_a_quarter(workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "attendance.csv"
    assert main(["export", str(workspace_path), "--what", "attendance", "--quarter", "2024-25-Q1",
                 "-o", str(out)]) == 0
    assert "60%" in out.read_text("utf-8-sig")


@pytest.mark.parametrize("args,message", [
    (["--what", "action-plan", "--plan", "Strategic plan", "-o", "x.xlsx"],
     "No plan called 'Strategic plan'. Plans in this workspace: 'Business plan 2024-25'; 'NISB work plan "
     "2022-23'; 'Whole authority self-assessment 2017-18'."),
    (["--what", "minutes", "--meeting", "2024-05-15", "-o", "x.pdf"],
     "No meeting on 2024-05-15. Meetings (latest 20): 2024-05-14 Quality Assurance Sub-group."),
    (["--what", "minutes", "--meeting", "2024-05-14", "-o", "x.xlsx"],
     "Minutes of a meeting cannot be exported as xlsx: choose pdf or docx."),
    (["--what", "action-plan", "-o", "x.pdf"], "Action plan: name a plan with --plan. Plans in this workspace: "
                                                "'Business plan 2024-25'; "),
    (["--what", "attendance", "--quarter", "2024-25-Q7", "-o", "x.pdf"], "write a quarter as 2024-25-Q1"),
    (["--what", "action-log", "-o", "x.odt"], "Say which format with --format"),
])
def test_clear_one_line_errors(workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               args: list[str], message: str) -> None:
    args = [a if a not in ("x.xlsx", "x.pdf", "x.odt") else str(tmp_path / a) for a in args]
    assert main(["export", str(workspace_path), *args]) == EXIT_USER_ERROR
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert not any(tmp_path.glob("x.*"))
