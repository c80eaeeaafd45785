"""RAG ratings: the words users write, the colours boards print, and the
fills an imported spreadsheet uses instead of words.

Values are the lower-case strings the store keeps: ``red``, ``amber``,
``green``, ``blue`` (complete) and ``none`` (not started, shown grey).
``None`` (the Python value) always means "not understood" or "not set", never
"not started": the two must not be confused, because a board reads a grey
rating as a statement about progress.
"""

from __future__ import annotations

import colorsys
import re
from typing import Final

RED: Final = "red"
AMBER: Final = "amber"
GREEN: Final = "green"
BLUE: Final = "blue"
NONE: Final = "none"

RAG_VALUES: Final[tuple[str, ...]] = (RED, AMBER, GREEN, BLUE, NONE)

_LABELS: Final[dict[str, str]] = {
    RED: "Red",
    AMBER: "Amber",
    GREEN: "Green",
    BLUE: "Blue",
    NONE: "Not started",
}

# Fills chosen to print legibly on a council laser printer and to match the
# Office palette boards already use, so an export looks like their sheets.
RAG_COLOURS: Final[dict[str, str]] = {
    RED: "#FF4B4B",
    AMBER: "#FFC000",
    GREEN: "#70AD47",
    BLUE: "#5B9BD5",
    NONE: "#D9D9D9",
}

# What users type, after lower-casing and removing punctuation. The phrases
# "off track", "at risk" and "on track" are the meanings docs/SAFEGUARDING_BOARDS.md ("RAG ratings") gives the
# colours; boards sometimes write the meaning instead of the colour.
_WORDS: Final[dict[str, str]] = {
    "red": RED,
    "r": RED,
    "off track": RED,
    "amber": AMBER,
    "a": AMBER,
    "yellow": AMBER,
    "at risk": AMBER,
    "green": GREEN,
    "g": GREEN,
    "on track": GREEN,
    "blue": BLUE,
    "b": BLUE,
    "complete": BLUE,
    "completed": BLUE,
    "none": NONE,
    "n": NONE,
    "not started": NONE,
    "not yet started": NONE,
    "grey": NONE,
    "gray": NONE,
}

_KEYS: Final[dict[str, str]] = {"r": RED, "a": AMBER, "g": GREEN, "b": BLUE, "n": NONE}

_PUNCTUATION = re.compile(r"[^\w\s]|_", re.UNICODE)


def parse_rag(text: str | None) -> str | None:
    """The RAG value a cell's text means, or None when it is not a rating.

    Punctuation is dropped so "Green." or "(A)" or "not-started" still read;
    anything else (e.g. "Amber/Green", a note to colleagues) is left to the
    user rather than guessed.
    """
    if text is None:
        return None
    cleaned = _PUNCTUATION.sub(" ", text).casefold()
    cleaned = " ".join(cleaned.split())
    return _WORDS.get(cleaned)


def rag_label(value: str | None) -> str:
    """Short label for a RAG value; a missing rating reads as not started."""
    if value is None:
        return _LABELS[NONE]
    try:
        return _LABELS[value]
    except KeyError:
        raise ValueError(f"not a RAG value: {value!r}") from None


def rag_from_key(char: str) -> str | None:
    """The value for a key pressed in the grid (R, A, G, B, N), else None."""
    if len(char) != 1:
        return None
    return _KEYS.get(char.casefold())


def _rgb(colour: str) -> tuple[int, int, int] | None:
    """Red, green, blue from "#RRGGBB", "RRGGBB" or Excel's "AARRGGBB".

    Excel's alpha byte is ignored: openpyxl reports solid fills as "FF..."
    and Excel itself does not draw fills translucent.
    """
    digits = colour.strip().lstrip("#")
    if len(digits) == 8:
        digits = digits[2:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    if len(digits) != 6:
        return None
    try:
        value = int(digits, 16)
    except ValueError:
        return None
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


# Hue (degrees) at the centre of each rating. Amber sits at Excel's "Orange"
# (FFC000) so pure yellow, which many boards use for amber, falls to it;
# green sits low enough that Excel's "Light Green" (92D050) is green.
_HUE_ANCHORS: Final[tuple[tuple[str, float], ...]] = (
    (RED, 0.0),
    (AMBER, 45.0),
    (GREEN, 115.0),
    (BLUE, 215.0),
)
# Below this saturation a fill is white, grey or a wash too pale to mean
# anything; Excel's "Good"/"Bad" cell styles (C6EFCE, FFC7CE) stay above it.
_MIN_SATURATION: Final = 0.15
_MIN_VALUE: Final = 0.25  # near-black: a text colour, not a rating


def _hue_distance(a: float, b: float) -> float:
    gap = abs(a - b) % 360.0
    return min(gap, 360.0 - gap)


def nearest_rag_colour(rgb_hex: str | None) -> str | None:
    """The rating a cell fill most likely means: red, amber, green or blue.

    Works on hue because the same rating arrives in many shades (FF0000,
    C00000, FFC7CE). White, grey, black and very pale fills give None, as do
    strings that are not colours. Never returns ``none``: a grey fill is as
    likely to be a header shading as a "not started" rating.
    """
    if not rgb_hex:
        return None
    rgb = _rgb(rgb_hex)
    if rgb is None:
        return None
    hue, saturation, value = colorsys.rgb_to_hsv(*(c / 255.0 for c in rgb))
    if saturation < _MIN_SATURATION or value < _MIN_VALUE:
        return None
    degrees = hue * 360.0
    return min(_HUE_ANCHORS, key=lambda anchor: _hue_distance(degrees, anchor[1]))[0]


def _relative_luminance(rgb: tuple[int, int, int]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    a, b = _rgb(first), _rgb(second)
    if a is None or b is None:
        raise ValueError(f"not colours: {first!r}, {second!r}")
    light, dark = sorted((_relative_luminance(a), _relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _best_text_colour(fill: str) -> str:
    black, white = "#000000", "#FFFFFF"
    return black if contrast_ratio(fill, black) >= contrast_ratio(fill, white) else white


# Derived, not typed in, so a change of fill can never leave unreadable text.
RAG_TEXT_COLOURS: Final[dict[str, str]] = {value: _best_text_colour(fill) for value, fill in RAG_COLOURS.items()}
