"""A membership list (xlsx, CSV, Word) into a group: every non-empty row is
reported, people and agencies already known are matched, not duplicated,
and the command line does it without a window."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hostile_files import decompression_bomb
from membership_lists import build_csv, build_docx, build_xlsx, expected_rows
from sqlalchemy import func, select

from safeguard_desktop.cli import EXIT_USER_ERROR, main
from safeguard_desktop.imports.membership import read_membership
from safeguard_desktop.imports.safe_open import ImportFileError
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency, Person
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.org import group_seats, group_tree
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace, open_workspace

BUILDERS = {"xlsx": (build_xlsx, 5), "csv": (build_csv, 4), "docx": (build_docx, 2)}


def _seen(lines):
    return [(line.row, line.kind, line.seat, line.person, line.agency, line.into_row) for line in lines]


def _wanted(first_body_row):
    return [(e.row, e.kind, e.seat, e.person, e.agency, e.into_row) for e in expected_rows(first_body_row)]


@pytest.mark.parametrize("kind", BUILDERS)
def test_every_row_of_each_format_is_understood(tmp_path, kind):
    build, first = BUILDERS[kind]
    reading = read_membership(build(tmp_path / f"SVPP membership.{kind}"))
    assert _seen(reading.lines) == _wanted(first)
    business_manager = next(line for line in reading.lines if line.person == "Siân Ŵyn Prŷs")
    assert business_manager.in_attendance and business_manager.role == "secretariat"
    assert next(line for line in reading.lines if line.seat == "Independent chair").role == "chair"
    dcs = next(line for line in reading.lines if line.person == "Terence Herbert")
    assert dcs.deputy == "Lucy Townsend"


def test_a_file_without_a_membership_table_is_refused(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("Minutes of the meeting\nApologies were received\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no row of column headings"):
        read_membership(path)


def _prepare(ws: Workspace) -> int:
    """A partnership that already knows the chief constable and the council."""
    org.create_person(ws, name="Kier Pritchard")
    org.create_agency(ws, name="WILTSHIRE COUNCIL", short_name="WC", sector="council")
    return org.create_group(ws, board_id=boards(ws)[0].id, name="SVPP", kind="board")


def _count(path: Path, model) -> int:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws:
        return _count_live(ws, model)


def test_the_command_imports_a_list_and_reports_every_row(tmp_path, workspace, capsys):
    group_id = _prepare(workspace)
    workspace.close()
    source = build_xlsx(tmp_path / "SVPP membership.xlsx")
    report_path = tmp_path / "report.json"
    args = ["import", str(workspace.path), str(source), "--shape", "membership", "--group", "svpp",
            "--from", "2019-04-01", "--report", str(report_path)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Imported the membership of SVPP from SVPP membership.xlsx: 6 seats with members, 2 vacant seats, " \
           "2 deputies on their own rows; matched, not duplicated: 1 person, 1 agency." in out
    report = json.loads(report_path.read_text(encoding="utf-8"))
    rows = report["rows"]
    assert [(r["row"], r["kind"], r["seat"], r["person"], r["agency"], r["into_row"]) for r in rows] == _wanted(5)
    by_row = {r["row"]: r for r in rows}
    assert by_row[9]["matched"] == ["person"]  # Kier Pritchard, spaces and all
    assert by_row[6]["matched"] == ["agency"]  # "Wiltshire Council" is the workspace's WILTSHIRE COUNCIL
    assert by_row[15]["in_attendance"] is True and by_row[8]["notes"][-1] == "holder to be confirmed"
    assert report["matched"] == {"people": ["Kier Pritchard"], "agencies": ["WILTSHIRE COUNCIL"], "seats": []}
    assert "Tracey Cox" in report["created"]["people"]

    with open_workspace(workspace.path, read_only=True, backup_on_open=False) as ws:
        seats = {s.title: s for s in group_seats(ws, group_id)}
        node = next(n for n in group_tree(ws) if n.id == group_id)
    assert len(seats) == 8
    assert seats["DASS/adult transformation lead"].holders == ()
    assert seats["Chief constable or nominated deputy"].holders[0].person == "Kier Pritchard"
    assert seats["Chief constable or nominated deputy"].holders[0].from_date == date(2019, 4, 1)
    assert seats["Chief constable or nominated deputy"].notes == "Nominated deputy: DCC Paul Mills"
    assert seats["DCS or nominated deputy"].notes == "Nominated deputy: Lucy Townsend"
    assert seats["Business manager, safeguarding business unit"].in_attendance
    assert seats["Chair of the WSAB"].holders[0].person == "=HYPERLINK(\"http://x.example\",\"Click\")"
    assert node.seats == 7  # the business manager is at the table, not a member
    people, agencies = _count(workspace.path, Person), _count(workspace.path, Agency)
    assert people == 9  # Kier matched: five other holders, two deputies on their own rows and Lucy in a column

    # The same list again: everything is matched, nothing duplicated, no holder changed.
    assert main(args) == 0
    again = json.loads(report_path.read_text(encoding="utf-8"))
    assert len(again["matched"]["seats"]) == 8 and again["created"] == {"people": [], "agencies": [], "seats": []}
    assert (_count(workspace.path, Person), _count(workspace.path, Agency)) == (people, agencies)
    assert check_workspace(workspace.path) == []


@pytest.mark.parametrize("kind", ("csv", "docx"))
def test_the_command_reads_csv_and_word_lists_alike(tmp_path, workspace, kind):
    _prepare(workspace)
    workspace.close()
    build, first = BUILDERS[kind]
    report_path = tmp_path / "report.json"
    assert main(["import", str(workspace.path), str(build(tmp_path / f"list.{kind}")), "--shape", "membership",
                 "--group", "SVPP", "--report", str(report_path)]) == 0
    rows = json.loads(report_path.read_text(encoding="utf-8"))["rows"]
    assert [(r["row"], r["kind"], r["seat"], r["person"], r["agency"], r["into_row"]) for r in rows] == _wanted(first)


def test_the_command_refuses_an_unknown_group_and_a_bad_file(tmp_path, workspace, capsys):
    _prepare(workspace)
    workspace.close()
    source = build_csv(tmp_path / "list.csv")
    assert main(["import", str(workspace.path), str(source), "--shape", "membership", "--group", "Nope"]) \
        == EXIT_USER_ERROR
    assert "There is no group called 'Nope'" in capsys.readouterr().err
    assert main(["import", str(workspace.path), str(source), "--shape", "membership"]) == EXIT_USER_ERROR
    assert "--group NAME" in capsys.readouterr().err
    bomb = decompression_bomb(tmp_path / "bomb.xlsx", tmp_path)
    assert main(["import", str(workspace.path), str(bomb), "--shape", "membership", "--group", "SVPP"]) \
        == EXIT_USER_ERROR
    assert capsys.readouterr().err.count("\n") == 1
    assert _count(workspace.path, Person) == 1


def test_an_import_is_undone_and_redone_whole(tmp_path, workspace):
    from safeguard_desktop.imports.membership_import import import_membership

    group_id = _prepare(workspace)
    kier = org.create_seat(workspace, group_id=group_id, title="Chief constable or nominated deputy")
    someone = org.create_person(workspace, name="Previous Chief")
    org.appoint(workspace, seat_id=kier, person_id=someone, from_date=date(2018, 1, 1))
    reading = read_membership(build_csv(tmp_path / "list.csv"))
    result = import_membership(workspace, reading, group_id, from_date=date(2019, 4, 1))
    after = [(s.title, s.holders, s.notes) for s in group_seats(workspace, group_id)]
    org.revert(workspace, result.changes)
    seats = group_seats(workspace, group_id)
    assert [(s.title, [(h.person, h.to_date) for h in s.holders]) for s in seats] == [
        ("Chief constable or nominated deputy", [("Previous Chief", None)])]
    assert _count_live(workspace, Person) == 2 and _count_live(workspace, Agency) == 1
    org.reapply(workspace, result.changes)
    assert [(s.title, s.holders, s.notes) for s in group_seats(workspace, group_id)] == after


def _count_live(ws, model) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None)))


def test_a_messy_list_from_an_old_spreadsheet(tmp_path):
    """Semicolons and Windows-1252 (as Excel saves 'CSV' on a council
    laptop), other headings in another order, the header repeated, a deputy
    before any seat, a dash and 'Vacancy' for no holder, a name with its
    email in the same cell, and a line of only an email address."""
    text = "\r\n".join([
        "Children's Safeguarding Board;;;",
        "Deputy: Someone Early;;;",
        "Member;Representing;Position;Substitute",
        "Ms Zoë Hart jane.hart@council.example;Monmouthshire County Council;Head of Children's Services;-",
        ";;Cabinet member;Vacancy",
        "Member;Representing;Position;Substitute",
        "—;Gwent Police;Superintendent, Public Protection;DI Rhodri Ap Ifan",
        "TBA;Aneurin Bevan University Health Board;Designated nurse;",
        "someone@example.org;;;",
    ]) + "\r\n"
    path = tmp_path / "board list.csv"
    path.write_bytes(text.encode("cp1252"))
    reading = read_membership(path)
    assert reading.columns == {"name": 0, "agency": 1, "seat": 2, "deputy": 3}
    seen = [(line.row, line.kind, line.seat, line.person, line.agency, line.deputy) for line in reading.lines]
    assert seen == [
        (1, "title", None, None, None, None),
        (2, "title", None, None, None, None),
        (3, "header", None, None, None, None),
        (4, "member", "Head of Children's Services", "Ms Zoë Hart", "Monmouthshire County Council", None),
        (5, "vacant", "Cabinet member", None, "Monmouthshire County Council", None),
        (6, "header", None, None, None, None),
        (7, "vacant", "Superintendent, Public Protection", None, "Gwent Police", "DI Rhodri Ap Ifan"),
        (8, "vacant", "Designated nurse", None, "Aneurin Bevan University Health Board", None),
        (9, "note", None, None, None, None),
    ]
    assert reading.lines[3].email == "jane.hart@council.example"
    assert any("Windows" in warning or "read as" in warning for warning in reading.warnings)
