"""The page a workspace opens on reads "What is due" once, not once when it
is built and again when it first shows (on a decade of records each
reading is most of the time the window takes to open)."""

from __future__ import annotations

import pytest

from safeguard_desktop.store.queries import due
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.pages import due_page
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_opening_a_workspace_reads_what_is_due_once_and_coming_back_reads_it_again(
        qtbot, workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workspace.path
    workspace.close()
    reads: list[object] = []

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(args)
        return due.what_is_due(*args, **kwargs)

    monkeypatch.setattr(due_page, "what_is_due", counted)
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    qtbot.waitUntil(window.centralWidget().isVisible)
    page = window.pages["due"]
    qtbot.waitUntil(page.isVisible)
    assert len(reads) == 1
    assert "What is due" in page.heading.text(), "what was read is on the page"

    window.show_page("people")
    window.show_page("due")  # coming back shows the day as it is now
    assert len(reads) == 2
    window.show_welcome()
