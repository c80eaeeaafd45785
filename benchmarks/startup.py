"""How long until the window is painted, against a bare Qt window?

    .venv/bin/python benchmarks/startup.py [--repeats 5] [--bundle PATH]

Times, each in a fresh process, several times over (medians printed), from
the moment the process is started until the window is painted (the line the
process prints once ``QWidget.grab`` has painted it), and until it exits:

- ``bare_qt``: a bare PySide6 window holding a 50-row QTableWidget, shown and
  painted: the floor any Qt program pays;
- ``startup``: ``safeguard-desktop shot`` on the demo workspace (the main
  window built on the workspace, shown on its first page, painted, saved as
  a PNG; "Screenshot written" is its line);
- ``bundle``: the same ``shot`` through the PyInstaller bundle, when one
  exists (``--bundle``, or ``build/installer/dist`` or ``dist`` after
  ``bash installers/build.sh``).

Up to "painted" is what a user waits for; the exit (Python unloading its
modules, Qt its widgets) comes after and is printed apart. CPU seconds
(read from /proc when the line arrives) are printed too: on a machine busy
with other work the wall clock also counts the waits for a core, and the
three are run in turn within each repeat so that such a machine slows them
alike. Compiled bytecode is kept, as an installed program keeps it, in a
private folder (``PYTHONPYCACHEPREFIX``): a ``PYTHONDONTWRITEBYTECODE`` in
the environment would otherwise make every start compile the program's
modules again. The demo workspace is built once, in a temporary folder, with
its own per-user folder.

Target (issue 13): ``startup`` at most 1.0 s and at most 4 times ``bare_qt``.
The last line printed is one JSON object: ``startup_s``, ``bare_qt_s``,
``ratio``, ``bundle_s`` (null with no bundle), with the CPU seconds and the
times to exit beside them.
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
PAINTED = {"bare_qt": "painted", "startup": "Screenshot written", "bundle": "Screenshot written"}

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
    painted_s: float
    cpu_s: float  # CPU seconds used up to "painted" (all threads)
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


def timed(args: list[str], env: dict[str, str], marker: str) -> Run:
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             stdin=subprocess.DEVNULL)
    assert child.stdout is not None
    painted, cpu = float("nan"), float("nan")
    for line in child.stdout:
        if marker in line:
            painted, cpu = time.perf_counter() - started, _cpu_seconds(child.pid)
            break
    _out, err = child.communicate(timeout=300)
    ended = time.perf_counter() - started
    if child.returncode != 0 or painted != painted:
        raise SystemExit(f"failed ({child.returncode}, no {marker!r}?): {' '.join(args)}\n{err[-2000:]}")
    return Run(painted, cpu, ended)


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
        commands = {"bare_qt": [sys.executable, "-c", BARE_QT], "startup": [*program(), *shot]}
        if bundle is not None:
            commands["bundle"] = [str(bundle), *shot]
        for name, command in commands.items():  # one unmeasured start of each warms the disk cache
            timed(command, env, PAINTED[name])
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(options.repeats):
            for name, command in commands.items():
                runs[name].append(timed(command, env, PAINTED[name]))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(run, field) for run in runs[name])

    for name, times in runs.items():
        print(f"{name:8} painted after {median(name, 'painted_s'):.3f} s (median; CPU {median(name, 'cpu_s'):.3f} s), "
              f"exited after {median(name, 'exit_s'):.3f} s  (painted: {', '.join(f'{r.painted_s:.3f}' for r in times)})")
    if bundle is None:
        print("bundle   not built (bash installers/build.sh makes one)")
    ratio = median("startup", "painted_s") / median("bare_qt", "painted_s")
    cpu_ratio = median("startup", "cpu_s") / median("bare_qt", "cpu_s")
    print(f"ratio    {ratio:.2f} x the bare Qt window by the wall clock, {cpu_ratio:.2f} x by CPU "
          "(target: startup <= 1.0 s and <= 4 x)")
    print(json.dumps({
        "startup_s": round(median("startup", "painted_s"), 3), "bare_qt_s": round(median("bare_qt", "painted_s"), 3),
        "ratio": round(ratio, 2), "bundle_s": round(median("bundle", "painted_s"), 3) if bundle else None,
        "startup_cpu_s": round(median("startup", "cpu_s"), 3), "bare_qt_cpu_s": round(median("bare_qt", "cpu_s"), 3),
        "cpu_ratio": round(cpu_ratio, 2), "startup_exit_s": round(median("startup", "exit_s"), 3),
        "bundle_cpu_s": round(median("bundle", "cpu_s"), 3) if bundle else None,
    }))


if __name__ == "__main__":
    main()
