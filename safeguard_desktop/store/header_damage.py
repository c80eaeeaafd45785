"""Telling a workspace whose header was damaged from a file that never was one.

The first page's header is where SQLite and the program recognise the file;
zeroed or overwritten, a workspace looks foreign. Its backups, found from its
path alone, say that it was a workspace: it is then called damaged, and the
newest good backup is offered, instead of "not a workspace, use Import".
"""

from __future__ import annotations

import os
from pathlib import Path

from safeguard_desktop.errors import NotAWorkspaceError
from safeguard_desktop.store import backups
from safeguard_desktop.store.fileformat import APPLICATION_ID, read_header


def header_damage(path: Path) -> str | None:
    """Why ``path`` is a damaged workspace rather than a foreign file, or
    None when its header is ours (or nothing says it ever was)."""
    if not path.is_file() or not os.access(path, os.R_OK) or path.stat().st_size == 0:
        return None
    try:
        if read_header(path).application_id == APPLICATION_ID:
            return None
    except NotAWorkspaceError:
        pass
    if not backups.list_backups(path):
        return None
    return "its header, where the file says what it is, is unreadable; backups of the workspace at this path exist"
