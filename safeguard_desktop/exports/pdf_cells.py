"""What goes in a cell of a PDF table: text broken into lines, and RAG chips.

Table cells need only one font, words wrapped to the column and line breaks
kept, so text is broken here, once, and given to the table as plain lines
(which reportlab draws and splits across pages cheaply). A Paragraph per
cell parses markup and lays its lines out afresh each of the three or four
times a table asks for its size: on a 2,000-row plan that made our paper
slower than LibreOffice converting the same rows. Word widths are measured
once per word and font.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from safeguard_desktop.core.rag import RAG_COLOURS, RAG_TEXT_COLOURS, rag_label
from safeguard_desktop.exports.pdf_base import FONT_BOLD


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(word, font, size)


def break_lines(text: str, font: str, size: float, room: float) -> list[str]:
    """Greedy word wrap to ``room`` points; a word longer than a line is
    broken between characters rather than left to run over the next cell."""
    space = _width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            width = _width(word, font, size)
            if line and used + space + width <= room:
                line, used = f"{line} {word}", used + space + width
                continue
            if line:
                lines.append(line)
            while width > room and len(word) > 1:
                cut = _fitting_prefix(word, font, size, room)
                lines.append(word[:cut])
                word = word[cut:]
                width = _width(word, font, size)
            line, used = word, width
        lines.append(line)
    return lines


def _fitting_prefix(word: str, font: str, size: float, room: float) -> int:
    cut = 1
    while cut < len(word) and pdfmetrics.stringWidth(word[:cut + 1], font, size) <= room:
        cut += 1
    return cut


class RagChip(Flowable):
    """A RAG rating as a rounded chip of its colour with the word on it:
    never colour alone, so it reads in black and white and to everyone."""

    HEIGHT = 11.0
    SIZE = 7.0
    SMALLEST = 4.5  # a label wider than its column ("Heb ddechrau / Not started") is set smaller, never cut

    def __init__(self, rag: str, label: str | None = None) -> None:
        super().__init__()
        self.label = label or rag_label(rag)  # the word in the paper's language
        self.fill = colors.HexColor(RAG_COLOURS[rag])
        self.ink = colors.HexColor(RAG_TEXT_COLOURS[rag])
        self.size = self.SIZE

    @classmethod
    def width_for(cls, label: str, size: float = SIZE) -> float:
        return _width(label, FONT_BOLD, size) + 10

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = min(availWidth, self.width_for(self.label))
        text = _width(self.label, FONT_BOLD, self.SIZE)
        self.size = max(self.SMALLEST, min(self.SIZE, self.SIZE * (self.width - 4) / text)) if text else self.SIZE
        return self.width, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.fill)
        canvas.roundRect(0, 0, self.width, self.HEIGHT, 3, stroke=0, fill=1)
        canvas.setFillColor(self.ink)
        canvas.setFont(FONT_BOLD, self.size)
        canvas.drawCentredString(self.width / 2, 3, self.label)
