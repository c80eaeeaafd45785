"""A long session cannot end in "Fatal Python error: none_dealloc".

PySide6 6.12 drops a reference to None on every call of a Qt method that
returns nothing; some 40,000 such calls (a few hours of use) freed None and
aborted the program. ``safeguard_desktop.views`` guards against it
(``keep_none_alive``). A fresh interpreter makes more such calls than None
had references, then exits normally.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
references = sys.getrefcount(None)
import safeguard_desktop.views
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
calls = references + 100_000  # the window's modules add some 40,000 of their own: more than all of them
for _ in range(calls):
    widget.setWindowTitle("a title")
print("made", calls, "calls")
"""


def test_more_void_qt_calls_than_none_has_references_do_not_abort() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.startswith("made ")
