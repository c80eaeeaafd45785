"""The two kinds of error (docs/ARCHITECTURE.md, "Conventions").

A ``UserError`` is something the person at the keyboard can act on (the file
is locked, newer than this program, not a workspace, damaged); its message is
shown as it is, in one line, without a traceback. Anything else is a bug: it is
logged with its traceback.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem the user can do something about; ``str(err)`` says what."""


class NotAWorkspaceError(UserError):
    pass


class NewerWorkspaceError(UserError):
    pass


class WorkspaceLockedError(UserError):
    pass


class ReadOnlyWorkspaceError(UserError):
    pass


class WriteFailedError(UserError):
    """SQLite could not write (disk full, the file became read-only, another
    program held it too long): nothing of the change was written."""


class WorkspaceClosedError(RuntimeError):
    """A write reached a workspace after it was closed: a bug, never the
    user's doing, and it must not reopen the file behind the lock's back."""


class DamagedWorkspaceError(UserError):
    """The file failed its integrity check and was moved aside, untouched."""

    def __init__(self, message: str, kept_aside: Path | None, backup: Path | None) -> None:
        super().__init__(message)
        self.kept_aside = kept_aside
        self.backup = backup


class NeedsRecoveryError(UserError):
    """A crash left a rollback journal beside the file: only a writable open
    (which rolls the unfinished change back) may read it; a copy of the file
    alone would hold a change that was never acknowledged."""
