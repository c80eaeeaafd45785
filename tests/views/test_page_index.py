"""The navigation's list of pages says of each page what its class does
(views/page_index.py): the window trusts it to show counts and fill the
Meeting menu without importing the pages."""

from __future__ import annotations

from safeguard_desktop.views.main_window import PAGES
from safeguard_desktop.views.page_index import ENTRIES


def test_each_entry_names_a_page_class_and_says_what_it_has() -> None:
    for entry in ENTRIES:
        page_class = entry.page_class()
        assert page_class.__module__ == f"safeguard_desktop.views.pages.{entry.module}"
        assert callable(getattr(page_class, "badge", None)) == entry.counted, entry.key
        assert callable(getattr(page_class, "menu_actions", None)) == entry.menu, entry.key


def test_the_navigation_keys_are_the_entries_in_order_and_each_once() -> None:
    keys = [key for key, _ in PAGES]
    assert keys == [entry.key for entry in ENTRIES]
    assert len(set(keys)) == len(keys) == 8
    assert keys[0] == "due"  # the page a workspace opens on


def test_an_entry_builds_its_page_on_a_workspace(qtbot, demo_path) -> None:
    from PySide6.QtGui import QUndoStack

    from safeguard_desktop.store.queries.due import what_is_due
    from safeguard_desktop.store.workspace import open_workspace
    from safeguard_desktop.views.context import AppContext
    from safeguard_desktop.views.settings import Settings
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    with open_workspace(demo_path, backup_on_open=False) as workspace:
        context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda _text: None)
        page = ENTRIES[0](context)
        qtbot.addWidget(page)
        assert type(page).__name__ == "DuePage"
        assert page.badge() == what_is_due(workspace).count > 0  # the demo has lines due
