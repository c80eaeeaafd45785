"""How long until the window is painted, against a bare Qt window?

    .venv/bin/python benchmarks/startup.py [--repeats 5] [--bundle PATH]

Times, each in a fresh process, several times over (medians printed), from
the moment the process is started until a line it prints arrives:

- ``bare_qt``: a bare PySide6 window holding a 50-row QTableWidget, shown and
  painted: the floor any Qt program pays ("painted");
- ``window``: ``safeguard-desktop open`` on the demo workspace, run through
  the program's own command line (``cli.main``) by a few lines of
  instrumentation that print when the window is first painted on screen
  ("window painted": the window up, saying it is opening demo.sqlite) and
  when the demo's first page has been painted in it ("first page painted":
  the workspace open, the "What is due" page read and drawn);
- ``shot``: ``safeguard-desktop shot`` on the demo (the window built on the
  workspace, its first page painted, saved as a PNG; "Screenshot written"):
  the figure issue 13 first measured;
- ``bundle``: the same ``shot`` through the PyInstaller bundle, when one
  exists (``--bundle``, or ``build/installer/dist`` or ``dist`` after
  ``bash installers/build.sh``).

The window paints before it opens the workspace (views/opening_note.py):
opening loads SQLAlchemy and the models, which alone cost about twice the
bare window. Both moments are printed; neither hides the other. CPU
seconds (read from /proc when the line arrives) are printed too: on a
machine busy with other work the wall clock also counts the waits for a
core; the runs are taken in turn within each repeat so that such a machine
slows them alike. Compiled bytecode is kept, as an installed program keeps
it, in a private folder (``PYTHONPYCACHEPREFIX``). The demo workspace is
built once, in a temporary folder, with its own per-user folder.

Target (issue 13): the window painted in at most 1.0 s and at most 4 times
``bare_qt``. The last line printed is one JSON object: ``startup_s`` (the
window painted), ``first_page_s``, ``shot_s``, ``bare_qt_s``, ``ratio``,
``first_page_ratio``, ``bundle_s`` (null with no bundle), with the CPU
seconds beside them.
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
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WINDOW, FIRST_PAGE = "window painted", "first page painted"

# The program's own command line, with two lines printed as it goes: the
# instrument wraps what it times, and changes nothing of it.
WINDOW_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.opening_note import OpeningNote

paint = OpeningNote.paintEvent
def painted(note, event):
    paint(note, event)
    print("window painted", flush=True)
OpeningNote.paintEvent = painted

open_path = MainWindow.open_path
def opened(window, path):
    done = open_path(window, path)
    def first_page():
        window.grab()
        print("first page painted", flush=True)
        QApplication.quit()
    QTimer.singleShot(0, first_page)
    return done
MainWindow.open_path = opened

from safeguard_desktop.cli import main
sys.exit(main(["open", sys.argv[1]]))
"""

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
print("painted", flush=True)
window.close()
"""


@dataclass(frozen=True)
class Run:
    seen_s: dict[str, float]  # each awaited line: seconds from the start until it arrived
    cpu_s: dict[str, float]  # CPU seconds used by then (all threads)
    exit_s: float


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


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def timed(args: list[str], env: dict[str, str], markers: tuple[str, ...]) -> Run:
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             stdin=subprocess.DEVNULL)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for line in child.stdout:
        marker = next((m for m in markers if m in line and m not in seen), None)
        if marker is not None:
            seen[marker], cpu[marker] = time.perf_counter() - started, _cpu_seconds(child.pid)
            if len(seen) == len(markers):
                break
    _out, err = child.communicate(timeout=300)
    ended = time.perf_counter() - started
    if child.returncode != 0 or len(seen) != len(markers):
        raise SystemExit(f"failed ({child.returncode}; saw {sorted(seen)} of {markers}): {' '.join(args)}\n"
                         f"{err[-2000:]}")
    return Run(seen, cpu, ended)


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
        built = subprocess.run([*program(), "demo", str(workspace)], env=env, capture_output=True, text=True)
        if built.returncode != 0:
            raise SystemExit(f"the demo workspace could not be built ({built.returncode}):\n{built.stderr[-2000:]}")
        shot = ["shot", str(workspace), str(folder / "shot.png")]
        commands: dict[str, tuple[list[str], tuple[str, ...]]] = {
            "bare_qt": ([sys.executable, "-c", BARE_QT], ("painted",)),
            "window": ([sys.executable, "-c", WINDOW_DRIVER, str(workspace)], (WINDOW, FIRST_PAGE)),
            "shot": ([*program(), *shot], ("Screenshot written",)),
        }
        if bundle is not None:
            commands["bundle"] = ([str(bundle), *shot], ("Screenshot written",))
        for command, markers in commands.values():  # one unmeasured start of each warms the disk cache
            timed(command, env, markers)
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(options.repeats):
            for name, (command, markers) in commands.items():
                runs[name].append(timed(command, env, markers))

    def median(name: str, marker: str, field: str = "seen_s") -> float:
        return statistics.median(getattr(run, field)[marker] for run in runs[name])

    figures = {"bare_qt": ("bare_qt", "painted"), "startup": ("window", WINDOW), "first_page": ("window", FIRST_PAGE),
               "shot": ("shot", "Screenshot written")}
    if bundle is not None:
        figures["bundle"] = ("bundle", "Screenshot written")
    for label, (name, marker) in figures.items():
        each = ", ".join(f"{run.seen_s[marker]:.3f}" for run in runs[name])
        print(f"{label:10} {median(name, marker):.3f} s (median; CPU {median(name, marker, 'cpu_s'):.3f} s)  ({each})")
    if bundle is None:
        print("bundle     not built (bash installers/build.sh makes one)")
    bare, bare_cpu = median("bare_qt", "painted"), median("bare_qt", "painted", "cpu_s")

    def ratio(label: str, field: str = "seen_s") -> float:
        name, marker = figures[label]
        return round(median(name, marker, field) / (bare if field == "seen_s" else bare_cpu), 2)

    print(f"ratio      window painted {ratio('startup')} x the bare Qt window by the wall clock "
          f"({ratio('startup', 'cpu_s')} x by CPU); first page {ratio('first_page')} x ({ratio('first_page', 'cpu_s')} "
          f"x by CPU); shot {ratio('shot')} x  (target: window painted <= 1.0 s and <= 4 x)")
    result: dict[str, float | None] = {"bundle_s": None, "bundle_cpu_s": None}
    for label, (name, marker) in figures.items():
        result[f"{label}_s"] = round(median(name, marker), 3)
        result[f"{label}_cpu_s"] = round(median(name, marker, "cpu_s"), 3)
    result.update(ratio=ratio("startup"), cpu_ratio=ratio("startup", "cpu_s"), first_page_ratio=ratio("first_page"),
                  shot_ratio=ratio("shot"))
    print(json.dumps(result))

if __name__ == "__main__":
    main()
