"""Build the demo workspace: the reference documents' boards, groups, plans,
minutes and a year of meetings, in a new file.

The whole demo is written in three store operations (organisation, plans,
meetings; ``store/ops/record_batches.py``), each one transaction with bulk
inserts: every record still gets
its audit row, but the build takes a second or two instead of the minutes
thousands of one-row transactions would take on a synced laptop disk.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from safeguard_desktop.core.timescales import understand_timescale
from safeguard_desktop.demo.content import DEMO_TODAY, DemoContent, load_content
from safeguard_desktop.demo.meetings import build_meetings
from safeguard_desktop.demo.org import build_org
from safeguard_desktop.demo.plans import build_plans
from safeguard_desktop.demo.self_assessment import build_self_assessment
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.lock import lock_path
from safeguard_desktop.store.ops.record_batches import RecordBatch, add_records
from safeguard_desktop.store.workspace import Workspace, create_workspace

CONTEXT = "demo"


def when_date(action: dict[str, Any]) -> date | None:
    """The date a free-text timescale commits to, read the way an import
    reads it, so the demo's rows look like imported ones."""
    return understand_timescale(action.get("when_text"), today=DEMO_TODAY).date


def build_demo(path: Path) -> None:
    """Write the demo workspace to ``path``; never overwrites a file."""
    path = Path(path)
    if path.exists():
        raise UserError(f"{path} already exists: the demo is only built into a new file. "
                        "Choose another name, or delete the old demo first.")
    content = load_content()  # read (and fail on bad JSON) before creating anything
    workspace = create_workspace(path)
    try:
        fill_demo(workspace, content)
    except BaseException:
        workspace.close()
        _remove_partial(path)
        raise
    workspace.close()


def fill_demo(workspace: Workspace, content: DemoContent | None = None) -> None:
    """Write the demo's records into a new, empty workspace (a file's or a server's)."""
    content = load_content() if content is None else content
    org, _ = add_records(workspace, CONTEXT, lambda batch: build_org(batch, content))

    def plans(batch: RecordBatch) -> None:
        build_plans(batch, content, org, when_date)
        build_self_assessment(batch, content, org)

    add_records(workspace, CONTEXT, plans)
    add_records(workspace, CONTEXT, lambda batch: build_meetings(batch, content, org))


def _remove_partial(path: Path) -> None:
    """A half-built demo would be refused next time: remove what we made."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), lock_path(path)):
        leftover.unlink(missing_ok=True)
