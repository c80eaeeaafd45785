"""File › Print…: the paper printed is the PDF paper, page for page. The
preview is drawn from the exported PDF, and printing to a PDF printer gives
as many pages as the paper, each with ink on it; the private temporary copy
goes when the preview closes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter

from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.store.workspace import Workspace, open_workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.printing.pdf_pages import page_count, paint_pdf
from safeguard_desktop.views.printing.print_flow import PrintFlow
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Workspace]:
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        yield ws


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_printing_draws_every_page_of_the_paper_with_its_ink(demo: Workspace, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    paper = tmp_path / "log.pdf"
    export(demo, ExportRequest("action-log", "pdf"), paper)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert paint_pdf(printer, paper) == page_count(paper) == _pages(paper) > 1
    assert _pages(printed) == _pages(paper)
    assert printer.pageLayout().orientation().name == "Landscape"  # the log is a landscape paper
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(printed), str(tmp_path / "p")],
                   check=True)
    from PySide6.QtGui import QImage

    image = QImage(str(next(tmp_path.glob("p*.png"))))
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 200)
    assert dark > 300  # the page has the paper's text on it, not a blank sheet


def test_the_print_flow_previews_the_chosen_paper_and_removes_its_copy(demo: Workspace, qtbot) -> None:  # noqa: ANN001
    context = AppContext(demo, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    flow = PrintFlow(context, None, what="minutes")
    qtbot.addWidget(flow.dialog)
    assert flow.dialog.windowTitle() == "Print"
    assert not flow.dialog.form.isRowVisible(flow.dialog.format_box)
    assert not flow.dialog.form.isRowVisible(flow.dialog.where)
    whats = [flow.dialog.what_box.itemData(i) for i in range(flow.dialog.what_box.count())]
    assert "calendar" not in whats and "minutes" in whats  # only papers that have a PDF
    flow.dialog.accept()
    assert flow.preview is not None and flow.pdf is not None and flow.pdf.exists()
    folder = flow.pdf.parent
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    qtbot.addWidget(flow.preview)
    printed: list[int] = []
    flow.preview.paintRequested.connect(lambda printer: printed.append(1))
    flow.preview.done(0)
    assert not folder.exists()


def test_the_file_menu_prints_with_ctrl_p(qtbot) -> None:  # noqa: ANN001
    from safeguard_desktop.views.main_window import MainWindow

    window = MainWindow(Settings(), ImmediateTaskRunner())
    qtbot.addWidget(window)
    found = [a for a in window.file_menu.actions() if a.text() == "&Print…"]
    assert len(found) == 1 and found[0].shortcut().toString() == "Ctrl+P"
    assert not found[0].isEnabled()  # nothing to print until a workspace is open
