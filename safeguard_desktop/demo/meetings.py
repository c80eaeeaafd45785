"""A year of meetings: agendas, registers, minutes and actions arising,
plus the scrutiny committee's meeting from the reference minutes.

The minutes of each held meeting are agreed at the group's next held
ordinary meeting (whose "minutes of the last meeting" item records which
meeting it agreed); the minutes of the group's last meeting of the year stay
in draft. Every table is written with one bulk insert.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from safeguard_desktop.core import minutes_headings
from safeguard_desktop.demo.agenda import (
    ActionState,
    Item,
    MeetingRef,
    build_agenda,
    matters_arising_minute,
    standing_minute,
)
from safeguard_desktop.demo.attendance import Line, apologies_minute, register
from safeguard_desktop.demo.content import DemoContent, as_date, long_date
from safeguard_desktop.demo.history import Review, meeting_action_history
from safeguard_desktop.demo.org import Org
from safeguard_desktop.store.ops.settings import write_setting
from safeguard_desktop.store.ops.record_batches import RecordBatch

Spec = dict[str, Any]


def scrutiny_spec(source: Spec) -> Spec:
    """The reference minutes as one meeting in the shape of the others."""
    return {
        "key": "cyp-select-2017-03", "group": source["group"], "date": source["date"],
        "start": source["start_time"], "end": source["end_time"], "place": source["place"],
        "kind": source["kind"], "status": source["status"], "minutes_status": source["minutes_status"],
        "title": source["title"], "standing": "minimal", "items": [source["item"], *source.get("closed_items", [])],
    }


def _write_minutes_headings(batch: RecordBatch, source: Spec, org: Org) -> None:
    """The committee minutes under its own four headings (a group setting)."""
    group_uuid = batch.uuid_of("groups", org.groups[source["group"]].id)
    write_setting(batch.tx, minutes_headings.setting_key(group_uuid), minutes_headings.stored(source["minutes_headings"]))


def build_meetings(batch: RecordBatch, content: DemoContent, org: Org) -> None:
    specs = sorted([*content.meetings["meetings"], scrutiny_spec(content.scrutiny)],
                   key=lambda m: (m["date"], m["start"], m["key"]))
    days = {m["key"]: date.fromisoformat(m["date"]) for m in specs}
    by_group: dict[str, list[Spec]] = defaultdict(list)
    for m in specs:
        by_group[m["group"]].append(m)
    agreed_at = _agreements(by_group, days)

    meeting_ids = dict(zip([m["key"] for m in specs], batch.add("meetings", [
        _meeting_row(m, org, days[m["key"]], "agreed" if agreed_at.get(m["key"]) else m.get("minutes_status", "draft"))
        for m in specs
    ])))
    for key, at in agreed_at.items():
        if at is not None:
            batch.set("meetings", meeting_ids[key], "agreed_at_meeting_id", meeting_ids[at])

    agendas: dict[str, list[Item]] = {}
    for m in specs:
        agrees = [MeetingRef(k, days[k], _spec(specs, k)["kind"]) for k, at in agreed_at.items() if at == m["key"]]
        agrees.sort(key=lambda ref: ref.day)
        agendas[m["key"]] = build_agenda(m, org.groups[m["group"]].standing, agrees, lambda p: _presenter(org, p))
    item_ids = _insert_items(batch, specs, agendas, meeting_ids)

    registers = {m["key"]: register(org, org.groups[m["group"]], m, days[m["key"]])
                 for m in specs if m["status"] == "held"}
    _insert_registers(batch, org, registers, meeting_ids, item_ids)
    _insert_minutes(batch, org, specs, days, by_group, agendas, registers, agreed_at, item_ids)
    _insert_actions(batch, org, specs, days, by_group, agendas, meeting_ids, item_ids)
    _write_minutes_headings(batch, content.scrutiny, org)


def _spec(specs: list[Spec], key: str) -> Spec:
    return next(m for m in specs if m["key"] == key)


def _held(group_specs: list[Spec]) -> list[Spec]:
    return [m for m in group_specs if m["status"] == "held"]


def _agreements(by_group: dict[str, list[Spec]], days: dict[str, date]) -> dict[str, str | None]:
    """For each held meeting, the meeting that agreed its minutes (or None)."""
    agreed: dict[str, str | None] = {}
    for group_specs in by_group.values():
        held = _held(group_specs)
        for index, m in enumerate(held):
            later = [n for n in held[index + 1:] if n["kind"] == "ordinary" and n.get("standing") != "minimal"]
            agreed[m["key"]] = later[0]["key"] if later else None
    return agreed


def _meeting_row(m: Spec, org: Org, day: date, minutes_status: str) -> dict[str, Any]:
    group = org.groups[m["group"]]
    chair_seat = next((s for s in group.seats if s.role == "chair"), None)
    chair = org.holder_on(chair_seat, day) if chair_seat else None
    return {
        "group_id": group.id, "kind": m["kind"], "title": m.get("title"), "date": day,
        "start_time": m.get("start"), "end_time": m.get("end"), "place": m.get("place"),
        "online": bool(m.get("online", False)), "status": m["status"], "minutes_status": minutes_status,
        "confidential": bool(m.get("confidential", False)),  # named after a closed item: kept out of public papers
        "chair_person_id": chair.id if chair and m["status"] == "held" else None,
    }


def _presenter(org: Org, value: str | None) -> str | None:
    if value and value in org.people:
        return org.people[value].label()
    return value


def _insert_items(batch: RecordBatch, specs: list[Spec], agendas: dict[str, list[Item]],
                  meeting_ids: dict[str, int]) -> dict[tuple[str, str], int]:
    keys: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    for m in specs:
        for position, item in enumerate(agendas[m["key"]], start=1):
            keys.append((m["key"], item.number))
            rows.append({
                "meeting_id": meeting_ids[m["key"]], "position": float(position), "number": item.number,
                "title": item.title, "presenter": item.presenter, "purpose": item.purpose,
                "paper_ref": item.paper_ref, "confidential": item.confidential, "role": item.role,
                "agrees_minutes_of_id": meeting_ids[item.agrees_key] if item.agrees_key else None,
            })
    return dict(zip(keys, batch.add("agenda_items", rows)))


def _insert_registers(batch: RecordBatch, org: Org, registers: dict[str, list[Line]], meeting_ids: dict[str, int],
                      item_ids: dict[tuple[str, str], int]) -> None:
    rows = []
    for key, lines in registers.items():
        for ln in lines:
            rows.append({
                "meeting_id": meeting_ids[key], "seat_id": ln.seat.id if ln.seat else None,
                "person_id": ln.person.id if ln.person else None, "name": ln.name,
                "agency_id": org.agency_id(ln.agency_key), "status": ln.status, "deputy_name": ln.deputy_name,
                "arrived_at_item_id": item_ids[(key, ln.arrived_at)] if ln.arrived_at else None,
                "left_at_item_id": item_ids[(key, ln.left_at)] if ln.left_at else None,
                "note": ln.note,
            })
    batch.add("attendance", rows)


def _action_log(group_specs: list[Spec], days: dict[str, date]) -> list[ActionState]:
    return [ActionState(days[m["key"]], as_date(a.get("due")), as_date(a.get("done")))
            for m in _held(group_specs) for topic in m.get("items", []) for a in topic.get("actions", [])]


def _insert_minutes(batch: RecordBatch, org: Org, specs: list[Spec], days: dict[str, date], by_group: dict[str, list[Spec]],
                    agendas: dict[str, list[Item]], registers: dict[str, list[Line]],
                    agreed_at: dict[str, str | None], item_ids: dict[tuple[str, str], int]) -> None:
    rows = []
    for m in specs:
        if m["status"] != "held":
            continue
        key, day = m["key"], days[m["key"]]
        group_specs = by_group[m["group"]]
        held = _held(group_specs)
        previous = [days[n["key"]] for n in held if days[n["key"]] < day]
        upcoming = [days[n["key"]] for n in group_specs
                    if days[n["key"]] > day and n["status"] != "cancelled" and n["kind"] == "ordinary"]
        log = _action_log(group_specs, days)
        for item in agendas[key]:
            if item.role == "apologies":
                minute: dict[str, str | None] | None = apologies_minute(org, org.groups[m["group"]], registers[key])
            elif item.role == "matters_arising":
                minute = matters_arising_minute(day, previous[-1] if previous else None, log)
            elif item.minute is not None:
                minute = item.minute
            else:
                agreed = None
                if item.agrees_key:
                    agreed = MeetingRef(item.agrees_key, days[item.agrees_key], _spec(specs, item.agrees_key)["kind"])
                minute = standing_minute(item, upcoming[0] if upcoming else None, agreed)
            if minute:
                rows.append({"agenda_item_id": item_ids[(key, item.number)], "context": minute.get("context"),
                             "key_issues": minute.get("key_issues"), "discussion": minute.get("discussion"),
                             "decision": minute.get("decision")})
    batch.add("minutes", rows)


def _insert_actions(batch: RecordBatch, org: Org, specs: list[Spec], days: dict[str, date], by_group: dict[str, list[Spec]],
                    agendas: dict[str, list[Item]], meeting_ids: dict[str, int],
                    item_ids: dict[tuple[str, str], int]) -> None:
    rows: list[dict[str, Any]] = []
    histories: list[list[dict[str, Any]]] = []
    position = 0
    for m in specs:
        if m["status"] != "held":
            continue
        day = days[m["key"]]
        # Actions are reviewed under matters arising, which only full agendas have.
        later = [Review(days[n["key"]], meeting_ids[n["key"]]) for n in _held(by_group[m["group"]])
                 if days[n["key"]] > day and n.get("standing") != "minimal"]
        for item in agendas[m["key"]]:
            for index, a in enumerate(item.actions, start=1):
                position += 1
                owner = org.people[a["owner"]] if a.get("owner") else None
                target = as_date(a.get("due"))
                by = owner.name if owner else "Business Support Unit"
                history, progress, last_day = meeting_action_history(0, a, target, later, by)
                histories.append(history)
                lead = a.get("lead") or (owner.label() if owner else org.agency_names.get(a.get("agency") or "", None))
                rows.append({
                    "meeting_id": meeting_ids[m["key"]], "agenda_item_id": item_ids[(m["key"], item.number)],
                    "position": float(position), "number": f"{item.number}.{index}", "want": a["want"],
                    "lead": lead, "owner_person_id": owner.id if owner else None,
                    "owner_agency_id": org.agency_id(a.get("agency")),
                    "when_text": long_date(target) if target else None, "when_date": target, "target_date": target,
                    "status": a.get("status", "open"), "completed_on": as_date(a.get("done")),
                    "progress": progress, "last_updated": last_day,
                    "confidential": bool(a.get("confidential", False) or item.confidential),
                })
    action_ids = batch.add("actions", rows)
    batch.add("action_updates", [{**row, "action_id": action_id}
                                   for action_id, history in zip(action_ids, histories) for row in history])
