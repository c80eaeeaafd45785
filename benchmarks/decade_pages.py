"""Some pages of the decade benchmark alone, for working on them.

    .venv/bin/python benchmarks/decade_pages.py [--runs 7] [--pages attendance plans ...]

The same workspace as ``benchmarks/decade.py`` (its cache), opened once; then,
round by round, each page named built and painted as on its first visit
(``decade.page_ms``), so pages compared share the machine's load. Prints the
median of each page's runs, as time waited and as this process's CPU time
(which a machine shared with other work disturbs far less); the last line
is one JSON object (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from decade import TARGET_MS, cached_workspace, page_ms  # noqa: E402 (benchmarks/ is on the path)


def settle(seconds: float) -> None:
    """Until the verification after opening has finished on its worker: it
    shares the interpreter with whatever is timed meanwhile."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
        time.sleep(0.05)


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def measure(path: Path, keys: list[str], runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from safeguard_desktop.views.main_window import PAGES, MainWindow

    classes = dict(PAGES)
    QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    assert window.open_path(path)
    for key in keys:
        page_ms(window, classes[key], 1)  # each page's modules and caches warmed once, as decade.py's open does
    settle(3.0)
    waited: dict[str, list[float]] = {key: [] for key in keys}
    cpu: dict[str, list[float]] = {key: [] for key in keys}
    for _ in range(runs):
        for key in keys:
            started = time.process_time()
            waited[key].append(page_ms(window, classes[key], 1))
            cpu[key].append((time.process_time() - started) * 1000)
    window.show_welcome()
    settle(0.5)
    window.close()
    return {**{f"page_{key}_ms": median(times) for key, times in waited.items()},
            **{f"page_{key}_cpu_ms": median(times) for key, times in cpu.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pages", nargs="+", default=["attendance", "self-assessments", "plans"])
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="decade-pages-"))
    os.environ["SAFEGUARD_DESKTOP_HOME"] = str(folder / "home")
    try:
        path = folder / "decade.sqlite"
        shutil.copy2(cached_workspace(False), path)
        results = measure(path, args.pages, args.runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for key, value in results.items():
        print(f"{key:<28}{value:>10.1f}  {'ok' if value <= TARGET_MS else f'OVER {TARGET_MS:.0f}'}")
    print(json.dumps({k: round(v, 1) for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
