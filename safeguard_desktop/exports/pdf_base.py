"""What every PDF paper module shares: the embedded font, paragraph styles
in it, the house colours, the title block, tables that keep rows whole, and
the ``Story`` a paper module hands back."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 14 * mm
BAND = 9 * mm  # room above and below the frame for the running header and footer
INK = colors.HexColor("#1A1A1A")
BANNER = colors.HexColor("#1F4E79")
HEADER_FILL = colors.HexColor("#D9E1F2")
GRID = colors.HexColor("#A6A6A6")


@dataclass(frozen=True)
class Story:
    """What a paper module hands back: its flowables and page facts."""

    flowables: list[Flowable]
    title: str
    board: str
    rows: int
    withheld: int


@lru_cache(maxsize=1)
def prepare_reportlab() -> None:
    """Register the embedded fonts, once per process. Also write binary
    streams: ASCII85 (reportlab's default) kept PDFs 7-bit clean for mail
    systems long gone, and costs a sixth of a long paper's time (measured,
    in pure Python) and a fifth of its size."""
    rl_config.useA85 = 0
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # Italic maps to the upright faces: an <i> tag must never reach for a
    # base font that is not embedded.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def style(name: str, size: float = 8.5, bold: bool = False, **more: Any) -> ParagraphStyle:
    """A paragraph style in the embedded font (the only way to get one)."""
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=more.pop("leading", size * 1.22), textColor=more.pop("textColor", INK), **more)


@dataclass(frozen=True)
class Frame:
    """The room a paper module lays out in: the width of the text block and
    the height a fresh page offers a table."""

    width: float
    height: float


class PaperTable(LongTable):
    """A table whose rows stay whole across a page break, unless a row is
    taller than a whole page: only then is it split inside, and only from
    the top of a fresh page. (reportlab's own in-row splitting would also
    start a split row in the leftover space at the foot of a page, under a
    repeated header row in the middle of the page.)"""

    frame_height = 0.0  # set on the subclass ``for_frame`` makes; reportlab copies tables by class

    @staticmethod
    @lru_cache(maxsize=4)
    def for_frame(height: float) -> type[PaperTable]:
        return type("PaperTable", (PaperTable,), {"frame_height": height})

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight, doInRowSplit=False)
        if parts or availHeight < self.frame_height - 1:
            return parts  # whole rows, or nothing: the table goes on to the next page
        return self._splitRows(availHeight, doInRowSplit=True)


def paragraph_text(text: str, cleaner: TextCleaner) -> str:
    """Plain text as paragraph markup: cleaned, escaped, line breaks kept."""
    return escape(cleaner.clean(text)).replace("\n", "<br/>")


_TITLE = style("paper-title", 16, bold=True, spaceAfter=4)
_BOARD = style("paper-board", 11, bold=True, spaceAfter=2)
_FACTS = style("paper-facts", 9, textColor=colors.HexColor("#404040"), spaceAfter=2)
_WITHHELD = style("paper-withheld", 9, bold=True, textColor=colors.HexColor("#9C0006"), spaceBefore=2)


def title_block(board: str, title: str, facts: Sequence[str], withheld: str | None,
                cleaner: TextCleaner) -> list[Flowable]:
    """Board, title, facts (version, date...) and, on a public paper, the
    sentence saying that confidential items were withheld."""
    flow: list[Flowable] = [Paragraph(paragraph_text(board, cleaner), _BOARD),
                            Paragraph(paragraph_text(title, cleaner), _TITLE)]
    if facts:
        flow.append(Paragraph(paragraph_text(" · ".join(facts), cleaner), _FACTS))
    if withheld:
        flow.append(Paragraph(paragraph_text(withheld, cleaner), _WITHHELD))
    flow.append(Spacer(1, 8))
    return flow
