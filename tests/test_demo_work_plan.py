"""The demo's national work plan as the reference document writes it
(NISB Work Plan 2022-23): 3 strategic duties, 9 specific responsibilities
and 63 activities (75 in all), activities stored as action rows nested as the
document indents them, footnotes with their marks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguard_desktop.store.models import Action, Plan, PlanEntry
from safeguard_desktop.store.workspace import open_workspace


@pytest.fixture
def work_plan(demo_template: Path) -> Iterator[tuple[Session, Plan]]:
    with open_workspace(demo_template, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        yield s, s.scalars(select(Plan).where(Plan.kind == "work_plan")).one()


def test_duties_responsibilities_and_activities_number_75(work_plan) -> None:
    s, plan = work_plan
    entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id)).all()
    activities = s.scalars(select(Action).where(Action.plan_id == plan.id)).all()
    kinds = Counter(e.kind for e in entries)
    assert (kinds["duty"], kinds["responsibility"], len(activities)) == (3, 9, 63)
    assert kinds["duty"] + kinds["responsibility"] + len(activities) == 75
    by_id = {e.id: e for e in entries}
    # Every activity hangs on a responsibility; the document's responsibilities
    # in its order, responsibility 4 under two duties.
    assert {by_id[a.entry_id].kind for a in activities} == {"responsibility"}  # type: ignore[index]
    order = [e for e in sorted(entries, key=lambda e: e.position) if e.kind == "responsibility"]
    assert [e.number for e in order] == ["1", "2", "8", "3", "4", "5", "6", "7", "4"]
    assert [e.reference for e in order] == ["para 246", "para 258", "para 266", "para 261", "para 263",
                                            "para 264", "para 265", "para 266", "para 263"]
    duties = sorted((e for e in entries if e.kind == "duty"), key=lambda e: e.position)
    assert [d.reference for d in duties] == [None, None, "S.132 (2)"]


def test_activities_nest_three_deep_and_number_by_the_outline(work_plan) -> None:
    s, plan = work_plan
    activities = {a.id: a for a in s.scalars(select(Action).where(Action.plan_id == plan.id))}

    def depth(a: Action) -> int:
        return 1 if a.parent_id is None else 1 + depth(activities[a.parent_id])

    assert Counter(depth(a) for a in activities.values()) == {1: 26, 2: 31, 3: 6}
    for a in activities.values():
        if a.parent_id is not None:
            parent = activities[a.parent_id]
            assert a.number.rsplit(".", 1)[0] == parent.number and a.entry_id == parent.entry_id
    older = next(a for a in activities.values() if a.want == "Older Peoples Commissioner (OPC)")
    assert older.number == "2.1.1"
    assert activities[older.parent_id].want == ("Identifying organisations involved in the Welsh safeguarding "  # type: ignore[index]
                                                "landscape including:")
    # Text run over two lines of the document is one activity, in full.
    assert any(a.want == "To secure consistent improvements in safeguarding policy and practice throughout Wales "
               "members attend and offer advice and support at Regional Safeguarding Board (RSB) meetings."
               for a in activities.values())


def test_footnotes_keep_their_marks_beside_the_activities_citing_them(work_plan) -> None:
    s, plan = work_plan
    notes = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id, PlanEntry.kind == "note")
                      .order_by(PlanEntry.position)).all()
    assert [n.number for n in notes] == ["¹", "²", "³"]
    assert notes[2].title.startswith("The Independent Inquiry into Child Sexual Abuse was set up in 2015")
    assert notes[1].title.endswith("to facilitate pan Wales learning and training.")
    for note in notes:
        citing = s.scalars(select(Action.want).where(Action.entry_id == note.parent_id)).all()
        assert any(note.number in text for text in citing)


def test_the_documents_numbers_are_the_outlines_own(demo_template: Path) -> None:
    from safeguard_desktop.store.ops.plans import renumber_proposal

    with open_workspace(demo_template, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        plan_id = s.scalars(select(Plan.id).where(Plan.kind == "work_plan")).one()
        assert renumber_proposal(ws, plan_id) == []  # nothing to tidy: numbered as the outline reads
