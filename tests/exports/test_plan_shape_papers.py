"""Plan papers in the councils' layout, read back as a reader would: the
action plan's outcomes and evidence framework in xlsx, PDF and CSV; a work
plan's level words, references and footnotes in its PDF, rasterised."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from round_trip_plans import business_plan, work_plan

from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.store.workspace import Workspace


def _paper(ws: Workspace, plan_id: int, what: str, path: Path, public: bool = False) -> Path:
    export(ws, ExportRequest(what, path.suffix.lstrip("."), plan_id=plan_id, public=public), path)
    return path


def _words(text: str) -> str:
    return " ".join(text.split())


def _reading_order(pdf: Path) -> str:
    """The PDF's text as drawn, cell after cell along each row, one space apart."""
    return _words(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout)


def test_action_plan_pdf_shows_each_outcome_above_its_actions_and_the_evidence_framework(
        workspace: Workspace, tmp_path: Path) -> None:
    text = _reading_order(_paper(workspace, business_plan(workspace), "action-plan", tmp_path / "plan.pdf"))
    order = ["Priority 1: To be assured that children are safe",
             "Evidence framework Quantitative data: referrals Qualitative evidence: audits",
             "Outcome 1.1: Children at risk of neglect are identified early", "1.1 C Audit neglect cases",
             "Outcome 1.2: Practitioners understand thresholds", "1.2 A Threshold training",
             "Priority 2: Dŵr a chŷn: safer communities", "Outcome 2.1: Exploitation is recognised",
             "2.1 B Exploitation screening tool", "¹ Exploitation as defined in the county's strategy."]
    places = [text.find(_words(part)) for part in order]
    assert -1 not in places, [part for part, at in zip(order, places) if at < 0]
    assert places == sorted(places)


def test_action_plan_csv_carries_the_outcome_on_each_row(workspace: Workspace, tmp_path: Path) -> None:
    path = _paper(workspace, business_plan(workspace), "action-plan", tmp_path / "plan.csv", public=True)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]  # after the public paper's marking
    header = rows[0]
    assert header[:3] == ["Priority", "Outcome", "No."]
    by_what = {row[4]: row for row in rows[1:] if len(row) > 4 and row[4]}
    assert by_what["Threshold training"][1] == "Outcome 1.2: Practitioners understand thresholds"
    bands = [row[1] for row in rows[1:] if not any(row[2:])]
    assert bands == ["Evidence framework\nQuantitative data: referrals\nQualitative evidence: audits",
                     "Outcome 1.1: Children at risk of neglect are identified early",
                     "Outcome 1.2: Practitioners understand thresholds", "Outcome 2.1: Exploitation is recognised",
                     "¹ Exploitation as defined in the county's strategy."]


def test_work_plan_pdf_keeps_level_words_references_and_footnotes(workspace: Workspace, tmp_path: Path) -> None:
    path = _paper(workspace, work_plan(workspace), "work-plan", tmp_path / "work.pdf")
    text = _reading_order(path)
    for part in ("Strategic duty 1: To provide support and advice to Safeguarding Boards",
                 "Specific responsibility 1.2 will engage with the chairs of the Safeguarding boards para 258",
                 "Activity 1.2.1 Members will ensure NISB is sighted on issues through:",
                 "Activity 1.2.1.1.2 Social Care Wales (SCW)", "Strategic duty 2: To report on the adequacy",
                 "S.132 (2)", "Notes", "Note ¹ In February 2021 the NISB commissioned research.",
                 "Note ² An academic review by Cardiff University."):
        assert part in text, part
    png = tmp_path / "work"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(png)], check=True)
    assert (tmp_path / "work-1.png").stat().st_size > 5000


def test_an_outcome_is_never_left_alone_at_the_foot_of_a_page(demo_template: Path, tmp_path: Path) -> None:
    from safeguard_desktop.store.queries.overview import list_plans
    from safeguard_desktop.store.workspace import open_workspace

    with open_workspace(demo_template, read_only=True, backup_on_open=False) as demo:
        plan = next(p for p in list_plans(demo) if p.kind == "business_plan")
        path = _paper(demo, plan.id, "action-plan", tmp_path / "plan.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines:
            body = lines[:-1]  # the footer: date, marking, page number
            assert not body[-1].startswith("Outcome "), (number, body[-3:])
