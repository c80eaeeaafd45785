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
from typing import TYPE_CHECKING, Any, Iterable

from safeguard_desktop.core.plan_shapes import NOTE, level_word, shape_of
from safeguard_desktop.imports.hidden_twin import Twin, TwinBook, action_key, pair, row_fingerprint, visible_sheet
from safeguard_desktop.imports.planned import PlannedAction, PlannedEntry
from safeguard_desktop.imports.report import build_report
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.ops.twin_imports import TwinItem, add_twin_plan, typed
from safeguard_desktop.store.queries.plan_records import ACTION_FIELDS, ENTRY_FIELDS
from safeguard_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from safeguard_desktop.imports.plan_import import ImportPreview, ImportResult

_SIDE_KINDS = frozenset({NOTE.kind, "evidence"})  # entries beside the outline: no rows hang on them


def import_with_twins(ws: Workspace, preview: ImportPreview, twins: TwinBook, plan_name: str, *,
                      board_id: int | None, progress: Progress | None) -> ImportResult:
    """``board_id`` is the board the plan goes to (None: the workspace's first)."""
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

    def describe(plan_uuid: str, uuids: dict[str, str]) -> dict[str, Any]:
        by_row = {item.row: uuids[item.key] for item in items}
        report = build_report(preview, plan_uuid, [by_row.get(a.row, "") for a in seen.actions],
                              [by_row.get(e.row, "") if e.row is not None else "" for e in seen.entries])
        _say_what_came_back(report["rows"], sheet, paired, {item.row for item in items if item.twin is None},
                            shape.row_word or "Action")
        used = {id(t) for t in paired.values()}
        report["twins"] = {"paired": sum(1 for i in items if i.twin is not None),
                           "read_from_visible": sum(1 for i in items if i.twin is None),
                           "without_their_row": sum(1 for t in twins.twins
                                                    if id(t) not in used and t.table in ("entry", "action")),
                           "unreadable": twins.bad_rows}
        return report

    def last_chance() -> None:
        if progress is not None:
            progress.report(1, 1, "Saving")

    written = add_twin_plan(ws, items=items, title=plan_name, kind=shape.kind if twins.plan.get("kind") else
                            "business_plan", plan=twins.plan, source_file=name, source_sha256=preview.source.sha256,
                            board_id=board_id, describe=describe, before_commit=last_chance)
    ids, report = written.ids, written.report
    entry_ids = tuple(ids[i.key] for i in items if i.table == "entry")
    action_ids = tuple(ids[i.key] for i in items if i.table == "action")
    return ImportResult(written.plan_id, written.plan_uuid, written.report_id, entry_ids, action_ids,
                        report["counts"], tuple(preview.warnings), report, written.changes)


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


def _items(preview: ImportPreview, sheet: str, paired: dict[int, Twin], fingerprints: dict[int, str]) -> list[TwinItem]:
    seen = preview.understanding
    items: list[TwinItem] = []
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
            items.append(TwinItem("entry", f"row:{line.row}", NOTE.kind, {"title": line.text}, line.row))
    return items


def _from_twin(twin: Twin, row: int, edited: bool, planned: PlannedAction | None) -> TwinItem:
    record = twin.record
    if twin.table == "entry":
        values = {f: typed(f, record.get(f)) for f in ENTRY_FIELDS}
        return TwinItem("entry", record["uuid"], values["kind"], values, row, record)
    values = {f: typed(f, record.get(f)) for f in ACTION_FIELDS}
    values["status"] = values["status"] or "open"
    if edited and planned is not None:  # the visible cells a person changed win; the rest is the twin's
        values.update({k: v for k, v in planned.values.items() if k in values})
    return TwinItem("action", record["uuid"], None, values, row, record)


def _from_visible_action(planned: PlannedAction) -> TwinItem:
    values: dict[str, Any] = {f: planned.values.get(f) for f in ACTION_FIELDS if f not in ("confidential", "extra")}
    values.update(status=planned.values.get("status") or "open", confidential=False,
                  extra=json.dumps(planned.extra, ensure_ascii=False) if planned.extra else None)
    item = TwinItem("action", f"row:{planned.row}", None, values, planned.row)
    item.visible_parent = planned.parent
    return item


def _from_visible_entry(planned: PlannedEntry) -> TwinItem:
    # No body: the note rows after it come back as footnotes of their own (see _items).
    values = {"number": planned.number, "title": planned.title, "reference": planned.reference,
              "extra": json.dumps({"As written": planned.as_written}, ensure_ascii=False)}
    return TwinItem("entry", f"row:{planned.row}", planned.kind, values, planned.row or 0)


# -- where each hangs --------------------------------------------------------------

def _link(items: list[TwinItem], levels: Iterable[Any], rows_nest: bool, actions: list[PlannedAction]) -> None:
    kinds = [level.kind for level in levels]
    entries = {i.key for i in items if i.table == "entry"}
    rows = {i.key for i in items if i.table == "action"}
    action_key_by_row = {i.row: i.key for i in items if i.table == "action"}
    above: list[TwinItem] = []  # entries met so far, nearest last
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


def _nearest(above: list[TwinItem], kinds: set[str] | None) -> str | None:
    """The nearest entry above of one of ``kinds`` (None: any that can hold rows)."""
    for item in reversed(above):
        if kinds is None and item.kind not in _SIDE_KINDS:
            return item.key
        if kinds is not None and item.kind in kinds:
            return item.key
    return None
