"""Putting the pages of a PDF paper on a printer (or the print preview).

Printing redraws the exported PDF, rendered by PDFium, rather than laying
the paper out a second time with Qt: what comes out of the printer is then
the board paper itself, page for page, with its marking, header and "Page x
of y", and cannot drift from the PDF the secretariat sends out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter
from safeguard_desktop.views.i18n import translate

# Enough for crisp small print on a laser printer without rendering
# megapixel bitmaps for a 600 dpi driver.
MAX_DPI = 300
POINTS_PER_INCH = 72


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium  # only when printing: start-up stays light

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw every page of ``pdf`` on ``printer``, each scaled to the printable
    area, keeping its proportions; returns the pages drawn. The printer is
    turned to landscape when the paper is."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        width, height = document[0].get_size() if len(document) else (595.0, 842.0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                   else QPageLayout.Orientation.Portrait)
        scale = min(printer.resolution(), MAX_DPI) / POINTS_PER_INCH
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("PdfPages", "the printer could not be started"))
        try:
            for number in range(len(document)):
                if number:
                    printer.newPage()
                page = document[number]
                bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, as QImage's RGB888
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
                painter.drawImage(_fitted(painter.viewport().size().toSizeF(), image.size().toSizeF()), image)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


def _fitted(area: QSizeF, page: QSizeF) -> QRectF:
    """The largest rectangle of the page's proportions inside ``area``, centred."""
    ratio = min(area.width() / page.width(), area.height() / page.height())
    size = QSizeF(page.width() * ratio, page.height() * ratio)
    return QRectF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2, size.width(), size.height())
