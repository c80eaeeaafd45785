"""The action log's search box: what is typed is text, never a pattern (a
"%" or "_" means itself), and the log is searched once typing pauses, not
on every key."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.queries.action_log import ActionLogFilter, action_log_ids
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings import action_log_model as model_module
from safeguard_desktop.views.pages.action_log_page import ActionLogPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner

WANTS = ("Reach 100% of schools", "Reach 1000 schools", "Rename file_name fields", "Rename filename fields",
         "Escalation policy refreshed")


@pytest.fixture
def actions(workspace, setup):
    return {want: acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want=want,
                                          target_date=date(2024, 9, 30)) for want in WANTS}


def test_percent_and_underscore_are_searched_for_as_themselves(workspace, actions):
    def found(text: str) -> set[int]:
        return set(action_log_ids(workspace, ActionLogFilter(text=text)))

    assert found("100%") == {actions["Reach 100% of schools"]}
    assert found("e_n") == {actions["Rename file_name fields"]}
    assert found("%") == {actions["Reach 100% of schools"]}
    assert found("100") == {actions["Reach 100% of schools"], actions["Reach 1000 schools"]}
    assert found("\\") == set()


def test_the_search_waits_for_a_pause_in_typing(qtbot, workspace, actions, monkeypatch):
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    assert page.count.text() == "5 actions"
    searches: list[str] = []
    counted = model_module.action_log_ids

    def spy(ws, flt, *args, **kwargs):  # type: ignore[no-untyped-def]
        searches.append(flt.text)
        return counted(ws, flt, *args, **kwargs)

    monkeypatch.setattr(model_module, "action_log_ids", spy)
    qtbot.keyClicks(page.search, "escal")
    assert searches == [] and page.count.text() == "5 actions"  # nothing yet: still typing
    qtbot.waitUntil(lambda: page.count.text() == "1 action", timeout=2000)
    assert searches == ["escal"]  # one search for the five keys
    assert page.model.row_data(0).want == "Escalation policy refreshed"
