"""A meeting that is itself confidential (the demo's "Rapid review: Child R",
named after the child) is withheld from public papers and the public
calendar, which say so; the full versions still carry it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from export_fixtures import pdf_text

from safeguard_desktop.cli import main

PRG = "Practice Review Group"
SECRET = "Child R"


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    return "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows
                                                              for c in r.cells])


def _export(demo_path: Path, out: Path, *args: str) -> int:
    return main(["export", str(demo_path), *args, "-o", str(out)])


@pytest.mark.parametrize("what, suffix", [("minutes", "pdf"), ("agenda", "docx"), ("attendance", "csv")])
def test_public_papers_of_a_confidential_meeting_are_withheld_and_say_so(demo_path, tmp_path, capsys, what,
                                                                         suffix):
    out = tmp_path / f"public.{suffix}"
    code = _export(demo_path, out, "--what", what, "--meeting", "2024-08-06", "--group", PRG, "--public")
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "1 confidential meeting withheld" in err and SECRET not in err
    full = tmp_path / f"full.{suffix}"
    assert _export(demo_path, full, "--what", what, "--meeting", "2024-08-06", "--group", PRG) == 0
    text = {"pdf": pdf_text, "docx": _docx_text}.get(suffix, lambda p: p.read_text(encoding="utf-8-sig"))(full)
    assert (SECRET in text) if suffix != "csv" else text.startswith("Attendance,Seat")  # members' copy in full


def test_the_public_calendar_leaves_out_a_confidential_meeting_and_says_so(demo_path, tmp_path, capsys):
    public = tmp_path / "public.ics"
    assert _export(demo_path, public, "--format", "ics", "--group", PRG, "--public") == 0
    said = capsys.readouterr().out
    text = public.read_text(encoding="utf-8").replace("\r\n ", "")
    assert SECRET not in text and "DTSTART;TZID=Europe/London:20240806" not in text
    assert "1 confidential meeting withheld" in text and "1 confidential meeting withheld" in said
    assert text.count("BEGIN:VEVENT") >= 3  # the group's other meetings are all there

    full = tmp_path / "full.ics"
    assert _export(demo_path, full, "--format", "ics", "--group", PRG) == 0
    text = full.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Rapid review: Child R" in text and "confidential meeting" not in text


def test_minutes_of_other_meetings_still_go_out_in_public(demo_path, tmp_path):
    out = tmp_path / "public.pdf"
    assert _export(demo_path, out, "--what", "minutes", "--meeting", "2024-08-29", "--group", PRG, "--public") == 0
    assert SECRET not in pdf_text(out)
