"""File › Import plan…: the preview (rows, column mapping, warnings), then
one transaction and one undo step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures import build_workbook
from PySide6.QtWidgets import QFileDialog

from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.queries.overview import list_plans
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.dialogs.import_dialog import start_import
from safeguard_desktop.views.dialogs.import_rows_model import COL_NOTES, COL_RAG, RAG_ROLE
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    path = workspace.path
    workspace.close()
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    return window


def test_the_file_menu_offers_the_import(window: MainWindow) -> None:
    found = [a for a in window.file_menu.actions() if a.text() == "&Import plan…"]
    assert len(found) == 1 and found[0].isEnabled()


def test_preview_then_one_undo_step(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = build_workbook(tmp_path / "plan.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(expected.path), ""))
    flow = start_import(window)
    assert flow is not None and flow.dialog is not None
    dialog = flow.dialog
    model = dialog.rows_model
    assert model.rowCount() == len(expected.kinds)  # every non-empty row shown
    rags = [model.index(r, COL_RAG).data(RAG_ROLE) for r in range(model.rowCount()) if model.kind(r) == "action"]
    assert rags[:5] == ["green", "red", "amber", "green", "red"]
    assert any("ditto" in (model.index(r, COL_NOTES).data() or "") for r in range(model.rowCount()))
    assert dialog.combos["Comment on progress"].currentData() == "progress"
    assert dialog.warnings_list.count() == len(dialog.preview.warnings) > 0

    combo = dialog.combos["Notes"]  # an extra column the user says is the source
    combo.setCurrentIndex(combo.findData("source"))
    assert dialog.overrides() == {"Notes": "source"}
    assert dialog.preview.understanding.actions[0].values["source"] == "Check figures with Dave"
    dialog.name_edit.setText("Children's plan 2014-15")
    dialog.accept()

    ws = window.context.workspace
    stack = window.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import plan.xlsx"
    plans = list_plans(ws)
    assert [(p.title, p.actions) for p in plans] == [("Children's plan 2014-15", 11)]
    assert window.pages["plans"].plan_view.plan_id == plans[0].id  # the new plan is shown

    stack.undo()
    assert list_plans(ws) == []
    assert check_workspace(ws.path) == []
    stack.redo()
    assert [(p.title, p.actions) for p in list_plans(ws)] == [("Children's plan 2014-15", 11)]
    assert check_workspace(ws.path) == []


def test_a_row_is_reclassified_by_keyboard_before_anything_is_written(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from safeguard_desktop.store.models import Action, ImportReport, PlanEntry

    expected = build_workbook(tmp_path / "plan.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(expected.path), ""))
    flow = start_import(window)
    assert flow is not None and flow.dialog is not None
    dialog, model, view = flow.dialog, flow.dialog.rows_model, flow.dialog.rows_view
    note = "NB: health figures to follow"  # a note row under action 1.3a: the user says it continues that action
    target = next(r for r in range(model.rowCount()) if model.where(r) == ("Business plan", 12))
    assert model.kind(target) == "note"

    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the "&becomes" shortcut, like a user's, needs the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    for _ in range(target):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == target
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "Selected row &becomes"
    assert dialog.focusWidget() is dialog.kind_combo
    assert dialog.kind_combo.currentData() == "note"
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Up)  # note -> continuation
    assert model.kind(target) == "continuation" and view.currentIndex().row() == target
    assert "re-classified" in dialog.summary.text()
    assert list_plans(window.context.workspace) == []  # nothing written yet

    dialog.accept()
    ws = window.context.workspace
    with ws.session() as s:
        plan_id = list_plans(ws)[0].id
        action = s.scalar(select(Action).where(Action.plan_id == plan_id, Action.number == "1.3a"))
        assert action is not None and action.progress == note
        bodies = [e.body for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id))]
        assert not any(note in (body or "") for body in bodies)
        report = json.loads(s.scalar(select(ImportReport.report_json).where(ImportReport.plan_id == plan_id)))
    row = next(r for r in report["rows"] if r["row"] == 12 and r["sheet"] == "Business plan")
    assert (row["kind"], row["into_row"]) == ("continuation", 11)
    assert report["reclassified"] == [{"sheet": "Business plan", "row": 12, "kind": "continuation"}]
