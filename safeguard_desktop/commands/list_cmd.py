"""``list PATH [plans|meetings|groups|reviews]``: name what a workspace holds,
in the words the other commands accept (``export --plan 'Business plan
2024-25'``, ``--meeting 2024-05-14``, ``--group 'Quality Assurance
Sub-group'``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Callable, Final

from safeguard_desktop.store.pg_target import target_argument

if TYPE_CHECKING:
    from safeguard_desktop.store.workspace import Workspace

SECTIONS: Final = ("plans", "meetings", "groups", "reviews")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("list", help="name the plans, meetings, groups or case reviews a workspace holds",
                            description="Name what a workspace holds, as --plan, --meeting and --group take it. "
                                        "Example: list ws.sqlite plans")
    parser.add_argument("path", type=target_argument,
                        help="the workspace file, or a server's address (postgresql://host/database)")
    parser.add_argument("what", nargs="?", choices=SECTIONS, help="one list only (default: all four)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.pg_workspace import open_target

    with open_target(args.path, read_only=True, backup_on_open=False) as ws:
        for section in (args.what,) if args.what else SECTIONS:
            heading, lines = _LISTS[section](ws)
            print(f"{heading} ({len(lines)}):")
            for line in lines or ["(none)"]:
                print(f"  {line}")
    return 0


def _plans(ws: Workspace) -> tuple[str, list[str]]:
    from safeguard_desktop.core.plan_shapes import shape_of
    from safeguard_desktop.exports.tables import with_year
    from safeguard_desktop.store.queries.overview import list_plans

    lines = []
    for p in list_plans(ws):
        ratings = ", ".join(f"{n} {word}" for n, word in ((p.red, "red"), (p.amber, "amber"), (p.green, "green"),
                                                          (p.blue, "blue")) if n)
        rows = f"{p.actions} row{'s' if p.actions != 1 else ''}" + (f" ({ratings})" if ratings else "")
        kind = shape_of(p.kind).name.split(" (")[0].lower() if p.kind != "strategic_plan" else "strategic plan"
        lines.append(f"'{with_year(p.title, p.financial_year)}': {kind}, {rows}, {p.status}")
    return "Plans", lines


def _meetings(ws: Workspace) -> tuple[str, list[str]]:
    from safeguard_desktop.store.queries.overview import list_meetings

    return "Meetings", [f"{m.date.isoformat()} {m.group}: {m.kind.replace('_', ' ')}, {m.status}, "
                        f"minutes {m.minutes_status.replace('_', ' ')}, {m.items} agenda items"
                        for m in list_meetings(ws)]


def _groups(ws: Workspace) -> tuple[str, list[str]]:
    from safeguard_desktop.store.queries.overview import list_groups

    return "Groups", [f"'{g.name}': {g.kind.replace('_', ' ')}, {g.seats} seats"
                      + (f", meets {g.cadence}" if g.cadence else "")
                      for g in list_groups(ws)]


def _reviews(ws: Workspace) -> tuple[str, list[str]]:
    from safeguard_desktop.store.queries.case_reviews import list_reviews

    lines = []
    for r in list_reviews(ws):
        facts = [r.kind_label, r.status, "confidential" if r.confidential else "not confidential"]
        if r.incident_on:
            facts.append(f"known {r.incident_on.isoformat()}")
        if r.next_clock is not None:  # the clock a secretariat is watching, in the page's words
            facts.append(f"{r.next_clock.name}: {r.next_clock.state.words}")
        lines.append(f"{r.reference}{': ' + r.title if r.title else ''} ({', '.join(facts)})")
    return "Case reviews", lines


_LISTS: Final[dict[str, Callable[[Workspace], tuple[str, list[str]]]]] = {
    "plans": _plans, "meetings": _meetings, "groups": _groups, "reviews": _reviews,
}
