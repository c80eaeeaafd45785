"""Broken and hostile files: each is refused with a clear message before
anything is written, or imported with a warning saying what was not done
(macros never run, links never followed, formulas never calculated)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

import hostile_files as hostile
import pytest
from sqlalchemy import func, select

from safeguard_desktop.core.rag import rag_label
from safeguard_desktop.errors import UserError
from safeguard_desktop.imports import xlsx_reader
from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.imports.safe_open import ImportFileError, reading
from safeguard_desktop.store.models import Action, AuditEntry, Plan
from safeguard_desktop.store.workspace import Workspace

# name -> (builder(path, work), words the one-line message must contain)
REFUSED: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "old.xls": (lambda p, w: hostile.old_xls(p), "old Excel 97-2003 workbook"),
    "old-renamed.xlsx": (lambda p, w: hostile.old_xls(p), "save it as a .xlsx"),
    "encrypted.xlsx": (lambda p, w: hostile.encrypted_xlsx(p), "protected with a password"),
    "renamed.xlsx": (lambda p, w: hostile.renamed_text(p), "rename it to end in .csv"),
    "corrupt.xlsx": (lambda p, w: hostile.corrupt_zip(p, w), "damaged"),
    "bomb.xlsx": (hostile.decompression_bomb, "decompression bomb"),
    "laughs.xlsx": (hostile.billion_laughs, "entity declarations"),
    "laughs-hidden.xlsx": (lambda p, w: hostile.billion_laughs(p, w, padded=True), "entity declarations"),
    "empty.xlsx": (lambda p, w: (p.write_bytes(b""), p)[1], "is empty"),
    "paper.docx": (lambda p, w: (p.write_bytes(b"%PDF-1.7\n%\xe2\xe3"), p)[1], "is a PDF"),
    "page.xlsx": (lambda p, w: (p.write_text("<html><table><tr><td>1</td></tr></table></html>"), p)[1],
                  "web page"),
    "archive.xlsx": (lambda p, w: _zip(p, {"notes.txt": b"hello"}), "zip archive"),
    "binary.xlsx": (lambda p, w: _zip(p, {"xl/workbook.bin": b"\x00"}), "binary workbook"),
    "sheet.xlsx": (lambda p, w: _zip(p, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                         "content.xml": b"<x/>"}), "OpenDocument"),
    "merged.xlsx": (hostile.merged_everything, "merges 17,179,852,800 cells"),
    "wide.csv": (lambda p, w: (p.write_text("No.,What\n" + ",".join(["x"] * 600) + "\n"), p)[1],
                 "600 filled columns"),
    "binary.csv": (lambda p, w: (p.write_bytes(b"a,b\n\x00\x01\x02,\x00"), p)[1], "not a text file"),
    "headless.csv": (lambda p, w: (p.write_text("just,some,words\nand,more,words\n"), p)[1],
                     "no row of column headings"),
}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return path


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_a_clear_message_and_nothing_written(name: str, tmp_path: Path, workspace: Workspace) -> None:
    build, words = REFUSED[name]
    path = build(tmp_path / name, tmp_path)
    with workspace.session() as s:
        audit_before = s.scalar(select(func.count(AuditEntry.id)))
    with pytest.raises(ImportFileError) as refused:
        import_plan(workspace, preview_import(path), "Should not exist")
    message = str(refused.value)
    assert words in message and path.name in message
    assert "\n" not in message and "Traceback" not in message
    with workspace.session() as s:
        assert s.scalar(select(func.count(Plan.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == audit_before


def test_macros_import_with_a_warning_and_are_never_kept(tmp_path: Path, workspace: Workspace) -> None:
    """Imported, not refused: openpyxl reads cell values and drops the VBA
    part (keep_vba=False), so nothing of the macro is run or stored."""
    preview = preview_import(hostile.with_macros(tmp_path / "plan.xlsm", tmp_path))
    assert any("macros" in w and "not run" in w for w in preview.warnings)
    result = import_plan(workspace, preview, "With macros")
    assert result.counts["action"] == 3


def test_external_links_import_with_the_saved_value_and_are_not_followed(tmp_path: Path) -> None:
    preview = preview_import(hostile.with_external_link(tmp_path / "linked.xlsx", tmp_path))
    assert any("link(s) to other files" in w and "not followed" in w for w in preview.warnings)
    assert preview.understanding.actions[0].values["lead"] == "Board manager"  # the value Excel saved


def test_formulas_give_their_saved_result_or_their_text_never_a_calculation(tmp_path: Path) -> None:
    preview = preview_import(hostile.with_formulas(tmp_path / "formulas.xlsx", tmp_path))
    action = preview.understanding.actions[0]
    assert action.values["number"] == "1.1"
    assert action.values["progress"] == "Done: yes"
    assert action.values["rag"] == "green"
    assert action.values["measure"] == "=SUM(1,2)"  # no saved result: the text, not 3
    assert "formula without saved result" in action.flags
    assert any("formula" in w for w in preview.warnings)


def test_a_sheet_declaring_a_wrong_size_still_imports_every_row(tmp_path: Path, workspace: Workspace) -> None:
    path = hostile.wrong_dimension(tmp_path / "dimension.xlsx", tmp_path, rows=400)
    assert b'<dimension ref="A1:E5"/>' in zipfile.ZipFile(path).read(hostile.SHEET)
    result = import_plan(workspace, preview_import(path), "Big")
    assert result.counts["action"] == 400
    with workspace.session() as s:
        numbers = list(s.scalars(select(Action.number).where(Action.plan_id == result.plan_id)
                                 .order_by(Action.position)))
    assert numbers == [f"1.{n}" for n in range(1, 401)]


def test_an_enormous_sheet_is_refused_saying_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_reader, "MAX_SHEET_ROWS", 50)
    path = hostile.small_workbook(tmp_path / "huge.xlsx", rows=60)
    with pytest.raises(ImportFileError, match="sheets over 50 rows are not imported"):
        preview_import(path)


def test_a_library_error_becomes_a_file_error_but_our_own_bug_does_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImportFileError, match="could not be read"):
        with reading(tmp_path / "x.xlsx"):
            zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 not really a zip"))
    # A bug in the package while reading a good file: a ValueError raised in
    # our code, which must reach the log as a bug, not the user as "bad file".
    monkeypatch.setattr(xlsx_reader, "cell_text", lambda value, number_format="General": rag_label("purple"))
    with pytest.raises(ValueError, match="not a RAG value") as raised:
        preview_import(hostile.small_workbook(tmp_path / "good.xlsx"))
    assert not isinstance(raised.value, UserError)
