"""Power-cut battery at scale: the counts the tests are too small for.

    python benchmarks/power_cuts.py [--edits 12] [--torn 100] [--control-sample 200]

Records one session of work (edits as the grid saves them, the register, an
import, a backup; ``--edits`` per phase) under tests/reliability/cutshim.c
in each journal mode, then cuts the power after every recorded call under
the strict model and after ``--torn`` calls chosen at random under the
torn-sector model, and judges each image (opens, passes ``check``, holds
every acknowledged edit and backup). Negative controls (synchronous OFF and
NORMAL) must show loss. Prints one line per run; the last line is one JSON
object. Exits 1 if anything acknowledged was lost, an image failed, or a
control showed no loss.
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "reliability"))

from powercut_harness import Summary, build_shim, cut, record  # noqa: E402

# (label, journal mode, synchronous override, model, sample or None for every call)
RUNS = (
    ("local WAL+FULL", "local", "", "strict", None),
    ("local WAL+FULL", "local", "", "torn", "torn"),
    ("share DELETE+EXTRA", "share", "", "strict", None),
    ("share DELETE+EXTRA", "share", "", "torn", "torn"),
    ("control local WAL+OFF", "local", "OFF", "strict", "control"),
    ("control local WAL+NORMAL", "local", "NORMAL", "strict", "control"),
    ("control share DELETE+NORMAL", "share", "NORMAL", "strict", "control"),
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=12)
    parser.add_argument("--torn", type=int, default=100)
    parser.add_argument("--control-sample", type=int, default=200)
    args = parser.parse_args()
    samples = {"torn": args.torn, "control": args.control_sample, None: None}
    base = Path(tempfile.mkdtemp(prefix="powercut-bench-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    os.environ.setdefault("SAFEGUARD_DESKTOP_USER", "Benchmark User")
    figures: dict[str, dict[str, object]] = {}
    ok = True
    try:
        shim = build_shim(base)
        sessions = {}
        for n, (label, mode, synchronous, model, sample) in enumerate(RUNS):
            key = (mode, synchronous)
            if key not in sessions:
                sessions[key] = record(base / f"run{n}", shim, mode=mode, synchronous=synchronous, edits=args.edits)
            started = time.perf_counter()
            summary: Summary = cut(sessions[key], model=model, sample=samples[sample], seed=n)
            seconds = time.perf_counter() - started
            name = f"{label} {model}"
            print(f"{summary.line(name)} ({len(sessions[key].events)} calls recorded, {seconds:.0f} s)", flush=True)
            control = bool(synchronous)
            if control and "audit" not in summary.lost_kinds:
                ok = False
                print("  CONTROL SHOWED NO LOST EDIT: the harness is broken", flush=True)
            if not control and (summary.lost or summary.failed):
                ok = False
                for line in (summary.lost + summary.failed)[:5]:
                    print(f"  {line}", flush=True)
            figures[name] = {"cuts": summary.cuts, "images": summary.images, "lost": len(summary.lost),
                             "lost_kinds": sorted(summary.lost_kinds), "failed": len(summary.failed),
                             "calls": len(sessions[key].events), "seconds": round(seconds, 1)}
    finally:
        shutil.rmtree(base, ignore_errors=True)
    kept = sum(f["cuts"] for name, f in figures.items() if "control" not in name)
    print(json.dumps({"cuts_judged_without_loss_expected": kept, "ok": ok, "runs": figures}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
