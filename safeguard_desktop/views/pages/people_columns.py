"""How the People & agencies page reads its records: the columns of its
seats, people, agencies and standing items, and a group's terms of
reference as the group's page shows them."""

from __future__ import annotations

from datetime import date

from safeguard_desktop.store.queries.org import AgencyDetail, GroupNode, PersonDetail, SeatDetail, StandingItemRow
from safeguard_desktop.views.widgets.record_table_model import Column
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import day_text, translate, word
from safeguard_desktop.views.labels import code_word, seat_role_text
from safeguard_desktop.views.state_words import state_text

ITEM_ROLES = (
    (QT_TRANSLATE_NOOP("Words", "Other"), "other"),
    (QT_TRANSLATE_NOOP("Words", "Apologies"), "apologies"),
    (QT_TRANSLATE_NOOP("Words", "Minutes of the last meeting"), "previous_minutes"),
    (QT_TRANSLATE_NOOP("Words", "Matters arising"), "matters_arising"),
)


def _history(seat: SeatDetail) -> str:
    return "; ".join(
        f"{h.person} {day_text(h.from_date, '%b %Y')}–{day_text(h.to_date, '%b %Y')}"
        if h.to_date
        else translate("PeopleColumns", "{person} since {day}").format(
            person=h.person, day=day_text(h.from_date, "%d %b %Y")
        )
        for h in seat.holders
    )


def _until(day: date | None, event: str) -> str:
    return event.format(day=day_text(day, "%d %b %Y")) if day else ""


def _seat_title(seat: SeatDetail) -> str:
    if not seat.retired_on:
        return seat.title
    return seat.title + translate("PeopleColumns", " (retired {day})").format(
        day=day_text(seat.retired_on, "%d %b %Y")
    )


SEAT_COLUMNS: tuple[Column[SeatDetail], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Seat"), _seat_title),
    Column(QT_TRANSLATE_NOOP("Words", "Agency"), lambda s: s.agency),
    Column(QT_TRANSLATE_NOOP("Words", "Role"), lambda s: seat_role_text(s.role, s.voting, s.in_attendance)),
    Column(
        QT_TRANSLATE_NOOP("Words", "Held by"),
        lambda s: (
            s.holders[0].person
            if s.holders and s.holders[0].to_date is None
            else translate("PeopleColumns", "Vacant")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Words", "Holders over time"), _history),
)
PEOPLE_COLUMNS: tuple[Column[PersonDetail], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Words", "Job title"), lambda p: p.job_title),
    Column(QT_TRANSLATE_NOOP("Words", "Agency"), lambda p: p.agency),
    Column(QT_TRANSLATE_NOOP("Words", "Email"), lambda p: p.email),
    Column(QT_TRANSLATE_NOOP("Words", "Left"), lambda p: _until(p.left_on, translate("PeopleColumns", "left {day}"))),
)
AGENCY_COLUMNS: tuple[Column[AgencyDetail], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Agency"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("Words", "Short name"), lambda a: a.short_name),
    Column(QT_TRANSLATE_NOOP("Words", "Sector"), lambda a: code_word(a.sector)),
    Column(
        QT_TRANSLATE_NOOP("Words", "Statutory"),
        lambda a: translate("PeopleColumns", "Yes") if a.statutory_partner else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Words", "Retired"),
        lambda a: _until(a.retired_on, translate("PeopleColumns", "after {day}")),
    ),
)
ITEM_COLUMNS: tuple[Column[StandingItemRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Standing item"), lambda i: i.title),
    Column(QT_TRANSLATE_NOOP("Words", "Purpose"), lambda i: code_word(i.purpose)),
    Column(
        QT_TRANSLATE_NOOP("Words", "Brings in"),
        lambda i: word(dict((v, k) for k, v in ITEM_ROLES).get(i.role, "")) if i.role != "other" else "",
    ),
)


def terms_text(node: GroupNode) -> str:
    """The group's terms of reference as its page shows them."""
    duties = "".join(f"<li>{duty}</li>" for duty in (node.duties or "").splitlines() if duty.strip())
    parts = [f"<h3>{node.name}</h3>"]
    if node.active_to:
        parts.append(
            translate("PeopleColumns", "<p><b>Ended {day}.</b></p>").format(day=day_text(node.active_to, "%d %b %Y"))
        )
    parts.append(
        "<p>"
        + (node.purpose or translate("PeopleColumns", "<i>Purpose not set: Terms of reference… adds it.</i>"))
        + "</p>"
    )
    if duties:
        parts.append(translate("PeopleColumns", "<p>Duties:</p>") + f"<ul>{duties}</ul>")
    parts.append(
        translate("PeopleColumns", "<p>Meets {cadence}; quorate with {quorum}; {seats} member seats.</p>").format(
            cadence=node.cadence or translate("PeopleColumns", "(cadence not set)"),
            quorum=state_text(node.quorum_text),
            seats=node.seats,
        )
    )
    return "".join(parts)
