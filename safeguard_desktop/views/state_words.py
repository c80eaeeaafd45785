"""The window's words for the states store/ and core/ describe in English
("Overdue by 3 working days", "Due in 2 days", "Actions overdue"): exports
and the command line share those sentences, so core stays Qt-free and the
window reads each one back by its pattern and says it again through Qt's
translation (docs/WELSH.md). What no pattern knows is shown as it came."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safeguard_desktop.core.rag import RAG_VALUES, rag_label
from safeguard_desktop.core.statuses import STATUS_LABELS
from safeguard_desktop.views.i18n import counted, day_text, translate, word


# Sentences said whole (section headings, states without a number).
_WHOLE = (
    QT_TRANSLATE_NOOP("Words", "Review clocks running out"), QT_TRANSLATE_NOOP("Words", "Actions overdue"),
    QT_TRANSLATE_NOOP("Words", "Plan rows not updated this quarter"),
    QT_TRANSLATE_NOOP("Words", "Meetings held without minutes"), QT_TRANSLATE_NOOP("Words", "Minutes not yet agreed"),
    QT_TRANSLATE_NOOP("Words", "Seats without a holder"), QT_TRANSLATE_NOOP("Words", "Due today"),
    QT_TRANSLATE_NOOP("Words", "Never updated"), QT_TRANSLATE_NOOP("Words", "No holder"),
    QT_TRANSLATE_NOOP("Words", "the incident is known"), QT_TRANSLATE_NOOP("Words", "notification"),
    QT_TRANSLATE_NOOP("Words", "Review report"),
)
STARTS_WHEN = QT_TRANSLATE_NOOP("StateWords", "Starts when {event}")


# Sentences with a count, each a literal so that lupdate keeps its plural forms.
def _overdue_working(n: int) -> str:
    return counted(translate("StateWords", "Overdue by %n working day(s)", None, n), n)


def _overdue(n: int) -> str:
    return counted(translate("StateWords", "Overdue by %n day(s)", None, n), n)


def _due_in_working(n: int) -> str:
    return counted(translate("StateWords", "Due in %n working day(s)", None, n), n)


def _due_in(n: int) -> str:
    return counted(translate("StateWords", "Due in %n day(s)", None, n), n)


def _held_ago(n: int) -> str:
    return counted(translate("StateWords", "Held %n day(s) ago", None, n), n)


def _due_soon(n: int) -> str:
    return counted(translate("StateWords", "Actions due in the next %n day(s)", None, n), n)


def _working_days(n: int) -> str:
    return counted(translate("StateWords", "%n working day(s)", None, n), n)


def _days(n: int) -> str:
    return counted(translate("StateWords", "%n day(s)", None, n), n)


def _count(say: Callable[[int], str]) -> Callable[[re.Match[str]], str]:
    return lambda m: say(int(m.group(1)))


def _with(text: str, *names: str) -> Callable[[re.Match[str]], str]:
    return lambda m: translate("StateWords", text).format(**{n: word(m.group(n)) for n in names})


def _update(m: re.Match[str]) -> str:
    """An action's latest update, "RAG: amber (Board, 12 Sep 2024)": the kind and
    a rating's or status's word in the window's language; progress as typed."""
    kind, rest = m.group("kind"), m.group("rest")
    codes = {"RAG": {code: rag_label(code) for code in RAG_VALUES},
             "Status": {code.replace("_", " "): label for code, label in STATUS_LABELS.items()}}.get(kind, {})
    for code, label in sorted(codes.items(), key=lambda item: -len(item[0])):
        if rest == code or rest.startswith(code + " "):
            rest = word(label) + rest[len(code):]
            break
    return f"{word(kind)}: {rest}"


def _quorum(m: re.Match[str]) -> str:
    """The register's quorum line (core/quorum.py); agencies' names as typed."""
    said = (translate("StateWords", "Quorate: {present} of {total} voting seats") if m.group("state") == "Quorate"
            else translate("StateWords", "Not quorate: {present} of {total} voting seats"))
    said = said.format(present=m.group("present"), total=m.group("total"))
    if m.group("needed"):
        said += translate("StateWords", " ({needed} needed)").format(needed=m.group("needed"))
    if m.group("names"):
        said += (translate("StateWords", "; {names} present") if m.group("what") == "present"
                 else translate("StateWords", "; {names} not represented")).format(names=m.group("names"))
    return said


def _quorum_rule(m: re.Match[str]) -> str:
    """A group's quorum as its page shows it (store/queries/org.py)."""
    said = (translate("StateWords", "{count} of {total} voting seats").format(count=m.group("count"),
                                                                             total=m.group("total"))
            if m.group("count") else
            translate("StateWords", "a majority of {total} voting seats").format(total=m.group("total")))
    if m.group("names"):
        said += translate("StateWords", "; {names} must be there").format(names=m.group("names"))
    return said


_RUNNING = re.compile(r"(?P<state>.+) \(due (?P<day>[\d/]+)\)")
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"Overdue by (\d+) working days?"), _count(_overdue_working)),
    (re.compile(r"Overdue by (\d+) days?"), _count(_overdue)),
    (re.compile(r"Due in (\d+) working days?"), _count(_due_in_working)),
    (re.compile(r"Due in (\d+) days?"), _count(_due_in)),
    (re.compile(r"Held (\d+) days? ago"), _count(_held_ago)),
    (re.compile(r"Actions due in the next (\d+) days?"), _count(_due_soon)),
    (re.compile(r"(?P<kind>Progress|RAG|Status|Due date): (?P<rest>.*)", re.S), _update),
    (re.compile(r"(?P<state>Quorate|Not quorate): (?P<present>\d+) of (?P<total>\d+) voting seats?"
                r"(?: \((?P<needed>\d+) needed\))?(?:; (?P<names>.+) (?P<what>present|not represented))?"), _quorum),
    (re.compile(r"(?:(?P<count>\d+) of|a majority of) (?P<total>\d+) voting seats?(?:; (?P<names>.+) must be there)?"),
     _quorum_rule),
    (
        re.compile(r"Met on (?P<day>[\d/]+), (?P<late>\d+) (?P<unit>working )?days? late"),
        lambda m: translate("StateWords", "Met on {day}, {late} late").format(
            day=m.group("day"), late=(_working_days if m.group("unit") else _days)(int(m.group("late")))
        ),
    ),
    (
        re.compile(r"Met on (?P<day>[\d/]+)"),
        lambda m: translate("StateWords", "Met on {day}").format(day=m.group("day")),
    ),
    (re.compile(r"Starts when (?P<event>.+)"), _with(STARTS_WHEN, "event")),
    (
        re.compile(r"Last updated (?P<day>[\d/]+)"),
        lambda m: translate("StateWords", "Last updated {day}").format(day=m.group("day")),
    ),
    (
        re.compile(r"(?P<clock>Notification|Rapid review|Review report) due (?P<day>[\d/]+)"),
        lambda m: translate("StateWords", "{clock} due {day}").format(
            clock=word(m.group("clock")), day=m.group("day")
        ),
    ),
)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_LONG_DATE = re.compile(rf"(?:(?:{'|'.join(_WEEKDAYS)}) )?(\d{{1,2}}) ({'|'.join(_MONTH_NAMES)}) (\d{{4}})")


def long_dates(text: str) -> str:
    """``text`` with its written-out dates ("Thursday 20 March 2025", which
    store/ puts in a meeting's heading) in the window's language."""

    def say(m: re.Match[str]) -> str:
        day = dt.date(int(m.group(3)), _MONTH_NAMES.index(m.group(2)) + 1, int(m.group(1)))
        weekday = day_text(day, "%A ") if m.group(0)[0].isalpha() else ""
        return f"{weekday}{day.day} {day_text(day, '%B %Y')}"

    return _LONG_DATE.sub(say, text)


def state_text(english: str) -> str:
    """``english`` in the window's language, when it is one of the states
    lower layers write; else as it is."""
    running = _RUNNING.fullmatch(english)  # a clock's state with its due date: "Due in 3 days (due 04/12/2026)"
    if running:
        return translate("StateWords", "{state} (due {day})").format(
            state=state_text(running.group("state")), day=running.group("day")
        )
    for pattern, say in _PATTERNS:
        found = pattern.fullmatch(english)
        if found:
            return say(found)
    return word(english)
