"""Papers in Welsh, and in Welsh and English side by side: every paper's
fixed words (headings, markings, RAG and attendance words, "Tudalen x o y",
dates) read back from the PDF as text, from Word with python-docx and from
Excel with openpyxl; what users typed is printed as typed."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Iterator

import docx
import pytest
from export_fixtures import WELSH, Papers, build_papers, convert_with_libreoffice, pdf_fonts, pdf_text
from docx.shared import Cm
from openpyxl import load_workbook
from reportlab.pdfbase.pdfmetrics import stringWidth

from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.exports.pdf_base import prepare_reportlab
from safeguard_desktop.exports.pdf_cells import RagChip
from safeguard_desktop.exports.pdf_tables import word_floors
from safeguard_desktop.exports.tables import Column, Row, Section, Table, banner_text
from safeguard_desktop.store.ops import case_reviews
from safeguard_desktop.store.queries.action_log import ActionLogFilter
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace, create_workspace

ON = date(2024, 5, 14)
LONG_BOARD = "Bwrdd Diogelu Rhanbarthol Cwm Taf Morgannwg"  # a real board's name: the running header must fit it


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Papers]:
    """One board for the whole module: exports only read it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAFEGUARD_DESKTOP_HOME", str(tmp_path_factory.mktemp("welsh-home")))
        ws = create_workspace(tmp_path_factory.mktemp("welsh") / "papurau.sqlite", board_name=LONG_BOARD)
        built = build_papers(ws)
    yield built
    ws.close()


def _request(papers: Papers, what: str, fmt: str, language: str, **more: object) -> ExportRequest:
    ids: dict[str, dict[str, object]] = {
        "action-plan": {"plan_id": papers.plan_id}, "work-plan": {"plan_id": papers.work_plan_id},
        "self-assessment": {"plan_id": papers.assessment_id}, "minutes": {"meeting_id": papers.meeting_id},
        "agenda": {"meeting_id": papers.meeting_id}, "membership": {"group_id": papers.group_id},
        "register": {"meeting_id": papers.meeting_id}, "analysis": {"quarter": "2024-25-Q1"},
    }
    kind = "attendance" if what in ("register", "analysis") else what
    return ExportRequest(kind, fmt, on=ON, language=language, **{**ids.get(what, {}), **more})  # type: ignore[arg-type]


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


# A word or two of each paper's own that only the Welsh paper has.
WELSH_WORDS = {
    "action-plan": ("Gwyrdd", "Ambr", "Rhif"),
    "action-log": ("Log camau gweithredu", "Yn dangos:"),
    "minutes": ("Cofnodion", "Presenoldeb", "Wedi'i lofnodi fel cofnod cywir"),
    "agenda": ("Eitem", "Teitl", "Diben"),
    "register": ("Cofrestr presenoldeb", "Presennol", "Ymddiheuriadau"),
    "analysis": ("Fesul grŵp", "Fesul asiantaeth", "Presenoldeb Q1 2024-25 (Ebrill–Mehefin 2024)"),
    "work-plan": ("Lefel", "Cyfeirnod"),
    "self-assessment": ("Tystiolaeth", "Dadansoddiad", "4 - Da", "3 - Digonol"),
    "reviews": ("Adolygiadau achos",),
    "due": ("Beth sy'n ddyledus", "Camau gweithredu hwyr (", "Seddi heb ddeiliad"),
    "membership": ("Cylch gorchwyl", "Aelodau", "Aelod  "),
}


@pytest.mark.parametrize("what", sorted(WELSH_WORDS))
def test_every_paper_in_welsh_has_welsh_headings_pages_and_marking(papers: Papers, tmp_path: Path,
                                                                     what: str) -> None:
    out = tmp_path / f"{what}.pdf"
    export(papers.ws, _request(papers, what, "pdf", "cy"), out)
    text = pdf_text(out)
    pages = _pages(out)
    for word in (*WELSH_WORDS[what], f"Tudalen 1 o {pages}", "SWYDDOGOL", "14 Mai 2024"):
        assert word in text, (what, word)
    for english in ("Page 1 of", "OFFICIAL", "14 May 2024"):
        assert english not in text, (what, english)


@pytest.mark.parametrize("what", sorted(WELSH_WORDS))
def test_every_paper_in_both_languages_puts_the_welsh_first(papers: Papers, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.pdf"
    export(papers.ws, _request(papers, what, "pdf", "both", marking="OFFICIAL-SENSITIVE"), out)
    text = pdf_text(out)
    pages = _pages(out)
    assert f"Tudalen 1 o {pages} / Page 1 of {pages}" in text
    assert "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE" in text
    assert "14 Mai / May 2024" in text
    # The running header: board, marking and title apart, never printed over one another.
    for page in text.split("\f")[:-1]:
        head = page.lstrip("\n").splitlines()[0]
        assert re.search(r"\S\s{2,}SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE\s{2,}\S", head), head


def test_welsh_minutes_keep_what_users_typed_and_draw_w_and_y_circumflex(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "cofnodion.pdf"
    export(papers.ws, _request(papers, "minutes", "pdf", "cy"), out)
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "Cofnodion: Quality Assurance Sub-group" in flat
    assert "14 Mai 2024, 10:00 i 12:30" in flat and "Tŷ Hywel, Cardiff Bay" in flat
    assert "Dirprwy ar ran Rhys Jones" in flat and "Insp. Gwyn Hughes" in flat
    assert "Cyrraedd yn eitem 2" in flat
    assert "Trafodaeth" in flat and "Casgliad neu benderfyniad" in flat and "Camau gweithredu sy'n codi" in flat
    assert f"Members scrutinised the figures. {WELSH}." in flat  # typed in English and Welsh: kept as typed
    assert "Siân Ŵilliams" in flat and "Dr Elin Ŷates" in flat
    assert "Cadeirydd:" in flat and "Llofnod:" in flat and "Dyddiad:" in flat
    assert "Signed as a true record" not in flat and "Actions arising" not in flat
    assert re.search(r"\bRhif\b", text)  # the actions' first heading whole, not "Rhi" over "f"
    # Every font embedded: the base fonts have no ŵ or ŷ.
    assert all(row[-3] == "yes" for row in pdf_fonts(out))


def test_welsh_minutes_in_word(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "cofnodion.docx"
    export(papers.ws, _request(papers, "minutes", "docx", "cy"), out)
    paper = docx.Document(str(out))
    texts = [p.text for p in paper.paragraphs]
    assert texts[1] == "Cofnodion: Quality Assurance Sub-group"
    for heading in ("Presenoldeb", "Presennol", "Cynrychiolwyd gan ddirprwy", "Ymddiheuriadau", "Hefyd yn bresennol",
                    "Cofnodion", "Wedi'i lofnodi fel cofnod cywir"):
        assert heading in texts, heading
    start = texts.index("Wedi'i lofnodi fel cofnod cywir")
    assert texts[start + 1].startswith("Cadeirydd: ") and texts[start + 2].startswith("Llofnod: ___")
    assert texts[start + 3].startswith("Dyddiad: ___")
    assert [c.text for c in paper.tables[0].rows[0].cells] == ["Enw", "Sedd neu rôl", "Asiantaeth", "Nodyn"]
    action_table = paper.tables[-1]
    assert [c.text for c in action_table.rows[0].cells] == ["Rhif", "Cam gweithredu", "Arweinydd", "Erbyn pryd",
                                                            "Statws"]
    assert action_table.rows[1].cells[4].text == "Agored"
    for section in paper.sections:
        assert section.header.paragraphs[0].text == "SWYDDOGOL"
        footer = section.footer.paragraphs[1]
        # The page numbers are Word's fields, in Welsh words: "Tudalen 1 o 1" until Word counts.
        assert footer.text == "Tudalen 1 o 1"
        xml = footer._element.xml
        assert xml.index(" PAGE ") < xml.index(" NUMPAGES ")


def test_both_languages_in_word_give_each_page_number_field_twice(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "log.docx"
    export(papers.ws, _request(papers, "action-log", "docx", "both"), out)
    paper = docx.Document(str(out))
    footer = paper.sections[0].footer.paragraphs[1]
    assert footer.text == "Tudalen 1 o 1 / Page 1 of 1"
    assert footer._element.xml.count(" PAGE ") == 2 and footer._element.xml.count(" NUMPAGES ") == 2
    assert paper.tables[0].rows[0].cells[0].text == "Ffynhonnell / Source"
    assert "Log camau gweithredu / Action log" in [p.text for p in paper.paragraphs]


def test_welsh_action_plan_workbook(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "cynllun.xlsx"
    export(papers.ws, _request(papers, "action-plan", "xlsx", "cy"), out)
    sheet = load_workbook(out).worksheets[0]
    assert sheet.title == "Cynllun gweithredu"
    assert sheet["A2"].value == "Business plan 2024-25"  # the plan's own title
    assert sheet["A3"].value == "Fersiwn v3 · Statws: drafft · Dyddiad: 14 Mai 2024"
    assert sheet["A4"].value == "SWYDDOGOL"
    header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Rhif")
    assert [sheet.cell(header, c).value for c in range(1, 10)] == [
        "Rhif", "CAB", "Beth ydym ni am ei gyflawni?", "Sut ydym ni am ei wneud?", "Pwy fydd yn arwain?",
        "Sut fyddwn ni'n gwybod ein bod wedi cyflawni ein nod?", "Pryd fyddwn ni'n cyflawni hyn?",
        "Adolygiad o'r cynnydd", "Sgôr RAG"]
    rags = {sheet.cell(r, 9).value for r in range(header + 1, sheet.max_row + 1)}
    assert {"Gwyrdd", "Ambr", "Coch", "Glas", "Heb ddechrau"} <= rags
    statuses = {sheet.cell(r, c).value for r in range(header, sheet.max_row + 1) for c in range(10, 14)}
    assert {"Dyddiad targed", "Statws", "Wedi'i gwblhau"} <= statuses
    assert sheet.oddHeader.center.text == "&BSWYDDOGOL"
    assert sheet.oddFooter.right.text == "Tudalen &P o &N"
    assert sheet.oddFooter.left.text == "14 Mai 2024"
    assert WELSH in {sheet.cell(r, 3).value for r in range(header, sheet.max_row + 1)}


def test_attendance_analysis_workbook_in_both_languages(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "presenoldeb.xlsx"
    export(papers.ws, _request(papers, "analysis", "xlsx", "both"), out)
    book = load_workbook(out)
    rates = book.worksheets[-1]
    assert rates.title == "Cyfraddau grŵp ac asiantaeth"  # both do not fit in 31 characters: the Welsh
    values = {rates.cell(r, c).value for r in range(1, rates.max_row + 1) for c in range(1, 11)}
    assert {"Grŵp neu asiantaeth / Group or agency", "Cyfradd / Rate", "Fesul grŵp / By group"} <= values
    grid = book.worksheets[0]
    assert "14/05" in {grid.cell(r, c).value for r in range(1, 12) for c in range(1, 12)}
    assert grid.oddFooter.right.text == "Tudalen &P o &N / Page &P of &N"


def test_welsh_csv_headings(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    export(papers.ws, _request(papers, "action-log", "csv", "cy"), out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Ffynhonnell", "Dyddiad y cyfarfod", "Eitem", "Rhif", "Beth"]
    assert {row[11] for row in rows[1:]} == {"Agored", "Wedi'i gwblhau", "Agored: YN HWYR"}  # late: in words


@pytest.mark.parametrize("language", ["en", "cy"])
def test_attendance_rates_in_word_read_as_percentages(papers: Papers, tmp_path: Path, language: str) -> None:
    out = tmp_path / "attendance.docx"
    export(papers.ws, _request(papers, "analysis", "docx", language), out)
    grid = docx.Document(str(out)).tables[0]
    heading = [c.text for c in grid.rows[0].cells]
    rate = heading.index({"en": "Rate", "cy": "Cyfradd"}[language])
    assert heading[3] == {"en": "14 May", "cy": "14 Mai"}[language]
    assert [row.cells[rate].text for row in grid.rows[1:]] == ["100%", "100%", "0%", "100%", "0%"]


def test_welsh_headings_are_not_broken_inside_a_word_in_word(papers: Papers, tmp_path: Path) -> None:
    out = tmp_path / "cofnodion.docx"
    export(papers.ws, _request(papers, "minutes", "docx", "cy"), out)
    actions = docx.Document(str(out)).tables[-1]
    assert actions.rows[0].cells[0].text == "Rhif"
    # Word gives a column its grid width: room for four letters at 8.5 pt and the cell's padding.
    assert actions.columns[0].width >= 4 * Cm(0.2) + Cm(0.45)


def test_a_rag_chip_wider_than_its_column_is_set_smaller_never_cut() -> None:
    prepare_reportlab()
    label = Words("both").rag("none")
    chip = RagChip("none", label)
    width, _ = chip.wrap(70.0, 100.0)
    assert label == "Heb ddechrau / Not started" and width == 70.0
    assert RagChip.SMALLEST <= chip.size < RagChip.SIZE
    assert stringWidth(label, "DejaVuSans-Bold", chip.size) <= width


@pytest.mark.slow
def test_welsh_word_minutes_open_in_libreoffice_with_their_welsh_letters(papers: Papers, tmp_path: Path,
                                                                         lo_profile: Path) -> None:
    source = tmp_path / "cofnodion.docx"
    export(papers.ws, _request(papers, "minutes", "docx", "cy"), source)
    text = pdf_text(convert_with_libreoffice(source, tmp_path, lo_profile))
    pages = text.count("\f")
    assert f"Tudalen 1 o {pages}" in text and f"Tudalen {pages} o {pages}" in text  # Word's fields, counted
    for words in ("Wedi'i lofnodi fel cofnod cywir", "Siân Ŵilliams", "Dr Elin Ŷates", "Tŷ Hywel", "Dŵr a chŷn"):
        assert words in text, words


def test_welsh_reviews_paper_names_the_kinds_and_statuses_in_welsh(workspace: Workspace, tmp_path: Path) -> None:
    board = boards(workspace)[0].id
    case_reviews.create_review(workspace, board_id=board, kind="adult_practice_review", reference="APR 2026/01",
                               title="Oedolyn E", decision_on=date(2026, 1, 12), status="closed")
    out = tmp_path / "adolygiadau.xlsx"
    export(workspace, ExportRequest("reviews", "xlsx", on=date(2026, 3, 1), language="cy",
                                    marking="OFFICIAL-SENSITIVE"), out)
    sheet = load_workbook(out).active
    header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Cyfeirnod")
    row = [sheet.cell(header + 1, c).value for c in range(1, 10)]
    assert row[:3] == ["APR 2026/01", "Adolygiad Ymarfer Oedolion", "Oedolyn E"] and row[7] == "Ar gau"
    assert row[4] == row[5] == "Heb ei redeg ar gyfer y math hwn o adolygiad"  # an adult review has one clock
    assert row[6] == "Heb ei redeg: mae'r adolygiad wedi cau (yn ddyledus 12/07/2026)"
    assert sheet["A4"].value == "SWYDDOGOL-SENSITIF"


def test_welsh_action_log_says_its_filter_in_welsh_and_keeps_the_names(papers: Papers, tmp_path: Path) -> None:
    flt = ActionLogFilter(open_only=True, status="open", group_id=papers.group_id, source="meetings",
                          due_before=date(2024, 9, 30), text="dashboard", today=ON)
    out = tmp_path / "log.xlsx"
    export(papers.ws, _request(papers, "action-log", "xlsx", "cy", log_filter=flt), out)
    showing = load_workbook(out).active["A3"].value.split(" · ")[0]
    assert showing == ("Yn dangos: Camau gweithredu agored yn unig; Statws: Agored; "
                       "Camau gweithredu sy'n codi o gyfarfodydd yn unig; Grŵp: Quality Assurance Sub-group; "
                       "Yn ddyledus erbyn 30 Medi 2024; Chwilio: “dashboard”")


def test_welsh_headings_keep_their_words_whole_when_the_values_crowd_the_page() -> None:
    prepare_reportlab()
    headings = ("Diweddarwyd ddiwethaf", "Ffynhonnell", "Dyddiad targed", "Cyfrifoldeb penodol") * 2
    long_value = "Amlasiantaethol-partneriaeth-diogelu-rhanbarthol"  # one long word in every column's values
    table = Table("Bwrdd", "Cynllun", (), "Cynllun", tuple(Column(h, 10) for h in headings),
                  (Section(None, (Row((long_value,) * len(headings)),)),), False, "Adran", False, 0)
    width = 480.0  # room for the headings' words, not for every value's longest word
    floors = word_floors(table, width, Words("cy"))
    assert sum(floors) <= width + 0.01
    for heading, floor in zip(headings, floors):
        assert floor >= stringWidth(max(heading.split(), key=len), "DejaVuSans-Bold", 7.5) + 8, heading


def test_an_entry_named_by_its_level_is_named_in_welsh() -> None:
    assert banner_text("evidence", None, "Evidence framework", Words("cy")) == "Fframwaith tystiolaeth"
    assert banner_text("evidence", None, "Our evidence", Words("cy")) == "Our evidence"  # the user's words
