"""The window starts without loading what only exports, imports and
migrations need (issue 13: those libraries were most of a 2 s start), is on
screen before the store (SQLAlchemy) loads, and builds only the page it
opens on.

Facts, not timings: a fresh interpreter imports the main window, then
paints it on the demo workspace as ``shot`` does, and says which of the heavy
libraries and of our modules it loaded; another starts the window as the
command line does and says what was loaded when it first painted.
``benchmarks/startup.py`` times the start itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# What the window must not load before a user asks for the feature that needs it (psutil: a lock held by another).
HEAVY = ("openpyxl", "reportlab", "docx", "alembic", "icalendar", "psutil")

PROBE = """
import json, sys
from pathlib import Path
heavy = {heavy!r}
def loaded():
    return sorted(name for name in heavy if name in sys.modules)
import safeguard_desktop.views.main_window
after_import = loaded()
from safeguard_desktop.views.shot import take_shot
take_shot(Path(sys.argv[1]), Path(sys.argv[2]))
ours = sorted(name for name in sys.modules if name.startswith("safeguard_desktop."))
print(json.dumps({{"import": after_import, "shot": loaded(), "ours": ours}}))
"""

# The command line's window, told to quit once the workspace has opened; it
# notes what had been imported when the window first painted.
WINDOW_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.opening_note import OpeningNote

seen = {}
paint = OpeningNote.paintEvent
def painted(note, event):
    paint(note, event)
    seen.setdefault("painted_with", sorted(n for n in ("sqlalchemy", "safeguard_desktop.store.workspace")
                                           if n in sys.modules))
OpeningNote.paintEvent = painted
open_path = MainWindow.open_path
def opened(window, path):
    done = open_path(window, path)
    seen["opened"] = done and window.context is not None and window.context.workspace.path.name
    seen["page"] = type(window.stack.currentWidget()).__name__
    QTimer.singleShot(0, QApplication.quit)
    return done
MainWindow.open_path = opened
from safeguard_desktop.cli import main
code = main(["open", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def _run(code: str, *args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, *args],
                          env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _probe(workspace: Path, out: Path) -> dict[str, list[str]]:
    loaded = _run(PROBE.format(heavy=HEAVY), str(workspace), str(out))
    assert out.is_file(), "the probe painted no window"
    return loaded


def test_window_starts_without_export_import_or_migration_libraries(demo_path: Path, tmp_path: Path) -> None:
    loaded = _probe(demo_path, tmp_path / "shot.png")
    assert loaded["import"] == [], f"importing the main window loads {loaded['import']}"
    assert loaded["shot"] == [], f"painting the window on the demo workspace loads {loaded['shot']}"


def test_the_window_paints_its_first_page_without_the_others_or_the_exports(demo_path: Path, tmp_path: Path) -> None:
    from safeguard_desktop.views.page_index import ENTRIES

    ours = _probe(demo_path, tmp_path / "shot.png")["ours"]
    pages = {entry.module for entry in ENTRIES} & {name.rsplit(".", 1)[1] for name in ours}
    assert pages == {"due_page"}, f"painting the first page imported the pages {sorted(pages)}"
    others = [name for name in ours if name.startswith(("safeguard_desktop.exports", "safeguard_desktop.imports",
                                                         "safeguard_desktop.views.grid", "safeguard_desktop.views.dialogs.export",
                                                         "safeguard_desktop.views.dialogs.import"))]
    assert others == [], f"painting the first page imported {others}"


def test_the_window_is_on_screen_before_the_store_loads_then_opens_the_workspace(demo_path: Path) -> None:
    seen = _run(WINDOW_PROBE, str(demo_path))
    assert seen["painted_with"] == [], f"the window first painted after loading {seen['painted_with']}"
    assert seen["opened"] == "demo.sqlite"
    assert seen["page"] == "DuePage"
    assert seen["code"] == 0


# The same start on a file that cannot be opened: the warning is told over
# the window, which then shows the welcome screen.
REFUSED_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.welcome import WelcomeWidget

told = []
QMessageBox.warning = lambda parent, title, text, *rest: told.append([parent.isVisible(), text])
welcome = MainWindow.show_welcome
def shown(window):
    welcome(window)
    QTimer.singleShot(0, QApplication.quit)
    told.append(isinstance(window.centralWidget(), WelcomeWidget))
MainWindow.show_welcome = shown
from safeguard_desktop.cli import main
code = main(["open", sys.argv[1]])
print(json.dumps({"code": code, "told": told}))
"""


def test_a_file_that_cannot_be_opened_is_told_over_the_window_then_the_welcome_screen(tmp_path: Path) -> None:
    import sqlite3

    foreign = tmp_path / "accounts.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE ledger (amount INTEGER)")
    conn.close()
    seen = _run(REFUSED_PROBE, str(foreign))
    (visible, text), on_welcome = seen["told"]
    assert visible, "the warning was shown before the window was on screen"
    assert "not a safeguard-desktop workspace" in text
    assert on_welcome is True
    assert seen["code"] == 0


def test_the_head_revision_known_without_alembic_is_alembics_head() -> None:
    # Opening a current file compares with HEAD_REVISION instead of asking Alembic:
    # a new revision in db/versions must raise it, or every open would migrate.
    from safeguard_desktop.store import migrations

    assert migrations.HEAD_REVISION == migrations.head_revision()
