"""The meetings calendar, parsed back with icalendar and checked field by
field: what a calendar program will read, not how the lines look."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from export_fixtures import Papers

from safeguard_desktop.exports import ics_writer
from safeguard_desktop.exports.ics_writer import IcsOptions
from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.queries import meeting_documents

LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)
AWKWARD = 'Room 1; Neuadd y Sir, Caerdydd\\Cardiff\nline two "quoted" ŵŷ ' + "long " * 20


def _export(papers: Papers, tmp_path: Path, *, public: bool = False) -> tuple[icalendar.Calendar, list]:
    doc = meeting_documents.group_calendar(papers.ws, papers.group_id, public=public)
    path = tmp_path / "meetings.ics"
    ics_writer.write(doc, path, IcsOptions(stamp=STAMP, public=public))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, list(calendar.walk("VEVENT"))


def _event(events: list, uuid: str) -> icalendar.Event:
    (found,) = [event for event in events if str(event["UID"]) == f"{uuid}@safeguard-desktop"]
    return found


def _uuid(papers: Papers, day: date) -> str:
    doc = meeting_documents.group_calendar(papers.ws, papers.group_id, public=False)
    (uuid,) = [event.uuid for event in doc.events if event.date == day]
    return uuid


def test_each_event_reads_back_field_by_field(papers: Papers, tmp_path: Path) -> None:
    meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 9, 10), status="cancelled",
                                 place=AWKWARD, kind="extraordinary", title="Extraordinary: Plan, review; sign-off")
    meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 12, 3), start_time="14:00",
                                 end_time="15:00", online=True)
    calendar, events = _export(papers, tmp_path)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]) == ics_writer.PRODID
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/London" and "X-WR-CALDESC" not in calendar
    assert len(events) == 3

    held = _event(events, _uuid(papers, date(2024, 5, 14)))
    # Summer: the wall-clock 10:00 in London is 09:00 UTC.
    assert held.decoded("DTSTART") == datetime(2024, 5, 14, 10, 0, tzinfo=LONDON)
    assert held["DTSTART"].params["TZID"] == "Europe/London"
    assert held.decoded("DTSTART").astimezone(timezone.utc).hour == 9
    assert held.decoded("DTEND") == datetime(2024, 5, 14, 12, 30, tzinfo=LONDON)
    assert held.decoded("DTSTAMP") == STAMP
    assert str(held["LOCATION"]) == "Tŷ Hywel, Cardiff Bay"
    assert str(held["STATUS"]) == "CONFIRMED" and str(held["CLASS"]) == "PRIVATE"
    assert str(held["DESCRIPTION"]).startswith("Meeting of Quality Assurance Sub-group, ")
    assert held.decoded("LAST-MODIFIED").tzinfo is not None

    cancelled = _event(events, _uuid(papers, date(2024, 9, 10)))
    assert cancelled.decoded("DTSTART") == date(2024, 9, 10)  # no time: all day
    assert cancelled.decoded("DTEND") == date(2024, 9, 11)
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "Extraordinary: Plan, review; sign-off"
    assert str(cancelled["LOCATION"]) == AWKWARD.replace('"', '"')  # commas, semicolons, backslash, newline
    assert str(cancelled["DESCRIPTION"]).startswith("Extraordinary meeting of ")

    winter = _event(events, _uuid(papers, date(2024, 12, 3)))
    assert winter.decoded("DTSTART").astimezone(timezone.utc).hour == 14  # GMT in December
    assert str(winter["LOCATION"]) == "Online"

    raw = (tmp_path / "meetings.ics").read_bytes()
    for physical in raw.split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # folding never splits a character


def test_the_timezone_says_when_the_clocks_change(papers: Papers, tmp_path: Path) -> None:
    calendar, _ = _export(papers, tmp_path)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    rules = {str(part["TZNAME"]): part for part in zone.subcomponents}
    assert rules["BST"].decoded("TZOFFSETTO") == timedelta(hours=1)
    assert rules["GMT"].decoded("TZOFFSETTO") == timedelta(0)
    assert rules["BST"]["RRULE"]["BYMONTH"] == [3] and rules["GMT"]["RRULE"]["BYMONTH"] == [10]
    assert rules["BST"]["RRULE"]["BYDAY"] == ["-1SU"]
    # The zone the file describes puts a summer and a winter time where London's own rules do.
    for moment in (datetime(2025, 3, 30, 0, 59), datetime(2025, 3, 30, 1, 0), datetime(2025, 10, 26, 0, 59),
                   datetime(2025, 10, 26, 1, 0), datetime(2026, 7, 1, 12)):
        utc = moment.replace(tzinfo=timezone.utc)
        assert zone.to_tz().fromutc(utc.replace(tzinfo=zone.to_tz())).utcoffset() == utc.astimezone(LONDON).utcoffset()


def test_a_public_calendar_leaves_out_confidential_meetings_and_says_so(papers: Papers, tmp_path: Path) -> None:
    secret = meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 8, 6),
                                          start_time="09:00", title="Rapid review: Child Q", confidential=True)
    assert secret
    calendar, events = _export(papers, tmp_path, public=True)
    assert [e.decoded("DTSTART").date() for e in events] == [date(2024, 5, 14)]
    assert "Child Q" not in (tmp_path / "meetings.ics").read_text("utf-8").replace("\r\n ", "")
    assert str(calendar["X-WR-CALDESC"]) == "Public calendar: 1 confidential meeting withheld."
    assert str(events[0]["CLASS"]) == "PUBLIC"


def test_uids_stay_the_same_across_exports(papers: Papers, tmp_path: Path) -> None:
    first = [str(e["UID"]) for e in _export(papers, tmp_path)[1]]
    second = [str(e["UID"]) for e in _export(papers, tmp_path)[1]]
    assert first == second == [f"{_uuid(papers, date(2024, 5, 14))}@safeguard-desktop"]


def test_an_end_before_the_start_is_left_out_and_a_time_that_is_not_one_means_all_day(
        papers: Papers, tmp_path: Path) -> None:
    # RFC 5545: DTEND must be later than DTSTART; Outlook refuses the event otherwise.
    meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 10, 1), start_time="14:00",
                                 end_time="13:00")
    meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 11, 5), start_time="25:70")
    _, events = _export(papers, tmp_path)
    backwards = _event(events, _uuid(papers, date(2024, 10, 1)))
    assert backwards.decoded("DTSTART") == datetime(2024, 10, 1, 14, 0, tzinfo=LONDON)
    assert "DTEND" not in backwards
    nonsense = _event(events, _uuid(papers, date(2024, 11, 5)))
    assert nonsense.decoded("DTSTART") == date(2024, 11, 5) and nonsense.decoded("DTEND") == date(2024, 11, 6)
