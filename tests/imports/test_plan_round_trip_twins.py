"""Export any plan to xlsx, import the workbook back (into the same or a
fresh workspace): the same plan, structure, fields, owners, history and
above all the confidential flag, carried by the workbook's very hidden sheet
of record twins. A workbook a person has edited (a row typed in, one deleted,
rows sorted) is read sensibly: the visible sheet wins for what it shows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.cell_range import CellRange
from round_trip_plans import SECRET, business_plan, review_action_plan, snapshot, work_plan
from self_assessment_fixtures import small_assessment
from sqlalchemy import func, select

from safeguard_desktop.cli import main
from safeguard_desktop.core import record_twins
from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.models import Action, AssessmentAnswer, Person, Plan, PlanEntry, ReviewPeriod
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.ops.self_assessments import set_answer, start_next_period
from safeguard_desktop.store.queries.overview import list_plans
from safeguard_desktop.store.workspace import Workspace, create_workspace, open_workspace

SHAPES: dict[str, tuple[Callable[[Workspace], int], str]] = {
    "business-plan": (business_plan, "action-plan"),
    "work-plan": (work_plan, "work-plan"),
    "review-action-plan": (review_action_plan, "action-plan"),
}


def _export(ws: Workspace, plan_id: int, what: str, path: Path, public: bool = False) -> Path:
    export(ws, ExportRequest(what, path.suffix.lstrip("."), plan_id=plan_id, public=public), path)
    return path


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    ws = create_workspace(tmp_path / "other.sqlite", board_name="Another Board")
    yield ws
    ws.close()


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("into", ["same", "fresh"])
def test_export_then_import_gives_the_same_plan(shape: str, into: str, workspace: Workspace, fresh: Workspace,
                                                tmp_path: Path) -> None:
    build, what = SHAPES[shape]
    plan_id = build(workspace)
    book = _export(workspace, plan_id, what, tmp_path / "plan.xlsx")
    target = workspace if into == "same" else fresh
    result = import_plan(target, preview_import(book), "Imported")
    assert snapshot(target, result.plan_id) == snapshot(workspace, plan_id)
    with target.session() as s:
        assert s.get(Plan, result.plan_id).kind == snapshot(workspace, plan_id)["plan"]["kind"]


def test_the_hidden_sheet_is_very_hidden_and_the_visible_sheet_is_the_councils(workspace: Workspace,
                                                                              tmp_path: Path) -> None:
    book = load_workbook(_export(workspace, business_plan(workspace), "action-plan", tmp_path / "plan.xlsx"))
    assert [s.title for s in book.worksheets] == ["Action plan", record_twins.SHEET]
    assert book[record_twins.SHEET].sheet_state == "veryHidden"
    visible = book["Action plan"]
    texts = [visible.cell(r, 1).value for r in range(1, visible.max_row + 1)]
    assert "Outcome 1.2: Practitioners understand thresholds" in texts
    assert "Evidence framework\nQuantitative data: referrals\nQualitative evidence: audits" in texts
    assert "¹ Exploitation as defined in the county's strategy." in texts
    # Nothing of the hidden records shows on the visible sheet: no uuids, no flags.
    assert not any("confidential" in str(cell.value) for row in visible.iter_rows() for cell in row)


def test_confidential_rows_survive_a_fresh_workspace_and_stay_out_of_public_papers(
        workspace: Workspace, fresh: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)
    result = import_plan(fresh, preview_import(_export(workspace, plan_id, "action-plan", tmp_path / "all.xlsx")),
                         "Business plan")
    with fresh.session() as s:
        flags = {a.want: a.confidential for a in s.scalars(select(Action).where(Action.plan_id == result.plan_id))}
    assert sorted(want for want, secret in flags.items() if secret) == [
        f"{SECRET} family review follow-up", f"{SECRET} named young person"]
    for fmt in ("xlsx", "pdf", "csv"):
        out = _export(fresh, result.plan_id, "action-plan", tmp_path / f"public.{fmt}", public=True)
        if fmt == "xlsx":
            book = load_workbook(out)
            # A public paper goes out of the board's hands: no hidden records (history, owners) ride with it.
            assert [sheet.title for sheet in book.worksheets] == ["Action plan"]
            text = " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row)
        elif fmt == "pdf":
            text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
        else:
            text = out.read_text(encoding="utf-8-sig")
        assert SECRET not in text, fmt
        assert "2 confidential items were withheld" in " ".join(text.split()), fmt


def _rows_of(path: Path) -> list[list[Any]]:
    sheet = load_workbook(path)["Action plan"]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def _rewrite(path: Path, edit: Callable[[Any], None]) -> Path:
    """Edit the visible sheet as a person would in Excel, and save."""
    book = load_workbook(path)
    edit(book["Action plan"])
    out = path.with_name("edited.xlsx")
    book.save(out)
    return out


def _shift_merges(sheet: Any, at: int, by: int, change: Callable[[], None]) -> None:
    """Insert or delete rows as Excel does, merged banners moving with their
    rows (openpyxl leaves merged ranges where they were)."""
    merged = [CellRange(str(m)) for m in sheet.merged_cells.ranges]
    for m in merged:
        sheet.unmerge_cells(str(m))
    change()
    for m in merged:
        if by < 0 and m.min_row == at:
            continue
        if m.min_row >= at:
            m.shift(row_shift=by)
        sheet.merge_cells(m.coord)


def _find(sheet: Any, text: str) -> int:
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 3).value == text)


def test_a_row_typed_in_by_hand_is_read_from_what_is_visible(workspace: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)

    def insert(sheet: Any) -> None:
        r = _find(sheet, "Threshold training")
        _shift_merges(sheet, r + 1, 1, lambda: sheet.insert_rows(r + 1))
        for c, value in enumerate(("1.3", "C", "Typed in by hand", "Workshops", "Training lead"), start=1):
            sheet.cell(r + 1, c, value)

    edited = _rewrite(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"), insert)
    result = import_plan(workspace, preview_import(edited), "Edited")
    before, after = snapshot(workspace, plan_id), snapshot(workspace, result.plan_id)
    typed = [row for row in after["rows"] if row["want"] == "Typed in by hand"]
    assert len(typed) == 1 and typed[0]["lead"] == "Training lead" and typed[0]["confidential"] is False
    # It sits under the outcome above it; every other row came back as it was.
    assert typed[0]["entry"][-1] == "outcome 1.2: Practitioners understand thresholds"
    assert [row for row in after["rows"] if row["want"] != "Typed in by hand"] == before["rows"]
    assert after["entries"] == before["entries"]
    # The report says, row by row, what came back as its own record and what was read from the sheet.
    notes = {line["text"].split(" | ")[0]: line["notes"] for line in result.report["rows"]}
    assert notes["Evidence framework\nQuantitative data: referrals\nQualitative evidence: audits"] == [
        "came back as its own record: Evidence framework"]
    typed = next(line for line in result.report["rows"] if "Typed in by hand" in line["text"])
    assert typed["notes"][0] == "typed in by hand: read from what the row shows"
    assert result.report["twins"] == {"paired": 12, "read_from_visible": 1, "without_their_row": 0, "unreadable": 0}


def test_a_row_deleted_by_hand_stays_deleted(workspace: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)
    def delete(sheet: Any) -> None:
        r = _find(sheet, "Exploitation screening tool")
        _shift_merges(sheet, r, -1, lambda: sheet.delete_rows(r))

    edited = _rewrite(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"), delete)
    result = import_plan(workspace, preview_import(edited), "Edited")
    before, after = snapshot(workspace, plan_id), snapshot(workspace, result.plan_id)
    assert [row for row in before["rows"] if row["want"] != "Exploitation screening tool"] == after["rows"]


def test_rows_sorted_by_hand_keep_their_outcomes_and_flags(workspace: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)

    def sort_first_priority(sheet: Any) -> None:
        # Sort the action rows under priority 1 by "What do we want to achieve?", Z to A.
        rows = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value in ("A", "B", "C")
                and r < _find(sheet, "Exploitation screening tool")]
        values = [[sheet.cell(r, c).value for c in range(1, sheet.max_column + 1)] for r in rows]
        values.sort(key=lambda v: v[2], reverse=True)
        for r, row in zip(rows, values):
            for c, value in enumerate(row, start=1):
                sheet.cell(r, c).value = value  # cell(r, c, None) would leave the old value

    edited = _rewrite(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"), sort_first_priority)
    result = import_plan(workspace, preview_import(edited), "Sorted")
    before, after = snapshot(workspace, plan_id), snapshot(workspace, result.plan_id)

    def by_want(snap: dict[str, Any]) -> dict[str, Any]:
        return {row["want"]: row for row in snap["rows"]}

    for want, row in by_want(before).items():  # each row with its own outcome, owner and flag
        assert by_want(after)[want] == row, want
    assert after["entries"] == before["entries"]


def test_a_row_edited_by_hand_keeps_its_hidden_flag(workspace: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)

    def update_progress(sheet: Any) -> None:
        sheet.cell(_find(sheet, f"{SECRET} family review follow-up"), 8, "Reviewed at the June board")

    edited = _rewrite(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"), update_progress)
    result = import_plan(workspace, preview_import(edited), "Edited")
    row = next(r for r in snapshot(workspace, result.plan_id)["rows"] if r["want"].startswith(SECRET + " family"))
    assert row["progress"] == "Reviewed at the June board" and row["confidential"] is True


def test_a_work_plan_workbook_reimports_as_a_work_plan_with_its_levels(workspace: Workspace,
                                                                      tmp_path: Path) -> None:
    plan_id = work_plan(workspace)
    result = import_plan(workspace, preview_import(_export(workspace, plan_id, "work-plan", tmp_path / "w.xlsx")),
                         "Work plan again")
    rows = snapshot(workspace, result.plan_id)["rows"]
    assert rows[0]["lead"] is None and rows[0]["want"].startswith("Members will ensure")
    assert [row["parent"] for row in rows] == [None, "1.2.1", "1.2.1.1", "1.2.1.1", None]


def _periods(ws: Workspace, plan_id: int) -> list[Any]:
    """Each review period with what it says of each area and question."""
    with ws.session() as s:
        periods = list(s.scalars(select(ReviewPeriod).where(ReviewPeriod.plan_id == plan_id,
                                                            ReviewPeriod.deleted_at.is_(None))
                                 .order_by(ReviewPeriod.position)))
        labels = {p.id: p.label for p in periods}
        said = []
        for p in periods:
            answers = s.execute(select(PlanEntry.title, AssessmentAnswer.evidence, AssessmentAnswer.analysis,
                                       AssessmentAnswer.score)
                                .join(PlanEntry, PlanEntry.id == AssessmentAnswer.entry_id)
                                .where(AssessmentAnswer.period_id == p.id).order_by(PlanEntry.title)).all()
            said.append((p.label, p.starts_on, p.ends_on, labels.get(p.previous_period_id),
                         [tuple(a) for a in answers]))
    return said


def test_a_self_assessment_with_two_periods_comes_back_whole(workspace: Workspace, fresh: Workspace,
                                                              tmp_path: Path) -> None:
    small = small_assessment(workspace)
    second = start_next_period(workspace, small.plan_id)
    set_answer(workspace, period_id=second, entry_id=small.governance, field="score", value=4)
    set_answer(workspace, period_id=second, entry_id=small.steer, field="evidence", value="Strategy reviewed")
    book = _export(workspace, small.plan_id, "self-assessment", tmp_path / "sa.xlsx")
    result = import_plan(fresh, preview_import(book), "Whole authority safeguarding")
    assert snapshot(fresh, result.plan_id) == snapshot(workspace, small.plan_id)
    assert _periods(fresh, result.plan_id) == _periods(workspace, small.plan_id)
    assert len(_periods(fresh, result.plan_id)) == 2


def test_every_demo_plan_comes_back_the_same_in_another_workspace(demo_template: Path, fresh: Workspace,
                                                                   tmp_path: Path) -> None:
    whats = {"work_plan": "work-plan", "self_assessment": "self-assessment"}
    with open_workspace(demo_template, read_only=True, backup_on_open=False) as demo:
        plans = list_plans(demo)
        assert {p.kind for p in plans} >= {"business_plan", "work_plan", "self_assessment", "review_action_plan"}
        for plan in plans:
            book = _export(demo, plan.id, whats.get(plan.kind, "action-plan"), tmp_path / f"{plan.kind}.xlsx")
            result = import_plan(fresh, preview_import(book), plan.title)
            assert snapshot(fresh, result.plan_id) == snapshot(demo, plan.id), plan.title


def test_owners_are_found_by_name_in_another_workspace(workspace: Workspace, fresh: Workspace,
                                                       tmp_path: Path) -> None:
    chair = org.create_person(fresh, name="SIÂN ŴILLIAMS")  # the same person, typed in another workspace
    book = _export(workspace, business_plan(workspace), "action-plan", tmp_path / "plan.xlsx")
    result = import_plan(fresh, preview_import(book), "Business plan")
    with fresh.session() as s:
        owners = set(s.scalars(select(Action.owner_person_id).where(Action.plan_id == result.plan_id)))
        people = s.scalar(select(func.count(Person.id)))
    assert owners == {chair, None} and people == 1


def test_command_line_round_trip_then_public_paper_withholds_the_confidential_rows(
        workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    business_plan(workspace)
    workspace.close()
    book, other, public = tmp_path / "plan.xlsx", tmp_path / "other.sqlite", tmp_path / "public.csv"
    assert main(["export", str(workspace.path), "--what", "action-plan", "--plan", "Business plan 2024-25",
                 "-o", str(book)]) == 0
    create_workspace(other, board_name="Another Board").close()
    assert main(["import", str(other), str(book), "--plan", "Business plan 2024-25"]) == 0
    assert main(["export", str(other), "--what", "action-plan", "--plan", "Business plan 2024-25", "--public",
                 "-o", str(public)]) == 0
    said = capsys.readouterr().out
    assert "This workbook was exported by safeguard-desktop: each row comes back as its own record" in said
    assert "2 confidential items were withheld" in said
    text = public.read_text(encoding="utf-8-sig")
    assert SECRET not in text and "Audit neglect cases" in text


def test_a_workbook_saved_again_by_libreoffice_still_comes_back_the_same(workspace: Workspace, fresh: Workspace,
                                                                          tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; installers/setup.sh test installs it")
    plan_id = business_plan(workspace)
    book = _export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx")
    profile, out = tmp_path / "lo-profile", tmp_path / "saved"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(book)],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(profile)})
    saved = out / "plan.xlsx"
    assert load_workbook(saved)[record_twins.SHEET].sheet_state in ("hidden", "veryHidden")
    result = import_plan(fresh, preview_import(saved), "Business plan")
    # 7 entries and 5 rows, each with its record
    assert result.report["twins"] == {"paired": 12, "read_from_visible": 0, "without_their_row": 0, "unreadable": 0}
    assert snapshot(fresh, result.plan_id) == snapshot(workspace, plan_id)


def test_a_heading_and_a_note_typed_in_by_hand_each_come_back_once(workspace: Workspace, tmp_path: Path) -> None:
    plan_id = business_plan(workspace)

    def add_outcome(sheet: Any) -> None:
        r = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Notes")
        _shift_merges(sheet, r, 2, lambda: sheet.insert_rows(r, 2))
        sheet.cell(r, 1).value = "Outcome 2.2: Typed by hand"
        sheet.cell(r + 1, 1).value = "Discuss at the June board"

    edited = _rewrite(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"), add_outcome)
    result = import_plan(workspace, preview_import(edited), "Edited")
    entries = snapshot(workspace, result.plan_id)["entries"]
    typed = [(path, e) for path, e in entries if "Typed by hand" in path[-1] or "June board" in path[-1]]
    assert [(e["kind"], e["number"], e["title"], e["body"]) for _, e in typed] == [
        ("outcome", "2.2", "Typed by hand", None), ("note", None, "Discuss at the June board", None)]
    assert typed[0][0][0] == "priority 2: Dŵr a chŷn: safer communities"  # under the priority above it
    assert typed[1][0][:-1] == typed[0][0]  # the note under the outcome it follows
    said = [json.dumps(e, ensure_ascii=False) for _, e in entries]
    assert sum(text.count("June board") for text in said) == 1


def test_a_tampered_hidden_sheet_is_read_safely(workspace: Workspace, tmp_path: Path) -> None:
    """Hand-made or damaged twins never crash an import: odd values are read
    as nothing, a twin without a uuid is no twin, and an ambiguous
    confidential flag errs on the side of confidential."""
    plan_id = business_plan(workspace)
    book = load_workbook(_export(workspace, plan_id, "action-plan", tmp_path / "plan.xlsx"))
    sheet = book[record_twins.SHEET]
    for r in range(3, sheet.max_row + 1):
        record = json.loads(record_twins.unwrap(sheet.cell(r, 4).value))
        if record.get("want") == "Audit neglect cases":
            record.update(confidential="yes", history="lost", when_date="someday", owner_person="Siân")
        elif record.get("want") == "Threshold training":
            del record["uuid"]
        elif record.get("kind") == "outcome" and record.get("number") == "1.1":
            record.update(score="high", position="first", parent=7)
        sheet.cell(r, 4).value = record_twins.chunks(record)[0]
    book.save(tmp_path / "tampered.xlsx")
    result = import_plan(workspace, preview_import(tmp_path / "tampered.xlsx"), "Tampered")
    rows = {row["want"]: row for row in snapshot(workspace, result.plan_id)["rows"]}
    audit = rows["Audit neglect cases"]
    assert audit["confidential"] is True and audit["history"] == [] and audit["when_date"] is None
    assert rows["Threshold training"]["confidential"] is False  # read from what the row shows
    assert result.report["twins"]["read_from_visible"] == 1 and result.report["twins"]["unreadable"] == 1
