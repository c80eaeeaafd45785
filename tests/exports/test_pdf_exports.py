"""Every PDF export read back with poppler: text (Welsh letters, marking on
every page, page x of y), fonts (all embedded), metadata, and a rasterised
page to look at."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from export_fixtures import WELSH, Papers, add_actions, pdf_fonts, pdf_text

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.exports import pdf_writer
from safeguard_desktop.exports.pdf_writer import PdfOptions
from safeguard_desktop.store.queries import documents, meeting_documents
from safeguard_desktop.store.queries.self_assessments import self_assessment_paper

PAPER_DAY = date(2024, 6, 3)


def pages(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]  # pdftotext ends every page with a form feed


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def assert_every_page_marked(path: Path, marking: str) -> list[str]:
    text = pages(path)
    assert text, "no pages"
    for number, page in enumerate(text, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert marking in lines[0], f"page {number} has no marking at the top"
        assert marking in lines[-1], f"page {number} has no marking at the bottom"
        assert f"Page {number} of {len(text)}" in lines[-1]
    return text


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert {row[0].split("+")[-1] for row in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    for row in fonts:
        emb = row[-5]  # name type encoding emb sub uni object-id generation
        assert emb == "yes", row


def test_long_action_plan_repeats_headers_and_marks_every_page(papers: Papers, tmp_path: Path) -> None:
    entry = documents.action_plan(papers.ws, papers.plan_id, public=False).sections[0]
    add_actions(papers.ws, [dict(plan_id=papers.plan_id, number=f"1.{n}", cab="B", rag="amber",
                                 want=f"Row {n}: {WELSH}", how="Long text " * 30, when_text="March 2025")
                            for n in range(3, 120)])
    assert entry.number == "1"
    doc = documents.action_plan(papers.ws, papers.plan_id, public=False)
    path = tmp_path / "plan.pdf"
    result = pdf_writer.write(doc, path, PdfOptions(marking="OFFICIAL-SENSITIVE", date=PAPER_DAY))
    assert result.rows == 123  # with the outcome band
    text = assert_every_page_marked(path, "OFFICIAL-SENSITIVE")
    assert len(text) > 3
    assert "Page 1 of" in text[0]
    # The header row repeats at the top of every page that continues the table.
    for page in text[1:]:
        assert "What do we want to" in page
    whole = "".join(text)
    assert "ŵ" in whole and "ŷ" in whole and "Dŵr a chŷn" in whole
    assert "Test Safeguarding Board" in text[0] and "Business plan 2024-25" in text[0]
    assert "3 June 2024" in text[-1]
    assert_fonts_embedded(path)
    info = pdf_info(path)
    assert info["Title"] == "Business plan 2024-25"
    assert info["Author"] == "Test Safeguarding Board"
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 landscape


def test_rag_is_written_as_a_word(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_plan(papers.ws, papers.plan_id, public=False)
    path = tmp_path / "plan.pdf"
    pdf_writer.write(doc, path, PdfOptions())
    text = pdf_text(path)
    for word in ("Green", "Amber", "Red", "Blue", "Not started"):
        assert word in text


def test_page_is_rasterised_for_a_look(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_plan(papers.ws, papers.plan_id, public=False)
    path = tmp_path / "plan.pdf"
    pdf_writer.write(doc, path, PdfOptions())
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    png = tmp_path / "page-1.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_public_minutes_leave_out_the_closed_item_and_say_so(papers: Papers, tmp_path: Path) -> None:
    doc = meeting_documents.minutes(papers.ws, papers.meeting_id, public=True)
    path = tmp_path / "minutes.pdf"
    result = pdf_writer.write(doc, path, PdfOptions(public=True, date=PAPER_DAY))
    assert result.withheld == 1
    text = "".join(assert_every_page_marked(path, "OFFICIAL"))
    assert "SECRET" not in text and "family C" not in text
    assert "Public version: 1 confidential item was withheld from this paper." in text
    # The register, by status, with the deputy's name and whom they stood for.
    for expected in ("Present", "Siân Ŵilliams", "Represented by a deputy", "Insp. Gwyn Hughes",
                     "Deputy for Rhys Jones", "Apologies", "Mary Evans", "In attendance", "Dr Elin Ŷates",
                     "Arrived at item 2"):
        assert expected in text, expected
    assert "Ann Lloyd" not in text  # an unmarked seat is not a statement about the meeting
    assert "2. Quarterly performance report" in text and "Circulate the dashboard to members" in text
    assert "Draft minutes" in text and "Dŵr a chŷn" in text
    assert pdf_info(path)["Page size"].startswith("595.276 x 841.89")  # A4 portrait
    assert_fonts_embedded(path)


def test_full_minutes_keep_the_closed_item(papers: Papers, tmp_path: Path) -> None:
    doc = meeting_documents.minutes(papers.ws, papers.meeting_id, public=False)
    path = tmp_path / "minutes.pdf"
    pdf_writer.write(doc, path, PdfOptions(marking="OFFICIAL-SENSITIVE"))
    text = pdf_text(path)
    assert "SECRET closed discussion" in text and "withheld" not in text


@pytest.mark.parametrize("paper", ["log", "work", "assessment", "register", "analysis"])
def test_other_papers_are_marked_and_embedded(papers: Papers, tmp_path: Path, paper: str) -> None:
    ws = papers.ws
    doc = {
        "log": lambda: documents.action_log(ws, public=True),
        "work": lambda: documents.work_plan(ws, papers.work_plan_id, public=True),
        "assessment": lambda: self_assessment_paper(ws, papers.assessment_id, public=True),
        "register": lambda: meeting_documents.attendance_register(ws, papers.meeting_id, public=True),
        "analysis": lambda: meeting_documents.attendance_analysis_document(
            ws, Quarter.parse("2024-25-Q1"), None, public=True),
    }[paper]()
    path = tmp_path / f"{paper}.pdf"
    pdf_writer.write(doc, path, PdfOptions(public=True))
    text = "".join(assert_every_page_marked(path, "OFFICIAL"))
    assert "Public version" in text and "SECRET" not in text
    assert_fonts_embedded(path)
    expected = {"log": "Circulate the dashboard", "work": "Engage and meet regularly",
                "assessment": "Is there a strategic steer", "register": "Insp. Gwyn Hughes", "analysis": "60%"}
    assert expected[paper] in text


def test_public_minutes_count_a_confidential_action_on_an_open_item(papers: Papers, tmp_path: Path) -> None:
    from safeguard_desktop.store.queries import meetings

    open_item = next(row.id for row in meetings.agenda(papers.ws, papers.meeting_id) if row.number == "2")
    add_actions(papers.ws, [dict(meeting_id=papers.meeting_id, agenda_item_id=open_item,
                                 want="SECRET staffing action", confidential=True)])
    doc = meeting_documents.minutes(papers.ws, papers.meeting_id, public=True)
    path = tmp_path / "minutes.pdf"
    result = pdf_writer.write(doc, path, PdfOptions(public=True, date=PAPER_DAY))
    text = " ".join(pdf_text(path).split())
    assert result.withheld == 2  # the closed item (its action with it) and the confidential action
    assert "Public version: 2 confidential items were withheld from this paper." in text
    assert "SECRET" not in text


def test_public_register_never_names_a_closed_item(papers: Papers, tmp_path: Path) -> None:
    from safeguard_desktop.store.models import Attendance
    from safeguard_desktop.store.ops import meetings as meeting_ops
    from safeguard_desktop.store.queries import meetings

    closed = next(row.id for row in meetings.agenda(papers.ws, papers.meeting_id) if row.number == "3")
    unnumbered = meeting_ops.add_agenda_item(papers.ws, meeting_id=papers.meeting_id, number=None,
                                             title="SECRET staffing matter", confidential=True)
    with papers.ws.transaction() as tx:
        tx.insert(Attendance, meeting_id=papers.meeting_id, name="Guest One", status="in_attendance",
                  left_at_item_id=closed)
        tx.insert(Attendance, meeting_id=papers.meeting_id, name="Guest Two", status="in_attendance",
                  arrived_at_item_id=unnumbered)
    for doc in (meeting_documents.minutes(papers.ws, papers.meeting_id, public=True),
                meeting_documents.attendance_register(papers.ws, papers.meeting_id, public=True)):
        path = tmp_path / "paper.pdf"
        pdf_writer.write(doc, path, PdfOptions(public=True, date=PAPER_DAY))
        text = " ".join(pdf_text(path).split())
        assert "family C" not in text and "SECRET" not in text
        assert "3" in text and "a closed item" in text
    doc = meeting_documents.minutes(papers.ws, papers.meeting_id, public=True)
    pdf_writer.write(doc, tmp_path / "minutes.pdf", PdfOptions(public=True, date=PAPER_DAY))
    minutes_text = " ".join(pdf_text(tmp_path / "minutes.pdf").split())
    assert "Left at item 3" in minutes_text and "Arrived at a closed item" in minutes_text
    full = meeting_documents.minutes(papers.ws, papers.meeting_id, public=False)
    assert {line.left_at for line in full.register} >= {"3"}
    assert "SECRET staffing matter" in {line.arrived_at for line in full.register}


@pytest.mark.parametrize("floors,width", [([49.0, 35.0, 41.0, 56.0], 100.0), ([60.0, 60.0, 60.0, 60.0], 240.0),
                                          ([10.0, 10.0, 10.0, 10.0], 100.0)])
def test_column_widths_fill_the_page_whatever_the_floors(floors: list[float], width: float) -> None:
    from safeguard_desktop.exports.pdf_tables import column_widths
    from safeguard_desktop.exports.tables import Column

    columns = tuple(Column("x", w) for w in (17, 12, 35, 14))
    widths = column_widths(columns, width, floors)
    assert sum(widths) == pytest.approx(width) and all(w > 0 for w in widths)
