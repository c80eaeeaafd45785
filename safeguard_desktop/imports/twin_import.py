"""Writing a plan from a workbook that carries record twins (an export of
ours): each visible row paired with its twin becomes the record the twin
describes (its kind, links, flags, owners, dates and history); a row
without one is read from what is visible, as any hand-kept plan is; a twin
without its row brings nothing back. One transaction, audited with the
file's name, with its import report, like every import.

Links are by the twins' uuids: an entry under its parent, an action under
its entry and its parent activity. When the row a link points at is gone
(deleted by hand), or a row has no twin, the row hangs where it stands in
the sheet: under the nearest entry above it of the level its shape puts
above it (``core.plan_shapes``); a work plan's activity under the activity
whose number its own extends ("1.2.1" under "1.2").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Iterable

from sqlalchemy import select

from safeguard_desktop.core.plan_shapes import NOTE, level_word, shape_of
from safeguard_desktop.imports.hidden_twin import Twin, TwinBook, action_key, pair, row_fingerprint, visible_sheet
from safeguard_desktop.imports.planned import PlannedAction, PlannedEntry
from safeguard_desktop.imports.report import build_report
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.models import (
    Action,
    ActionUpdate,
    Agency,
    AssessmentAnswer,
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
from safeguard_desktop.store.queries.plan_records import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    DATE_FIELDS,
    ENTRY_FIELDS,
    HISTORY_FIELDS,
    PERIOD_FIELDS,
    PLAN_FIELDS,
)
from safeguard_desktop.store.transaction import Tx
from safeguard_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from safeguard_desktop.imports.plan_import import ImportPreview, ImportResult

_SIDE_KINDS = frozenset({NOTE.kind, "evidence"})  # entries beside the outline: no rows hang on them


@dataclass
class _Item:
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


def import_with_twins(ws: Workspace, preview: ImportPreview, twins: TwinBook, plan_name: str, *,
                      board: Callable[[Tx], int], progress: Progress | None) -> ImportResult:
    """``board`` gives the board the plan goes to, in the import's transaction."""
    from safeguard_desktop.imports.plan_import import ImportResult

    seen = preview.understanding
    sheet = visible_sheet(preview.book, twins)
    keys = {a.row: action_key(a.values.get("number"), a.values.get("want")) for a in seen.actions if a.sheet == sheet}
    paired = pair(preview.book, twins, keys)
    fingerprints = {row.row: row_fingerprint(row) for row in preview.book.rows if row.sheet == sheet}
    items = _items(preview, sheet, paired, fingerprints)
    shape = shape_of(str(twins.plan.get("kind") or "business_plan"))
    _link(items, shape.levels, shape.rows_nest, seen.actions)
    name = preview.source.path.name
    if progress is not None:
        progress.report(0, 1, f"Writing {len(items):,} rows")
    with ws.transaction(f"import: {name}") as tx:
        plan = tx.insert(Plan, board_id=board(tx), title=plan_name, source_file=name,
                         kind=shape.kind if twins.plan.get("kind") else "business_plan",
                         **_plan_values(twins.plan),
                         previous_plan_id=_id_of(tx, Plan, twins.plan.get("previous_plan")),
                         case_review_id=_id_of(tx, CaseReview, twins.plan.get("case_review")))
        uuids = _fresh_uuids(tx, items)
        ids = _write_entries(tx, plan.id, items, uuids)
        ids.update(_write_actions(tx, plan.id, items, uuids, ids))
        _write_periods(tx, plan.id, twins.plan.get("periods") or [], items, ids)
        by_row = {item.row: uuids[item.key] for item in items}
        report = build_report(preview, plan.uuid, [by_row.get(a.row, "") for a in seen.actions],
                              [by_row.get(e.row, "") if e.row is not None else "" for e in seen.entries])
        _say_what_came_back(report["rows"], sheet, paired, {item.row for item in items if item.twin is None},
                            shape.row_word or "Action")
        used = {id(t) for t in paired.values()}
        report["twins"] = {"paired": sum(1 for i in items if i.twin is not None),
                           "read_from_visible": sum(1 for i in items if i.twin is None),
                           "without_their_row": sum(1 for t in twins.twins
                                                    if id(t) not in used and t.table in ("entry", "action")),
                           "unreadable": twins.bad_rows}
        stored = tx.insert(ImportReport, plan_id=plan.id, source_file=name, source_sha256=preview.source.sha256,
                           imported_at=utc_now(), imported_by=ws.actor,
                           report_json=json.dumps(report, ensure_ascii=False))
        tx.event("plans", plan.uuid, "imported", {"file": name, "sha256": preview.source.sha256,
                                                   "counts": report["counts"], "twins": report["twins"]})
        if progress is not None:
            progress.report(1, 1, "Saving")
    entry_ids = tuple(ids[i.key] for i in items if i.table == "entry")
    action_ids = tuple(ids[i.key] for i in items if i.table == "action")
    return ImportResult(plan.id, plan.uuid, stored.id, entry_ids, action_ids, report["counts"],
                        tuple(preview.warnings), report)


# -- what each row becomes ---------------------------------------------------------

def _say_what_came_back(lines: list[dict[str, Any]], sheet: str, paired: dict[int, Twin],
                        from_visible: set[int], row_word: str) -> None:
    """The report's notes for an export of ours: what the hidden record made
    of a row, not what its look alone suggested."""
    for line in lines:
        twin = paired.get(line["row"]) if line["sheet"] == sheet else None
        if twin is not None and twin.table in ("entry", "action"):
            what = level_word(str(twin.record.get("kind"))) if twin.table == "entry" else row_word
            line["notes"] = [f"came back as its own record: {what}"]
        elif twin is not None:
            line["notes"] = ["a heading of the exported layout: nothing to import"]
        elif line["row"] in from_visible and line["sheet"] == sheet:
            line["notes"] = ["typed in by hand: read from what the row shows", *line["notes"]]


def _items(preview: ImportPreview, sheet: str, paired: dict[int, Twin], fingerprints: dict[int, str]) -> list[_Item]:
    seen = preview.understanding
    items: list[_Item] = []
    made_from_twin: set[int] = set()
    for line in seen.rows:
        twin = paired.get(line.row) if line.sheet == sheet else None
        if twin is not None:
            if twin.table in ("entry", "action"):
                items.append(_from_twin(twin, line.row, fingerprints.get(line.row) != twin.fingerprint,
                                        seen.actions[line.action] if line.action is not None else None))
                made_from_twin.add(line.row)
            continue
        if line.kind == "action" and line.action is not None:
            items.append(_from_visible_action(seen.actions[line.action]))
        elif line.entry is not None and line.kind != "title":
            items.append(_from_visible_entry(seen.entries[line.entry]))
        elif line.kind == "note" or (line.kind == "continuation" and line.into_row in made_from_twin):
            # Text a person added between our rows: kept as a footnote where it stands.
            items.append(_Item("entry", f"row:{line.row}", NOTE.kind, {"title": line.text}, line.row))
    return items


def _from_twin(twin: Twin, row: int, edited: bool, planned: PlannedAction | None) -> _Item:
    record = twin.record
    if twin.table == "entry":
        values = {f: _typed(f, record.get(f)) for f in ENTRY_FIELDS}
        return _Item("entry", record["uuid"], values["kind"], values, row, record)
    values = {f: _typed(f, record.get(f)) for f in ACTION_FIELDS}
    values["status"] = values["status"] or "open"
    if edited and planned is not None:  # the visible cells a person changed win; the rest is the twin's
        values.update({k: v for k, v in planned.values.items() if k in values})
    return _Item("action", record["uuid"], None, values, row, record)


def _from_visible_action(planned: PlannedAction) -> _Item:
    values: dict[str, Any] = {f: planned.values.get(f) for f in ACTION_FIELDS if f not in ("confidential", "extra")}
    values.update(status=planned.values.get("status") or "open", confidential=False,
                  extra=json.dumps(planned.extra, ensure_ascii=False) if planned.extra else None)
    item = _Item("action", f"row:{planned.row}", None, values, planned.row)
    item.visible_parent = planned.parent
    return item


def _from_visible_entry(planned: PlannedEntry) -> _Item:
    # No body: the note rows after it come back as footnotes of their own (see _items).
    values = {"number": planned.number, "title": planned.title, "reference": planned.reference,
              "extra": json.dumps({"As written": planned.as_written}, ensure_ascii=False)}
    return _Item("entry", f"row:{planned.row}", planned.kind, values, planned.row or 0)


# -- where each hangs --------------------------------------------------------------

def _link(items: list[_Item], levels: Iterable[Any], rows_nest: bool, actions: list[PlannedAction]) -> None:
    kinds = [level.kind for level in levels]
    entries = {i.key for i in items if i.table == "entry"}
    rows = {i.key for i in items if i.table == "action"}
    action_key_by_row = {i.row: i.key for i in items if i.table == "action"}
    above: list[_Item] = []  # entries met so far, nearest last
    by_number: dict[str, str] = {}  # a work plan's activities met so far, by number
    for item in items:
        record = item.twin or {}
        if item.table == "entry":
            wanted = record.get("parent")
            item.parent = wanted if wanted in entries else _nearest(above, _parent_kinds(item.kind, kinds))
            above.append(item)
            continue
        wanted_entry = record.get("entry")
        item.entry = wanted_entry if wanted_entry in entries else _nearest(above, None)
        wanted_parent = record.get("parent")
        if wanted_parent in rows:
            item.parent = wanted_parent
        elif item.visible_parent is not None and item.visible_parent < len(actions):
            item.parent = action_key_by_row.get(actions[item.visible_parent].row)
        elif rows_nest and item.twin is None and item.values.get("number"):
            item.parent = by_number.get(str(item.values["number"]).rstrip(".").rpartition(".")[0])
        if item.values.get("number"):
            by_number[str(item.values["number"]).rstrip(".")] = item.key


def _parent_kinds(kind: str | None, kinds: list[str]) -> set[str] | None:
    """The kinds an entry of ``kind`` may hang on, as its shape says: none
    for the top level; the top level for a side entry (evidence framework);
    any entry (None) for a footnote or a kind the shape does not know."""
    if kind in kinds:
        depth = kinds.index(kind)
        return {kinds[depth - 1]} if depth else set()
    if kind == "evidence":
        return {kinds[0]}
    return None


def _nearest(above: list[_Item], kinds: set[str] | None) -> str | None:
    """The nearest entry above of one of ``kinds`` (None: any that can hold rows)."""
    for item in reversed(above):
        if kinds is None and item.kind not in _SIDE_KINDS:
            return item.key
        if kinds is not None and item.kind in kinds:
            return item.key
    return None


# -- writing -------------------------------------------------------------------

def _fresh_uuids(tx: Tx, items: list[_Item]) -> dict[str, str]:
    """A twin's uuid is kept when the workspace has no record with it (a
    workbook taken to another workspace); otherwise the row gets a new one."""
    taken: set[str] = set()
    for model, table in ((PlanEntry, "entry"), (Action, "action")):
        wanted = [i.key for i in items if i.table == table and not i.key.startswith("row:")]
        for start in range(0, len(wanted), 500):
            taken.update(tx.session.scalars(select(model.uuid).where(model.uuid.in_(wanted[start:start + 500]))))
    return {i.key: i.key if i.twin is not None and i.key not in taken else new_uuid() for i in items}


def _layers(items: list[_Item]) -> list[list[_Item]]:
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


def _write_entries(tx: Tx, plan_id: int, items: list[_Item], uuids: dict[str, str]) -> dict[str, int]:
    entries = [i for i in items if i.table == "entry"]
    position = _entry_positions(entries)
    carried = _ids_of(tx, PlanEntry, [(i.twin or {}).get("carried_from") for i in entries])
    ids: dict[str, int] = {}
    for layer in _layers(entries):
        rows = [{**{f: item.values.get(f) for f in ENTRY_FIELDS}, "kind": item.kind or "priority",
                 "title": item.values.get("title") or "", "uuid": uuids[item.key], "plan_id": plan_id,
                 "position": position[item.key], "parent_id": ids.get(item.parent or ""),
                 "carried_from_id": carried.get((item.twin or {}).get("carried_from"))} for item in layer]
        ids.update(zip((item.key for item in layer), tx.insert_many(PlanEntry, rows)))
    return ids


def _entry_positions(entries: list[_Item]) -> dict[str, float]:
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


def _write_actions(tx: Tx, plan_id: int, items: list[_Item], uuids: dict[str, str],
                   entry_ids: dict[str, int]) -> dict[str, int]:
    actions = [i for i in items if i.table == "action"]
    position = {i.key: float(n) for n, i in enumerate(actions, start=1)}
    twins = [item.twin or {} for item in actions]
    carried = _ids_of(tx, Action, [twin.get("carried_from") for twin in twins])
    meetings = _ids_of(tx, Meeting, [u.get("meeting") for twin in twins for u in _dicts(twin.get("history"))])
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
        ids.update(zip((item.key for item in layer), tx.insert_many(Action, rows)))
    tx.insert_many(ActionUpdate, [
        {**{f: _typed(f, update.get(f)) for f in HISTORY_FIELDS}, "action_id": ids[item.key],
         "meeting_id": meetings.get(update.get("meeting"))}
        for item in actions for update in _dicts((item.twin or {}).get("history"))
        if all(isinstance(update.get(f), str) for f in ("at", "by", "kind"))])
    return ids


def _write_periods(tx: Tx, plan_id: int, periods: list[dict[str, Any]], items: list[_Item],
                   entry_ids: dict[str, int]) -> None:
    """A self-assessment's review periods, each after the one before, and
    what each says of the areas and questions that came back."""
    ids: dict[str, int] = {}
    for period in _dicts(periods):
        uuid = str(period.get("uuid") or "")
        kept = uuid if uuid and _id_of(tx, ReviewPeriod, uuid) is None else new_uuid()
        values = {f: _typed(f, period.get(f)) for f in PERIOD_FIELDS}
        values["label"] = values["label"] or "Period"
        ids[uuid] = tx.insert(ReviewPeriod, uuid=kept, plan_id=plan_id,
                              previous_period_id=ids.get(period.get("previous") or ""), **values).id
    for item in items:
        for answer in _dicts((item.twin or {}).get("answers")):
            period = ids.get(str(answer.get("period") or ""))
            if item.table == "entry" and period is not None:
                tx.insert(AssessmentAnswer, period_id=period, entry_id=entry_ids[item.key],
                          **{f: _typed(f, answer.get(f)) for f in ANSWER_FIELDS})


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
    values = {f: _typed(f, plan.get(f)) for f in PLAN_FIELDS if f not in ("kind", "title")}
    values["status"] = values["status"] or "draft"
    return values


def _typed(field: str, value: Any) -> Any:
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


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
