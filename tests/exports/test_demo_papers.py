"""Every paper the demo workspace can make, in every format it offers: the
data of a real-shaped board (a 51-action business plan, a nested work plan,
a self-assessment, minutes with closed-session items, Welsh text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

import pytest
from export_fixtures import pdf_text
from openpyxl import load_workbook
from sqlalchemy import select

from safeguard_desktop.core.rag import RAG_COLOURS, parse_rag
from safeguard_desktop.exports.kinds import SUPPORTED
from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.store.models import Action, AgendaItem, Meeting
from safeguard_desktop.store.queries.documents import ACTION_PLAN_HEADINGS, find_plan
from safeguard_desktop.store.queries.meeting_documents import find_group, find_meeting
from safeguard_desktop.store.workspace import Workspace, open_workspace


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Workspace]:
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        yield ws


def test_business_plan_workbook_keeps_the_councils_layout(demo: Workspace, tmp_path: Path) -> None:
    plan_id = find_plan(demo, "Business Plan 2019-20")
    out = tmp_path / "plan.xlsx"
    result = export(demo, ExportRequest("action-plan", "xlsx", plan_id=plan_id), out)
    assert result.rows >= 45
    sheet = load_workbook(out).active
    headers = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 3).value == ACTION_PLAN_HEADINGS[2]]
    banners = [r - 1 for r in headers if sheet.cell(r - 1, 1).value and sheet.cell(r - 1, 2).value is None]
    assert len(banners) == len(headers) >= 3  # a banner over every repeated header row
    assert all(sheet.cell(r, 1).value.startswith("Priority") for r in banners)
    data = [r for r in range(headers[0] + 1, sheet.max_row + 1) if r not in headers and r not in banners]
    assert len(data) == result.rows
    for r in data:  # the RAG word and its fill agree on every row
        word = sheet.cell(r, 9).value
        if word:
            assert sheet.cell(r, 9).fill.fgColor.rgb[-6:] == RAG_COLOURS[parse_rag(word)].lstrip("#")


def test_welsh_minutes_print_their_letters(demo: Workspace, tmp_path: Path) -> None:
    meeting = find_meeting(demo, date(2024, 7, 11), "National Independent Safeguarding Board")
    out = tmp_path / "minutes.pdf"
    export(demo, ExportRequest("minutes", "pdf", meeting_id=meeting, marking="OFFICIAL-SENSITIVE"), out)
    text = pdf_text(out)
    assert "Tŷ Hywel" in text and "Diogelwch dŵr" in text
    pages = text.split("\f")[:-1]
    assert all(page.count("OFFICIAL-SENSITIVE") >= 2 for page in pages)


def test_public_minutes_of_a_meeting_with_a_closed_item(demo: Workspace, tmp_path: Path) -> None:
    with demo.session() as s:
        meeting_id, title = s.execute(select(Meeting.id, AgendaItem.title).join(AgendaItem,
                                      AgendaItem.meeting_id == Meeting.id)
                                      .where(AgendaItem.confidential.is_(True), AgendaItem.deleted_at.is_(None))
                                      .order_by(Meeting.date.desc())).first()
    out = tmp_path / "minutes.pdf"
    result = export(demo, ExportRequest("minutes", "pdf", meeting_id=meeting_id, public=True), out)
    text = pdf_text(out)
    assert result.withheld >= 1 and "confidential item" in text and "withheld" in text
    assert title not in " ".join(text.split())


def test_public_action_log_withholds_every_confidential_action(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    result = export(demo, ExportRequest("action-log", "xlsx", public=True), out)
    with demo.session() as s:
        secret = set(s.scalars(select(Action.want).where(Action.confidential.is_(True),
                                                         Action.deleted_at.is_(None))))
    assert result.withheld >= len(secret) > 0
    sheet = load_workbook(out).active
    shown = {sheet.cell(r, 5).value for r in range(1, sheet.max_row + 1)}
    assert not shown & secret
    assert f"{result.withheld} confidential items were withheld" in sheet["A4"].value


def _request(ws: Workspace, what: str, fmt: str) -> ExportRequest:
    if what in ("action-plan", "work-plan", "self-assessment"):
        name = {"action-plan": "Business Plan 2019-20", "work-plan": "NISB Work Plan 2022-23",
                "self-assessment": "Six Months Performance Review of Whole Authority Safeguarding"}[what]
        return ExportRequest(what, fmt, plan_id=find_plan(ws, name))
    if what in ("minutes", "agenda"):
        return ExportRequest(what, fmt, meeting_id=find_meeting(ws, date(2025, 3, 20)))
    if what == "attendance":
        return ExportRequest(what, fmt, quarter="2024-25-Q3")
    if what in ("calendar", "membership"):
        return ExportRequest(what, fmt, group_id=find_group(ws, "Quality and Impact Group"))
    return ExportRequest(what, fmt)


@pytest.mark.parametrize("what,fmt", [(what, fmt) for what, formats in SUPPORTED.items() for fmt in formats])
def test_every_paper_in_every_format(demo: Workspace, tmp_path: Path, what: str, fmt: str) -> None:
    out = tmp_path / f"{what}.{fmt}"
    result = export(demo, _request(demo, what, fmt), out)
    assert result.rows > 0 and out.stat().st_size > 500
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize("extra", [1, 3])
def test_business_plan_pdf_with_extra_columns(demo_path: Path, tmp_path: Path, extra: int) -> None:
    """More columns than the page has room for at their floors: the floors
    shrink alike and the paper still prints (it used to divide by zero)."""
    import json

    with open_workspace(demo_path, backup_on_open=False) as ws:
        plan_id = find_plan(ws, "Business Plan 2019-20")
        values = {f"Evidence framework {n}": f"Quantitative data {n}" for n in range(1, extra + 1)}
        with ws.transaction() as tx:
            for action in tx.session.scalars(select(Action).where(Action.plan_id == plan_id)):
                action.extra = json.dumps(values)
        out = tmp_path / "plan.pdf"
        result = export(ws, ExportRequest("action-plan", "pdf", plan_id=plan_id), out)
    assert result.rows >= 45
    text = " ".join(pdf_text(out).split())
    assert "Evidence" in text and "data 1" in text and f"data {extra}" in text
