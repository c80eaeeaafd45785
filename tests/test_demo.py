"""The demo workspace: built from the reference documents, complete enough to
show every screen, and written the way the program writes (audited)."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguard_desktop.demo.build import build_demo
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.audit import verify_chain
from safeguard_desktop.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Agency,
    Attendance,
    AuditEntry,
    Board,
    CaseReview,
    Group,
    Meeting,
    Minute,
    Person,
    Plan,
    PlanEntry,
    QuorumAgency,
    Seat,
    SeatHolding,
    StandingItem,
)
from safeguard_desktop.store.workspace import open_workspace

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo for the module's read-only checks (building is the slow part)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAFEGUARD_DESKTOP_HOME", str(tmp_path_factory.mktemp("home")))
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
        build_demo(path)
    return path


@pytest.fixture
def session(demo_file: Path) -> Iterator[Session]:
    with open_workspace(demo_file, read_only=True) as workspace, workspace.session() as s:
        yield s


def _plan(session: Session, kind: str) -> Plan:
    return session.scalars(select(Plan).where(Plan.kind == kind)).one()


def test_build_refuses_an_existing_file_and_is_quick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFEGUARD_DESKTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "demo.sqlite"
    started = time.perf_counter()
    build_demo(path)
    took = time.perf_counter() - started
    assert took < 10, f"the demo took {took:.1f} s to build"
    before = path.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        build_demo(path)
    assert path.read_bytes() == before


def test_audit_chain_verifies_and_covers_the_demo(session: Session) -> None:
    assert verify_chain(session) == []
    contexts = set(session.scalars(select(AuditEntry.context).distinct()))
    assert contexts == {"demo"}
    inserted = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.operation == "insert"))
    actions = session.scalar(select(func.count()).select_from(Action))
    assert inserted is not None and actions is not None and inserted > 1000 and actions > 90


def test_county_partnership_tree_agencies_and_quorum(session: Session) -> None:
    board = session.scalars(select(Board).where(Board.short_name == "SVPP")).one()
    assert board.name == "Wiltshire Safeguarding Vulnerable People Partnership"
    groups = session.scalars(select(Group).where(Group.board_id == board.id)).all()
    root = next(g for g in groups if g.parent_id is None)
    assert root.kind == "board" and root.cadence and "every 8-12 weeks" in root.cadence
    kinds = Counter(g.kind for g in groups if g.parent_id == root.id)
    assert kinds["sub_group"] == 3 and kinds["operational"] >= 1 and kinds["task_and_finish"] >= 1
    names = {g.name for g in groups}
    assert {"Quality and Impact Group", "Practice Review Group", "Voice of the User and of Local People"} <= names

    statutory = {a.sector for a in session.scalars(select(Agency).where(Agency.statutory_partner))}
    assert {"council", "police", "health"} <= statutory
    sectors = set(session.scalars(select(Agency.sector)))
    assert {"probation", "education", "housing", "voluntary", "fire"} <= sectors
    required = session.scalars(select(Agency.sector).join(QuorumAgency, QuorumAgency.agency_id == Agency.id)
                               .where(QuorumAgency.group_id == root.id)).all()
    assert sorted(required) == ["council", "health", "police"]
    assert root.quorum_min_voting

    seats = session.scalars(select(Seat).where(Seat.group_id == root.id)).all()
    titles = {s.title for s in seats}
    assert {"Independent chair", "Chief constable or nominated deputy"} <= titles
    assert any(not s.voting for s in seats) and any(s.role == "chair" for s in seats)
    roles = set(session.scalars(select(StandingItem.role).where(StandingItem.group_id == root.id)))
    assert {"apologies", "previous_minutes", "matters_arising"} <= roles


def test_people_are_fictional_and_a_seat_changed_holder(session: Session) -> None:
    names = set(session.scalars(select(Person.name)))
    for real in ("Terence Herbert", "Kier Pritchard", "Linda Prosser"):  # signatories of the county plan
        assert real not in names
    assert {"Alex Example", "Sam Sample", "Rhian Enghraifft", "Dafydd Ffug"} <= names
    changed = session.execute(select(SeatHolding.seat_id).group_by(SeatHolding.seat_id)
                              .having(func.count() > 1)).scalars().all()
    assert changed
    holdings = session.scalars(select(SeatHolding).where(SeatHolding.seat_id == changed[0])
                               .order_by(SeatHolding.from_date)).all()
    assert holdings[0].to_date is not None and holdings[0].to_date < holdings[1].from_date
    names_on_register = set(session.scalars(select(Attendance.name).where(Attendance.seat_id == changed[0])))
    assert len(names_on_register) == 2  # the register names whoever held the seat on the day


def test_business_plan_has_the_action_table_shape(session: Session) -> None:
    plan = _plan(session, "business_plan")
    assert plan.financial_year == "2019-20" and plan.title == "Business Plan 2019-20"
    actions = session.scalars(select(Action).where(Action.plan_id == plan.id).order_by(Action.position)).all()
    assert len(actions) >= 45
    positions = [a.position for a in actions]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)

    numbers = Counter(a.number for a in actions)
    assert sum(1 for n in numbers.values() if n >= 2) >= 5  # several rows share a number
    assert numbers["1.1"] == 3
    assert any(re.fullmatch(r"\d+[a-z]?\.\d+[a-z]", n or "") for n in numbers)  # 1.3a, 2a.2a
    assert {a.cab for a in actions} == {"C", "A", "B"}

    timescales = {a.when_text for a in actions}
    assert {"June 2019 Ongoing", "Bi annually", "Quarterly throughout the year", "1st July 2019",
            "30th Sept 2019", "insert"} <= timescales
    by_text = {a.when_text: a.when_date for a in actions}
    assert by_text["30th Sept 2019"] == date(2019, 9, 30)
    assert by_text["1st July 2019"] == date(2019, 7, 1)
    assert by_text["Bi annually"] is None and by_text["insert"] is None

    assert {"red", "amber", "green", "blue", "none"} <= {a.rag for a in actions}
    assert {"open", "completed"} == {a.status for a in actions}
    assert any(a.status == "open" and a.target_date and a.target_date < TODAY for a in actions)
    assert sum(a.confidential for a in actions) >= 2
    assert {"Rapid review 2019", "Ofsted JTAI 2016"} <= {a.source for a in actions}
    assert all(a.want and a.lead for a in actions)

    outcomes = {e.id: e for e in session.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id))}
    assert all(outcomes[a.entry_id].kind == "outcome" for a in actions)
    kinds = Counter(e.kind for e in outcomes.values())
    assert kinds["priority"] >= 5 and kinds["outcome"] >= 15 and kinds["evidence"] == kinds["priority"]
    assert {"1", "2a", "2b"} <= {e.number for e in outcomes.values() if e.kind == "priority"}
    assert "2a.1" in {e.number for e in outcomes.values() if e.kind == "outcome"}

    history = Counter(session.scalars(select(ActionUpdate.action_id)
                                      .where(ActionUpdate.action_id.in_([a.id for a in actions]))))
    assert all(history[a.id] >= 1 for a in actions)
    assert sum(1 for a in actions if history[a.id] >= 3) >= len(actions) // 2
    kinds_seen = set(session.scalars(select(ActionUpdate.kind).join(Action).where(Action.plan_id == plan.id)))
    assert {"progress", "rag", "status"} <= kinds_seen


def test_work_plan_nests_activities_as_numbered(session: Session) -> None:
    """Duties and responsibilities are entries; activities are action rows
    nested under one another (the full count is in test_demo_work_plan.py)."""
    plan = _plan(session, "work_plan")
    assert plan.financial_year == "2022-23"
    entries = session.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id)).all()
    kinds = Counter(e.kind for e in entries)
    assert kinds["duty"] == 3 and kinds["responsibility"] == 9 and "activity" not in kinds
    references = {e.reference for e in entries if e.kind == "responsibility"}
    assert {"para 246", "para 258", "para 266"} <= references
    activities = {a.id: a for a in session.scalars(select(Action).where(Action.plan_id == plan.id))}
    numbers = {a.number for a in activities.values()}
    assert {"1", "2.1", "2.1.6", "5.6", "7.2"} <= numbers
    estyn = next(a for a in activities.values() if a.want == "Estyn")
    assert estyn.number == "5.4" and activities[estyn.parent_id].number == "5"  # type: ignore[index]


def test_scrutiny_minutes_are_the_documents_own_words(session: Session) -> None:
    group = session.scalars(select(Group).where(Group.name == "Children and Young People Select Committee")).one()
    meeting = session.scalars(select(Meeting).where(Meeting.group_id == group.id)).one()
    item = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                    AgendaItem.title.like("Safeguarding Training Strategy%"))).one()
    minute = session.scalars(select(Minute).where(Minute.agenda_item_id == item.id)).one()
    assert minute.context and minute.context.startswith(
        "The purpose of this report is to provide information so that members can scrutinise the work of "
        "the South East Wales Safeguarding Children Board (SEWSCB)")
    assert minute.key_issues and "11. Moving forward, and as part of the actions identified within the " \
        "Safeguarding SIP" in minute.key_issues
    assert minute.discussion and "A Member asked if they were able to access the training offered by " \
        "Gwent Safeguarding." in minute.discussion
    assert minute.decision and "Members were impressed with the attempt of commonality of practice." in minute.decision


def test_every_seat_has_a_line_at_every_meeting_held(session: Session) -> None:
    seats: dict[int, set[int]] = defaultdict(set)
    for seat_id, group_id in session.execute(select(Seat.id, Seat.group_id)):
        seats[group_id].add(seat_id)
    held = session.scalars(select(Meeting).where(Meeting.status == "held")).all()
    assert len(held) >= 25
    for meeting in held:
        lines = set(session.scalars(select(Attendance.seat_id).where(Attendance.meeting_id == meeting.id,
                                                                     Attendance.seat_id.is_not(None))))
        assert lines == seats[meeting.group_id], f"meeting {meeting.date} of group {meeting.group_id}"
    cancelled = session.scalars(select(Meeting).where(Meeting.status == "cancelled")).all()
    assert cancelled
    assert not session.scalar(select(func.count()).select_from(Attendance)
                              .where(Attendance.meeting_id.in_([m.id for m in cancelled])))

    lines_all = session.scalars(select(Attendance)).all()
    statuses = Counter(a.status for a in lines_all)
    assert statuses["present"] > statuses["deputy"] > 0 and statuses["apologies"] and statuses["absent"]
    assert all(a.deputy_name for a in lines_all if a.status == "deputy")
    guests = [a for a in lines_all if a.status == "in_attendance"]
    assert guests and all(a.seat_id is None and a.name for a in guests)
    movers = [a for a in lines_all if a.arrived_at_item_id or a.left_at_item_id]
    assert len(movers) >= 2
    for line in movers:
        item = session.get(AgendaItem, line.arrived_at_item_id or line.left_at_item_id)
        assert item is not None and item.meeting_id == line.meeting_id


def test_a_seat_is_absent_three_meetings_running(session: Session) -> None:
    runs: dict[int, int] = defaultdict(int)
    longest = 0
    rows = session.execute(select(Attendance.seat_id, Attendance.status).join(Meeting)
                           .where(Attendance.seat_id.is_not(None)).order_by(Meeting.date, Meeting.start_time))
    for seat_id, status in rows:
        runs[seat_id] = runs[seat_id] + 1 if status == "absent" else 0
        longest = max(longest, runs[seat_id])
    assert longest >= 3


def test_minutes_are_agreed_at_the_next_meeting(session: Session) -> None:
    board_group = session.scalars(select(Group).where(Group.kind == "board", Group.parent_id.is_(None),
                                                      Group.name.like("Wiltshire%"))).one()
    meetings = session.scalars(select(Meeting).where(Meeting.group_id == board_group.id, Meeting.status == "held")
                               .order_by(Meeting.date)).all()
    assert {"ordinary", "extraordinary", "development_day"} <= {m.kind for m in meetings}
    assert meetings[-1].minutes_status == "draft"
    for meeting in meetings[:-1]:
        assert meeting.minutes_status == "agreed" and meeting.agreed_at_meeting_id
        agreeing = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.agreed_at_meeting_id,
                                                            AgendaItem.role == "previous_minutes",
                                                            AgendaItem.agrees_minutes_of_id == meeting.id)).all()
        assert len(agreeing) == 1
    held_items = session.scalars(select(AgendaItem.id).join(Meeting, AgendaItem.meeting_id == Meeting.id)
                                 .where(Meeting.status == "held")).all()
    minuted = set(session.scalars(select(Minute.agenda_item_id)))
    assert set(held_items) <= minuted
    assert session.scalar(select(func.count()).select_from(AgendaItem).where(AgendaItem.confidential)) >= 3


def test_action_log_has_open_overdue_and_completed_actions(session: Session) -> None:
    arising = session.scalars(select(Action).where(Action.meeting_id.is_not(None))).all()
    assert len(arising) >= 30
    statuses = Counter(a.status for a in arising)
    assert statuses["open"] and statuses["completed"] and statuses["carried_forward"]
    overdue = [a for a in arising if a.status == "open" and a.target_date and a.target_date < TODAY]
    assert overdue
    assert any(a.status == "open" and a.target_date and a.target_date >= TODAY for a in arising)
    for action in arising:
        item = session.get(AgendaItem, action.agenda_item_id)
        assert item is not None and item.meeting_id == action.meeting_id
        assert action.owner_person_id or action.owner_agency_id or action.lead
        if action.status == "completed":
            assert action.completed_on is not None


def test_case_reviews_and_their_action_plan(session: Session) -> None:
    reviews = session.scalars(select(CaseReview)).all()
    assert {r.kind for r in reviews} == {"rapid_review", "cspr", "sar"}
    cspr = next(r for r in reviews if r.kind == "cspr")
    assert cspr.notified_on and cspr.rapid_review_on and cspr.completed_on
    assert (cspr.notified_on - cspr.incident_on).days <= 7  # type: ignore[operator]
    plan = _plan(session, "review_action_plan")
    assert plan.case_review_id == cspr.id
    actions = session.scalars(select(Action).where(Action.plan_id == plan.id)).all()
    assert len(actions) >= 4 and {a.status for a in actions} == {"open", "completed"}
    recommendations = session.scalars(select(PlanEntry.kind).where(PlanEntry.plan_id == plan.id)).all()
    assert set(recommendations) == {"recommendation"}


def test_case_review_clocks_on_the_demos_today(demo_path) -> None:
    """One review overdue, one due soon, one met, as the demo's today sees them."""
    from safeguard_desktop.core.review_clocks import ClockTone
    from safeguard_desktop.demo.content import DEMO_TODAY
    from safeguard_desktop.store.queries.case_reviews import list_reviews

    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        reviews = {r.reference: r for r in list_reviews(ws, DEMO_TODAY)}
    overdue = reviews["SVPP RR 2026/02"].next_clock
    assert (overdue.name, overdue.state.tone, overdue.state.words) == ("Rapid review", ClockTone.OVERDUE,
                                                                      "Overdue by 1 working day")
    soon = reviews["SVPP SAR 2026/01"].next_clock
    assert (soon.name, soon.state.tone, soon.state.words) == ("Review report", ClockTone.DUE_SOON,
                                                             "Due in 9 working days")
    met = reviews["SVPP CSPR 2024/01"]
    assert met.next_clock is None and {c.state.tone for c in met.clocks} == {ClockTone.MET}


def test_welsh_letters_survive(session: Session) -> None:
    texts = [*session.scalars(select(Meeting.place)), *session.scalars(select(Action.want)),
             *session.scalars(select(Agency.name)), *session.scalars(select(AgendaItem.title))]
    joined = "\n".join(t for t in texts if t)
    assert "Tŷ Hywel" in joined and "dŵr" in joined and "Bwrdd Diogelu Rhanbarthol" in joined
