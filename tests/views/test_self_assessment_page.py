"""The self-assessment page driven from the keyboard only: start the next
period, change two scores and an answer's evidence, read the comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from self_assessment_fixtures import small_assessment

from safeguard_desktop.core.self_assessment import COLOUR_FILLS
from safeguard_desktop.store.queries import self_assessments as q
from safeguard_desktop.views.main_window import PAGES, MainWindow
from safeguard_desktop.views.self_assessment.comparison_model import CHANGED_FILL
from safeguard_desktop.views.tasks import ImmediateTaskRunner

Key, Mod = Qt.Key, Qt.KeyboardModifier


def _open(qtbot, workspace) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show_workspace(workspace)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    number = [k for k, _ in PAGES].index("self-assessments") + 1
    qtbot.keyClick(window, Key(Key.Key_0 + number), Mod.ControlModifier)
    return window


def _cells(model, row):
    return [model.index(row, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]


def _fill(model, row, column):
    brush = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name().upper() if brush is not None else None


def test_start_a_period_change_two_scores_and_read_the_comparison(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    assert page.isVisible()
    assert page.plan_box.currentText() == "Whole authority safeguarding 2016-17"
    assert page.period_box.currentText() == "April 2017"
    table = page.assessment_view
    assert _cells(table.model(), 0)[:2] == ["", "Good Governance\nSafeguarding is everyone's responsibility."]
    assert _cells(table.model(), 0)[4] == "3 - Adequate"

    qtbot.keyClick(window, Key.Key_S, Mod.AltModifier)  # &Start the next period (the button clicks itself)
    qtbot.waitUntil(lambda: page.period_box.currentText() == "October 2017")
    assert table.hasFocus()
    assert _cells(table.model(), 0)[4] == "3 - Adequate"  # carried into the new period

    # Good Governance: Right to the score, then 4. Safe Workforce (three rows down): 2.
    for key in (Key.Key_Home, Key.Key_Right, Key.Key_Right, Key.Key_Right, Key.Key_Right, Key.Key_4):
        qtbot.keyClick(table, key)
    for key in (Key.Key_Down, Key.Key_Down, Key.Key_Down, Key.Key_2):
        qtbot.keyClick(table, key)
    # Question 1's evidence: up two rows, left two columns, F2, type, Enter.
    for key in (Key.Key_Up, Key.Key_Up, Key.Key_Left, Key.Key_Left, Key.Key_F2):
        qtbot.keyClick(table, key)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Key.Key_End, Mod.ControlModifier)
    qtbot.keyClicks(editor, " and Council")
    qtbot.keyClick(editor, Key.Key_Return)

    model = table.model()
    assert _cells(model, 0)[4] == "4 - Good"
    assert _cells(model, 3)[4] == "2 - Weak"
    assert _cells(model, 1)[2] == "Strategy agreed by Cabinet and Council"
    new = q.periods(workspace, sa.plan_id)[-1].id
    stored = {line.entry_id: line for line in q.assessment(workspace, sa.plan_id, new)}
    assert (stored[sa.governance].score, stored[sa.workforce].score) == (4, 2)
    assert q.assessment(workspace, sa.plan_id, sa.period_id)[0].score == 3  # April 2017 untouched

    qtbot.keyClick(window, Key.Key_C, Mod.AltModifier)  # the &Comparison tab
    compared = page.comparison_view.model()
    assert page.comparison_view.isVisible()
    headings = [compared.headerData(c, Qt.Orientation.Horizontal) for c in range(compared.columnCount())]
    assert headings == ["No.", "Priority area or question", "Score April 2017", "Score October 2017", "Change",
                        "Evidence changed", "Evidence April 2017", "Evidence October 2017"]
    rows = [_cells(compared, r) for r in range(compared.rowCount())]
    assert rows[0][2:6] == ["3 - Adequate", "4 - Good", "Up 1 (Adequate to Good)", ""]
    assert rows[3][2:6] == ["3 - Adequate", "2 - Weak", "Down 1 (Adequate to Weak)", ""]
    assert rows[4][2:6] == ["2 - Weak", "2 - Weak", "Same (Weak)", ""]
    assert rows[1][5:] == ["Changed", "Strategy agreed by Cabinet", "Strategy agreed by Cabinet and Council"]
    assert _fill(compared, 0, 4) == COLOUR_FILLS["green"].upper()
    assert _fill(compared, 3, 4) == COLOUR_FILLS["red"].upper()
    assert _fill(compared, 4, 4) == COLOUR_FILLS["grey"].upper()
    marked = CHANGED_FILL.color().name().upper()
    assert (_fill(compared, 1, 5), _fill(compared, 1, 7)) == (marked, marked)
    assert marked not in (_fill(compared, 0, 7), _fill(compared, 2, 7))

    # Undo (Ctrl+Z) takes back the last change; the comparison follows.
    qtbot.keyClick(window, Key.Key_Z, Mod.ControlModifier)
    qtbot.keyClick(window, Key.Key_Z, Mod.ControlModifier)
    assert _cells(compared, 3)[4] == "Same (Adequate)"
    assert _cells(compared, 1)[5] == ""


def test_rename_the_new_period_then_undo_both_steps_and_redo(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    qtbot.keyClick(window, Key.Key_S, Mod.AltModifier)
    qtbot.waitUntil(lambda: page.period_box.currentText() == "October 2017")
    started = page.period_id

    qtbot.keyClick(window, Key.Key_N, Mod.AltModifier)  # &Name: the period's name, to rename it
    assert page.period_name.hasFocus()
    qtbot.keyClick(page.period_name, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(page.period_name, "2017-18 H1")
    qtbot.keyClick(page.period_name, Key.Key_Return)
    assert [p.label for p in q.periods(workspace, sa.plan_id)] == ["April 2017", "2017-18 H1"]
    assert page.period_box.currentText() == "2017-18 H1"

    qtbot.keyClick(window, Key.Key_Z, Mod.ControlModifier)
    assert page.period_box.currentText() == "October 2017"
    qtbot.keyClick(window, Key.Key_Z, Mod.ControlModifier)
    assert [page.period_box.itemText(i) for i in range(page.period_box.count())] == ["April 2017"]
    assert page.period_name.text() == "April 2017"
    qtbot.keyClick(window, Key.Key_Y, Mod.ControlModifier)  # the very same period comes back
    assert [p.id for p in q.periods(workspace, sa.plan_id)] == [sa.period_id, started]


def test_a_score_typed_in_words_is_understood_and_nonsense_is_refused(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    table = page.assessment_view
    table.setFocus()
    # Question 2 (row 2) has no score: type "very good", then on Safe Workforce "lots".
    for key in (Key.Key_Home, Key.Key_Down, Key.Key_Down, Key.Key_End):
        qtbot.keyClick(table, key)
    qtbot.keyClicks(table, "v")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "ery good")
    qtbot.keyClick(editor, Key.Key_Return)  # Qt stores a line editor's text once back in the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert _cells(table.model(), 2)[4] == "5 - Very good"
    qtbot.keyClick(table, Key.Key_Down)
    qtbot.keyClicks(table, "l")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "ots")
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert "'lots' is not a score" in window.statusBar().currentMessage()
    stored = {line.entry_id: line.score for line in q.assessment(workspace, sa.plan_id, sa.period_id)}
    assert (stored[sa.reporting], stored[sa.workforce]) == (5, 3)
    # Delete clears a score.
    qtbot.keyClick(table, Key.Key_Up)
    qtbot.keyClick(table, Key.Key_Delete)
    assert _cells(table.model(), 2)[4] == ""


def test_a_question_added_elsewhere_shows_when_the_page_is_shown_again(qtbot, tmp_path):
    from safeguard_desktop.store.ops.plans import add_entry
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    rows = page.assessment_view.model().rowCount()
    qtbot.keyClick(window, Key.Key_1, Mod.ControlModifier)  # away to the Plans page
    add_entry(workspace, plan_id=sa.plan_id, kind="question", number="3", parent_id=sa.governance,
              title="Is there senior manager representation on the WASG?")
    number = [k for k, _ in PAGES].index("self-assessments") + 1
    qtbot.keyClick(window, Key(Key.Key_0 + number), Mod.ControlModifier)
    assert page.assessment_view.model().rowCount() == rows + 1
    assert _cells(page.assessment_view.model(), 3)[:2] == ["3", "Is there senior manager representation on the WASG?"]


def test_a_new_self_assessment_starts_its_first_period_before_any_answer(qtbot, tmp_path):
    from safeguard_desktop.store.ops.plans import add_entry, create_plan
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    plan = create_plan(workspace, board_id=boards(workspace)[0].id, title="Self-assessment 2026",
                       kind="self_assessment")
    area = add_entry(workspace, plan_id=plan, kind="area", title="Good Governance")
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    table = page.assessment_view
    assert page.next_button.text() == "&Start the first period" and page.period_box.count() == 0
    table.setFocus()
    qtbot.keyClick(table, Key.Key_End)
    qtbot.keyClick(table, Key.Key_3)
    assert "Start the first period" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Key.Key_S, Mod.AltModifier)
    qtbot.waitUntil(lambda: page.period_box.currentText() == "First period")
    qtbot.keyClick(table, Key.Key_End)
    qtbot.keyClick(table, Key.Key_3)
    assert [(line.entry_id, line.score) for line in q.assessment(workspace, plan, page.period_id)] == [(area, 3)]


def test_a_read_only_workspace_says_why_a_score_is_not_kept(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace, open_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    workspace.close()
    window = _open(qtbot, open_workspace(tmp_path / "ws.sqlite", read_only=True, backup_on_open=False))
    page = window.pages["self-assessments"]
    assert not page.next_button.isEnabled() and not page.period_name.isEnabled()
    table = page.assessment_view
    table.setFocus()
    qtbot.keyClick(table, Key.Key_End)
    qtbot.keyClick(table, Key.Key_5)
    assert window.statusBar().currentMessage() == "This workspace is open read-only."
    assert _cells(table.model(), 0)[4] == "3 - Adequate"
    assert q.assessment(window.context.workspace, sa.plan_id, sa.period_id)[0].score == 3


def test_evidence_being_typed_is_saved_when_the_window_flushes(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    window = _open(qtbot, workspace)
    table = window.pages["self-assessments"].assessment_view
    table.setFocus()
    # Question 2's analysis: two rows down, three columns across, F2, type, and no pause at all.
    for key in (Key.Key_Home, Key.Key_Down, Key.Key_Down, Key.Key_Right, Key.Key_Right, Key.Key_Right, Key.Key_F2):
        qtbot.keyClick(table, key)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    qtbot.keyClicks(QApplication.focusWidget(), "Reports go to Cabinet")
    window.flush_pages()  # what the window does before it closes or changes workspace
    stored = {line.entry_id: line.analysis for line in q.assessment(workspace, sa.plan_id, sa.period_id)}
    assert stored[sa.reporting] == "Reports go to Cabinet"


def test_the_page_is_read_once_and_again_only_after_a_change(qtbot, tmp_path, monkeypatch):
    from safeguard_desktop.store.ops.plans import add_entry
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    sa = small_assessment(workspace)
    reads: list[int | None] = []
    real = q.assessment

    def counted(ws, plan_id, period_id):  # type: ignore[no-untyped-def]
        reads.append(period_id)
        return real(ws, plan_id, period_id)

    monkeypatch.setattr(q, "assessment", counted)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    assert page.isVisible() and page.model.rowCount() == 5
    assert len(reads) == 1  # built and shown: read once, not again by its first showing
    number = [k for k, _ in PAGES].index("self-assessments") + 1
    qtbot.keyClick(window, Key.Key_1, Mod.ControlModifier)  # away to the Plans page and back: nothing changed
    qtbot.keyClick(window, Key(Key.Key_0 + number), Mod.ControlModifier)
    assert page.isVisible() and len(reads) == 1
    qtbot.keyClick(window, Key.Key_1, Mod.ControlModifier)
    add_entry(workspace, plan_id=sa.plan_id, kind="question", number="3", parent_id=sa.governance,
              title="Is there senior manager representation on the WASG?")
    qtbot.keyClick(window, Key(Key.Key_0 + number), Mod.ControlModifier)
    assert len(reads) == 2 and page.model.rowCount() == 6


def test_the_comparisons_rows_fit_their_wrapped_text_once_its_tab_is_shown(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    small_assessment(workspace)
    window = _open(qtbot, workspace)
    page = window.pages["self-assessments"]
    qtbot.keyClick(window, Key.Key_S, Mod.AltModifier)  # a second period, so there is a comparison
    qtbot.waitUntil(lambda: page.period_box.currentText() == "October 2017")
    qtbot.keyClick(window, Key.Key_C, Mod.AltModifier)  # the &Comparison tab
    view = page.comparison_view
    assert view.isVisible() and view.model().rowCount() == 5
    heights = [view.rowHeight(r) for r in range(view.model().rowCount())]
    assert heights == [view.sizeHintForRow(r) for r in range(view.model().rowCount())]
    assert max(heights) > view.verticalHeader().minimumSectionSize()


def test_the_assessments_rows_fit_their_wrapped_text_when_the_page_is_first_shown(qtbot, tmp_path):
    from safeguard_desktop.store.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.sqlite", board_name="Monmouthshire")
    small_assessment(workspace)
    window = _open(qtbot, workspace)
    view = window.pages["self-assessments"].assessment_view
    assert view.isVisible() and view.model().rowCount() == 5
    heights = [view.rowHeight(r) for r in range(view.model().rowCount())]
    assert heights == [view.sizeHintForRow(r) for r in range(view.model().rowCount())]
