"""Choosing the language of papers: the board's setting (an audited,
undoable edit), `export --language`, and the export dialog's choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import Papers, pdf_text
from PySide6.QtGui import QUndoStack

from safeguard_desktop.cli import main
from safeguard_desktop.store.ops.settings import set_paper_language
from safeguard_desktop.store.queries.settings import PAPER_LANGUAGE, board_paper_language, workspace_setting
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ExportFlow
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_the_boards_language_is_english_until_set_and_refuses_what_is_not_one(papers: Papers) -> None:
    ws = papers.ws
    assert board_paper_language(ws) == "en"
    set_paper_language(ws, "cy")
    assert board_paper_language(ws) == "cy"
    with pytest.raises(ValueError, match="en, cy, both"):
        set_paper_language(ws, "fr")
    assert board_paper_language(ws) == "cy"


def test_export_command_follows_the_board_unless_told(papers: Papers, tmp_path: Path) -> None:
    set_paper_language(papers.ws, "cy")
    path = papers.ws.path
    papers.ws.close()
    base = ["export", str(path), "--what", "minutes", "--meeting", "2024-05-14"]
    assert main([*base, "-o", str(tmp_path / "board.pdf")]) == 0
    assert "Cofnodion: Quality Assurance Sub-group" in pdf_text(tmp_path / "board.pdf")
    assert main([*base, "--language", "en", "-o", str(tmp_path / "en.pdf")]) == 0
    text = pdf_text(tmp_path / "en.pdf")
    assert "Minutes: Quality Assurance Sub-group" in text and "Cofnodion" not in text
    assert main([*base, "--language", "both", "-o", str(tmp_path / "both.pdf")]) == 0
    assert "Cofnodion / Minutes: Quality Assurance Sub-group" in pdf_text(tmp_path / "both.pdf")
    with pytest.raises(SystemExit):
        main([*base, "--language", "fr", "-o", str(tmp_path / "fr.pdf")])


@pytest.fixture
def context(papers: Papers, qtbot) -> AppContext:  # noqa: ANN001 (pytest-qt's fixture)
    return AppContext(papers.ws, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _text: None)


def test_dialog_offers_the_boards_language_and_can_make_a_choice_the_boards(
        context: AppContext, papers: Papers, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    set_paper_language(papers.ws, "both")
    flow = ExportFlow(context, None, what="minutes")  # kept: it runs the export when the dialog is accepted
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "both"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    dialog.language_remember.setChecked(True)
    target = tmp_path / "cofnodion.pdf"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    text = pdf_text(target)
    assert "Cofnodion: Quality Assurance Sub-group" in text and "Tudalen 1 o" in text
    assert workspace_setting(papers.ws, PAPER_LANGUAGE) == "cy"
    context.undo_stack.undo()  # like any edit
    assert board_paper_language(papers.ws) == "both"


def test_dialog_choice_for_one_paper_leaves_the_board_alone(
        context: AppContext, papers: Papers, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    flow = ExportFlow(context, None, what="agenda")
    dialog = flow.dialog
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "en"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    target = tmp_path / "agenda.pdf"
    dialog.path_edit.setText(str(target))
    dialog.accept()
    text = pdf_text(target)
    assert "Tudalen 1 o 1" in text and "Cyflwynir gan" in text
    assert workspace_setting(papers.ws, PAPER_LANGUAGE, default="unset") == "unset"
    assert context.undo_stack.count() == 0
