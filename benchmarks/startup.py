"""How long until the window is painted, against a bare Qt window?

    .venv/bin/python benchmarks/startup.py [--repeats 5] [--bundle PATH]

Times, each in a fresh process and from the moment it is started until it
exits, several times over (the median is printed):

- ``bare_qt``: a bare PySide6 window holding a 50-row QTableWidget, shown,
  painted (``QWidget.grab``), then closed: the floor any Qt program pays;
- ``startup``: ``safeguard-desktop shot`` on the demo workspace (the main
  window built on the workspace, shown, painted, saved as a PNG);
- ``bundle``: the same ``shot`` through the PyInstaller bundle, when one
  exists (``--bundle``, or ``build/installer/dist`` or ``dist`` after
  ``bash installers/build.sh``).

The three are run in turn within each repeat, so a machine busy with other
work slows them alike. Compiled bytecode is kept, as an installed program
keeps it, in a private folder (``PYTHONPYCACHEPREFIX``; a
``PYTHONDONTWRITEBYTECODE`` in the environment would otherwise make every
start compile the program's 300 modules again, half a second). The demo workspace is built once, in a temporary
folder, with its own per-user folder. Target (issue 13): ``startup`` at most
1.0 s and at most 4 times ``bare_qt``. The last line printed is one JSON
object: ``startup_s``, ``bare_qt_s``, ``ratio``, ``bundle_s`` (null with no
bundle).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE_QT = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication([])
window = QMainWindow()
table = QTableWidget(50, 6)
for row in range(50):
    for column in range(6):
        table.setItem(row, column, QTableWidgetItem(f"row {row} column {column}"))
window.setCentralWidget(table)
window.resize(1400, 860)
window.show()
app.processEvents()
window.grab()
window.close()
"""


def program() -> list[str]:
    """The installed entry point beside this interpreter, as a user starts it."""
    script = Path(sys.executable).parent / "safeguard-desktop"
    return [str(script)] if script.exists() else [sys.executable, "-m", "safeguard_desktop"]


def find_bundle(given: Path | None) -> Path | None:
    if given is not None:
        return given if given.is_file() else None
    for dist in (REPO / "build" / "installer" / "dist", REPO / "dist"):
        exe = dist / "safeguard-desktop" / "safeguard-desktop"
        if exe.is_file():
            return exe
    return None


def wall(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(args)}\n{done.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--bundle", type=Path, help="the bundle's executable (default: look in build/ and dist/)")
    options = parser.parse_args()

    bundle = find_bundle(options.bundle)
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAFEGUARD_DESKTOP_HOME=str(folder / "home"),
                   PYTHONPYCACHEPREFIX=str(folder / "bytecode"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        workspace = folder / "demo.sqlite"
        wall([*program(), "demo", str(workspace)], env)
        shot = ["shot", str(workspace), str(folder / "shot.png")]
        runs: dict[str, list[float]] = {"bare_qt": [], "startup": [], "bundle": []}
        wall([sys.executable, "-c", BARE_QT], env)  # one unmeasured start of each warms the disk cache
        wall([*program(), *shot], env)
        for _ in range(options.repeats):
            runs["bare_qt"].append(wall([sys.executable, "-c", BARE_QT], env))
            runs["startup"].append(wall([*program(), *shot], env))
            if bundle is not None:
                runs["bundle"].append(wall([str(bundle), *shot], env))

    medians = {name: statistics.median(times) for name, times in runs.items() if times}
    for name, times in runs.items():
        if times:
            print(f"{name:8} median {medians[name]:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in times)})")
    if bundle is None:
        print("bundle   not built (bash installers/build.sh makes one)")
    ratio = medians["startup"] / medians["bare_qt"]
    print(f"ratio    {ratio:.2f} x the bare Qt window (target: startup <= 1.0 s and <= 4 x)")
    print(json.dumps({"startup_s": round(medians["startup"], 3), "bare_qt_s": round(medians["bare_qt"], 3),
                      "ratio": round(ratio, 2), "bundle_s": round(medians["bundle"], 3) if bundle else None}))


if __name__ == "__main__":
    main()
