"""Proof that the workbooks open in a real spreadsheet program: LibreOffice
headless converts every exported xlsx to PDF, and the text comes through."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import WELSH, Papers, convert_with_libreoffice, pdf_text

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.exports import xlsx_writer
from safeguard_desktop.exports.xlsx_writer import XlsxOptions
from safeguard_desktop.store.queries import documents, meeting_documents
from safeguard_desktop.store.queries.self_assessments import self_assessment_paper


@pytest.mark.slow
@pytest.mark.xdist_group("libreoffice")
def test_every_workbook_converts_in_libreoffice(papers: Papers, tmp_path: Path, lo_profile: Path) -> None:
    ws = papers.ws
    papers_to_write = {
        "action-plan": (documents.action_plan(ws, papers.plan_id, public=False), WELSH),
        "action-log": (documents.action_log(ws, public=False), "Circulate the dashboard to members"),
        "work-plan": (documents.work_plan(ws, papers.work_plan_id, public=False), "Engage and meet regularly"),
        "self-assessment": (self_assessment_paper(ws, papers.assessment_id, public=False), "strategic steer"),
        "register": (meeting_documents.attendance_register(ws, papers.meeting_id, public=False), "Gwyn Hughes"),
        "analysis": (meeting_documents.attendance_analysis_document(ws, Quarter.parse("2024-25-Q1"), None,
                                                                    public=False), "60%"),
    }
    source = tmp_path / "xlsx"
    source.mkdir()
    for name, (doc, _) in papers_to_write.items():
        xlsx_writer.write(doc, source / f"{name}.xlsx", XlsxOptions(marking="OFFICIAL-SENSITIVE"))
    out = tmp_path / "pdf"
    out.mkdir()
    for name, (_, expected) in papers_to_write.items():
        pdf = convert_with_libreoffice(source / f"{name}.xlsx", out, lo_profile)
        text = " ".join(pdf_text(pdf).split())  # LibreOffice wraps cells its own way
        assert expected in text, name
        assert "OFFICIAL-SENSITIVE" in text and "Page 1 of" in text, name
