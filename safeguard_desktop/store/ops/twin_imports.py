"""Writing a plan from a workbook that carries record twins (an export of
ours), in one audited transaction with its import report: the store half of
imports/twin_import.py, which reads the rows, pairs them with their twins
and decides where each hangs (``TwinItem.parent`` and ``.entry``, by key).

A twin's uuid is kept when the workspace has no record with it; links to
records the workspace holds (carried from, meetings, owners, the previous
plan, the case review) are found by uuid; an owner the workspace does not
know is added by name. Returns the Changes made: one per bulk-inserted row
(table, id, UUID, no field, no old value, the row's values) besides those of
each single insert.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable

from sqlalchemy import select

from safeguard_desktop.store.models import (
    Action,
    ActionUpdate,
    Agency,
    AssessmentAnswer,
    Base,
    CaseReview,
    ImportReport,
    Meeting,
    Person,
    Plan,
    PlanEntry,
    ReviewPeriod,
    new_uuid,
    utc_now,
)
from safeguard_desktop.store.ops.plan_imports import import_board_id
from safeguard_desktop.store.queries.plan_records import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    DATE_FIELDS,
    ENTRY_FIELDS,
    HISTORY_FIELDS,
    PERIOD_FIELDS,
    PLAN_FIELDS,
)
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace


@dataclass
class TwinItem:
    """An entry or action to write, in the sheet's order."""

    table: str  # entry | action
    key: str  # the twin's uuid, or "row:N" for a row read from what is visible
    kind: str | None  # an entry's kind
    values: dict[str, Any]
    row: int
    twin: dict[str, Any] | None = None
    parent: str | None = None  # key of the parent entry (entries) or parent activity (actions)
    entry: str | None = None  # an action's entry
    visible_parent: int | None = None  # an action's parent as the visible rows understood it (an action index)


@dataclass(frozen=True)
class TwinPlanWritten:
    plan_id: int
    plan_uuid: str
    report_id: int
    ids: dict[str, int]  # by item key
    report: dict[str, Any]
    changes: tuple[Change, ...]


def add_twin_plan(ws: Workspace, *, items: list[TwinItem], title: str, kind: str, plan: dict[str, Any],
                  source_file: str, source_sha256: str, board_id: int | None,
                  describe: Callable[[str, dict[str, str]], dict[str, Any]],
                  before_commit: Callable[[], None] | None = None) -> TwinPlanWritten:
    """Add the plan (``plan``: the twin of the plan record) and its
    ``items``; ``describe(plan_uuid, uuid by item key)`` makes the import
    report, inside the transaction (the uuids are known only there)."""
    added: list[Change] = []
    with ws.transaction(f"import: {source_file}") as tx:
        new_plan = tx.insert(Plan, board_id=board_id or import_board_id(tx), title=title, source_file=source_file,
                             kind=kind, **_plan_values(plan),
                             previous_plan_id=_id_of(tx, Plan, plan.get("previous_plan")),
                             case_review_id=_id_of(tx, CaseReview, plan.get("case_review")))
        uuids = _fresh_uuids(tx, items)
        ids = _write_entries(tx, new_plan.id, items, uuids, added)
        ids.update(_write_actions(tx, new_plan.id, items, uuids, ids, added))
        _write_periods(tx, new_plan.id, plan.get("periods") or [], items, ids)
        report = describe(new_plan.uuid, uuids)
        stored = tx.insert(ImportReport, plan_id=new_plan.id, source_file=source_file, source_sha256=source_sha256,
                           imported_at=utc_now(), imported_by=ws.actor,
                           report_json=json.dumps(report, ensure_ascii=False))
        tx.event("plans", new_plan.uuid, "imported", {"file": source_file, "sha256": source_sha256,
                                                       "counts": report["counts"], "twins": report.get("twins")})
        if before_commit is not None:
            before_commit()
        changes = tuple(tx.changes) + tuple(added)
    return TwinPlanWritten(new_plan.id, new_plan.uuid, stored.id, ids, report, changes)


def _bulk(tx: Tx, model: type[Base], rows: list[dict[str, Any]], added: list[Change]) -> list[int]:
    if "uuid" in model.__table__.c:  # type: ignore[attr-defined]
        rows = [row if "uuid" in row else {**row, "uuid": new_uuid()} for row in rows]  # so each Change names it
    ids = tx.insert_many(model, rows)
    table = model.__tablename__
    added.extend(Change(table, new_id, row.get("uuid") or f"{table}:{new_id}", None, None, row)
                 for row, new_id in zip(rows, ids))
    return ids


def _fresh_uuids(tx: Tx, items: list[TwinItem]) -> dict[str, str]:
    """A twin's uuid is kept when the workspace has no record with it (a
    workbook taken to another workspace); otherwise the row gets a new one."""
    taken: set[str] = set()
    for model, table in ((PlanEntry, "entry"), (Action, "action")):
        wanted = [i.key for i in items if i.table == table and not i.key.startswith("row:")]
        for start in range(0, len(wanted), 500):
            taken.update(tx.session.scalars(select(model.uuid).where(model.uuid.in_(wanted[start:start + 500]))))
    return {i.key: i.key if i.twin is not None and i.key not in taken else new_uuid() for i in items}


def _layers(items: list[TwinItem]) -> list[list[TwinItem]]:
    """Items by depth in their tree, outermost first, each layer in the
    sheet's order: a layer is written at once, knowing its parents' ids."""
    parent_of = {i.key: i.parent for i in items}

    def depth(key: str) -> int:
        seen = {key}
        while (key := parent_of.get(key) or "") and key not in seen:
            seen.add(key)
        return len(seen) - 1

    depths = [depth(i.key) for i in items]
    return [[i for i, d in zip(items, depths) if d == level] for level in range(max(depths, default=-1) + 1)]


def _write_entries(tx: Tx, plan_id: int, items: list[TwinItem], uuids: dict[str, str],
                   added: list[Change]) -> dict[str, int]:
    entries = [i for i in items if i.table == "entry"]
    position = _entry_positions(entries)
    carried = _ids_of(tx, PlanEntry, [(i.twin or {}).get("carried_from") for i in entries])
    ids: dict[str, int] = {}
    for layer in _layers(entries):
        rows = [{**{f: item.values.get(f) for f in ENTRY_FIELDS}, "kind": item.kind or "priority",
                 "title": item.values.get("title") or "", "uuid": uuids[item.key], "plan_id": plan_id,
                 "position": position[item.key], "parent_id": ids.get(item.parent or ""),
                 "carried_from_id": carried.get((item.twin or {}).get("carried_from"))} for item in layer]
        ids.update(zip((item.key for item in layer), _bulk(tx, PlanEntry, rows, added)))
    return ids


def _entry_positions(entries: list[TwinItem]) -> dict[str, float]:
    """An entry keeps the place it had (a paper prints footnotes last, the
    outline keeps them where they belong); one typed in by hand goes just
    after the entry above it."""
    positions: dict[str, float] = {}
    last = 0.0
    for item in entries:
        kept = (item.twin or {}).get("position")
        last = float(kept) if isinstance(kept, (int, float)) else last + 0.001
        positions[item.key] = last
    return positions


def _write_actions(tx: Tx, plan_id: int, items: list[TwinItem], uuids: dict[str, str],
                   entry_ids: dict[str, int], added: list[Change]) -> dict[str, int]:
    actions = [i for i in items if i.table == "action"]
    position = {i.key: float(n) for n, i in enumerate(actions, start=1)}
    twins = [item.twin or {} for item in actions]
    carried = _ids_of(tx, Action, [twin.get("carried_from") for twin in twins])
    meetings = _ids_of(tx, Meeting, [u.get("meeting") for twin in twins for u in dicts(twin.get("history"))])
    owners = _Owners(tx)
    ids: dict[str, int] = {}
    for layer in _layers(actions):
        rows = []
        for item in layer:
            twin = item.twin or {}
            rows.append({**{f: item.values.get(f) for f in ACTION_FIELDS}, "uuid": uuids[item.key],
                         "plan_id": plan_id, "position": position[item.key],
                         "entry_id": entry_ids.get(item.entry or ""), "parent_id": ids.get(item.parent or ""),
                         "carried_from_id": carried.get(twin.get("carried_from")),
                         "owner_person_id": owners.find(Person, twin.get("owner_person")),
                         "owner_agency_id": owners.find(Agency, twin.get("owner_agency"))})
        ids.update(zip((item.key for item in layer), _bulk(tx, Action, rows, added)))
    _bulk(tx, ActionUpdate, [
        {**{f: typed(f, update.get(f)) for f in HISTORY_FIELDS}, "action_id": ids[item.key],
         "meeting_id": meetings.get(update.get("meeting"))}
        for item in actions for update in dicts((item.twin or {}).get("history"))
        if all(isinstance(update.get(f), str) for f in ("at", "by", "kind"))], added)
    return ids


def _write_periods(tx: Tx, plan_id: int, periods: list[dict[str, Any]], items: list[TwinItem],
                   entry_ids: dict[str, int]) -> None:
    """A self-assessment's review periods, each after the one before, and
    what each says of the areas and questions that came back."""
    ids: dict[str, int] = {}
    for period in dicts(periods):
        uuid = str(period.get("uuid") or "")
        kept = uuid if uuid and _id_of(tx, ReviewPeriod, uuid) is None else new_uuid()
        values = {f: typed(f, period.get(f)) for f in PERIOD_FIELDS}
        values["label"] = values["label"] or "Period"
        ids[uuid] = tx.insert(ReviewPeriod, uuid=kept, plan_id=plan_id,
                              previous_period_id=ids.get(period.get("previous") or ""), **values).id
    for item in items:
        for answer in dicts((item.twin or {}).get("answers")):
            period = ids.get(str(answer.get("period") or ""))
            if item.table == "entry" and period is not None:
                tx.insert(AssessmentAnswer, period_id=period, entry_id=entry_ids[item.key],
                          **{f: typed(f, answer.get(f)) for f in ANSWER_FIELDS})


class _Owners:
    """People and agencies by uuid, else by name; one the workspace does not
    know is added (an owner is never silently dropped)."""

    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.names: dict[type[Any], dict[str, int]] = {}
        self.uuids: dict[tuple[type[Any], str], int | None] = {}

    def find(self, model: type[Any], ref: Any) -> int | None:
        if not isinstance(ref, dict) or not ref.get("name"):
            return None
        key_uuid = (model, str(ref.get("uuid") or ""))
        if key_uuid not in self.uuids:
            self.uuids[key_uuid] = _id_of(self.tx, model, key_uuid[1])
        found = self.uuids[key_uuid]
        if found is not None:
            return found
        names = self.names.get(model)
        if names is None:
            names = self.names[model] = {
                name.casefold(): id_ for id_, name in self.tx.session.execute(
                    select(model.id, model.name).where(model.deleted_at.is_(None)).order_by(model.id.desc()))}
        key = str(ref["name"]).casefold()
        if key not in names:
            names[key] = self.tx.insert(model, name=str(ref["name"])).id
        return names[key]


def _ids_of(tx: Tx, model: type[Any], uuids: Iterable[Any]) -> dict[str, int]:
    """Records of ``model`` the workspace holds, by uuid (a few queries, not one a row)."""
    wanted = sorted({str(u) for u in uuids if u})
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        # .all(): a result has keys(), which dict.update would take for a mapping's
        found.update(tx.session.execute(select(model.uuid, model.id).where(model.uuid.in_(wanted[start:start + 500])))
                     .all())
    return found


def _id_of(tx: Tx, model: type[Any], uuid: Any) -> int | None:
    if not uuid:
        return None
    return tx.session.execute(select(model.id).where(model.uuid == str(uuid))).scalar()


def _plan_values(plan: dict[str, Any]) -> dict[str, Any]:
    values = {f: typed(f, plan.get(f)) for f in PLAN_FIELDS if f not in ("kind", "title")}
    values["status"] = values["status"] or "draft"
    return values


def typed(field: str, value: Any) -> Any:
    """A value from the hidden sheet as its column holds it; anything odd (a
    sheet edited by hand) is read as nothing, and a confidential flag that
    is not plainly false as confidential."""
    if field == "confidential":
        return value is not False and value != 0
    if field in DATE_FIELDS:
        return _day(value)
    if field in ("score", "position"):
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
