"""How the People & agencies page reads its records: the columns of its
seats, people, agencies and standing items, and a group's terms of
reference as the group's page shows them."""

from __future__ import annotations

from datetime import date

from safeguard_desktop.core.seats import seat_role_words
from safeguard_desktop.store.queries.org import AgencyDetail, GroupNode, PersonDetail, SeatDetail, StandingItemRow
from safeguard_desktop.views.widgets.record_table_model import Column

ITEM_ROLES = (("Other", "other"), ("Apologies", "apologies"), ("Minutes of the last meeting", "previous_minutes"),
              ("Matters arising", "matters_arising"))


def _history(seat: SeatDetail) -> str:
    return "; ".join(f"{h.person} {h.from_date:%b %Y}–{h.to_date:%b %Y}" if h.to_date else
                     f"{h.person} since {h.from_date:%d %b %Y}" for h in seat.holders)


def _until(day: date | None, word: str) -> str:
    return f"{word} {day:%d %b %Y}" if day else ""


SEAT_COLUMNS: tuple[Column[SeatDetail], ...] = (
    Column("Seat", lambda s: s.title + (f" (retired {s.retired_on:%d %b %Y})" if s.retired_on else "")),
    Column("Agency", lambda s: s.agency),
    Column("Role", lambda s: seat_role_words(s.role, s.voting, s.in_attendance)),
    Column("Held by", lambda s: s.holders[0].person if s.holders and s.holders[0].to_date is None else "Vacant"),
    Column("Holders over time", _history),
)
PEOPLE_COLUMNS: tuple[Column[PersonDetail], ...] = (
    Column("Name", lambda p: p.name),
    Column("Job title", lambda p: p.job_title),
    Column("Agency", lambda p: p.agency),
    Column("Email", lambda p: p.email),
    Column("Left", lambda p: _until(p.left_on, "left")),
)
AGENCY_COLUMNS: tuple[Column[AgencyDetail], ...] = (
    Column("Agency", lambda a: a.name),
    Column("Short name", lambda a: a.short_name),
    Column("Sector", lambda a: a.sector.capitalize()),
    Column("Statutory", lambda a: "Yes" if a.statutory_partner else ""),
    Column("Retired", lambda a: _until(a.retired_on, "after")),
)
ITEM_COLUMNS: tuple[Column[StandingItemRow], ...] = (
    Column("Standing item", lambda i: i.title),
    Column("Purpose", lambda i: (i.purpose or "").capitalize()),
    Column("Brings in", lambda i: dict((v, k) for k, v in ITEM_ROLES).get(i.role, "") if i.role != "other" else ""),
)


def terms_text(node: GroupNode) -> str:
    """The group's terms of reference as its page shows them."""
    duties = "".join(f"<li>{duty}</li>" for duty in (node.duties or "").splitlines() if duty.strip())
    parts = [f"<h3>{node.name}</h3>"]
    if node.active_to:
        parts.append(f"<p><b>Ended {node.active_to:%d %b %Y}.</b></p>")
    parts.append(f"<p>{node.purpose or '<i>Purpose not set: Terms of reference… adds it.</i>'}</p>")
    if duties:
        parts.append(f"<p>Duties:</p><ul>{duties}</ul>")
    parts.append(f"<p>Meets {node.cadence or '(cadence not set)'}; quorate with {node.quorum_text}; "
                 f"{node.seats} member seats.</p>")
    return "".join(parts)
