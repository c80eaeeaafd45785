"""A small partnership group to test meetings on: statutory partners, a
quorum rule, seats with holders, and one meeting with an agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace

AGENCIES = (("County Council", "council", True), ("Constabulary", "police", True),
            ("Health Board", "health", True), ("Probation Service", "probation", False),
            ("Voluntary Sector Forum", "voluntary", False))


@dataclass
class Setup:
    group_id: int
    agencies: dict[str, int]  # sector -> id
    seats: list[int]
    people: list[int]
    meeting_id: int
    items: list[int]


def build_group(ws: Workspace, seat_count: int = 20, quorum: int = 8, on: date = date(2024, 5, 14)) -> Setup:
    board_id = boards(ws)[0].id
    agencies = {sector: org.create_agency(ws, name=name, sector=sector, statutory_partner=statutory)
                for name, sector, statutory in AGENCIES}
    group_id = org.create_group(ws, board_id=board_id, name="Quality Assurance Sub-group", kind="sub_group",
                                cadence="every 8-12 weeks", quorum_min_voting=quorum)
    org.set_quorum_agencies(ws, group_id, [agencies["council"], agencies["police"], agencies["health"]])
    sectors = list(agencies)
    seats, people = [], []
    for n in range(seat_count):
        sector = sectors[n % len(sectors)]
        seat = org.create_seat(ws, group_id=group_id, title=f"Seat {n + 1} ({sector})",
                               agency_id=agencies[sector], voting=n < seat_count - 2)
        person = org.create_person(ws, name=f"Member {n + 1:02d}", agency_id=agencies[sector])
        org.appoint(ws, seat_id=seat, person_id=person, from_date=date(2023, 4, 1))
        seats.append(seat)
        people.append(person)
    meeting_id = meeting_ops.schedule_meeting(ws, group_id=group_id, on=on, start_time="10:00", place="County Hall")
    items = [meeting_ops.add_agenda_item(ws, meeting_id=meeting_id, title=title)
             for title in ("Welcome and apologies", "Minutes of the last meeting", "Matters arising",
                           "Quarterly performance report", "Any other business")]
    return Setup(group_id, agencies, seats, people, meeting_id, items)


def agree_and_lock(ws: Workspace, setup: Setup) -> None:
    """The minutes of the setup's meeting agreed at a later one's item, then locked."""
    later = meeting_ops.schedule_meeting(ws, group_id=setup.group_id, on=date(2024, 7, 1))
    item = meeting_ops.add_agenda_item(ws, meeting_id=later, title="Minutes of the last meeting")
    meeting_ops.agree_minutes(ws, meeting_id=setup.meeting_id, at_item_id=item)
    meeting_ops.lock_minutes(ws, setup.meeting_id)
