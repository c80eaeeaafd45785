"""Plans of every shape built through store operations, and a snapshot of a
plan that two workspaces can compare: the structure by kind, number and
text (never by id), every field of every row, owners by name, history,
and every flag. Uniquely named so no test folder's conftest shadows it."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.models import Action, ActionUpdate, Agency, Person, Plan, PlanEntry
from safeguard_desktop.store.ops import org, plans
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace

SECRET = "SECRET"  # every confidential row's text starts with it

_ROW_KEYS = ("number", "cab", "want", "how", "lead", "measure", "when_text", "when_date", "progress", "rag", "status",
             "target_date", "last_updated", "source", "confidential", "completed_on", "extra")
_ENTRY_KEYS = ("kind", "number", "title", "body", "reference", "evidence", "analysis", "score", "status", "rag")


def _rows(ws: Workspace, rows: list[dict[str, Any]]) -> list[int]:
    keys = {key for row in rows for key in row}
    defaults: dict[str, Any] = {"confidential": False, "status": "open"}
    return plans.add_actions(ws, [{key: row.get(key, defaults.get(key)) for key in keys} for row in rows])


def business_plan(ws: Workspace) -> int:
    """Priorities with outcomes sought and an evidence framework; owners,
    dates, statuses, history, an extra column, two confidential rows and a
    footnote."""
    board = boards(ws)[0].id
    police = org.create_agency(ws, name="Heddlu Gwent Police")
    chair = org.create_person(ws, name="Siân Ŵilliams", agency_id=police)
    plan = plans.create_plan(ws, board_id=board, title="Business plan", financial_year="2024-25", version="v2",
                             status="agreed", introduction="Our plan for the year.")
    p1 = plans.add_entry(ws, plan_id=plan, kind="priority", number="1",
                         title="To be assured that children are safe")
    plans.add_entry(ws, plan_id=plan, kind="evidence", title="Evidence framework", parent_id=p1,
                    body="Quantitative data: referrals\nQualitative evidence: audits")
    o11 = plans.add_entry(ws, plan_id=plan, kind="outcome", number="1.1", parent_id=p1,
                          title="Children at risk of neglect are identified early")
    o12 = plans.add_entry(ws, plan_id=plan, kind="outcome", number="1.2", parent_id=p1,
                          title="Practitioners understand thresholds")
    p2 = plans.add_entry(ws, plan_id=plan, kind="priority", number="2", title="Dŵr a chŷn: safer communities")
    o21 = plans.add_entry(ws, plan_id=plan, kind="outcome", number="2.1", parent_id=p2,
                          title="Exploitation is recognised")
    plans.add_entry(ws, plan_id=plan, kind="note", number="¹", parent_id=o21,
                    title="Exploitation as defined in the county's strategy.")
    ids = _rows(ws, [
        dict(plan_id=plan, entry_id=o11, number="1.1", cab="C", want="Audit neglect cases", how="Quarterly audits",
             lead="QA chair", measure="Audit reports", when_text="June 2024 Ongoing", when_date=date(2024, 6, 30),
             target_date=date(2024, 6, 30), rag="green", owner_person_id=chair,
             extra=json.dumps({"Evidence framework": "Quantitative data"})),
        dict(plan_id=plan, entry_id=o11, number="1.1", cab="B", want=f"{SECRET} family review follow-up",
             confidential=True, rag="red", owner_agency_id=police),
        dict(plan_id=plan, entry_id=o12, number="1.2", cab="A", want="Threshold training",
             how="=Not a formula", status="completed", completed_on=date(2024, 3, 1), rag="blue"),
        dict(plan_id=plan, entry_id=o21, number="2.1", cab="B", want="Exploitation screening tool",
             when_text="1st July 2024", when_date=date(2024, 7, 1), source="Rapid review 2023/4"),
        dict(plan_id=plan, entry_id=o21, number="2.1a", cab="C", want=f"{SECRET} named young person",
             confidential=True, status="carried_forward"),
    ])
    plans.set_action_field(ws, ids[0], "progress", "Two audits done")
    plans.set_action_field(ws, ids[0], "rag", "amber")
    return plan


def work_plan(ws: Workspace) -> int:
    """Duty, responsibility with its reference, activities three deep under
    it (action rows nested by parent_id), footnotes with their marks."""
    board = boards(ws)[0].id
    plan = plans.create_plan(ws, board_id=board, title="NISB work plan", kind="work_plan", financial_year="2022-23")
    duty = plans.add_entry(ws, plan_id=plan, kind="duty", number="1",
                           title="To provide support and advice to Safeguarding Boards")
    resp = plans.add_entry(ws, plan_id=plan, kind="responsibility", number="1.2", parent_id=duty,
                           title="will engage with the chairs of the Safeguarding boards", reference="para 258")
    duty2 = plans.add_entry(ws, plan_id=plan, kind="duty", number="2",
                            title="To report on the adequacy of arrangements")
    plans.add_entry(ws, plan_id=plan, kind="responsibility", number="2.1", parent_id=duty2,
                    title="will publish its own annual reports", reference="S.132 (2)")
    first = _rows(ws, [dict(plan_id=plan, entry_id=resp, number="1.2.1",
                            want="Members will ensure NISB is sighted on issues through:")])[0]
    second = _rows(ws, [dict(plan_id=plan, entry_id=resp, parent_id=first, number="1.2.1.1",
                             want="Identifying organisations in the Welsh safeguarding landscape:",
                             lead="Board members", rag="amber")])[0]
    _rows(ws, [dict(plan_id=plan, entry_id=resp, parent_id=second, number=f"1.2.1.1.{n}", want=name)
               for n, name in enumerate(("Older Peoples Commissioner (OPC)", "Social Care Wales (SCW)"), start=1)])
    _rows(ws, [dict(plan_id=plan, entry_id=resp, number="1.2.2", want="Workstream 3 will inform this activity¹",
                    when_text="Bi-monthly", progress="Meetings held in May and July")])
    plans.add_entry(ws, plan_id=plan, kind="note", number="¹", parent_id=resp,
                    title="In February 2021 the NISB commissioned research.")
    plans.add_entry(ws, plan_id=plan, kind="note", number="²", parent_id=duty2,
                    title="An academic review by Cardiff University.")
    return plan


def review_action_plan(ws: Workspace) -> int:
    board = boards(ws)[0].id
    plan = plans.create_plan(ws, board_id=board, title="Rapid review C action plan", kind="review_action_plan")
    rec = plans.add_entry(ws, plan_id=plan, kind="recommendation", number="1",
                          title="Agencies share information about neglect at first contact")
    _rows(ws, [dict(plan_id=plan, entry_id=rec, number="1.1", want="Revise the MASH information-sharing protocol",
                    lead="MASH manager", target_date=date(2025, 1, 31), rag="amber"),
               dict(plan_id=plan, entry_id=rec, number="1.2", want=f"{SECRET} brief the family's school",
                    confidential=True)])
    return plan


def snapshot(ws: Workspace, plan_id: int) -> dict[str, Any]:
    """The plan as a reader would check it, comparable across workspaces."""
    with ws.session() as s:
        plan = s.execute(select(Plan).where(Plan.id == plan_id)).scalar_one()
        entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id,
                                                          PlanEntry.deleted_at.is_(None))
                                 .order_by(PlanEntry.position, PlanEntry.id)))
        actions = list(s.scalars(select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                                 .order_by(Action.position, Action.id)))
        people = dict(s.execute(select(Person.id, Person.name)).all())
        agencies = dict(s.execute(select(Agency.id, Agency.name)).all())
        history = {a.id: [(u.kind, u.old_value, u.new_value, u.by, u.at, u.note)
                          for u in s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == a.id)
                                             .order_by(ActionUpdate.at, ActionUpdate.id))] for a in actions}
        header = {k: getattr(plan, k) for k in ("kind", "financial_year", "version", "status", "introduction")}
    by_id = {e.id: e for e in entries}
    action_by_id = {a.id: a for a in actions}

    def path(entry_id: int | None) -> tuple[str, ...]:
        names: list[str] = []
        while entry_id is not None:
            entry = by_id[entry_id]
            names.insert(0, f"{entry.kind} {entry.number}: {entry.title}")
            entry_id = entry.parent_id
        return tuple(names)

    def extra(text: str | None) -> Any:
        return json.loads(text) if text else None

    tree = [(path(e.id), {k: getattr(e, k) for k in _ENTRY_KEYS}) for e in entries]
    rows = [{**{k: (extra(a.extra) if k == "extra" else getattr(a, k)) for k in _ROW_KEYS},
             "entry": path(a.entry_id), "parent": action_by_id[a.parent_id].number if a.parent_id else None,
             "owner_person": people.get(a.owner_person_id), "owner_agency": agencies.get(a.owner_agency_id),
             "history": history[a.id]} for a in actions]
    return {"plan": header, "entries": tree, "rows": rows}
