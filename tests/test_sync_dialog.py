"""The conflicts dialog, driven by keyboard: both values with who and when,
pick the other copy's, undo, edit a result; each choice audited and
carried to the other copy by the next sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plans import delete_actions, set_action_field
from safeguard_desktop.store.sync.resolve import open_conflicts
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.conflicts_dialog import ConflictsDialog
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from tests.sync_fixtures import Small, build_small, copy_pair, open_ws, problems, record_id, value


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


@pytest.fixture
def synced(small: Small, tmp_path: Path) -> tuple[Path, Path]:
    a, b = copy_pair(small, tmp_path)
    with open_ws(a) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[0]), "progress", "Office: on track")
        delete_actions(ws, [record_id(ws, Action, small.actions[1])])
    with open_ws(b) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[0]), "progress", "Laptop: delayed\nby a month")
        set_action_field(ws, record_id(ws, Action, small.actions[1]), "how", "Still needed")
    assert len(sync_files(a, b).new_conflicts) == 2
    return a, b


def test_conflicts_are_resolved_by_keyboard_undone_and_carried_to_the_other_copy(small, synced, qtbot):
    a, b = synced
    ws = open_ws(a)
    try:
        context = AppContext(ws, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _m: None)
        dialog = ConflictsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics (Alt+letter) need the active window
        dialog.list.setFocus()
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert texts == ["Action 1 “Want 1” — progress", "Action 2 “Want 2” — deleted"]
        assert dialog.here_text.toPlainText() == "Office: on track"
        assert dialog.there_text.toPlainText() == "Laptop: delayed\nby a month"
        assert dialog.here_label.text().startswith("This copy (Test User, 20")
        dialog.grab().save(str(Path(a).with_name("conflicts.png")))

        # A button's Alt+letter clicks it a moment later (Qt animates the press): wait for its effect.
        qtbot.keyClick(dialog.list, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Take the other copy's
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        assert value(a, Action, small.actions[0], "progress") == "Laptop: delayed\nby a month"
        assert [c.field for c in open_conflicts(ws)] == ["deleted_at"]
        context.undo_stack.undo()
        assert dialog.list.count() == 2
        assert value(a, Action, small.actions[0], "progress") == "Office: on track"
        assert [c.field for c in open_conflicts(ws)] == ["progress", "deleted_at"]

        qtbot.keyClick(dialog.list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # to the result
        assert dialog.result.hasFocus()
        dialog.result.selectAll()
        qtbot.keyClicks(dialog.result, "Delayed: office and laptop agree")
        qtbot.keyClick(dialog.result, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Use the result
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        assert value(a, Action, small.actions[0], "progress") == "Delayed: office and laptop agree"

        # The deletion met by an edit: keeping this copy's keeps it deleted here.
        assert dialog.list.currentItem().text() == "Action 2 “Want 2” — deleted"
        assert not dialog.result.isEnabled()
        qtbot.keyClick(dialog.list, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Keep this copy's
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        assert open_conflicts(ws) == [] and dialog.list.count() == 0
    finally:
        ws.close()
    report = sync_files(a, b)
    assert report.resolutions_crossed == 2 and report.open_conflicts == 0
    assert [value(p, Action, small.actions[0], "progress") for p in (a, b)] == ["Delayed: office and laptop agree"] * 2
    assert [value(p, Action, small.actions[1], "deleted_at") is not None for p in (a, b)] == [True, True]
    assert [value(p, Action, small.actions[1], "how") for p in (a, b)] == ["Still needed"] * 2
    assert problems(a) == [] and problems(b) == []
