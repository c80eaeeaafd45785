"""The demo's plans: the national work plan, the county business plan with
its action table, and the case reviews with their action plan (the
self-assessment, with its review periods, is demo/self_assessment.py).

Plan entries form a tree (duty > responsibility, priority > outcome), and a
work plan's activities are action rows nested under one another, so both are
written one level at a time with one bulk insert per level: a handful of
statements instead of one per row.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from safeguard_desktop.demo.content import DemoContent, as_date, extra_json
from safeguard_desktop.demo.history import Review, plan_action_history
from safeguard_desktop.demo.org import Org
from safeguard_desktop.store.ops.record_batches import RecordBatch

Node = dict[str, Any]

_ENTRY_FIELDS = ("kind", "number", "title", "body", "reference", "evidence", "analysis", "score", "status", "rag")


def build_plans(batch: RecordBatch, content: DemoContent, org: Org, when_date: Callable[[dict[str, Any]], date | None]) -> None:
    """Write every plan of the demo. ``when_date`` turns an action's
    timescale into a date when it names one day (None otherwise)."""
    _build_work_plan(batch, content.work_plan, org)
    _build_business_plan(batch, content.business_plan, org, when_date)
    _build_case_reviews(batch, content.case_reviews, org, when_date)


def insert_plan(batch: RecordBatch, spec: dict[str, Any], org: Org, case_review_id: int | None = None) -> int:
    return batch.add("plans", [{
        "board_id": org.boards[spec["board"]],
        "group_id": org.groups[spec["group"]].id if spec.get("group") else None,
        "case_review_id": case_review_id,
        "kind": spec["kind"], "title": spec["title"], "financial_year": spec.get("financial_year"),
        "version": spec.get("version"), "status": spec.get("status", "draft"),
        "introduction": spec.get("introduction"), "source_file": spec.get("source_file"),
    }])[0]


def insert_tree(batch: RecordBatch, plan_id: int, roots: list[Node]) -> list[tuple[Node, int]]:
    """Write a tree of entries, parents first; positions follow the
    document's order (pre-order), so sorting by position reads as written.
    Returns (node, entry id) in that order."""
    order = _preorder(roots)
    ids = _insert_nested(batch, "plan_entries", order, lambda node: {
        "plan_id": plan_id, "extra": extra_json(node.get("extra")), **{f: node.get(f) for f in _ENTRY_FIELDS}})
    return [(node, ids[id(node)]) for node, _, _ in order]


def _preorder(roots: list[Node]) -> list[tuple[Node, Node | None, int]]:
    """(node, parent, depth) in the order the document reads."""
    order: list[tuple[Node, Node | None, int]] = []

    def walk(node: Node, parent: Node | None, depth: int) -> None:
        order.append((node, parent, depth))
        for child in node.get("children", []):
            walk(child, node, depth + 1)

    for root in roots:
        walk(root, None, 0)
    return order


def _insert_nested(batch: RecordBatch, table: str, order: list[tuple[Node, Node | None, int]],
                   values: Callable[[Node], dict[str, Any]]) -> dict[int, int]:
    """Rows of a tree (entries, or activities nested under activities), one
    bulk insert per level so each row's parent already has its id; positions
    follow ``order``. Returns the new id of each node (by ``id(node)``)."""
    position = {id(node): float(index + 1) for index, (node, _, _) in enumerate(order)}
    ids: dict[int, int] = {}
    for depth in range(max((d for _, _, d in order), default=-1) + 1):
        level = [(node, parent) for node, parent, d in order if d == depth]
        new_ids = batch.add(table, [
            {**values(node), "position": position[id(node)],
             "parent_id": ids[id(parent)] if parent is not None else None}
            for node, parent in level
        ])
        ids.update({id(node): new_id for (node, _), new_id in zip(level, new_ids)})
    return ids


def _build_work_plan(batch: RecordBatch, spec: dict[str, Any], org: Org) -> None:
    """Duties and responsibilities (with the guidance they cite) are entries,
    footnotes entries of kind ``note``; the activities under each
    responsibility are its action rows, nested as the document nests them,
    so each can carry a lead, a date, a RAG rating and its progress."""
    plan_id = insert_plan(batch, spec, org)
    order: list[tuple[Node, Node | None, int]] = []
    entry_of: dict[int, int] = {}
    for node, entry_id in insert_tree(batch, plan_id, spec["entries"]):
        for activity, parent, depth in _preorder(node.get("activities", [])):
            order.append((activity, parent, depth))
            entry_of[id(activity)] = entry_id
    _insert_nested(batch, "actions", order, lambda a: {
        "plan_id": plan_id, "entry_id": entry_of[id(a)], "number": a["number"], "want": a["want"],
        "status": a.get("status", "open")})


def _business_tree(spec: dict[str, Any]) -> list[Node]:
    """Priorities, each with its evidence framework and outcomes sought."""
    roots: list[Node] = []
    for priority in spec["priorities"]:
        children: list[Node] = [{"kind": "evidence", "title": "Evidence framework", "body": priority["evidence"]}]
        children += [{"kind": "outcome", "number": o["number"], "title": o["title"], "actions": o["actions"]}
                     for o in priority["outcomes"]]
        roots.append({"kind": "priority", "number": priority["number"], "title": priority["title"],
                      "body": priority.get("body"), "children": children})
    return roots


def _build_business_plan(batch: RecordBatch, spec: dict[str, Any], org: Org,
                         when_date: Callable[[dict[str, Any]], date | None]) -> None:
    plan_id = insert_plan(batch, spec, org)
    entries = insert_tree(batch, plan_id, _business_tree(spec))
    reviews = [Review(d) for d in map(date.fromisoformat, spec["review_dates"])]
    rows = [(entry_id, action) for node, entry_id in entries for action in node.get("actions", [])]
    insert_plan_actions(batch, plan_id, rows, org, reviews, spec["review_by"], when_date)


def insert_plan_actions(batch: RecordBatch, plan_id: int, rows: list[tuple[int, dict[str, Any]]], org: Org,
                        reviews: list[Review], review_by: str,
                        when_date: Callable[[dict[str, Any]], date | None]) -> list[int]:
    """Write the action table of a plan, in order, each row with its history."""
    histories: list[list[dict[str, Any]]] = []
    prepared: list[dict[str, Any]] = []
    for position, (entry_id, a) in enumerate(rows, start=1):
        owner = a.get("owner_person")
        by = org.people[owner].name if owner else review_by
        history, last_day = plan_action_history(0, a, reviews, by)
        histories.append(history)
        prepared.append({
            "plan_id": plan_id, "entry_id": entry_id, "position": float(position),
            "number": a.get("number"), "cab": a.get("cab"), "want": a.get("want"), "how": a.get("how"),
            "lead": a.get("lead"), "measure": a.get("measure"), "when_text": a.get("when_text"),
            "when_date": when_date(a), "progress": a.get("progress"), "rag": a.get("rag"),
            "status": a.get("status", "open"), "target_date": as_date(a.get("target")),
            "last_updated": last_day, "source": a.get("source"), "confidential": a.get("confidential", False),
            "owner_person_id": org.person_id(owner), "owner_agency_id": org.agency_id(a.get("owner_agency")),
            "completed_on": as_date(a.get("completed_on")),
        })
    action_ids = batch.add("actions", prepared)
    updates = [{**row, "action_id": action_id} for action_id, history in zip(action_ids, histories) for row in history]
    batch.add("action_updates", updates)
    return action_ids


def _build_case_reviews(batch: RecordBatch, spec: dict[str, Any], org: Org,
                        when_date: Callable[[dict[str, Any]], date | None]) -> None:
    reviews = spec["case_reviews"]
    date_fields = ("incident_on", "notified_on", "rapid_review_on", "decision_on", "completed_on", "published_on")
    ids = batch.add("case_reviews", [
        {"board_id": org.boards[r["board"]], "kind": r["kind"], "reference": r["reference"], "title": r["title"],
         "status": r["status"], "confidential": r["confidential"], "notes": r.get("notes"),
         **{f: as_date(r.get(f)) for f in date_fields}}
        for r in reviews
    ])
    review_ids = {r["key"]: i for r, i in zip(reviews, ids)}
    for plan_spec in spec["action_plans"]:
        plan_id = insert_plan(batch, plan_spec, org, case_review_id=review_ids[plan_spec["case_review"]])
        roots = [{"kind": "recommendation", "number": r["number"], "title": r["title"], "actions": r["actions"]}
                 for r in plan_spec["recommendations"]]
        entries = insert_tree(batch, plan_id, roots)
        rows = [(entry_id, action) for node, entry_id in entries for action in node.get("actions", [])]
        checkpoints = [Review(d) for d in map(date.fromisoformat, plan_spec["review_dates"])]
        insert_plan_actions(batch, plan_id, rows, org, checkpoints, plan_spec["review_by"], when_date)
