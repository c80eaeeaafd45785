"""Screenshots of the register and the action log on the demo workspace.

They are written to tmp_path (or to $SAFEGUARD_SHOT_DIR, to look at them:
docs/screenshots holds the ones last looked at). The test checks that what
a person would read is there: the quorum line, the marks, the log's rows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QUndoStack

from safeguard_desktop.store.queries.overview import list_meetings
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.action_log_page import ActionLogPage
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner

SIZE = (1500, 900)


@pytest.fixture
def context(demo_path):
    with open_workspace(demo_path, backup_on_open=False) as ws:
        yield AppContext(ws, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)


def _save(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SAFEGUARD_SHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    return path


def test_register_screenshot(qtbot, context, tmp_path):
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(*SIZE)
    meeting = next(m for m in list_meetings(context.workspace)
                   if m.group == "Quality and Impact Group" and m.date.isoformat() == "2025-03-06")
    page.select(meeting.id)
    page.view.tabs.setCurrentWidget(page.view.register)
    page.show()
    qtbot.waitExposed(page)
    register = page.view.register
    assert register.quorum_label.text().startswith("Quorate: 8 of 8 voting seats")  # the DCI by deputy
    assert register.model.rowCount() == 10
    _save(page, "register.png", tmp_path)


def test_action_log_screenshot(qtbot, context, tmp_path):
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    page.resize(*SIZE)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() > 0 and page.history.rowCount() > 0
    assert page.count.text().endswith("actions")
    _save(page, "action-log.png", tmp_path)
