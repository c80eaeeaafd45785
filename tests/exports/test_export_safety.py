"""A failed or cancelled export never leaves half a file or harms an
existing one; text is guarded the same way in every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import Papers, add_actions

from safeguard_desktop.errors import UserError
from safeguard_desktop.exports import csv_writer, pdf_writer, xlsx_writer
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.safe_text import TextCleaner, csv_guard, is_formula_like
from safeguard_desktop.progress import Cancelled, Progress
from safeguard_desktop.store.queries import documents

OLD = b"last quarter's good paper"


class CancelAt(Progress):
    """The user presses Cancel just before the ``at``-th progress report."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.calls = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.calls += 1
        if self.calls >= self.at:
            self.cancel()
        super().report(done, total, text)


@pytest.mark.parametrize("writer,name", [(xlsx_writer, "log.xlsx"), (pdf_writer, "log.pdf"),
                                         (csv_writer, "log.csv")])
def test_cancelled_export_leaves_the_old_file_untouched(papers: Papers, tmp_path: Path, writer: object,
                                                        name: str) -> None:
    add_actions(papers.ws, [dict(plan_id=papers.plan_id, number=str(n), want="Action " * 20) for n in range(1200)])
    doc = documents.action_log(papers.ws, public=False)
    folder = tmp_path / "papers"
    folder.mkdir()
    counting = CancelAt(at=10**9)
    writer.write(doc, folder / "counted", progress=counting)  # type: ignore[attr-defined]
    assert counting.calls >= 2
    (folder / "counted").unlink()
    target = folder / name
    target.write_bytes(OLD)
    # Cancel at the first report (while rows are written) and at the last
    # (the whole file is written under its temporary name, not yet in place).
    for at in (1, counting.calls):
        with pytest.raises(Cancelled):
            writer.write(doc, target, progress=CancelAt(at))  # type: ignore[attr-defined]
        assert target.read_bytes() == OLD
        assert [p.name for p in folder.iterdir()] == [name]


def test_failed_write_removes_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "paper.pdf"
    target.write_bytes(OLD)
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"half a pa")
        raise RuntimeError("the writer broke")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["paper.pdf"]


def test_successful_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "paper.csv"
    target.write_bytes(OLD)
    target.chmod(0o640)
    with atomic_path(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".paper.csv.")
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["paper.csv"]


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"), atomic_path(tmp_path / "nowhere" / "x.pdf"):
        pass


def test_target_open_in_another_program_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, replacing a workbook Excel has open fails with a
    permission error: the user is told to close it, and nothing is left."""
    target = tmp_path / "log.xlsx"
    target.write_bytes(OLD)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("safeguard_desktop.exports.atomic.os.replace", refuse)
    with pytest.raises(UserError, match="open in another program"), atomic_path(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["log.xlsx"]


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_recognised(text: str) -> None:
    assert is_formula_like(text)
    assert csv_guard(text, text) == "'" + text


@pytest.mark.parametrize("text", ["1.1", "Ask the chair", "a=b", " =1", "ŵ"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not is_formula_like(text)
    assert csv_guard(text, text) == text


def test_cleaner_removes_what_xml_cannot_hold_and_counts_it() -> None:
    cleaner = TextCleaner()
    assert cleaner.clean("a\x00b\x07c\x1fd\ufffe") == "abcd"
    assert cleaner.clean("line\r\nnext\rlast\ttab") == "line\nnext\nlast\ttab"
    assert cleaner.clean("Dŵr a chŷn 😀") == "Dŵr a chŷn 😀"
    assert (cleaner.removed, cleaner.cells) == (4, 1)
    assert cleaner.report() == "4 control characters were removed in one place: spreadsheets and PDFs cannot hold them."
    assert TextCleaner().report() is None


HIDDEN_FORMULAS = ('\x01=HYPERLINK("http://x","y")', "\x00+1+cmd|' /C calc'!A0", "\x07@SUM(1)")


@pytest.mark.parametrize("text", HIDDEN_FORMULAS)
def test_a_control_character_in_front_does_not_hide_a_formula(text: str) -> None:
    cleaner = TextCleaner()
    assert csv_guard(text, cleaner.clean(text)) == "'" + text[1:]


def test_formulas_behind_a_control_character_are_guarded_in_csv_and_xlsx(papers: Papers, tmp_path: Path) -> None:
    import openpyxl

    add_actions(papers.ws, [dict(plan_id=papers.plan_id, number="9", want=HIDDEN_FORMULAS[0],
                                 how=HIDDEN_FORMULAS[1], lead=HIDDEN_FORMULAS[2])])
    doc = documents.action_log(papers.ws, public=False)
    csv_writer.write(doc, tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text("utf-8-sig")
    for formula in HIDDEN_FORMULAS:
        assert ("'" + formula[1:]) in text.replace('""', '"')
    xlsx_writer.write(doc, tmp_path / "log.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    for formula in HIDDEN_FORMULAS:
        cell = cells[formula[1:]]
        assert cell.data_type == "s" and cell.quotePrefix


def test_a_new_file_is_private_without_touching_the_umask(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def touched(mask: int) -> int:
        raise AssertionError("the process-wide umask was changed during an export")

    monkeypatch.setattr("safeguard_desktop.exports.atomic.os.umask", touched)
    target = tmp_path / "new.csv"
    with atomic_path(target) as temp:
        temp.write_bytes(b"new")
    assert target.stat().st_mode & 0o777 == 0o600
