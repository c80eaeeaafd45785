"""A small board with every shape the papers must carry: a business plan
with priorities, confidential and formula-like rows, Welsh text and the
plan's own extra column; a nested work plan; a self-assessment; a meeting
with a full register, minutes and a closed-session item."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest

from safeguard_desktop.store.models import Attendance
from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.ops import org, plans, self_assessments
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace

WELSH = "Dŵr a chŷn: diogelu plant yng Nghymru"
FORMULA_TEXTS = ('=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)")
MEETING_DAY = date(2024, 5, 14)


@dataclass
class Papers:
    ws: Workspace
    board: str
    plan_id: int
    work_plan_id: int
    assessment_id: int
    meeting_id: int
    group_id: int


def add_actions(ws: Workspace, rows: list[dict[str, object]]) -> list[int]:
    """Bulk insert wants the same keys in every row: fill the gaps."""
    keys = {key for row in rows for key in row}
    defaults: dict[str, object] = {"confidential": False, "status": "open"}
    return plans.add_actions(ws, [{key: row.get(key, defaults.get(key)) for key in keys} for row in rows])


def build_papers(ws: Workspace) -> Papers:
    board = boards(ws)[0]
    police = org.create_agency(ws, name="Heddlu Gwent Police", sector="police", statutory_partner=True)
    council = org.create_agency(ws, name="County Council", sector="council", statutory_partner=True)
    group = org.create_group(ws, board_id=board.id, name="Quality Assurance Sub-group", kind="sub_group")
    people = {}
    for title, name, agency in (("Independent chair", "Siân Ŵilliams", None),
                                ("Chief constable or nominated deputy", "Rhys Jones", police),
                                ("Director of Children's Services or nominated deputy", "Mary Evans", council),
                                ("Head of Adult Services", "Tom Price", council),
                                ("Health board lead", "Ann Lloyd", None)):
        seat = org.create_seat(ws, group_id=group, title=title, agency_id=agency)
        person = org.create_person(ws, name=name, agency_id=agency)
        org.appoint(ws, seat_id=seat, person_id=person, from_date=date(2023, 4, 1))
        people[title] = (seat, person)
    meeting = meeting_ops.schedule_meeting(ws, group_id=group, on=MEETING_DAY, start_time="10:00",
                                           end_time="12:30", place="Tŷ Hywel, Cardiff Bay", status="held")
    items = [meeting_ops.add_agenda_item(ws, meeting_id=meeting, number=str(n), title=title, confidential=secret)
             for n, (title, secret) in enumerate((("Welcome and apologies", False),
                                                  ("Quarterly performance report", False),
                                                  ("Case review: family C (closed session)", True)), start=1)]
    seats = [seat for seat, _ in people.values()]
    meeting_ops.mark_attendance(ws, meeting_id=meeting, seat_id=seats[0], status="present")
    meeting_ops.mark_attendance(ws, meeting_id=meeting, seat_id=seats[1], status="deputy",
                                deputy_name="Insp. Gwyn Hughes")
    meeting_ops.mark_attendance(ws, meeting_id=meeting, seat_id=seats[2], status="apologies")
    meeting_ops.mark_attendance(ws, meeting_id=meeting, seat_id=seats[3], status="present",
                                arrived_at_item_id=items[1])
    with ws.transaction() as tx:
        tx.insert(Attendance, meeting_id=meeting, name="Dr Elin Ŷates", status="in_attendance",
                  note="presented item 2")
    meeting_ops.write_minute(ws, agenda_item_id=items[1], field="discussion",
                             text=f"Members scrutinised the figures. {WELSH}.")
    meeting_ops.write_minute(ws, agenda_item_id=items[1], field="decision", text="The report was noted.")
    meeting_ops.write_minute(ws, agenda_item_id=items[2], field="discussion", text="SECRET closed discussion")
    add_actions(ws, [
        dict(meeting_id=meeting, agenda_item_id=items[1], want="Circulate the dashboard to members",
             owner_person_id=people["Head of Adult Services"][1], target_date=date(2024, 6, 30)),
        dict(meeting_id=meeting, agenda_item_id=items[2], want="SECRET family C follow-up"),
    ])

    plan = plans.create_plan(ws, board_id=board.id, title="Business plan", financial_year="2024-25",
                             version="v3")
    p1 = plans.add_entry(ws, plan_id=plan, kind="priority", number="1",
                         title="Priority 1: to be assured that children are safe")
    o11 = plans.add_entry(ws, plan_id=plan, kind="outcome", number="1.1", title="Outcome 1.1", parent_id=p1)
    p2 = plans.add_entry(ws, plan_id=plan, kind="priority", number="2", title=f"Priority 2: {WELSH}")
    rows = [
        dict(plan_id=plan, entry_id=o11, number="1.1", cab="C", want="Multi-agency audits of neglect cases",
             how="Quarterly audit programme\nwith findings to the board", lead="QA sub-group chair",
             measure="Audit reports", when_text="June 2024 Ongoing", when_date=date(2024, 6, 30),
             target_date=date(2024, 6, 30), progress="Two audits done", rag="green",
             extra='{"Evidence framework": "Quantitative data"}'),
        dict(plan_id=plan, entry_id=o11, number="1.1", cab="B", want=FORMULA_TEXTS[0], how=FORMULA_TEXTS[1],
             lead=FORMULA_TEXTS[2], measure=FORMULA_TEXTS[3], when_text="Quarterly throughout the year",
             rag="amber"),
        dict(plan_id=plan, entry_id=p1, number="1.2", cab="A", want="SECRET confidential action",
             confidential=True, rag="red"),
        dict(plan_id=plan, entry_id=p2, number="2.1", cab="B", want=WELSH, how="Gwaith ŵyn a ŷd",
             lead="Rhys Jones", when_text="1st July 2024", when_date=date(2024, 7, 1), rag="blue",
             status="completed", progress="Done\x07 with a bell", extra='{"Evidence framework": "Engagement"}'),
        dict(plan_id=plan, entry_id=p2, number="2.2", cab="C", want="Not yet started", rag="none"),
    ]
    add_actions(ws, rows)

    work = plans.create_plan(ws, board_id=board.id, title="NISB work plan", kind="work_plan",
                             financial_year="2022-23")
    duty = plans.add_entry(ws, plan_id=work, kind="duty", number="1",
                           title="To provide support and advice to Safeguarding Boards")
    resp = plans.add_entry(ws, plan_id=work, kind="responsibility", number="1", parent_id=duty,
                           title="works alongside Safeguarding Adults Boards", reference="para 246")
    # Activities are action rows, nested by parent_id (the plan shapes' design).
    act = add_actions(ws, [dict(plan_id=work, entry_id=resp, number="2",
                                want="Members will develop an overarching view")])[0]
    add_actions(ws, [dict(plan_id=work, entry_id=resp, parent_id=act, number="2.1",
                          want="Engage and meet regularly with Business Managers", rag="green")])

    assessment = plans.create_plan(ws, board_id=board.id, title="Whole authority self-assessment",
                                   kind="self_assessment", financial_year="2017-18")
    area = plans.add_entry(ws, plan_id=assessment, kind="area", title="Good Governance",
                           body="Safeguarding is everyone's responsibility")
    question = plans.add_entry(ws, plan_id=assessment, kind="question", number="1", parent_id=area,
                               title="Is there a strategic steer on whole authority safeguarding?")
    period = self_assessments.add_period(ws, plan_id=assessment, label="2017-18 H1")
    self_assessments.record_answers(ws, period, [
        self_assessments.Answer(area, score=3),
        self_assessments.Answer(question, evidence="SAFE returns 100% for primary schools",
                                analysis="Terms of reference agreed", score=4)])
    return Papers(ws, board.name, plan, work, assessment, meeting, group)


@pytest.fixture
def papers(workspace: Workspace) -> Papers:
    return build_papers(workspace)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    """pdffonts' table: one row of columns per font (name ... emb sub uni)."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def convert_with_libreoffice(source: Path, out_dir: Path, profile: Path) -> Path:
    """LibreOffice headless with a private profile, so parallel runs and the
    user's own LibreOffice never share (and lock) one profile."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; installers/setup.sh test installs it")
    env = dict(os.environ, HOME=str(profile))
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(source)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    target = out_dir / (source.stem + ".pdf")
    assert result.returncode == 0 and target.exists(), (result.stdout, result.stderr)
    return target


@pytest.fixture
def lo_profile(tmp_path: Path) -> Iterator[Path]:
    profile = tmp_path / "lo-profile"
    profile.mkdir()
    yield profile
