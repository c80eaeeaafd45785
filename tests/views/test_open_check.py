"""The window opens a workspace at once and verifies it in full in the
background (views/open_check.py): a sound file stays open; damage the first
read cannot see is still told to the user, the file moved aside and the
newest good backup offered, as a strict open does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from safeguard_desktop.store import backups
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from tests.store.damage_fixtures import stale_index, workspace_with_records


class HeldTasks(ImmediateTaskRunner):
    """Background work held until the test lets it run, as a worker thread
    finishes after the window has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple] = []

    def run_quietly(self, work, on_done, on_error=None) -> None:  # type: ignore[no-untyped-def]
        self.held.append((work, on_done, on_error))

    def release(self) -> None:
        held, self.held = self.held, []
        for work, on_done, on_error in held:
            super().run_quietly(work, on_done, on_error)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.No

    def critical(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return said


def test_damage_found_after_the_window_opened_closes_the_file_sets_it_aside_and_offers_the_backup(
        qtbot, tmp_path: Path, told: list[str]) -> None:
    path = workspace_with_records(tmp_path / "board.sqlite")
    backups.take_backup(path, reason="manual")
    stale_index(path)  # damage quick reads do not see: only integrity_check finds it
    tasks = HeldTasks()
    window = MainWindow(tasks=tasks)
    qtbot.addWidget(window)

    assert window.open_path(path), "the window opens at once, before the full check"
    assert window.context is not None and not window.context.workspace.verified
    qtbot.waitUntil(lambda: len(tasks.held) == 2)  # the backup, and the check once the window has painted
    tasks.release()

    assert window.context is None, "the damaged workspace is closed"
    assert not path.exists()
    kept = [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1
    assert len(told) == 1
    assert "found damage" in told[0] and "is damaged" in told[0] and kept[0] in told[0]
    assert "Restore the newest good backup now?" in told[0]


def test_a_sound_workspace_stays_open_and_is_marked_verified(qtbot, tmp_path: Path, told: list[str]) -> None:
    path = workspace_with_records(tmp_path / "board.sqlite")
    tasks = HeldTasks()
    window = MainWindow(tasks=tasks)
    qtbot.addWidget(window)
    assert window.open_path(path)
    workspace = window.context.workspace
    qtbot.waitUntil(lambda: len(tasks.held) == 2)
    tasks.release()
    assert window.context is not None and window.context.workspace is workspace
    assert workspace.verified and not workspace.read_only
    assert told == [] and path.exists()
    window.show_welcome()
