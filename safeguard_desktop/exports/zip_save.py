"""Saving a zip-packaged paper (xlsx, docx) so a full disk fails cleanly.

openpyxl and python-docx write their zip straight to the file. When the disk
fills, zipfile raises, and the half-written ZipFile object fails a second
time when it is collected, printing "Exception ignored in ZipFile.__del__"
to the user's terminal. The package is built in memory instead (a paper is
a few megabytes) and written in one plain write, whose failure is one
``OSError`` that ``atomic_path`` turns into one message.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Callable


def save_zipped(save: Callable[[BinaryIO], object], temp: Path) -> None:
    buffer = io.BytesIO()
    save(buffer)
    with open(temp, "wb") as out:  # the temporary file atomic_path made, keeping its permissions
        out.write(buffer.getbuffer())
