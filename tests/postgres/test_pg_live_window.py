"""An edit made by another person on the server appears in the open window
(the workspace's change feed, fed by LISTEN/NOTIFY, refreshes the page)."""

from __future__ import annotations

import pytest

# The workspace's change feed is the change-stream work of issue 14, landing beside this.
pytest.importorskip("safeguard_desktop.store.change_feed", reason="the workspace change feed is not in this tree yet")

from safeguard_desktop.store.pg_workspace import open_server_workspace
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _shown_texts(page) -> set[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QAbstractItemModel, Qt

    texts = set()
    for model in page.findChildren(QAbstractItemModel):
        for row in range(min(model.rowCount(), 500)):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.add(value)
    return texts


def test_another_persons_edit_appears_in_the_open_window(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    from safeguard_desktop.store.models import Agency
    from safeguard_desktop.store.ops.org import create_agency
    from safeguard_desktop.store.ops.records import set_field
    from safeguard_desktop.store.pg_workspace import prepare_server_workspace

    assert prepare_server_workspace(pg_url)  # an empty database becomes an empty workspace
    assert not prepare_server_workspace(pg_url)  # and is left alone after that
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(pg_url)
    window.show()
    with open_server_workspace(pg_url) as colleague:
        agency_id = create_agency(colleague, name="Heddlu Gwent", sector="police")
        window.show_page("people")
        page = window.pages["people"]
        qtbot.waitUntil(lambda: "Heddlu Gwent" in _shown_texts(page), timeout=10_000)
        set_field(colleague, Agency, agency_id, "name", "Gwent Police")
        # Generous: it shows within a second when the machine is not loaded.
        qtbot.waitUntil(lambda: "Gwent Police" in _shown_texts(page), timeout=10_000)
    qtbot.wait(300)  # notices already queued reach the pages before they are taken down
    window.close()
