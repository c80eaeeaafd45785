"""File › Print… (Ctrl+P): the export dialog's questions (what, which plan
or meeting, the marking, public or not), the PDF paper made on a worker
into a private temporary folder, then Qt's print preview, which prints it.
The temporary copy goes when the preview closes: a safeguarding paper is
not left lying in a temporary folder."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from safeguard_desktop.exports.common import ExportResult
from safeguard_desktop.exports.papers import export
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ExportFlow, start_export
from safeguard_desktop.views.printing.pdf_pages import paint_pdf
from safeguard_desktop.views.i18n import translate

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow


class PrintFlow(ExportFlow):
    def __init__(self, context: AppContext, parent: QWidget | None, what: str = "action-plan") -> None:
        super().__init__(context, parent, what, for_print=True)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview: QPrintPreviewDialog | None = None
        self.pdf: Path | None = None
        self._folder: str | None = None

    def run(self) -> None:
        request, workspace = replace(self.dialog.request(), format="pdf"), self.context.workspace
        self._folder = tempfile.mkdtemp(prefix="safeguard-print-")  # readable by this user alone
        target = Path(self._folder) / "paper.pdf"
        self.context.tasks.run(
            translate("PrintFlow", "Preparing the paper to print"),
            lambda progress: export(workspace, request, target, progress),
            self.done,
            self._failed,
        )

    def done(self, result: ExportResult) -> None:
        self.pdf = result.path
        self.printer.setDocName(self.dialog.request().title or result.path.stem)
        self.preview = QPrintPreviewDialog(self.printer, self.parent)
        self.preview.setWindowTitle(translate("PrintFlow", "Print preview"))
        self.preview.paintRequested.connect(self.paint)
        self.preview.finished.connect(lambda _code: self.clean_up())
        self.preview.open()

    def paint(self, printer: QPrinter) -> None:
        if self.pdf is not None:
            paint_pdf(printer, self.pdf)

    def _failed(self, exc: BaseException) -> None:
        self.clean_up()
        self.failed(exc)

    def clean_up(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder, self.pdf = None, None


def start_print(window: MainWindow) -> ExportFlow | None:
    """File › Print…: the paper chosen as for an export, then a print preview."""
    return start_export(window, PrintFlow)
