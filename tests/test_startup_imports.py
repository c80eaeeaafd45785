"""The window starts without loading what only exports, imports and
migrations need (issue 13: those libraries were most of a 2 s start).

A fact, not a timing: a fresh interpreter imports the main window, then
paints it on the demo workspace as ``shot`` does, and says which of the heavy
libraries it loaded. ``benchmarks/startup.py`` times the start itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# What the window must not load before a user asks for the feature that needs it.
HEAVY = ("openpyxl", "reportlab", "docx", "alembic", "icalendar")

PROBE = """
import json, sys
from pathlib import Path
heavy = {heavy!r}
def loaded():
    return sorted(name for name in heavy if name in sys.modules)
import safeguard_desktop.views.main_window
after_import = loaded()
from safeguard_desktop.views.shot import take_shot
take_shot(Path(sys.argv[1]), Path(sys.argv[2]), page="plans")
print(json.dumps({{"import": after_import, "shot": loaded()}}))
"""


def _probe(workspace: Path, out: Path) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), str(workspace), str(out)],
                          env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    assert out.is_file(), "the probe painted no window"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_window_starts_without_export_import_or_migration_libraries(demo_path: Path, tmp_path: Path) -> None:
    loaded = _probe(demo_path, tmp_path / "shot.png")
    assert loaded["import"] == [], f"importing the main window loads {loaded['import']}"
    assert loaded["shot"] == [], f"painting the window on the demo workspace loads {loaded['shot']}"


def test_the_head_revision_known_without_alembic_is_alembics_head() -> None:
    # Opening a current file compares with HEAD_REVISION instead of asking Alembic:
    # a new revision in db/versions must raise it, or every open would migrate.
    from safeguard_desktop.store import migrations

    assert migrations.HEAD_REVISION == migrations.head_revision()
