"""File › New plan as one undo step, and an import's report viewed later."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.queries.overview import list_plans
from safeguard_desktop.views.dialogs.import_report_dialog import ImportReportDialog
from safeguard_desktop.views.dialogs.new_plan_dialog import NewPlanCommand, NewPlanDialog
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    return window


def test_a_new_plan_is_one_undo_step_and_redo_brings_back_the_same_plan(qtbot, workspace):
    path = workspace.path
    workspace.close()
    window = _window(qtbot, path)
    context = window.context
    dialog = NewPlanDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("work_plan"))
    dialog.year.setEditText("2025/26")
    assert dialog.title_edit.text() == "Work plan 2025-26"
    values = dialog.values()
    assert values["financial_year"] == "2025-26" and values["kind"] == "work_plan"

    context.undo_stack.push(NewPlanCommand(context, values, window.refresh_pages))
    plans = list_plans(context.workspace)
    assert [(p.title, p.kind, p.financial_year) for p in plans] == [("Work plan 2025-26", "work_plan", "2025-26")]
    assert context.undo_stack.undoText() == "New plan “Work plan 2025-26”"
    context.undo_stack.undo()
    assert list_plans(context.workspace) == []
    context.undo_stack.redo()
    assert [p.uuid for p in list_plans(context.workspace)] == [plans[0].uuid]


def test_the_plans_page_shows_the_import_report_of_an_imported_plan(qtbot, workspace, tmp_path):
    source = tmp_path / "action plan.csv"
    source.write_text("No.,What do we want to achieve?,Who will lead?,RAG\n"
                      "1.1,Partners share safeguarding data,Business unit,Green\n"
                      ",continued: monthly,,\n"
                      "1.2,Audit the front door,Police,Amber\n", encoding="utf-8-sig")
    result = import_plan(workspace, preview_import(source), "Imported plan")
    path = workspace.path
    workspace.close()
    window = _window(qtbot, path)
    page = window.pages["plans"]
    row = next(i for i, p in enumerate(page.plans) if p.id == result.plan_id)
    page.plan_list.setCurrentIndex(page.plan_list_model.index(row, 0))
    assert page.report_button.isVisibleTo(page)
    dialog = ImportReportDialog(page._reports[0], page)
    qtbot.addWidget(dialog)
    model = dialog.model
    kinds = [model.index(r, 2).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert kinds == ["Heading row", "Action row", "Continuation", "Action row"]
    assert model.index(2, 3).data(Qt.ItemDataRole.DisplayRole) == "joined onto row 2"
    assert "action plan.csv" in dialog.windowTitle()
