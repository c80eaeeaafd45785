"""Logging to the per-user log folder; bugs are written here with their
traceback (docs/ARCHITECTURE.md, "Conventions").

The log is the user's alone (0600, like every rotation of it) and holds no
record's text: an exception's message may quote what was being written (a
database error quotes its parameters), so only the exception's kind and
where it was raised are written, never its message.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from safeguard_desktop.paths import PRIVATE_FILE, log_dir, restrict

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_WITHHELD = "(message not logged: it may quote a record)"
_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class RecordlessFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: _ExcInfo) -> str:  # noqa: N802 - logging's name
        if ei[1] is None:
            return ""
        chain = []
        part: traceback.TracebackException | None = traceback.TracebackException(*ei)  # type: ignore[arg-type]
        while part is not None:
            chain.append(part)
            part = part.__cause__ or (None if part.__suppress_context__ else part.__context__)
        lines = []
        for part in reversed(chain):
            name = getattr(part, "exc_type_str", None) or part.exc_type.__qualname__  # type: ignore[union-attr]
            lines += ["Traceback (most recent call last):\n", *part.stack.format(), f"{name}: {_WITHHELD}\n"]
        return "".join(lines).rstrip("\n")


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log made readable by its user alone, whatever the umask."""

    def __init__(self, filename: Path, **kwargs: object) -> None:
        super().__init__(filename, encoding="utf-8", **kwargs)  # type: ignore[arg-type]
        self.setFormatter(RecordlessFormatter(_FORMAT))

    def _open(self) -> IO[str]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        restrict(Path(self.baseFilename), PRIVATE_FILE)  # made open by an earlier version, or by the umask
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return log_dir() / "safeguard-desktop.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler: logging.Handler = PrivateLogHandler(log_file(), maxBytes=2_000_000, backupCount=3)
    except OSError:
        handler = logging.StreamHandler()
        handler.setFormatter(RecordlessFormatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
