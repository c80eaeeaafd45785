"""CSV (UTF-8 with BOM, CRLF, formula guard) and ICS (RFC 5545) exports,
read back byte by byte (the calendar parsed back field by field:
test_ics_parsed_back.py)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from pathlib import Path

from export_fixtures import FORMULA_TEXTS, WELSH, Papers

from safeguard_desktop.exports import csv_writer, ics_writer
from safeguard_desktop.exports.csv_writer import CsvOptions
from safeguard_desktop.exports.ics_writer import IcsOptions
from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.queries import documents, meeting_documents


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_action_plan_csv_flattens_banners_and_guards_formulas(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_plan(papers.ws, papers.plan_id, public=True)
    result = csv_writer.write(doc, tmp_path / "plan.csv", CsvOptions(public=True))
    assert result.rows == 5 and result.withheld == 1
    rows = read_csv(tmp_path / "plan.csv")
    # A public CSV says so in the file itself, in the first row Excel shows.
    assert rows.pop(0) == ["OFFICIAL — Public version: 1 confidential item was withheld from this paper."]
    assert rows[0][:5] == ["Priority", "Outcome", "No.", "CAB", "What do we want to achieve?"]
    priority = "Priority 1: to be assured that children are safe"
    # The outcome is a line of its own, then carried on every action row under it.
    assert rows[1] == [priority, "Outcome 1.1"] + [""] * (len(rows[0]) - 2)
    assert rows[2][:3] == [priority, "Outcome 1.1", "1.1"]
    assert rows[2][5] == "Quarterly audit programme\nwith findings to the board"  # a line break kept in a field
    assert rows[2][10] == "Green" and rows[2][11] == "2024-06-30"
    assert rows[3][4:8] == ["'" + text for text in FORMULA_TEXTS]
    assert rows[4][:2] == [f"Priority 2: {WELSH}", ""] and rows[4][4] == WELSH
    assert rows[4][9] == "Done with a bell" and rows[5][10] == "Not started"
    assert not any("SECRET" in cell for row in rows for cell in row)


def test_register_csv_has_no_banner_column_when_there_are_no_banners(papers: Papers, tmp_path: Path) -> None:
    doc = documents.action_log(papers.ws, public=False)
    csv_writer.write(doc, tmp_path / "log.csv")
    rows = read_csv(tmp_path / "log.csv")
    assert rows[0][0] == "Source" and len(rows) == 10  # with the work plan's two activities
    assert rows[-1][1] == "2024-05-14" and rows[-1][2] == "3. Case review: family C (closed session)"


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_calendar_is_rfc5545(papers: Papers, tmp_path: Path) -> None:
    meeting_ops.schedule_meeting(papers.ws, group_id=papers.group_id, on=date(2024, 9, 10), status="cancelled",
                                 place="Room 1; Neuadd y Sir, Caerdydd\\Cardiff " + "long " * 20)
    doc = meeting_documents.group_calendar(papers.ws, papers.group_id, public=False)
    stamp = datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)
    path = tmp_path / "meetings.ics"
    result = ics_writer.write(doc, path, IcsOptions(stamp=stamp))
    assert result.rows == 2
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    for physical in raw.split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # folding never splits a character
    lines = unfold(raw.decode("utf-8"))
    assert lines[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//safeguard-desktop//Meetings calendar//EN"]
    assert lines[-2] == "END:VCALENDAR" and lines.count("BEGIN:VEVENT") == 2
    first = lines[lines.index("BEGIN:VEVENT"):lines.index("END:VEVENT") + 1]
    held = meeting_documents.group_calendar(papers.ws, papers.group_id, public=False).events[0]
    assert f"UID:{held.uuid}@safeguard-desktop" in first
    assert "DTSTAMP:20240601T093000Z" in first
    assert "DTSTART;TZID=Europe/London:20240514T100000" in first
    assert "DTEND;TZID=Europe/London:20240514T123000" in first
    assert "LOCATION:Tŷ Hywel\\, Cardiff Bay" in first and "STATUS:CONFIRMED" in first
    second = lines[lines.index("END:VEVENT") + 1:]
    assert "DTSTART;VALUE=DATE:20240910" in second and "DTEND;VALUE=DATE:20240911" in second
    assert "STATUS:CANCELLED" in second
    assert any(line.startswith("LOCATION:Room 1\\; Neuadd y Sir\\, Caerdydd\\\\Cardiff long") for line in second)


def test_same_meeting_keeps_its_uid_across_exports(papers: Papers, tmp_path: Path) -> None:
    doc = meeting_documents.group_calendar(papers.ws, papers.group_id, public=False)
    ics_writer.write(doc, tmp_path / "a.ics")
    ics_writer.write(doc, tmp_path / "b.ics")
    uid = [line for line in unfold((tmp_path / "a.ics").read_text("utf-8")) if line.startswith("UID:")]
    assert uid == [line for line in unfold((tmp_path / "b.ics").read_text("utf-8")) if line.startswith("UID:")]


def test_csv_headings_are_cleaned_and_guarded(papers: Papers, tmp_path: Path) -> None:
    from export_fixtures import add_actions

    add_actions(papers.ws, [dict(plan_id=papers.plan_id, number="9", want="Imported row",
                                 extra='{"=1+1": "a", "\\u0008Note": "b"}')])
    doc = documents.action_plan(papers.ws, papers.plan_id, public=False)
    csv_writer.write(doc, tmp_path / "plan.csv")
    header = read_csv(tmp_path / "plan.csv")[0]
    assert "'=1+1" in header and "Note" in header
    assert "=1+1" not in header and not any("\x08" in heading for heading in header)


def test_public_csv_with_nothing_withheld_still_says_public(papers: Papers, tmp_path: Path) -> None:
    doc = documents.work_plan(papers.ws, papers.work_plan_id, public=True)
    csv_writer.write(doc, tmp_path / "work.csv", CsvOptions(public=True, marking="OFFICIAL-SENSITIVE"))
    assert read_csv(tmp_path / "work.csv")[0] == ["OFFICIAL-SENSITIVE — Public version."]
