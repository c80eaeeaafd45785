"""File › Export…: the dialog offers what fits each paper and runs the export
through the window's task runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import Papers, pdf_text
from openpyxl import load_workbook
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ANALYSIS, ExportFlow
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def context(papers: Papers, qtbot) -> AppContext:  # noqa: ANN001 (pytest-qt's fixture)
    statuses: list[str] = []
    context = AppContext(papers.ws, QUndoStack(), ImmediateTaskRunner(), Settings(), statuses.append)
    context.statuses = statuses  # type: ignore[attr-defined]
    return context


def choose(box, data: object) -> None:  # noqa: ANN001
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_action_plan_as_public_xlsx(context: AppContext, papers: Papers, tmp_path: Path, qtbot,  # noqa: ANN001
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    flow = ExportFlow(context, None)
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == ["xlsx", "pdf", "csv"]
    assert dialog.plan_box.currentData() == papers.plan_id  # business plans first for an action plan
    dialog.public_check.setChecked(True)
    choose(dialog.marking_box, "OFFICIAL-SENSITIVE")
    assert Path(dialog.path_edit.text()).name == "Action plan - Business plan 2024-25 - PUBLIC.xlsx"
    target = tmp_path / "plan.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    sheet = load_workbook(target).active
    assert "1 confidential item was withheld" in sheet["A4"].value
    assert sheet.oddHeader.center.text == "&BOFFICIAL-SENSITIVE"
    assert context.statuses[-1].startswith(f"Wrote {target} (5 rows).")  # type: ignore[attr-defined]
    # The removed control character is worth a message, not just the status bar.
    assert len(told) == 1 and "1 control character was removed" in told[0]


def test_minutes_offer_pdf_and_word_and_a_meeting(context: AppContext, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    flow = ExportFlow(context, None, what="minutes")
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    formats = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert formats == ["pdf", "docx"] and dialog.format_box.currentData() == "pdf"
    assert not dialog.form.isRowVisible(dialog.plan_box) and dialog.form.isRowVisible(dialog.meeting_box)
    target = tmp_path / "minutes.pdf"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    assert "Minutes: Quality Assurance Sub-group" in pdf_text(target)


def test_attendance_analysis_needs_a_quarter_not_a_meeting(context: AppContext, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    flow = ExportFlow(context, None, what="attendance")
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    choose(dialog.attendance_box, ANALYSIS)
    assert dialog.form.isRowVisible(dialog.quarter_box) and not dialog.form.isRowVisible(dialog.meeting_box)
    assert dialog.quarter_box.currentData() == "2024-25-Q1"
    request = dialog.request()
    assert (request.quarter, request.meeting_id, request.group_id) == ("2024-25-Q1", None, None)
    target = tmp_path / "attendance.csv"
    choose(dialog.format_box, "csv")
    dialog.path_edit.setText(str(target))
    dialog.accept()
    assert "Attendance analysis" not in target.read_text("utf-8-sig")  # CSV: the table only
    assert "60%" in target.read_text("utf-8-sig")


def test_replacing_a_file_asks_first(context: AppContext, tmp_path: Path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "log.xlsx"
    target.write_bytes(b"keep me")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    flow = ExportFlow(context, None, what="action-log")
    qtbot.addWidget(flow.dialog)
    flow.dialog.path_edit.setText(str(target))
    flow.dialog.accept()
    assert target.read_bytes() == b"keep me" and flow.dialog.result() == 0


def test_file_menu_has_export(qtbot, papers: Papers) -> None:  # noqa: ANN001
    path = papers.ws.path
    papers.ws.close()
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    texts = {a.text(): a for a in window.file_menu.actions()}
    assert not texts["&Export…"].isEnabled()
    assert window.open_path(path)
    assert texts["&Export…"].isEnabled() and texts["&Export…"].shortcut().toString() == "Ctrl+E"
