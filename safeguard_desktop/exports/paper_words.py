"""The fixed words of a paper in English, Welsh, or both side by side.

Welsh boards work under the Welsh Language Standards: a paper's headings,
column titles, markings, RAG and attendance words, "Page x of y" and dates
may be in Welsh, or in both languages with the Welsh first ("Cofnodion /
Minutes"). Only the program's own words change: what users typed (titles,
actions, minutes, names) is printed as typed. The words themselves are in
``paper_terms`` and docs/WELSH.md. Plain Python: no Qt here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Final

from safeguard_desktop.core.paper_languages import BOTH, ENGLISH, PAPER_LANGUAGES
from safeguard_desktop.core.paper_languages import WELSH as WELSH_ONLY
from safeguard_desktop.core.rag import rag_label
from safeguard_desktop.core.statuses import status_label
from safeguard_desktop.exports.paper_terms import DUE_SUFFIX, MONTHS, SHORT_MONTHS, WELSH, WELSH_SENTENCES

LANGUAGES: Final = PAPER_LANGUAGES
SEPARATOR: Final = " / "
SHEET_NAME_LIMIT: Final = 31  # Excel's
_ENGLISH_MONTHS: Final = tuple(date(2000, month, 1).strftime("%B") for month in range(1, 13))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Compiled on the first Welsh paper, not when the window starts (the
    export dialog imports this module)."""
    return (re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\b"), re.compile(DUE_SUFFIX[0] + "$"),
            tuple((re.compile(pattern), welsh) for pattern, welsh in WELSH_SENTENCES))


class ProgramText(str):
    """Text the program made, not the user ("Q1 2024-25 (April–June 2024)"):
    as a value in a phrase its month names are Welsh in the Welsh words."""

    def welsh(self) -> str:
        return _patterns()[0].sub(lambda m: MONTHS[_ENGLISH_MONTHS.index(m.group(1))], self)


class Words:
    """A paper's fixed words in one language. ``words("Minutes")`` gives
    "Minutes", "Cofnodion" or "Cofnodion / Minutes"; values in braces are
    filled in from keywords, and without them the braces are left for the
    writer (a Word field, Excel's "&P")."""

    def __init__(self, language: str = ENGLISH) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"paper language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        self.language = language

    def __call__(self, english: str, **values: object) -> str:
        en = english.format(**values) if values else english
        if self.language == ENGLISH:
            return en
        # A phrase missing from the catalogue stays English rather than fail a
        # paper; tests/exports/test_papers_welsh_catalogue.py finds any such phrase.
        welsh = WELSH.get(english, english)
        cy = welsh.format(**{k: v.welsh() if isinstance(v, ProgramText) else v for k, v in values.items()}) \
            if values else welsh
        if self.language == WELSH_ONLY or cy == en:
            return cy
        return f"{cy}{SEPARATOR}{en}"

    def known(self, text: str | None) -> str | None:
        """Words that may be ours or the user's (a plan's column heading, a
        group's minute heading): ours are translated, the user's kept."""
        if text is None or self.language == ENGLISH or text not in WELSH or "{" in text:
            return text
        return self(text)

    def sentence(self, english: str) -> str:
        """A sentence core/ or store/ made, with its numbers and dates
        ("Overdue by 3 working days (due 09/11/2026)"), in the paper's
        words; one no pattern knows stays as it is."""
        if self.language == ENGLISH:
            return english
        _, due_suffix, sentences = _patterns()
        body, suffix = english, ""
        found = due_suffix.search(english)
        if found:
            body, suffix = english[:found.start()], due_suffix.sub(DUE_SUFFIX[1], found.group(0))
        for pattern, welsh in sentences:
            if pattern.fullmatch(body):
                cy = pattern.sub(welsh, body) + suffix
                return cy if self.language == WELSH_ONLY else f"{cy}{SEPARATOR}{english}"
        return english

    def count(self, one: str, many: str, count: int, **values: object) -> str:
        """A phrase with a number: English says "1 meeting", "2 meetings"."""
        return self(one if count == 1 else many, count=count, **values)

    def label(self, english: str, value: str) -> str:
        """"Cadeirydd / Chair: Jane Jones": the label in the paper's words, the value as it is."""
        return f"{self(english)}: {value}"

    def sheet_name(self, english: str) -> str:
        """A workbook's tab: Excel allows 31 characters and no "/", so both
        languages are joined by a dash, and the Welsh stands alone when
        both do not fit."""
        if self.language != BOTH:
            return self(english)
        welsh = words(WELSH_ONLY)(english)
        both = welsh if welsh == english else f"{welsh} - {english}"
        return both if len(both) <= SHEET_NAME_LIMIT else welsh

    def rag(self, value: str | None) -> str:
        return self(rag_label(value))

    def status(self, code: str | None) -> str:
        return self.known(status_label(code)) or ""

    # -- dates -------------------------------------------------------------------
    def long_date(self, day: date) -> str:
        """"14 May 2024", "14 Mai 2024", "14 Mai / May 2024"."""
        return self._date(day, MONTHS, "%B", with_year=True)

    def short_date(self, day: date) -> str:
        """A date in a table cell: "30 Sep 2024", "30 Medi 2024"; in both
        languages "30/09/2024", which reads the same in either and fits a
        narrow column."""
        if self.language == BOTH:
            return f"{day:%d/%m/%Y}"
        return self._date(day, SHORT_MONTHS, "%b", with_year=True)

    def day_month(self, day: date) -> str:
        """A meeting's column in the attendance grid: "14 May", "14 Mai"; in both "14/05"."""
        if self.language == BOTH:
            return f"{day:%d/%m}"
        return self._date(day, SHORT_MONTHS, "%b", with_year=False)

    def _date(self, day: date, welsh_months: tuple[str, ...], english_format: str, *, with_year: bool) -> str:
        english = day.strftime(english_format)  # the C locale's names: the program never sets another
        welsh = welsh_months[day.month - 1]
        month = {ENGLISH: english, WELSH_ONLY: welsh}.get(
            self.language, welsh if welsh == english else f"{welsh}{SEPARATOR}{english}")
        return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"


@lru_cache(maxsize=len(LANGUAGES))
def words(language: str = ENGLISH) -> Words:
    """The one ``Words`` for a language."""
    return Words(language)
