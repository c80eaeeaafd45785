"""A workspace the size of a decade of a busy partnership, for
``benchmarks/decade.py``.

The demo workspace (its boards, ten groups, people, plans and a year of
meetings) is built first; then ten years of records are added the way the
program writes them, through ``Tx.insert_many`` so every record has its
audit row hashed into the chain, until the file holds about 2,000 meetings,
40,000 register lines, 20,000 actions with 100,000 dated updates and
300,000 audit entries. Each progress update also writes the audit entry
an edit of the action's progress writes, ending on the value the action
holds, so ``check`` passes on the result (chain, head and every field).
Deterministic (seeded), so every build is the same file.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from safeguard_desktop.demo.build import build_demo
from safeguard_desktop.store.ops.record_batches import RecordBatch
from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Group,
    Meeting,
    Minute,
    Plan,
    Seat,
)
from safeguard_desktop.store.workspace import Workspace, open_workspace

YEARS = 10
MEETINGS = 2_000
SEATS_PER_GROUP = 20  # every seat marked at every meeting: 2,000 x 20 = 40,000 marks
ITEMS_PER_MEETING = 6
MINUTES_PER_MEETING = 4
MEETING_ACTIONS = 5  # per meeting
PLAN_ACTIONS = 1_000  # per yearly business plan
UPDATES_PER_ACTION = 5

WORDS = ("safeguarding children adults partners review audit training quality assurance practice board "
         "multi agency police health education housing probation voluntary sector report data evidence "
         "learning neglect exploitation transition referral threshold escalation advocacy").split()
STATUSES = ("present",) * 14 + ("deputy",) * 3 + ("apologies",) * 2 + ("absent",)
ITEMS = (("Welcome, introductions and apologies", "apologies"), ("Minutes of the last meeting", "previous_minutes"),
         ("Matters arising and the action log", "matters_arising"))



def insert_rows(tx: Any, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    return RecordBatch(tx).add(model.__tablename__, rows)

def build_decade(path: Path, today: date) -> None:
    """Write the decade workspace to ``path`` (a new file)."""
    build_demo(path)
    rnd = random.Random(2016)
    ws = open_workspace(path, backup_on_open=False)
    try:
        seats = _add_seats(ws)
        meetings = _add_meetings(ws, rnd, today)
        _add_registers_and_minutes(ws, rnd, meetings, seats, today)
        _add_actions(ws, rnd, meetings, today)
    finally:
        ws.close()


def _sentence(rnd: random.Random, words: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(words)).capitalize() + "."


def _add_seats(ws: Workspace) -> dict[int, list[int]]:
    """Each group's seats, made up to ``SEATS_PER_GROUP``."""
    with ws.session() as s:
        groups = [g for g, in s.execute(select(Group.id).order_by(Group.id))]
        have: dict[int, list[int]] = {g: [] for g in groups}
        for seat_id, group_id in s.execute(select(Seat.id, Seat.group_id).where(Seat.deleted_at.is_(None))):
            have[group_id].append(seat_id)
    rows = [{"group_id": g, "title": f"Member {n + 1} of group {g}", "role": "member", "position": 100 + n}
            for g in groups for n in range(SEATS_PER_GROUP - len(have[g]))]
    with ws.transaction("benchmark: decade") as tx:
        for row, seat_id in zip(rows, insert_rows(tx, Seat, rows)):
            have[row["group_id"]].append(seat_id)
    return have


def _add_meetings(ws: Workspace, rnd: random.Random, today: date) -> list[tuple[int, int, date]]:
    """(meeting id, group id, day): the decade's meetings, spread over the
    groups; the last few of each group are still to come."""
    with ws.session() as s:
        groups = [g for g, in s.execute(select(Group.id).order_by(Group.id))]
        existing = s.scalar(select(Meeting.id).order_by(Meeting.id.desc()).limit(1)) or 0
    count = MEETINGS - existing
    start = today - timedelta(days=365 * YEARS)
    step = (365 * YEARS + 60) / count
    rows = []
    for n in range(count):
        day = start + timedelta(days=int(n * step))
        future = day > today
        rows.append({"group_id": groups[n % len(groups)], "kind": "ordinary", "title": None, "date": day,
                     "start_time": "10:00", "end_time": "12:00", "place": rnd.choice(("County Hall", "Online")),
                     "online": False, "status": "scheduled" if future else "held",
                     "minutes_status": "draft" if day > today - timedelta(days=60) else "agreed",
                     "confidential": False})
    with ws.transaction("benchmark: decade") as tx:
        ids = insert_rows(tx, Meeting, rows)
    return [(mid, row["group_id"], row["date"]) for mid, row in zip(ids, rows)]


def _add_registers_and_minutes(ws: Workspace, rnd: random.Random, meetings: list[tuple[int, int, date]],
                               seats: dict[int, list[int]], today: date) -> None:
    items: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    for meeting_id, group_id, day in meetings:
        for position in range(1, ITEMS_PER_MEETING + 1):
            title, role = ITEMS[position - 1] if position <= len(ITEMS) else (_sentence(rnd, 5), "other")
            items.append({"meeting_id": meeting_id, "position": float(position), "number": str(position),
                          "title": title, "purpose": "discussion", "role": role, "confidential": False})
        held = day <= today
        for seat_id in seats[group_id]:
            marks.append({"meeting_id": meeting_id, "seat_id": seat_id,
                          "status": rnd.choice(STATUSES) if held else "unmarked"})
    with ws.transaction("benchmark: decade") as tx:
        item_ids = insert_rows(tx, AgendaItem, items)
        insert_rows(tx, Attendance, marks)
        minutes = [{"agenda_item_id": item_id, "context": _sentence(rnd, 20), "key_issues": _sentence(rnd, 25),
                    "discussion": _sentence(rnd, 40), "decision": _sentence(rnd, 10)}
                   for item_id, item in zip(item_ids, items) if item["position"] > ITEMS_PER_MEETING - MINUTES_PER_MEETING]
        insert_rows(tx, Minute, minutes)


def _add_actions(ws: Workspace, rnd: random.Random, meetings: list[tuple[int, int, date]], today: date) -> None:
    with ws.session() as s:
        board_id = s.scalar(select(Group.board_id).where(Group.id == 1))
        items = dict(s.execute(select(AgendaItem.meeting_id, AgendaItem.id).where(AgendaItem.position == 4.0)).all())
    actions: list[dict[str, Any]] = []
    first_year = today.year - YEARS + (1 if today.month >= 4 else 0)
    with ws.transaction("benchmark: decade") as tx:
        for n in range(YEARS):
            year = first_year + n
            plan_id = tx.insert(Plan, board_id=board_id, kind="business_plan", title=f"Business Plan {year}-{(year + 1) % 100:02d}",
                                financial_year=f"{year}-{(year + 1) % 100:02d}", status="agreed").id
            for k in range(PLAN_ACTIONS):
                due = date(year, 4, 1) + timedelta(days=rnd.randrange(365))
                actions.append(_action(rnd, today, due, {"plan_id": plan_id, "position": float(k + 1),
                                                         "number": f"{k // 20 + 1}.{k % 20 + 1}"}))
        for meeting_id, _group, day in meetings:
            if day > today:
                continue
            for k in range(MEETING_ACTIONS):
                due = day + timedelta(days=rnd.randrange(30, 120))
                actions.append(_action(rnd, today, due, {"meeting_id": meeting_id, "agenda_item_id": items[meeting_id],
                                                         "position": float(k + 1), "number": f"4.{k + 1}"}))
        ids = insert_rows(tx, Action, actions)
        _add_updates(tx, ids, actions)


def _action(rnd: random.Random, today: date, due: date, where: dict[str, Any]) -> dict[str, Any]:
    done = due < today - timedelta(days=90) and rnd.random() < 0.9
    return {**where, "want": _sentence(rnd, 12), "how": _sentence(rnd, 20), "lead": rnd.choice(WORDS).capitalize() + " lead",
            "measure": _sentence(rnd, 10), "when_text": f"{due:%d/%m/%Y}", "when_date": due, "target_date": due,
            "rag": "blue" if done else rnd.choice(("red", "amber", "green", None)),
            "status": "completed" if done else "open", "completed_on": due if done else None,
            "progress": f"Update {UPDATES_PER_ACTION}: {_sentence(rnd, 8)}",
            "last_updated": min(due, today) if done else today - timedelta(days=rnd.randrange(200)),
            "confidential": False}


def _add_updates(tx: Any, ids: list[int], actions: list[dict[str, Any]]) -> None:
    """Each action's dated progress updates, and the audit entries of the
    edits that made them (progress, then the day it was last updated)."""
    uuids = dict(tx.session.execute(select(Action.id, Action.uuid).where(Action.id.in_(ids))).all())
    updates: list[dict[str, Any]] = []
    edits: list[PendingEntry] = []
    for action_id, action in zip(ids, actions):
        old = None
        first = action["last_updated"] - timedelta(days=30 * UPDATES_PER_ACTION)
        for k in range(1, UPDATES_PER_ACTION + 1):
            new = action["progress"] if k == UPDATES_PER_ACTION else f"Update {k}: work goes on."
            day = first + timedelta(days=30 * k)
            updates.append({"action_id": action_id, "at": f"{day.isoformat()}T10:00:00+00:00", "by": "Business Support Unit",
                            "kind": "progress", "old_value": old, "new_value": new})
            edits.append(PendingEntry("update", "actions", uuids[action_id], "progress", old, new))
            old = new
        edits.append(PendingEntry("update", "actions", uuids[action_id], "last_updated",
                                  action["last_updated"], action["last_updated"]))
    insert_rows(tx, ActionUpdate, updates)
    tx.audit.write(edits)
