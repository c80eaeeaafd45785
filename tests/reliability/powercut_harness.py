"""Record a session of work under cutshim.c, then cut the power after every
recorded call (or a sample of them) and ask of each image what the user
would: does the workspace open, does ``check`` pass, and is every edit and
backup the program acknowledged before the cut still there?

Images repeat (under the strict model nothing changes between two syncs),
so each distinct image is verified once and every cut is judged against it.
"""

from __future__ import annotations

import copy
import csv
import functools
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from powercut_disk import Disk, Event, Image, read_trace

from safeguard_desktop.store import backups, workspace as workspace_module
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, Board
from safeguard_desktop.store.ops.meetings import schedule_meeting
from safeguard_desktop.store.ops.org import create_group, create_seat
from safeguard_desktop.store.ops.records import create_record
from safeguard_desktop.store.workspace import create_workspace, open_workspace

HERE = Path(__file__).resolve().parent
WORKSPACE_NAME = "board.sqlite"
IMPORT_ROWS = [
    ["No.", "CAB", "What do we want to achieve?", "How are we going to do it?", "Who will lead?",
     "How will we know we have achieved our goal?", "When are we going to achieve this?",
     "Progress review", "RAG rating"],
    *[[f"1.{n}", "C", "Children are seen quickly", f"Imported step {n}", "Chair", "Audit", "March 2027",
       "Started", "Green"] for n in range(1, 9)],
]


def build_shim(folder: Path) -> Path:
    """Compile the recorder with the system C compiler (installers/setup.sh
    installs it for CI)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler: install gcc and libc6-dev (installers/setup.sh does)")
    out = folder / "cutshim.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(out), str(HERE / "cutshim.c"), "-ldl"],
                   check=True, capture_output=True)
    return out


@dataclass(frozen=True)
class Session:
    """The recorded run: its root folder, the workspace, and the trace."""

    root: Path
    workspace: Path
    mode: str
    events: list[Event]
    before: Disk  # the recorded folder as it was when recording began


def record(base: Path, shim: Path, *, mode: str, synchronous: str = "", edits: int = 4) -> Session:
    """Set up a workspace (not recorded: the replay counts it as on disk),
    then run powercut_child.py over it under the recorder. ``base`` must be
    empty; the per-user folder (backups, the audit head) lives inside the
    recorded root as well."""
    root = base / "root"
    home = root / "home"
    workspace = root / "work" / WORKSPACE_NAME
    os.environ["SAFEGUARD_DESKTOP_HOME"] = str(home)
    ids = _prepare(workspace)
    csv_path = base / "plan.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(IMPORT_ROWS)
    trace = base / "trace.bin"
    env = dict(os.environ, LD_PRELOAD=str(shim), CUTSHIM_ROOT=str(root), CUTSHIM_TRACE=str(trace))
    before = Disk(root)
    done = subprocess.run([sys.executable, str(HERE / "powercut_child.py"), str(workspace), json.dumps(ids),
                           str(csv_path), mode, synchronous, str(edits)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the recorded session failed: {done.stderr[-2000:]}")
    return Session(root, workspace, mode, read_trace(trace), before)


def _prepare(path: Path) -> dict[str, object]:
    ws = create_workspace(path, board_name="Power Cut Safeguarding Board")
    try:
        actions = [create_record(ws, Action, how=f"Action {n}") for n in range(3)]
        with ws.session() as session:
            board_id = session.scalars(select(Board.id)).one()
        group = create_group(ws, board_id=board_id, name="Executive")
        seats = [create_seat(ws, group_id=group, title=f"Seat {n}") for n in range(4)]
        meeting = schedule_meeting(ws, group_id=group, on=date(2027, 1, 12))
    finally:
        ws.close()
    backups.folder_for(path)  # the backup folder exists before the run, as after any earlier one
    return {"actions": actions, "seats": seats, "meeting": meeting}


@dataclass(frozen=True)
class Verdict:
    """What one image holds, as the program finds it on the next start."""

    problems: tuple[str, ...]
    entries: frozenset[tuple[int, str]]
    backups: frozenset[tuple[str, int, str]]


@dataclass
class Summary:
    cuts: int = 0
    images: int = 0
    acknowledged: int = 0  # acknowledgements judged, over all cuts
    lost: list[str] = field(default_factory=list)
    lost_kinds: set[str] = field(default_factory=set)  # "audit" (an edit), "backup"
    failed: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        return (f"{label}: {self.cuts} cuts, {self.images} distinct images, {self.acknowledged} acknowledgements "
                f"judged, {len(self.lost)} cuts lost something acknowledged {sorted(self.lost_kinds)}, "
                f"{len(self.failed)} failed open/check")


def cut(session: Session, *, model: str, sample: int | None = None, seed: int = 0) -> Summary:
    """Cut after every recorded call (``sample``: after that many chosen at
    random), under the ``strict`` or ``torn`` model, and judge each image."""
    rng = random.Random(seed)
    events = session.events
    points = range(len(events) + 1)
    chosen = set(points) if sample is None else set(rng.sample(points, min(sample, len(points))))
    disk = copy.deepcopy(session.before)  # replayed afresh for each model
    verdicts: dict[str, Verdict] = {}
    summary = Summary()
    acknowledged: list[tuple[str, ...]] = []
    for k in range(len(events) + 1):
        if k > 0:
            event = events[k - 1]
            disk.apply(event)
            if event.kind == "M":
                acknowledged.append(tuple(event.data.decode().split(" ")))
        if k not in chosen:
            continue
        image = disk.image(rng if model == "torn" else None)
        digest = image.digest()
        if digest not in verdicts:
            verdicts[digest] = _verify(session, image)
        verdict = verdicts[digest]
        summary.cuts += 1
        summary.acknowledged += len(acknowledged)
        missing = [" ".join(a) for a in acknowledged if not _holds(verdict, a)]
        if missing:
            summary.lost_kinds.update(m.split(" ")[0] for m in missing)
            summary.lost.append(f"cut after call {k}: lost {missing[0]} ({len(missing)} in all)")
        if verdict.problems:
            summary.failed.append(f"cut after call {k}: {verdict.problems[0]}")
    summary.images = len(verdicts)
    return summary


def _holds(verdict: Verdict, ack: tuple[str, ...]) -> bool:
    if ack[0] == "audit":
        return (int(ack[1]), ack[2]) in verdict.entries
    return (ack[1], int(ack[2]), ack[3]) in verdict.backups


def _verify(session: Session, image: Image) -> Verdict:
    image.write(session.root)
    path = session.workspace
    problems: list[str] = []
    entries: frozenset[tuple[int, str]] = frozenset()
    share = session.mode == "share"
    original = workspace_module.is_network_path
    workspace_module.is_network_path = lambda _p: share
    try:
        with open_workspace(path, backup_on_open=False) as ws:
            if ws.read_only:
                problems.append(f"opens read-only: {ws.read_only_reason()}")
            with ws.engine.connect() as conn:
                entries = frozenset((i, h) for i, h in conn.exec_driver_sql("SELECT id, hash FROM audit"))
    except Exception as exc:  # noqa: BLE001 - every failure to open is a finding
        problems.append(f"does not open: {type(exc).__name__}: {exc}")
    finally:
        workspace_module.is_network_path = original
    if not problems:
        problems += [f"check: {p}" for p in check_workspace(path)]
    return Verdict(tuple(problems), entries, _good_backups(path))


def _good_backups(workspace: Path) -> frozenset[tuple[str, int, str]]:
    """Each good backup's path and the last audit entry it holds."""
    found = set()
    for backup in backups.list_backups(workspace):
        last = _backup_head(backup.path.read_bytes(), backup.path)
        if last is not None:
            found.add((str(backup.path), *last))
    return frozenset(found)


@functools.lru_cache(maxsize=None)
def _backup_head(content: bytes, path: Path) -> tuple[int, str] | None:
    # Keyed by content too: the same backup recurs in most images, and
    # verifying it as the program does is the slow part of judging one.
    if not backups.is_good_backup(path):
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
