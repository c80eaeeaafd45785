"""File › Export… of a self-assessment offers its review periods, the
latest first, and exports the one chosen with its comparison."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtGui import QUndoStack
from self_assessment_fixtures import october_changes, small_assessment

from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ExportFlow
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_the_dialog_offers_the_periods_and_exports_the_one_chosen(workspace: Workspace, tmp_path: Path,
                                                                   qtbot) -> None:  # noqa: ANN001
    sa = small_assessment(workspace)
    october_changes(workspace, sa)
    statuses: list[str] = []
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), statuses.append)
    flow = ExportFlow(context, None, what="self-assessment")  # kept: it runs the export on accept
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    assert dialog.plan_box.currentData() == sa.plan_id
    assert [dialog.period_box.itemText(i) for i in range(dialog.period_box.count())] == [
        "October 2017", "April 2017"]
    assert dialog.form.isRowVisible(dialog.period_box)
    dialog.period_box.setCurrentIndex(1)
    assert Path(dialog.path_edit.text()).name == \
        "Self-assessment - Whole authority safeguarding 2016-17 April 2017.xlsx"
    target = tmp_path / "april.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    sheet = load_workbook(target).active
    header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "No.")
    assert sheet.cell(header, 5).value == "Score April 2017" and sheet.max_column == 5
    assert statuses[-1].startswith(f"Wrote {target}")


def test_the_period_row_is_only_for_a_self_assessment(workspace: Workspace, qtbot) -> None:  # noqa: ANN001
    small_assessment(workspace)
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _: None)
    dialog = ExportFlow(context, None, what="action-plan").dialog
    qtbot.addWidget(dialog)
    assert not dialog.form.isRowVisible(dialog.period_box)
