"""Quirks seen on real plans that the importer misread (issue 10): a CAB
heading typed in Cyrillic look-alike letters, an ordinal split from its day
by a conversion, a one-cell "(continued)" row, and a heading whose last word
a conversion moved past its question mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.models import Action, PlanEntry
from safeguard_desktop.store.workspace import Workspace

MEASURE_HEADING = "How are we going to know that we have achieved? this"
HOW_3 = "Promote the helpline through GP surgeries"
CONTINUED = "(continued) and through pharmacies"


def _quirky_workbook(path: Path, *, merged: bool) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Plan"
    rows = {
        1: ["Priority 1: Children are safe"],
        2: ["No.", "\u0421\u0410\u0412", "What do we want to achieve?", "How are we going to do it?", "Who will lead?",
            MEASURE_HEADING, "When are we going to achieve this?", "RAG rating"],
        3: ["1.1", "C", "Staff know the threshold", "Threshold training", "Training group", "Staff trained",
            "1 st July 2014", "Green"],
        4: ["1.2", "B", "People know where to get help", HOW_3, "Comms officer", "Calls counted",
            "March 2015", "Amber"],
        5: [None, None, None, CONTINUED],
        6: ["1.3", "A", "Adults are heard", "Run a forum", "Engagement lead", "Forum meets", "June 2015", "Red"],
    }
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(number, column, value)
    if merged:  # pasted from Word: the continuation cell spans the rest of the table
        sheet.merge_cells("D5:H5")
    book.save(path)
    return path


def _import(ws: Workspace, path: Path) -> tuple[list[Action], list[PlanEntry], dict]:
    result = import_plan(ws, preview_import(path), "Quirks")
    with ws.session() as s:
        actions = list(s.scalars(select(Action).where(Action.plan_id == result.plan_id).order_by(Action.position)))
        entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id)))
        s.expunge_all()
    return actions, entries, result.report


def test_look_alike_heading_split_ordinal_and_displaced_word(tmp_path: Path, workspace: Workspace) -> None:
    actions, _, report = _import(workspace, _quirky_workbook(tmp_path / "quirks.xlsx", merged=False))
    fields = {m["heading"]: m["field"] for m in report["mapping"]}
    assert fields["\u0421\u0410\u0412"] == "cab"
    assert fields[MEASURE_HEADING] == "measure"
    assert [a.cab for a in actions] == ["C", "B", "A"]
    assert [a.measure for a in actions] == ["Staff trained", "Calls counted", "Forum meets"]
    assert actions[0].when_text == "1 st July 2014" and actions[0].when_date == dt.date(2014, 7, 1)


def test_a_one_cell_continuation_row_continues_the_action_above(tmp_path: Path, workspace: Workspace) -> None:
    for merged in (False, True):
        path = _quirky_workbook(tmp_path / f"continued-{merged}.xlsx", merged=merged)
        actions, entries, report = _import(workspace, path)
        assert [e.title for e in entries] == ["Children are safe"], merged  # no banner made of it
        assert [a.number for a in actions] == ["1.1", "1.2", "1.3"]
        assert actions[1].how == f"{HOW_3}\n{CONTINUED}"
        row5 = next(r for r in report["rows"] if r["row"] == 5)
        assert (row5["kind"], row5["into_row"]) == ("continuation", 4)
