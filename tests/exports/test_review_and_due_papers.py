"""``export --what reviews|due`` in xlsx, PDF and CSV, read back: the clocks
in words, marked OFFICIAL-SENSITIVE by default, confidential reviews left
out of a public paper and counted."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from export_fixtures import pdf_text
from openpyxl import load_workbook

from safeguard_desktop.cli import main
from safeguard_desktop.store.ops import case_reviews
from safeguard_desktop.store.queries.due import what_is_due
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import create_workspace

TODAY = date.today()


@pytest.fixture
def reviews_path(tmp_path: Path) -> Path:
    ws = create_workspace(tmp_path / "reviews.sqlite", board_name="Seaside Safeguarding Partnership")
    board = boards(ws)[0].id
    case_reviews.create_review(ws, board_id=board, kind="rapid_review", reference="RR 2026/03",
                               title="Child D", incident_on=date(2026, 3, 2), notified_on=date(2026, 3, 6))
    case_reviews.create_review(ws, board_id=board, kind="sar", reference="SAR 2026/01", title="Adult E",
                               decision_on=date(2026, 1, 12), completed_on=date(2026, 7, 24), confidential=False)
    ws.close()
    return ws.path


def _cells(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_reviews_xlsx_has_every_clock_in_words_and_is_official_sensitive(reviews_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviews.xlsx"
    assert main(["export", str(reviews_path), "--what", "reviews", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet.oddHeader.center.text == "&BOFFICIAL-SENSITIVE"
    rows = _cells(out)
    header = next(r for r in rows if r[0] == "Reference")
    assert header[4:7] == ["Notification (5 working days)", "Rapid review (15 working days more)",
                           "Review report (about 6 months)"]
    rr = next(r for r in rows if r[0] == "RR 2026/03")
    # Known Monday 2 March 2026: notification due 9 March, met on 6 March;
    # rapid review due 15 working days after the 6th: 27 March, never recorded.
    assert rr[1] == "Rapid review" and rr[4] == "Met on 06/03/2026"
    assert rr[5].startswith("Overdue by ") and rr[5].endswith("(due 27/03/2026)")
    assert rr[6] == "Starts when a review is decided"
    sar = next(r for r in rows if r[0] == "SAR 2026/01")
    assert sar[4] == "Not run for this kind of review" and sar[6] == "Met on 24/07/2026, 10 working days late"


def test_a_public_reviews_csv_leaves_out_the_confidential_ones(reviews_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviews.csv"
    assert main(["export", str(reviews_path), "--what", "reviews", "--public", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert "OFFICIAL-SENSITIVE" in rows[0][0] and "1 confidential item" in " ".join(rows[0])
    assert any("SAR 2026/01" in r for r in rows)
    assert "RR 2026/03" not in text and "Child D" not in text


def test_reviews_pdf_reads_as_a_paper(reviews_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviews.pdf"
    assert main(["export", str(reviews_path), "--what", "reviews", "--format", "pdf", "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "Case reviews" in text and "OFFICIAL-SENSITIVE" in text
    assert "RR 2026/03" in text and "Met on 06/03/2026" in text


def test_due_paper_in_each_format_matches_the_page(demo_path: Path, tmp_path: Path) -> None:
    from safeguard_desktop.store.workspace import open_workspace

    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        overview = what_is_due(ws, TODAY, limit=100_000)
    overdue = overview.section("overdue")
    assert overdue.lines
    out = tmp_path / "due.xlsx"
    assert main(["export", str(demo_path), "--what", "due", "-o", str(out)]) == 0
    rows = _cells(out)
    banners = [r[0] for r in rows if r[0] and str(r[0]).endswith(")") and r[1] is None]
    assert f"Actions overdue ({overdue.count})" in banners
    first = overdue.lines[0]
    line = next(r for r in rows if r[0] == first.text and r[1] == first.where)
    assert line[3] == first.words
    assert sum(1 for r in rows if r[3] and str(r[3]).startswith("Overdue by")) >= len(overdue.lines)

    csv_out = tmp_path / "due.csv"
    assert main(["export", str(demo_path), "--what", "due", "-o", str(csv_out)]) == 0
    assert first.words in csv_out.read_text(encoding="utf-8-sig")
    pdf_out = tmp_path / "due.pdf"
    assert main(["export", str(demo_path), "--what", "due", "-o", str(pdf_out)]) == 0
    assert "What is due" in pdf_text(pdf_out) and f"Actions overdue ({overdue.count})" in pdf_text(pdf_out)


def test_papers_about_case_reviews_default_to_official_sensitive(demo_path, tmp_path, capsys):
    """"What is due" lists review clocks, and a review's action plan is about
    the review: both are marked OFFICIAL-SENSITIVE unless the user says."""
    from safeguard_desktop.cli import main
    from safeguard_desktop.exports.kinds import default_marking
    from safeguard_desktop.store.queries.overview import list_plans
    from safeguard_desktop.store.workspace import open_workspace

    assert default_marking("due", None, "OFFICIAL") == "OFFICIAL-SENSITIVE"
    assert default_marking("action-plan", "review_action_plan", "OFFICIAL") == "OFFICIAL-SENSITIVE"
    assert default_marking("action-plan", "business_plan", "OFFICIAL") == "OFFICIAL"
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        review_plan = next(p for p in list_plans(ws) if p.kind == "review_action_plan")
    out = tmp_path / "review.pdf"
    assert main(["export", str(demo_path), "--what", "action-plan", "--plan", f"{review_plan.title} 2024-25",
                 "-o", str(out)]) == 0
    from export_fixtures import pdf_text

    assert "OFFICIAL-SENSITIVE" in pdf_text(out)
