"""Nothing left behind and nothing cut silently: a killed export's hidden
temporary file is removed on the next start (never one still being
written), a cell cut to Excel's 32,767 characters is said in the result
with the full text kept in the workspace, and a CSV field longer than
Python's default 131,072 characters is read whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from export_fixtures import Papers, add_actions
from openpyxl import load_workbook

from safeguard_desktop.cli import main
from safeguard_desktop.exports import xlsx_writer
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.imports.csv_reader import read_csv
from safeguard_desktop.imports.safe_open import check_file
from safeguard_desktop.store.queries import documents

_KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
from safeguard_desktop.exports.atomic import atomic_path
with atomic_path(Path(sys.argv[1])) as temp:
    temp.write_bytes(b"half a paper")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_killed_exports_part_file_is_removed_on_the_next_start(workspace, tmp_path, user_home):
    folder = tmp_path / "papers"
    folder.mkdir()
    killed = subprocess.run([sys.executable, "-c", _KILLED_EXPORT, str(folder / "log.xlsx")],
                            env={**os.environ, "SAFEGUARD_DESKTOP_HOME": str(user_home)}, timeout=120)
    assert killed.returncode == -9
    assert len(_parts(folder)) == 1
    path = workspace.path
    workspace.close()
    assert main(["check", str(path)]) == 0  # any start of the program
    assert _parts(folder) == [] and list(folder.iterdir()) == []


def test_an_export_still_being_written_keeps_its_part_file(tmp_path):
    from safeguard_desktop.exports.leftovers import clean_leftovers

    with atomic_path(tmp_path / "paper.pdf") as temp:
        temp.write_bytes(b"being written")
        clean_leftovers()
        assert temp.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["paper.pdf"]


def test_a_cell_cut_to_excels_limit_is_said_and_the_full_text_kept(papers: Papers, tmp_path: Path) -> None:
    long_text = ("Every agency reports its audit findings to the board. " * 1000)[:40_000]
    add_actions(papers.ws, [dict(plan_id=papers.plan_id, number="99", want=long_text)])
    result = xlsx_writer.write(documents.action_log(papers.ws, public=False), tmp_path / "log.xlsx")
    assert any("32,767" in note and "1 cell" in note for note in result.notes), result.notes
    assert "32,767" in result.summary()
    sheet = load_workbook(tmp_path / "log.xlsx").worksheets[0]
    cut = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and len(c.value) > 30_000]
    assert cut == [long_text[:32_767]]
    assert any(row.want == long_text for row in documents.action_log(papers.ws, public=False).rows)


def test_a_csv_field_longer_than_131072_characters_is_read_whole(tmp_path):
    notes = "Minutes of the review. " * 10_000  # 230,000 characters
    path = tmp_path / "plan.csv"
    path.write_text(f"Action,Owner,Notes\nTrain staff,Ann,\"{notes}\"\n", encoding="utf-8")
    book = read_csv(check_file(path))
    texts = [cell.text for row in book.rows for cell in row.cells.values()]
    assert notes.strip() in texts
