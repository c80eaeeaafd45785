"""A hand-kept work plan imports as duties, responsibilities and nested
activities, whether its levels are shown by numbers, Excel's indent,
leading spaces or a Word table; checked row by row and cell by cell."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest
from outline_plans import (
    FOOTNOTE,
    FOOTNOTE_AFTER,
    WORK_PLAN,
    Line,
    build_work_plan_csv,
    build_work_plan_docx,
    build_work_plan_xlsx,
    visible_paper,
)
from sqlalchemy import select

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, Plan, PlanEntry
from safeguard_desktop.store.workspace import Workspace

# name -> (file name, builder, numbers kept, sheet, source row of the first line)
VARIANTS: dict[str, tuple[str, Callable[[Path], Path], bool, str, int]] = {
    "xlsx numbered": ("wp.xlsx", lambda p: build_work_plan_xlsx(p, numbered=True), True, "Work plan", 3),
    "xlsx indented": ("wp.xlsx", lambda p: build_work_plan_xlsx(p, numbered=False), False, "Work plan", 3),
    "csv spaces": ("wp.csv", build_work_plan_csv, False, "wp", 3),
    "docx numbered": ("wp.docx", build_work_plan_docx, True, "Table 1", 2),
    "docx indented": ("wp.docx", lambda p: build_work_plan_docx(p, numbered=False), False, "Table 1", 2),
}


def _source_rows(first: int) -> dict[str, int]:
    """Line number -> its source row (the footnote row sits after FOOTNOTE_AFTER)."""
    rows, row = {}, first
    for line in WORK_PLAN:
        rows[line.number] = row
        row += 2 if line.number == FOOTNOTE_AFTER else 1
    return rows


def _parent(line: Line, level: int | None = None) -> Line | None:
    """The nearest line above ``line`` one level up (or at ``level``)."""
    want = line.level - 1 if level is None else level
    above = WORK_PLAN[: WORK_PLAN.index(line)]
    return next((other for other in reversed(above) if other.level == want), None)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_work_plan_imports_as_its_outline(variant: str, tmp_path: Path, workspace: Workspace) -> None:
    name, build, numbered, sheet, first = VARIANTS[variant]
    preview = preview_import(build(tmp_path / name))
    assert preview.understanding.shape == "work_plan"
    result = import_plan(workspace, preview, "NISB work plan")
    with workspace.session() as s:
        plan = s.get(Plan, result.plan_id)
        assert plan is not None and plan.kind == "work_plan"
        entries = {e.id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id))}
        actions = list(s.scalars(select(Action).where(Action.plan_id == plan.id).order_by(Action.position)))
        s.expunge_all()

    by_text = {e.title: e for e in entries.values()}
    outline = [line for line in WORK_PLAN if line.level <= 2]
    assert len(entries) == len(outline) + 1  # and the footnote
    for line in outline:
        entry = by_text[line.text]
        assert entry.kind == ("duty" if line.level == 1 else "responsibility"), line.number
        assert entry.number == (line.number if numbered else None), line.number
        assert entry.reference == line.reference, line.number
        parent = _parent(line)
        assert (entries[entry.parent_id].title if entry.parent_id else None) == (parent.text if parent else None)
    note = next(e for e in entries.values() if e.kind == "note")
    assert (note.number, note.title) == ("\u00b9", FOOTNOTE[2:])
    assert entries[note.parent_id].reference == "para 266"  # kept with the responsibility it belongs to

    activities = [line for line in WORK_PLAN if line.level > 2]
    assert [a.want for a in actions] == [line.text for line in activities]
    by_id = {a.id: a for a in actions}
    for action, line in zip(actions, activities):
        assert action.number == (line.number if numbered else None), line.number
        assert (action.lead, action.when_text) == (line.lead, line.when), line.number
        assert action.rag == (line.rag.casefold() if line.rag else None), line.number
        parent = _parent(line)
        assert (by_id[action.parent_id].want if action.parent_id else None) == \
            (parent.text if parent is not None and parent.level > 2 else None), line.number
        assert entries[action.entry_id].title == _parent(line, 2).text, line.number  # type: ignore[union-attr]
        if line.reference is None:
            assert "Para ref." not in json.loads(action.extra or "{}")

    rows = {(r["sheet"], r["row"]): r for r in result.report["rows"]}
    source = _source_rows(first)
    for line in WORK_PLAN:
        got = rows[(sheet, source[line.number])]
        parent = _parent(line)
        assert got["kind"] == ("entry" if line.level <= 2 else "action"), line.number
        assert (got["level"], got["parent_row"]) == (line.level, source[parent.number] if parent else None), \
            line.number
    footnote = rows[(sheet, source[FOOTNOTE_AFTER] + 1)]
    assert (footnote["kind"], footnote["level"], footnote["parent_row"]) == ("note", 3, source["1.3"])
    assert result.report["shape"] == "work_plan"
    assert check_workspace(workspace.path) == []


def test_shape_can_be_forced(tmp_path: Path) -> None:
    path = build_work_plan_xlsx(tmp_path / "wp.xlsx", numbered=True)
    assert preview_import(path, shape="business_plan").understanding.shape == "business_plan"
    assert preview_import(path).understanding.shape == "work_plan"


def test_a_row_reclassified_in_the_preview_is_written_as_chosen(tmp_path: Path, workspace: Workspace) -> None:
    preview = preview_import(build_work_plan_xlsx(tmp_path / "wp.xlsx", numbered=True))
    last = _source_rows(3)["1.2.2.1.2"]  # an activity the user says is a note
    duty = _source_rows(3)["2"]  # a duty the user says is an activity
    chosen = preview.with_overrides(None, {("Work plan", last): "note", ("Work plan", duty): "action"})
    assert chosen.with_overrides(None) is chosen  # the choices stay until changed
    result = import_plan(workspace, chosen, "NISB work plan")
    with workspace.session() as s:
        wants = list(s.scalars(select(Action.want).where(Action.plan_id == result.plan_id)))
        notes = list(s.scalars(select(PlanEntry.title).where(PlanEntry.plan_id == result.plan_id,
                                                             PlanEntry.kind == "note")))
        duties = list(s.scalars(select(PlanEntry.title).where(PlanEntry.plan_id == result.plan_id,
                                                              PlanEntry.kind == "duty")))
    assert "1.2.2.1.2 | Childrens Commissioner for Wales (CCfW)" in notes  # the whole row, as written
    assert "Childrens Commissioner for Wales (CCfW)" not in wants
    assert duties == [WORK_PLAN[0].text] and WORK_PLAN[16].text in wants
    rows = {r["row"]: r for r in result.report["rows"]}
    assert rows[last]["kind"] == "note" and rows[last]["notes"][0] == "re-classified in the preview as note"
    assert rows[duty]["kind"] == "action"


def test_our_own_work_plan_paper_reimports_from_what_is_visible(tmp_path: Path, workspace: Workspace) -> None:
    """The paper's visible sheet alone (its hidden record sheet deleted, as
    when rows are copied into a new workbook): level words in a Level
    column, banners merged across for duties, indents under numbers."""
    from safeguard_desktop.store.workspace import open_workspace

    first = import_plan(workspace, preview_import(build_work_plan_xlsx(tmp_path / "wp.xlsx", numbered=True)), "WP")
    workspace.close()
    paper = visible_paper(workspace.path, "work-plan", "WP", tmp_path / "paper.xlsx")

    with open_workspace(workspace.path, backup_on_open=False) as ws:
        preview = preview_import(paper)
        assert preview.understanding.shape == "work_plan"
        second = import_plan(ws, preview, "WP again")
        with ws.session() as s:
            def outline(plan_id: int) -> tuple[list[tuple], list[tuple]]:
                entries = {e.id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id,
                                                                              PlanEntry.kind != "note"))}
                actions = {a.id: a for a in s.scalars(select(Action).where(Action.plan_id == plan_id))}
                return (sorted((e.kind, e.number, e.title, entries[e.parent_id].number if e.parent_id else None)
                               for e in entries.values()),
                        sorted((a.number, a.want, a.lead, a.when_text, a.rag, entries[a.entry_id].number,
                                actions[a.parent_id].number if a.parent_id else None) for a in actions.values()))
            assert outline(second.plan_id) == outline(first.plan_id)
            notes = list(s.scalars(select(PlanEntry.number).where(PlanEntry.plan_id == second.plan_id,
                                                                  PlanEntry.kind == "note")))
            assert "\u00b9" in notes


def test_the_reference_documents_own_layout(tmp_path: Path, workspace: Workspace) -> None:
    from outline_plans import build_reference_layout_csv

    result = import_plan(workspace, preview_import(build_reference_layout_csv(tmp_path / "nisb.csv")), "NISB")
    kinds = {r["row"]: (r["kind"], r["level"], r["parent_row"]) for r in result.report["rows"]}
    assert [kinds[n] for n in range(3, 18)] == [
        ("entry", 1, None), ("entry", 2, 3), ("note", 3, 4),
        ("action", 3, 4), ("continuation", None, None), ("action", 3, 4), ("action", 4, 8), ("action", 4, 8),
        ("entry", 2, 3), ("note", 3, 11),
        ("action", 3, 11), ("action", 4, 13), ("action", 5, 14), ("action", 5, 14), ("note", 3, 11)]
    with workspace.session() as s:
        entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id,
                                                         PlanEntry.kind != "note").order_by(PlanEntry.position)))
        wants = list(s.scalars(select(Action.want).where(Action.plan_id == result.plan_id)
                               .order_by(Action.position)))
    assert [(e.kind, e.number) for e in entries] == [("duty", "1"), ("responsibility", "1"), ("responsibility", "2")]
    assert entries[0].title.startswith("To provide support") and entries[1].title.startswith("works alongside")
    assert wants[0] == ("To secure consistent improvements in safeguarding policy and practice throughout Wales "
                        "members attend and offer\nadvice and support at Regional Safeguarding Board (RSB) meetings.")
    assert wants[-1] == "Childrens Commissioner for Wales (CCfW)"

