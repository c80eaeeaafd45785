"""A server workspace in the recent list opens by its address, not a folded path."""

from __future__ import annotations

from pathlib import Path

from safeguard_desktop.views.welcome import WelcomeWidget


def test_a_recent_server_address_is_opened_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    opened: list[object] = []
    address = "postgresql://db.council.gov.uk/safeguarding"
    welcome = WelcomeWidget([address, "/home/jo/board.sqlite"], lambda: None, lambda: None, lambda: None,
                            opened.append)
    qtbot.addWidget(welcome)
    for row in range(2):
        welcome.recent_list.itemActivated.emit(welcome.recent_list.item(row))
    assert opened == [address, Path("/home/jo/board.sqlite")]
