"""Cell fills as "RRGGBB", whatever way the workbook wrote them.

Excel stores a fill as an RGB value, as an index into a 64-colour palette
(files from old Excel versions), or as a slot of the workbook's theme with a
tint (what the colour picker's top rows write). A RAG rating given only as a
fill must survive all three, so each is resolved to one hex value here and
``core.rag.nearest_rag_colour`` decides what it means.
"""

from __future__ import annotations

import colorsys
from typing import Any

from defusedxml import ElementTree

# The Office 2007 theme openpyxl writes into new workbooks: used when a file
# carries no theme part of its own. Order is Excel's theme index order.
DEFAULT_THEME = ("FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D",
                 "9BBB59", "8064A2", "4BACC6", "F79646", "0000FF", "800080")

_DRAWING_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Excel's theme index swaps the first two pairs of the scheme's order
# (dk1, lt1, dk2, lt2): index 0 is lt1 (the background), 1 is dk1.
_THEME_SLOTS = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
                "accent5", "accent6", "hlink", "folHlink")


def theme_colours(theme_xml: bytes | str | None) -> tuple[str, ...]:
    """The twelve colours of a workbook's theme part, in Excel's index order."""
    if not theme_xml:
        return DEFAULT_THEME
    root = ElementTree.fromstring(theme_xml)
    scheme = root.find(f".//{_DRAWING_NS}clrScheme")
    if scheme is None:
        return DEFAULT_THEME
    colours = []
    for slot, fallback in zip(_THEME_SLOTS, DEFAULT_THEME):
        element = scheme.find(f"{_DRAWING_NS}{slot}")
        value = None
        if element is not None and len(element):
            colour = element[0]
            value = colour.get("val") if colour.tag.endswith("srgbClr") else colour.get("lastClr")
        colours.append(_six_digits(value) or fallback)
    return tuple(colours)


def _six_digits(value: str | None) -> str | None:
    if not value:
        return None
    digits = value.strip().lstrip("#").upper()
    if len(digits) == 8:
        digits = digits[2:]
    if len(digits) != 6 or any(ch not in "0123456789ABCDEF" for ch in digits):
        return None
    return digits


def apply_tint(rgb: str, tint: float) -> str:
    """Excel's tint: darken (negative) or lighten (positive) in HLS space."""
    if not tint:
        return rgb
    r, g, b = (int(rgb[i:i + 2], 16) / 255.0 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(hue, min(max(lightness, 0.0), 1.0), saturation)
    return "".join(f"{round(c * 255):02X}" for c in (r, g, b))


class FillResolver:
    """Turns openpyxl fills into hex, with one workbook's theme and palette."""

    def __init__(self, theme_xml: bytes | str | None, palette: list[str] | None) -> None:
        self._theme = theme_colours(theme_xml)
        from openpyxl.styles.colors import COLOR_INDEX  # only a workbook being read has fills to resolve

        self._palette = list(palette) if palette else list(COLOR_INDEX)

    def fill_hex(self, fill: Any) -> str | None:
        """The colour a cell is painted with, or None for no fill."""
        if fill is None or getattr(fill, "fill_type", None) in (None, "none"):
            return None
        if fill.fill_type != "solid":
            # Patterned fills: Excel paints the pattern colour over the
            # background; the pattern colour is what the user picked.
            return self.colour_hex(fill.fgColor) or self.colour_hex(fill.bgColor)
        return self.colour_hex(fill.fgColor)

    def colour_hex(self, colour: Any) -> str | None:
        if colour is None:
            return None
        kind = getattr(colour, "type", None)
        if kind == "rgb":
            value = colour.rgb
            return _six_digits(value) if isinstance(value, str) else None
        if kind == "indexed":
            index = colour.indexed
            if isinstance(index, int) and 0 <= index < len(self._palette):
                return _six_digits(self._palette[index])
            return None  # 64 and 65 are "system foreground/background": no fill meant
        if kind == "theme":
            index = colour.theme
            if isinstance(index, int) and 0 <= index < len(self._theme):
                return apply_tint(self._theme[index], float(colour.tint or 0.0))
        return None


def docx_fill_hex(value: str | None) -> str | None:
    """A Word cell shading's w:fill ("FF0000", or "auto" for none)."""
    if not value or value.casefold() == "auto":
        return None
    return _six_digits(value)
