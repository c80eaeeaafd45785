"""A group's membership paper: its terms of reference (purpose, duties,
cadence, quorum rule) above its seats, members first, then the seats "in
attendance, not a member", laid out once as a table for the xlsx, PDF, CSV
and Word writers. Contact details are left off: papers travel."""

from __future__ import annotations

from typing import Final

from safeguard_desktop.core.seats import nominated_deputies, seat_role_words
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.tables import Column, Row, Section, Table, translated
from safeguard_desktop.store.queries.org import MembershipDocument, SeatDetail

_COLUMNS: Final = (Column("Seat", 40), Column("Agency", 28), Column("Role", 20), Column("Held by", 26),
                   Column("Nominated deputy", 26), Column("Since", 12, "date"))


def _row(seat: SeatDetail, doc: MembershipDocument, w: Words) -> Row:
    holder = seat.holder_on(doc.on)
    deputies = ", ".join(nominated_deputies(seat.notes))
    return Row((seat.title, seat.agency, w.known(seat_role_words(seat.role, seat.voting, seat.in_attendance)),
                holder.person if holder else w("Vacant"), deputies or None,
                holder.from_date if holder else None))


def _terms(doc: MembershipDocument, w: Words) -> Section:
    """The terms of reference, a line each across the table. How often the
    group meets and its quorum rule are sentences the window writes in
    English, and stay so."""
    group = doc.group
    lines = [w.label("Purpose", group.purpose or w("not recorded"))]
    lines += [w.label("Duty", duty.strip()) for duty in (group.duties or "").splitlines() if duty.strip()]
    lines += [f"Meets {group.cadence or '(cadence not recorded)'}.", f"Quorate with {group.quorum_text}."]
    return Section(w("Terms of reference"), tuple(Row((line,), band="Terms of reference") for line in lines))


def membership_table(doc: MembershipDocument, w: Words) -> Table:
    members = tuple(_row(s, doc, w) for s in doc.seats if not s.in_attendance)
    attending = tuple(_row(s, doc, w) for s in doc.seats if s.in_attendance)
    sections = [_terms(doc, w), Section(w("Members ({count} seats)", count=len(members)), members)]
    if attending:
        sections.append(Section(w("In attendance, not members (left out of attendance rates and quorum)"),
                                attending))
    return Table(doc.board, w("{group}: membership and terms of reference", group=doc.group.name),
                 (w("As at {day}", day=f"{doc.on:%d/%m/%Y}"),), w.sheet_name("Membership"), translated(_COLUMNS, w),
                 tuple(sections), False, w("Section"), doc.public, doc.withheld,
                 band_label=w("Terms of reference"), text_column=0)
