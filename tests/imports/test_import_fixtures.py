"""The hand-made workbook and Word document of fixtures.py import with every
row accounted for, checked cell by cell against what such plans mean
(docs/SAFEGUARDING_BOARDS.md, "How real plans look")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest
from fixtures import ACTION_FIELDS, WELSH, ExpectedPlan, build_document, build_workbook
from sqlalchemy import select

from safeguard_desktop.core.cab import normalise_cab
from safeguard_desktop.core.rag import parse_rag
from safeguard_desktop.imports.plan_import import ImportResult, import_plan, preview_import
from safeguard_desktop.imports.planned import ROW_KINDS
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, AuditEntry, ImportReport, Plan, PlanEntry
from safeguard_desktop.store.workspace import Workspace

BUILDERS: dict[str, tuple[str, Callable[[Path], ExpectedPlan]]] = {
    "xlsx": ("plan.xlsx", build_workbook),
    "docx": ("plan.docx", build_document),
}


@pytest.fixture(params=sorted(BUILDERS))
def imported(request: pytest.FixtureRequest, tmp_path: Path,
             workspace: Workspace) -> tuple[Workspace, ExpectedPlan, ImportResult]:
    name, build = BUILDERS[request.param]
    expected = build(tmp_path / name)
    result = import_plan(workspace, preview_import(expected.path), "Imported plan")
    return workspace, expected, result


def _entries(ws: Workspace, plan_id: int) -> dict[int, PlanEntry]:
    with ws.session() as s:
        return {e.id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id))}


def test_every_non_empty_row_is_reported_with_its_kind(imported: Any) -> None:
    _, expected, result = imported
    rows = result.report["rows"]
    assert {(r["sheet"], r["row"]): r["kind"] for r in rows} == expected.kinds
    assert len(rows) == len(expected.kinds)  # once each
    assert result.report["counts"] == {kind: list(expected.kinds.values()).count(kind)
                                       for kind in ROW_KINDS}
    for row in rows:
        assert set(row) >= {"sheet", "row", "kind", "action", "into_row", "notes", "level", "parent_row", "score"}
    # Levels of a business plan: priority 1, outcome 2 under its priority, an action one below its entry.
    banners = {r["entry"]: r for r in rows if r["kind"] == "banner"}
    for banner in banners.values():
        assert banner["level"] == (2 if banner["parent_row"] is not None else 1)
    by_row = {(r["sheet"], r["row"]): r for r in rows}
    for outcome in (r for r in banners.values() if r["level"] == 2):
        assert by_row[(outcome["sheet"], outcome["parent_row"])]["level"] == 1
    for row in rows:
        if row["kind"] == "action" and row["parent_row"] is not None:
            # In Word the banner may be a paragraph above the table: another "sheet".
            parents = [r for r in banners.values() if r["row"] == row["parent_row"]]
            assert parents and row["level"] == parents[0]["level"] + 1
        assert (row["action"] is not None) == (row["kind"] == "action")
        if row["kind"] == "continuation":
            assert row["into_row"] == expected.into[(row["sheet"], row["row"])]


def test_every_action_row_field_by_field(imported: Any) -> None:
    ws, expected, result = imported
    by_source = {(r["sheet"], r["row"]): r["action"] for r in result.report["rows"] if r["kind"] == "action"}
    entries = _entries(ws, result.plan_id)
    preview = preview_import(expected.path)
    flags = {(a.sheet, a.row): set(a.flags) for a in preview.understanding.actions}
    with ws.session() as s:
        actions = {a.uuid: a for a in s.scalars(select(Action).where(Action.plan_id == result.plan_id))}
    assert len(actions) == len(expected.actions)
    for want in expected.actions:
        action = actions[by_source[(want.sheet, want.row)]]
        got = {name: getattr(action, name) for name in ACTION_FIELDS}
        assert got == want.values, f"{want.sheet} row {want.row}"
        assert json.loads(action.extra or "{}") == want.extra, f"{want.sheet} row {want.row}"
        entry = entries.get(action.entry_id)
        assert (entry.kind, entry.number) == want.entry, f"{want.sheet} row {want.row}"
        assert set(want.flags) <= flags[(want.sheet, want.row)], f"{want.sheet} row {want.row}"
    positions = [a.position for a in sorted(actions.values(), key=lambda a: a.position)]
    assert positions == sorted(set(positions))


def test_priorities_outcomes_titles_and_notes(imported: Any) -> None:
    ws, expected, result = imported
    entries = sorted(_entries(ws, result.plan_id).values(), key=lambda e: e.position)
    by_id = {e.id: e for e in entries}
    got = [(e.kind, e.number, e.title, by_id[e.parent_id].number if e.parent_id else None) for e in entries]
    assert got == expected.entries
    for entry in entries:
        assert entry.body == ("\n".join(expected.bodies[entry.number]) if entry.number in expected.bodies else None)
    with ws.session() as s:
        plan = s.get(Plan, result.plan_id)
    assert plan.introduction == "\n".join(expected.introduction)
    assert plan.source_file == expected.path.name
    assert plan.title == "Imported plan"


def _workspace_text(ws: Workspace, result: ImportResult) -> str:
    """Everything the workspace keeps of the plan, except the report's copy
    of each row's text (which would make the check below vacuous)."""
    parts: list[str] = []
    with ws.session() as s:
        plan = s.get(Plan, result.plan_id)
        parts += [plan.introduction or "", plan.column_headings or ""]
        for entry in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id)):
            parts += [entry.title, entry.body or "", entry.extra or ""]
        for action in s.scalars(select(Action).where(Action.plan_id == result.plan_id)):
            parts += [str(getattr(action, name) or "") for name in ACTION_FIELDS]
            parts += list(json.loads(action.extra or "{}").values()) + list(json.loads(action.extra or "{}"))
        report = json.loads(s.scalars(select(ImportReport.report_json)
                                      .where(ImportReport.plan_id == result.plan_id)).one())
    parts += [note for row in report["rows"] for note in row["notes"]]
    parts += [m["heading"] for m in report["mapping"]]
    return "\n".join(parts)


def test_every_non_empty_cell_text_is_kept_somewhere(imported: Any) -> None:
    ws, expected, result = imported
    kept = _workspace_text(ws, result)
    with ws.session() as s:
        report = json.loads(s.scalars(select(ImportReport.report_json)
                                      .where(ImportReport.plan_id == result.plan_id)).one())
        by_uuid = {a.uuid: a for a in s.scalars(select(Action).where(Action.plan_id == result.plan_id))}
    action_of_row = {(r["sheet"], r["row"]): by_uuid[r["action"]] for r in report["rows"] if r["action"]}
    for sheet, row, text in expected.cells:
        if text in kept:
            continue
        # A rating or CAB word is kept as its value ("R" -> red, "c" -> C)
        # on the very action its row became.
        action = action_of_row.get((sheet, row))
        assert action is not None, (sheet, row, text)
        assert parse_rag(text) == action.rag or normalise_cab(text)[0] == action.cab, (sheet, row, text)


def test_welsh_letters_survive(imported: Any) -> None:
    ws, _, result = imported
    with ws.session() as s:
        progress = list(s.scalars(select(Action.progress).where(Action.plan_id == result.plan_id)))
    assert any(WELSH in (text or "") for text in progress)


def test_audit_names_the_source_file_and_workspace_is_sound(imported: Any) -> None:
    ws, expected, result = imported
    with ws.session() as s:
        contexts = set(s.scalars(select(AuditEntry.context).where(AuditEntry.table_name == "actions")))
        stored = s.scalars(select(ImportReport).where(ImportReport.plan_id == result.plan_id)).one()
    assert contexts == {f"import: {expected.path.name}"}
    assert stored.source_file == expected.path.name and len(stored.source_sha256) == 64
    assert json.loads(stored.report_json)["counts"] == result.counts
    assert check_workspace(ws.path) == []


def test_mapping_overrides_move_a_column(tmp_path: Path, workspace: Workspace) -> None:
    expected = build_workbook(tmp_path / "plan.xlsx")
    preview = preview_import(expected.path)
    guessed = {m.heading: m.field for m in preview.understanding.mapping}
    assert guessed["Comment on progress"] == "progress" and guessed["Lead officer"] == "lead"
    assert guessed["Status (RAG)"] == "rag" and guessed["By when"] == "when_text" and guessed["Notes"] == "extra"
    result = import_plan(workspace, preview, "Overridden", {"Notes": "source", "Source": "extra"})
    with workspace.session() as s:
        actions: dict[str | None, Action] = {}
        for action in s.scalars(select(Action).where(Action.plan_id == result.plan_id).order_by(Action.position)):
            actions.setdefault(action.number, action)
    assert actions["1.1"].source == "Check figures with Dave" and actions["1.1"].extra is None
    assert actions["2a.2"].source is None
    assert json.loads(actions["2a.2"].extra) == {"Source": "Annual report 2013-14"}


def test_cancel_while_writing_leaves_nothing(tmp_path: Path, workspace: Workspace) -> None:
    from safeguard_desktop.progress import Cancelled, Progress

    preview = preview_import(build_workbook(tmp_path / "plan.xlsx").path)
    progress = Progress(lambda done, total, text: progress.cancel())  # Cancel pressed while writing
    with pytest.raises(Cancelled):
        import_plan(workspace, preview, "Cancelled", progress=progress)
    with workspace.session() as s:
        assert s.scalars(select(Plan)).all() == [] and s.scalars(select(Action)).all() == []
