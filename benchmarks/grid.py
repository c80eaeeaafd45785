"""How fast is the action-plan grid on a big plan?

    .venv/bin/python benchmarks/grid.py --rows 100000

Builds a workspace with one plan of ``--rows`` actions (ten text columns,
a word "dŵr" in about one row in a thousand), opens it in the plan view
offscreen and times what a user waits for: the first screen, a sort by "Who
will lead?", a text filter, a jump to the last row, one cell edit saved.
Then, in the same run, the same sort and filter through a
QSortFilterProxyModel over an in-memory list of the same rows, the approach
the grid does not take (docs/ARCHITECTURE.md). The last line printed is one JSON object.

The plan is built as the program builds one (``Tx.insert_many``: an audit
row per action), in a child process so that the memory figure is the
grid's. The temporary folder goes at the end; ``--workspace`` keeps a file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ("safeguarding children adults partners review audit training quality assurance practice board "
         "multi agency police health education housing probation voluntary sector report data evidence "
         "learning neglect exploitation transition referral threshold escalation advocacy").split()
ROLES = ("Chair of", "Manager,", "Head of", "Lead for", "Director of", "Designated officer,")
TEAMS = ("QA sub-group", "Gwent Police", "Health board", "Children's services", "Adult services", "Education",
         "Housing", "Probation", "Training group", "Business unit", "Youth offending", "CAMHS")
TIMESCALES = ("June 2014 Ongoing", "Quarterly", "31/03/2025", "Bi annually", "September 2024", "Q3 2024/25")
WELSH = "Ansawdd dŵr yfed yn y cartref"  # the word the filter looks for, written with its circumflex
RAGS = ("red", "amber", "green", "blue", "none", None)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build(path: Path, rows: int) -> int:
    """A workspace with one plan of ``rows`` actions, inserted as the program
    inserts them (an import, a paste): ``Tx.insert_many`` in one transaction,
    an audit row for each action, so the file has the audit trail and the
    search index a real one has."""
    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.ops.plans import create_plan
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    rnd = random.Random(2024)

    def sentence(words: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(words)).capitalize() + "."

    with create_workspace(path, board_name="Benchmark Safeguarding Board") as ws:
        plan_id = create_plan(ws, board_id=boards(ws)[0].id, title="Big business plan", financial_year="2024-25")
        batch = []
        for i in range(rows):
            values = {"want": sentence(12), "how": sentence(25), "progress": sentence(30)}
            if i % 1000 == 500:  # about 100 rows in 100,000, in a different column each time
                column = ("want", "how", "progress")[(i // 1000) % 3]
                values[column] = f"{values[column]} {WELSH}."
            batch.append({
                "plan_id": plan_id,
                "position": float(i + 1), "number": f"{i // 100 + 1}.{i % 100 + 1}", "cab": rnd.choice("CAB"),
                "lead": f"{rnd.choice(ROLES)} {rnd.choice(TEAMS)}", "measure": sentence(15),
                "when_text": rnd.choice(TIMESCALES), "rag": rnd.choice(RAGS), "status": "open",
                "source": rnd.choice(("Ofsted 2023", "CSPR Child A", None)), "confidential": False,
                "extra": None, **values,
            })
        with ws.transaction("benchmark build") as tx:
            ids = tx.insert_many(Action, batch)
        assert len(ids) == rows
        return plan_id


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def median_of(runs: int, work: Callable[[], Any], reset: Callable[[], Any] | None = None) -> float:
    times = []
    for _ in range(runs):
        if reset is not None:
            reset()
        times.append(timed(work))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--no-proxy", action="store_true", help="skip the (slow) QSortFilterProxyModel comparison")
    parser.add_argument("--workspace", type=Path, help="build the plan here, or reuse it if it is there already")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.build_only:  # the child process main() starts, so the build's memory is not the grid's
        build(args.workspace, args.rows)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="grid-bench-"))
    os.environ["SAFEGUARD_DESKTOP_HOME"] = str(folder / "home")
    try:
        return measure(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(args: argparse.Namespace, folder: Path) -> int:
    path = args.workspace or folder / "big.sqlite"
    plan_id = 1  # the only plan of a workspace ``build`` made
    build_s = None
    if path.exists():
        print(f"reusing {path}")
    else:
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--rows", str(args.rows), "--workspace", str(path)],
                       check=True)
        build_s = time.perf_counter() - started
        print(f"built {args.rows} rows, each with its audit row, in {build_s:.1f} s (in a child process)")

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from safeguard_desktop.store.models import AuditEntry
    from safeguard_desktop.store.queries.actions import ActionFilter
    from safeguard_desktop.store.workspace import open_workspace
    from safeguard_desktop.views.context import AppContext
    from safeguard_desktop.views.grid.action_table_model import COL_LEAD, COL_PROGRESS
    from safeguard_desktop.views.grid.plan_view import PlanView
    from safeguard_desktop.views.settings import Settings
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = open_workspace(path, backup_on_open=False)
    context = AppContext(ws, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    view = PlanView(context)
    view.resize(1400, 860)
    grid, model = view.grid, view.model

    def paint() -> None:
        app.processEvents()  # deferred work (fitting rows to their text) runs first
        grid.viewport().repaint()

    def open_and_paint() -> None:
        view.show()
        view.open_plan(plan_id)
        paint()

    results: dict[str, Any] = {"rows": args.rows, "build_s": build_s}
    with ws.session() as s:
        results["audit_rows"] = s.scalar(select(func.count()).select_from(AuditEntry))
    results["first_paint_ms"] = timed(open_and_paint)
    assert model.rowCount() == args.rows

    def plan_order() -> None:
        grid.plan_order()
        paint()

    results["sql_sort_ms"] = median_of(3, lambda: (grid.header_view.sort_by_click(COL_LEAD), paint()), plan_order)
    sorted_leads = [model.index(r, COL_LEAD).data() for r in range(5)]
    plan_order()

    welsh = {}
    for typed in ("dŵr", "DŴR"):
        model.set_filter(ActionFilter(text=typed))
        welsh[typed] = list(model.ids)
    results["sql_filter_ms"] = median_of(
        3, lambda: (model.set_filter(ActionFilter(text="dwr")), paint()),
        lambda: model.set_filter(ActionFilter()))
    matched = list(model.ids)
    assert matched and all(ids == matched for ids in welsh.values()), "dwr, dŵr and DŴR must find the same rows"
    results["filter_rows"] = len(matched)
    model.set_filter(ActionFilter())
    paint()

    results["scroll_ms"] = median_of(3, lambda: (grid.scrollToBottom(), paint()),
                                     lambda: (grid.scrollToTop(), paint()))
    last_row = model.rowCount() - 1
    edits = iter(range(1000))
    # Saved, and the changed cell repainted (Qt repaints only that cell).
    results["edit_ms"] = median_of(
        5, lambda: (model.setData(model.index(last_row, COL_PROGRESS), f"Progress note {next(edits)}"),
                    app.processEvents()))
    results["rss_mb"] = round(rss_mb(), 1)

    if not args.no_proxy:
        results.update(proxy_times(ws, plan_id, COL_LEAD))
        results["sort_speedup"] = round(results["proxy_sort_ms"] / results["sql_sort_ms"], 1)
        results["filter_speedup"] = round(results["proxy_filter_ms"] / results["sql_filter_ms"], 1)
        assert results["proxy_filter_rows"] == results["filter_rows"]
        results["rss_with_proxy_list_mb"] = round(rss_mb(), 1)

    for key, value in results.items():
        if isinstance(value, float):
            results[key] = round(value, 1)
    print(f"sorted by lead, first rows: {sorted_leads}")
    for key, value in results.items():
        print(f"{key:>24}: {value}")
    view.close()
    ws.close()
    print(json.dumps(results))
    return 0


def proxy_times(ws: Any, plan_id: int, lead_column: int) -> dict[str, float]:
    """The same sort and text filter through a QSortFilterProxyModel over
    every row's text held in a Python list (what docs/ARCHITECTURE.md rules out)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt

    from safeguard_desktop.store.queries.actions import action_ids, action_rows
    from safeguard_desktop.views.grid.action_table_model import COLUMNS

    ids = action_ids(ws, plan_id)
    found = action_rows(ws, ids)
    fields = [c.field for c in COLUMNS[:9]]
    rows = [tuple("" if getattr(found[i], f) is None else str(getattr(found[i], f)) for f in fields) for i in ids]

    class ListModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(fields)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    source = ListModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    sort_ms = timed(lambda: proxy.sort(lead_column, Qt.SortOrder.AscendingOrder))
    proxy.sort(-1)
    proxy.setFilterKeyColumn(-1)
    # A proxy cannot fold ŵ to w: the expression lists both, to find the same rows.
    pattern = QRegularExpression(r"\bd[wŵ]r", QRegularExpression.PatternOption.CaseInsensitiveOption)
    filter_ms = timed(lambda: proxy.setFilterRegularExpression(pattern))
    return {"proxy_sort_ms": sort_ms, "proxy_filter_ms": filter_ms, "proxy_filter_rows": proxy.rowCount()}


if __name__ == "__main__":
    sys.exit(main())
