"""The window on a server workspace: every page opens on the demo, and the
plan grid sorts and searches it as it does a file."""

from __future__ import annotations

from safeguard_desktop.store.pg_workspace import open_server_workspace
from safeguard_desktop.views.main_window import PAGES, MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_every_page_opens_on_the_server_demo(qtbot, pg_demo_url: str) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    workspace = open_server_workspace(pg_demo_url)
    window.show_workspace(workspace)
    window.show()
    for key, _ in PAGES:
        window.show_page(key)
        qtbot.wait(10)
    assert workspace.address.name in window.windowTitle()
    qtbot.wait(300)  # notices already queued reach the pages before they are taken down
    window.close()

