"""Opening a workspace on a council's PostgreSQL server in the window.

What differs from a file: no lock (several people edit at once; a change
made on a stale copy of a record is refused and said, store/pg_stale.py),
no backups taken by the program (pg_dump is the database administrator's),
and the pages follow other people's edits as they are committed, through
the workspace's change feed (store/pg_listen.py, views/change_stream.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from safeguard_desktop.errors import UserError

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow


def open_server(window: MainWindow, address: str) -> bool:
    """Open the workspace at ``address`` in ``window``; says plainly why not."""
    from safeguard_desktop.store.pg_workspace import open_server_workspace

    try:
        workspace = open_server_workspace(address)
    except UserError as exc:
        QMessageBox.warning(window, window.tr("Cannot open the workspace"), str(exc))
        return False
    window.show_workspace(workspace)
    try:
        workspace.follow_others()  # other people's edits appear as they commit
    except Exception as exc:  # noqa: BLE001 - editing works without it; say so and go on
        window.show_status(window.tr("Other people's changes will show when pages are opened again ({exc})")
                           .format(exc=exc))
    return True
