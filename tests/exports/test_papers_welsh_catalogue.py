"""The Welsh catalogue of papers' fixed words is whole: every phrase the
export code passes to its words has a Welsh form, with the same values in
braces; the words papers take from core (RAG, statuses, register, levels,
minute headings, the attendance rule) are in it too; and the three
languages render as the Welsh Language Standards expect (Welsh first)."""

from __future__ import annotations

import ast
import string
from xml.etree import ElementTree
from datetime import date
from pathlib import Path

import pytest

from safeguard_desktop.core.attendance import AttendanceRule, describe_rule
from safeguard_desktop.core.minutes_headings import PARTS
from safeguard_desktop.core.plan_shapes import NOTE, SHAPES
from safeguard_desktop.core.rag import RAG_VALUES, rag_label
from safeguard_desktop.core.review_clocks import NOTIFICATION, REPORT, REVIEW_KINDS, Clock, clock_state
from safeguard_desktop.core.seats import SEAT_ROLES, seat_role_words
from safeguard_desktop.core.self_assessment import SCORES, score_word
from safeguard_desktop.core.statuses import STATUS_LABELS
from safeguard_desktop.exports import minutes_text, paper_words
from safeguard_desktop.exports.common import MARKINGS, PaperOptions
from safeguard_desktop.exports.paper_terms import MONTHS, SHORT_MONTHS, WELSH
from safeguard_desktop.exports.paper_words import ProgramText, Words
from safeguard_desktop.exports.tables import IN_ATTENDANCE_NOTE, OVERDUE, REGISTER_LABELS
from safeguard_desktop.store.ops.case_reviews import REVIEW_STATUSES
from safeguard_desktop.store.queries.attendance_grid import KEY
from safeguard_desktop.store.queries.documents import ACTION_PLAN_HEADINGS
from safeguard_desktop.store.queries.due import what_is_due
from safeguard_desktop.store.workspace import Workspace

EXPORTS = Path(paper_words.__file__).parent
# The ways export code hands a phrase to its words: w("..."), w.label("...", v), w.count("...", "...", n).
WORD_CALLS = {"w", "words", "label", "count", "sheet_name"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_phrase_has_welsh_with_the_same_values() -> None:
    for english, welsh in WELSH.items():
        assert welsh.strip(), english
        assert _fields(welsh) == _fields(english), english


def _phrases_in_export_code() -> list[tuple[str, str]]:
    """Every string literal passed to the paper's words in exports/."""
    found = []
    for path in sorted(EXPORTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            owner = func.value if isinstance(func, ast.Attribute) else None
            ours = name in ("w", "words") or (
                name in WORD_CALLS and isinstance(owner, (ast.Name, ast.Attribute))
                and (getattr(owner, "id", None) == "w" or getattr(owner, "attr", None) == "w"))
            if ours:
                found += [(path.name, arg.value) for arg in node.args
                          if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return found


def test_every_phrase_the_export_code_uses_is_in_the_catalogue() -> None:
    phrases = _phrases_in_export_code()
    assert len(phrases) > 80  # the walk finds the calls (a test that cannot fail finds nothing)
    missing = [(module, phrase) for module, phrase in phrases if phrase not in WELSH]
    assert not missing


def test_column_headings_in_export_code_are_in_the_catalogue() -> None:
    headings = []
    for path in sorted(EXPORTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Column" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                headings.append(node.args[0].value)
    assert len(headings) > 50
    assert [h for h in headings if h not in WELSH] == []


def test_words_papers_take_from_core_are_in_the_catalogue() -> None:
    core_words = [
        *MARKINGS, *ACTION_PLAN_HEADINGS, *(rag_label(v) for v in RAG_VALUES), *STATUS_LABELS.values(),
        *REGISTER_LABELS.values(), *minutes_text.PURPOSES.values(), *(word for _, word in PARTS),
        *(level.word for shape in SHAPES.values() for level in (*shape.levels, *shape.side_levels)), NOTE.word,
        KEY, IN_ATTENDANCE_NOTE, OVERDUE, *(score_word(score) for score in SCORES), *REVIEW_KINDS.values(),
        *(seat_role_words(role, voting, False) for role in SEAT_ROLES for voting in (True, False)),
        seat_role_words("member", True, True), *(status.capitalize() for status in REVIEW_STATUSES),
        describe_rule(AttendanceRule(deputy_counts_as_attended=True)),
        describe_rule(AttendanceRule(deputy_counts_as_attended=False)),
    ]
    assert [word for word in core_words if word not in WELSH] == []


def test_month_names() -> None:
    assert MONTHS[0] == "Ionawr" and MONTHS[11] == "Rhagfyr" and len(MONTHS) == len(SHORT_MONTHS) == 12


@pytest.mark.parametrize(("language", "page", "long", "short", "minutes"), [
    ("en", "Page 2 of 7", "14 May 2024", "30 Sep 2024", "Minutes"),
    ("cy", "Tudalen 2 o 7", "14 Mai 2024", "30 Medi 2024", "Cofnodion"),
    ("both", "Tudalen 2 o 7 / Page 2 of 7", "14 Mai / May 2024", "30/09/2024", "Cofnodion / Minutes"),
])
def test_the_three_languages(language: str, page: str, long: str, short: str, minutes: str) -> None:
    w = Words(language)
    assert w("Page {page} of {pages}", page=2, pages=7) == page
    assert w.long_date(date(2024, 5, 14)) == long
    assert w.short_date(date(2024, 9, 30)) == short
    assert w("Minutes") == minutes


def test_words_the_same_in_both_languages_are_said_once() -> None:
    both = Words("both")
    assert both("CAB") == "CAB" and both("Agenda") == "Agenda"
    assert both.long_date(date(2024, 8, 1)) == "1 Awst / August 2024"
    assert both.long_date(date(2024, 9, 1)) == "1 Medi / September 2024"


def test_what_users_typed_is_never_translated() -> None:
    cy = Words("cy")
    # A plan's own heading, or a group's own minute heading, that happens not to be ours: kept.
    assert cy.known("What we will do") == "What we will do"
    assert cy.known("Discussion") == "Trafodaeth"  # the usual heading is ours
    assert cy.label("Chair", "Open Door Trust") == "Cadeirydd: Open Door Trust"


def test_a_language_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        PaperOptions(language="fr")
    with pytest.raises(ValueError, match="language"):
        Words("welsh")


def test_month_names_in_text_the_program_made_are_welsh_in_the_welsh_words() -> None:
    period = ProgramText("Q1 2024-25 (April–June 2024)")
    assert Words("cy")("Attendance {period}", period=period) == "Presenoldeb Q1 2024-25 (Ebrill–Mehefin 2024)"
    assert Words("both")("Attendance {period}", period=period) == \
        "Presenoldeb Q1 2024-25 (Ebrill–Mehefin 2024) / Attendance Q1 2024-25 (April–June 2024)"
    assert Words("en")("Attendance {period}", period=period) == "Attendance Q1 2024-25 (April–June 2024)"
    # What users typed is not the program's: "May" in a name stays.
    assert Words("cy")("Chair") and Words("cy").label("Chair", "May Jones") == "Cadeirydd: May Jones"


def test_every_state_a_review_clock_can_be_in_is_said_in_welsh() -> None:
    day, due = date(2026, 3, 2), date(2026, 3, 9)
    states = [clock_state(Clock(NOTIFICATION, due, met, "the incident is known"), today, closed=closed).words
              for met, today, closed in ((due, day, False), (date(2026, 3, 12), day, False), (None, day, True),
                                         (None, day, False), (None, due, False), (None, date(2026, 3, 13), False),
                                         (None, date(2026, 3, 10), False))]
    states += [clock_state(Clock(REPORT, None, None, waits), day).words
               for waits in ("the incident is known", "notification", "a review is decided")]
    cy = Words("cy")
    for state in states:
        welsh = cy.sentence(f"{state} (due 09/03/2026)")
        assert welsh != f"{state} (due 09/03/2026)" and welsh.endswith("(yn ddyledus 09/03/2026)"), state
    assert cy.sentence("Overdue by 1 working day") == "Yn hwyr o 1 diwrnod gwaith"
    assert Words("both").sentence("Due today") == "Yn ddyledus heddiw / Due today"
    assert Words("en").sentence("Due today") == "Due today"
    assert cy.sentence("Held by the chair") == "Held by the chair"  # not one of ours: as it is


def test_every_heading_of_what_is_due_is_said_in_welsh(workspace: Workspace) -> None:
    overview = what_is_due(workspace, date(2026, 3, 2))
    cy = Words("cy")
    assert len(overview.sections) >= 6
    assert [s.heading for s in overview.sections if cy.sentence(s.heading) == s.heading] == []


def test_papers_say_in_welsh_what_the_window_says() -> None:
    """Words the window and the papers share read the same in both: a
    member who sees "Ar gau" on screen must not read "Wedi cau" on paper."""
    ts = EXPORTS.parents[1] / "ui" / "translations" / "safeguard_cy.ts"
    if not ts.exists():
        pytest.skip("the window's Welsh catalogue is not there yet")
    window: dict[str, set[str]] = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text and not list(translation):
            window.setdefault(source, set()).add(translation.text)
    shared = [english for english in WELSH if english in window]
    assert len(shared) > 50
    assert [(english, WELSH[english], window[english]) for english in shared
            if WELSH[english] not in window[english]] == []
