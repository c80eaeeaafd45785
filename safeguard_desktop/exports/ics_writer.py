"""A group's meetings as an iCalendar file (RFC 5545) for Outlook, Google
and Apple calendars, written with the ``icalendar`` package.

The package does the format: CRLF line ends, lines folded at 75 octets
without splitting a character, TEXT escaped (backslash, semicolon, comma,
newline), times with their TZID. What this module keeps is ours: each
meeting's UID is its uuid, so importing the file again updates the same
events instead of adding copies; a cancelled meeting goes out as STATUS
CANCELLED; times are the board's wall-clock times in Europe/London, with its
VTIMEZONE, so a calendar abroad still shows them right; a meeting with no
start time is an all-day event; a public calendar leaves confidential
meetings out (the query does) and says how many in the calendar's
description. ``icalendar`` is imported when a calendar is written, not when
the window starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.meeting_documents import CalendarDocument, CalendarEvent, withheld_meetings_note

if TYPE_CHECKING:
    import icalendar

PRODID = "-//safeguard-desktop//Meetings calendar//EN"
TZID = "Europe/London"
KIND_WORDS = {"ordinary": "Meeting", "extraordinary": "Extraordinary meeting", "development_day": "Development day"}


@dataclass(frozen=True)
class IcsOptions(PaperOptions):
    stamp: datetime | None = None  # DTSTAMP; now (UTC) when None


def write(document: CalendarDocument, path: Path, options: IcsOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    import icalendar  # here, not at the top: the window's start does not pay for it

    options = options or IcsOptions()  # made now: its date is today's, not the day the module loaded
    check_public(options, document.public)
    cleaner = TextCleaner()
    stamp = _utc(options.stamp or datetime.now(timezone.utc))
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", cleaner.clean(options.title or f"{document.group} meetings"))
    calendar.add("x-wr-timezone", TZID)
    withheld = f"Public calendar: {withheld_meetings_note(document.withheld)}." if document.withheld else ""
    if withheld:  # said in the file itself, where a calendar shows its description
        calendar.add("x-wr-caldesc", withheld)
    calendar.add_component(_london(icalendar))
    for done, event in enumerate(document.events, start=1):
        calendar.add_component(_event(icalendar, event, document, options, stamp, cleaner))
        if progress is not None:
            progress.report(done, len(document.events), "Writing meetings")
    payload = calendar.to_ical()
    with atomic_path(path) as temp:
        temp.write_bytes(payload)
    notes = tuple(note for note in (withheld, cleaner.report()) if note)
    return ExportResult(Path(path), len(document.events), document.withheld, notes)


def _london(icalendar: Any) -> icalendar.Timezone:
    """The UK's clock rules as two yearly rules (BST from the last Sunday of
    March at 01:00 UTC to the last Sunday of October at 01:00 UTC), rather
    than every transition of every year the calendar spans."""
    zone = icalendar.Timezone()
    zone.add("tzid", TZID)
    for kind, name, before, after, starts, month in (
            (icalendar.TimezoneDaylight, "BST", 0, 1, datetime(1970, 3, 29, 1), 3),
            (icalendar.TimezoneStandard, "GMT", 1, 0, datetime(1970, 10, 25, 2), 10)):
        part = kind()
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        part.add("tzname", name)
        part.add("dtstart", starts)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        zone.add_component(part)
    return zone


def _event(icalendar: Any, event: CalendarEvent, document: CalendarDocument, options: IcsOptions,
           stamp: datetime, cleaner: TextCleaner) -> icalendar.Event:
    out = icalendar.Event()
    out.add("uid", f"{event.uuid}@safeguard-desktop")
    out.add("dtstamp", stamp)
    start = _local(event.date, event.start_time)
    if start is not None:
        out.add("dtstart", start)
        end = _local(event.date, event.end_time)
        if end is not None and end > start:  # RFC 5545: an end is later than the start
            out.add("dtend", end)
    else:
        out.add("dtstart", event.date)
        out.add("dtend", event.date + timedelta(days=1))
    out.add("summary", cleaner.clean(event.title))
    where = event.place or ("Online" if event.online else None)
    if where:
        out.add("location", cleaner.clean(where))
    description = f"{KIND_WORDS.get(event.kind, 'Meeting')} of {document.group}, {document.board}."
    if event.online and event.place:
        description += " Also online."
    out.add("description", cleaner.clean(description))
    out.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    out.add("class", "PUBLIC" if options.public else "PRIVATE")
    modified = _parse_utc(event.updated_at)
    if modified is not None:
        out.add("last-modified", _utc(modified))
    return out


def _local(day: date, hhmm: str | None) -> datetime | None:
    """The wall-clock time in London; None for no time or one that is not a
    time of day (the meeting is then all day, as with no time)."""
    if not hhmm:
        return None
    hours, _, minutes = hhmm.strip().partition(":")
    try:
        return datetime.combine(day, time(int(hours), int(minutes or 0)), ZoneInfo(TZID))
    except ValueError:
        return None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(microsecond=0)


def _parse_utc(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
