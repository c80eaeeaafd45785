"""A group's meetings as an iCalendar file (RFC 5545) for Outlook, Google
and Apple calendars.

Lines end CRLF and are folded at 75 octets without splitting a UTF-8
character; text values escape backslash, semicolon, comma and newline. Each
meeting's UID is its uuid, so importing the file again updates the same
events instead of adding copies, and a cancelled meeting goes out as STATUS
CANCELLED. Times are the board's wall-clock times in Europe/London (with
its VTIMEZONE, so a calendar abroad still shows them right); a meeting with
no start time is an all-day event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public
from safeguard_desktop.exports.safe_text import TextCleaner
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries.meeting_documents import CalendarDocument, CalendarEvent, withheld_meetings_note

PRODID = "-//safeguard-desktop//Meetings calendar//EN"
TZID = "Europe/London"
# The UK's clock rules: BST from the last Sunday of March at 01:00 UTC to
# the last Sunday of October at 01:00 UTC.
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)
KIND_WORDS = {"ordinary": "Meeting", "extraordinary": "Extraordinary meeting", "development_day": "Development day"}


@dataclass(frozen=True)
class IcsOptions(PaperOptions):
    stamp: datetime | None = None  # DTSTAMP; now (UTC) when None


def write(document: CalendarDocument, path: Path, options: IcsOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    options = options or IcsOptions()  # made now: its date is today's, not the day the module loaded
    check_public(options, document.public)
    cleaner = TextCleaner()
    stamp = _utc(options.stamp or datetime.now(timezone.utc))
    name = options.title or f"{document.group} meetings"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(cleaner.clean(name))}", f"X-WR-TIMEZONE:{TZID}", *VTIMEZONE]
    withheld = f"Public calendar: {withheld_meetings_note(document.withheld)}." if document.withheld else ""
    if withheld:  # said in the file itself, where a calendar shows its description
        lines.insert(lines.index(f"X-WR-TIMEZONE:{TZID}") + 1, f"X-WR-CALDESC:{escape_text(withheld)}")
    for done, event in enumerate(document.events, start=1):
        lines.extend(_event(event, document, options, stamp, cleaner))
        if progress is not None:
            progress.report(done, len(document.events), "Writing meetings")
    lines.append("END:VCALENDAR")
    payload = "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
    with atomic_path(path) as temp:
        temp.write_bytes(payload)
    notes = tuple(note for note in (withheld, cleaner.report()) if note)
    return ExportResult(Path(path), len(document.events), document.withheld, notes)


def _event(event: CalendarEvent, document: CalendarDocument, options: IcsOptions, stamp: str,
           cleaner: TextCleaner) -> list[str]:
    def text(value: str) -> str:
        return escape_text(cleaner.clean(value))

    lines = ["BEGIN:VEVENT", f"UID:{event.uuid}@safeguard-desktop", f"DTSTAMP:{stamp}"]
    if event.start_time:
        lines.append(f"DTSTART;TZID={TZID}:{_local(event.date, event.start_time)}")
        if event.end_time:
            lines.append(f"DTEND;TZID={TZID}:{_local(event.date, event.end_time)}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{event.date + timedelta(days=1):%Y%m%d}")
    lines.append(f"SUMMARY:{text(event.title)}")
    where = event.place or ("Online" if event.online else None)
    if where:
        lines.append(f"LOCATION:{text(where)}")
    description = f"{KIND_WORDS.get(event.kind, 'Meeting')} of {document.group}, {document.board}."
    if event.online and event.place:
        description += " Also online."
    lines.append(f"DESCRIPTION:{text(description)}")
    lines.append("STATUS:CANCELLED" if event.status == "cancelled" else "STATUS:CONFIRMED")
    lines.append("CLASS:PUBLIC" if options.public else "CLASS:PRIVATE")
    modified = _parse_utc(event.updated_at)
    if modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(modified)}")
    lines.append("END:VEVENT")
    return lines


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets (CRLF then one space), never
    inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        # Continuation lines start with a space, which counts towards the limit.
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _local(day: date, hhmm: str) -> str:
    hours, _, minutes = hhmm.partition(":")
    return f"{day:%Y%m%d}T{int(hours):02d}{int(minutes or 0):02d}00"


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _parse_utc(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
