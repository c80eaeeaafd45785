"""The commands take a server's address where they take a file: demo,
check, list, export and import on a real PostgreSQL server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from safeguard_desktop.cli import main


def test_demo_on_a_server_then_check_passes_and_a_second_demo_is_refused(pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", pg_url]) == 0
    assert main(["check", pg_url]) == 0
    assert f"{pg_url}: OK" in capsys.readouterr().out
    assert main(["demo", pg_url]) == 2
    err = capsys.readouterr().err
    assert "already holds tables" in err and "Traceback" not in err


def test_check_finds_a_record_changed_behind_the_programs_back(pg_url: str, pg_server, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", pg_url]) == 0
    pg_server.psql("UPDATE agencies SET name = 'Renamed by hand' WHERE id = (SELECT min(id) FROM agencies)",
                   pg_server.database_of(pg_url))
    capsys.readouterr()
    assert main(["check", pg_url]) == 1
    err = capsys.readouterr().err
    assert "its name differs from its latest audit entry" in err


def test_a_password_in_the_address_is_refused_and_never_echoed(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", "postgresql://clerk:S3cret-word@db.example.org/board"]) == 2
    err = capsys.readouterr().err
    assert "PGPASSFILE" in err and "~/.pgpass" in err
    assert "S3cret-word" not in err


def test_an_empty_database_is_not_a_workspace_yet(pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["list", pg_url]) == 2
    assert "holds no workspace yet" in capsys.readouterr().err


def test_list_on_a_server_names_what_the_file_demo_holds(pg_demo_url: str, demo_template: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["list", str(demo_template)]) == 0
    from_file = capsys.readouterr().out
    assert main(["list", pg_demo_url]) == 0
    assert capsys.readouterr().out == from_file
    assert "Business Plan 2019-20" in from_file


PAPERS = {
    "action-plan": ["--what", "action-plan", "--plan", "Business Plan 2019-20"],
    "work-plan": ["--what", "work-plan", "--plan", "NISB Work Plan 2022-23"],
    "self-assessment": ["--what", "self-assessment", "--plan",
                        "Six Months Performance Review of Whole Authority Safeguarding 2016-17"],
    "attendance": ["--what", "attendance", "--quarter", "2024-25-Q3"],
    "reviews": ["--what", "reviews"],
    "due": ["--what", "due"],
    "membership": ["--what", "membership", "--group", "Quality and Impact Group"],
    "action-log": ["--what", "action-log"],
}


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_a_paper_from_the_server_equals_the_same_paper_from_the_file(paper: str, pg_demo_url: str,
                                                                     demo_template: Path, tmp_path: Path) -> None:
    for source, name in ((str(demo_template), "file.xlsx"), (pg_demo_url, "server.xlsx")):
        assert main(["export", source, *PAPERS[paper], "-o", str(tmp_path / name)]) == 0
    from_file = openpyxl.load_workbook(tmp_path / "file.xlsx")
    from_server = openpyxl.load_workbook(tmp_path / "server.xlsx")
    assert from_server.sheetnames == from_file.sheetnames
    # Every sheet a reader sees, cell by cell (the hidden _records sheet holds
    # each demo's own random uuids, so it differs by design).
    for file_sheet in (sheet for sheet in from_file.worksheets if sheet.title != "_records"):
        server_sheet = from_server[file_sheet.title]
        assert (server_sheet.max_row, server_sheet.max_column) == (file_sheet.max_row, file_sheet.max_column)
        for row in file_sheet.iter_rows():
            for cell in row:
                assert server_sheet.cell(cell.row, cell.column).value == cell.value, (file_sheet.title, cell.coordinate)


@pytest.mark.parametrize("paper", ["minutes", "agenda"])
def test_minutes_and_agendas_from_the_server_read_as_the_files(paper: str, pg_demo_url: str, demo_template: Path,
                                                               tmp_path: Path) -> None:
    texts = []
    for source, name in ((str(demo_template), "file.pdf"), (pg_demo_url, "server.pdf")):
        assert main(["export", source, "--what", paper, "--meeting", "2025-01-30", "-o", str(tmp_path / name)]) == 0
        texts.append(subprocess.run(["pdftotext", "-layout", str(tmp_path / name), "-"], capture_output=True,
                                    text=True, check=True).stdout)
    assert texts[1] == texts[0]
    assert "Wiltshire Safeguarding Vulnerable People Partnership" in texts[0]


def test_attendance_takes_an_address_and_backup_says_whose_backups_they_are(  # type: ignore[no-untyped-def]
        pg_demo_url: str, demo_template: Path, capsys) -> None:
    assert main(["attendance", str(demo_template), "--year", "2024-25", "--format", "json"]) == 0
    from_file = capsys.readouterr().out
    assert main(["attendance", pg_demo_url, "--year", "2024-25", "--format", "json"]) == 0
    assert capsys.readouterr().out == from_file
    assert '"rate"' in from_file
    for command in (["backup", pg_demo_url], ["restore", pg_demo_url]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "pg_dump" in err and "Traceback" not in err


def test_a_plan_exported_from_the_file_imports_into_the_server(pg_url: str, demo_template: Path, tmp_path: Path,
                                                              capsys) -> None:  # type: ignore[no-untyped-def]
    paper = tmp_path / "plan.xlsx"
    assert main(["export", str(demo_template), "--what", "action-plan", "--plan", "Business Plan 2019-20",
                 "-o", str(paper)]) == 0
    from safeguard_desktop.store.pg_workspace import prepare_server_workspace

    assert prepare_server_workspace(pg_url)
    assert main(["import", pg_url, str(paper), "--plan", "Business Plan 2019-20"]) == 0
    capsys.readouterr()
    assert main(["list", pg_url, "plans"]) == 0
    assert "'Business Plan 2019-20': business plan, 51 rows (6 red, 11 amber, 14 green, 14 blue)" in capsys.readouterr().out
    assert main(["check", pg_url]) == 0


def test_check_finds_an_audit_entry_taken_out_of_the_chain(pg_url: str, pg_server, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", pg_url]) == 0
    pg_server.psql("DELETE FROM audit WHERE id = 10", pg_server.database_of(pg_url))
    capsys.readouterr()
    assert main(["check", pg_url]) == 1
    assert "does not follow the entry before it" in capsys.readouterr().err
