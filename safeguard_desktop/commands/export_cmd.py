"""``export PATH --what ... --format ... -o OUT``: board papers without a window."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from safeguard_desktop.core.paper_languages import PAPER_LANGUAGES
from safeguard_desktop.core.statuses import ACTION_STATUSES
from safeguard_desktop.errors import UserError
from safeguard_desktop.exports.kinds import FORMATS, LABELS, PLAN_PAPERS, WHATS, default_marking
from safeguard_desktop.store.pg_target import target_argument


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="export a plan, the action log, minutes, attendance or a calendar to xlsx, PDF, CSV or ICS",
        description="Write a board paper from a workspace. Examples: "
                    "export ws.sqlite --what action-plan --plan 'Business plan 2024-25' --format xlsx -o plan.xlsx; "
                    "export ws.sqlite --what minutes --meeting 2024-05-14 --format pdf --public -o minutes.pdf; "
                    "export ws.sqlite --what attendance --quarter 2024-25-Q1 --format pdf -o attendance.pdf; "
                    "export ws.sqlite --format ics --group 'Quality Assurance Sub-group' -o meetings.ics",
    )
    parser.add_argument("path", type=target_argument,
                        help="the workspace file, or a server's address (postgresql://host/database)")
    parser.add_argument("--what", choices=WHATS, help="what to export (with --format ics: calendar)")
    parser.add_argument("--format", choices=FORMATS, help="file format (default: from the -o file's extension)")
    parser.add_argument("--plan", help="the plan's title, or title and year ('Business plan 2024-25')")
    parser.add_argument("--meeting", type=_day, metavar="DATE", help="the meeting's date, YYYY-MM-DD")
    parser.add_argument("--group", help="the group (to tell apart meetings on one day; the calendar's group; "
                                        "the attendance analysis of one group)")
    parser.add_argument("--quarter", metavar="2024-25-Q1",
                        help="the attendance analysis's quarter (or a financial year, 2024-25)")
    parser.add_argument("--period", metavar="LABEL",
                        help="a self-assessment's review period, as named in it (default: the latest)")
    parser.add_argument("--marking", choices=("OFFICIAL", "OFFICIAL-SENSITIVE"), default=None,
                        help="protective marking (default: the board's)")
    parser.add_argument("--public", action="store_true", help="leave out confidential items (and say so)")
    parser.add_argument("--language", choices=PAPER_LANGUAGES, default=None,
                        help="the paper's fixed words (headings, marking, page numbers) in English, Welsh (cy) "
                             "or both side by side, Welsh first (default: the board's setting, else en)")
    parser.add_argument("--open-only", action="store_true", help="the action log: open actions only")
    log = parser.add_argument_group("the action log's filters (as on its page; --group too)")
    log.add_argument("--overdue-only", action="store_true", help="open actions past their due date")
    log.add_argument("--status", choices=ACTION_STATUSES, help="actions with this status")
    log.add_argument("--agency", help="actions owned by this agency (or by its people)")
    log.add_argument("--owner", help="actions owned by this person")
    log.add_argument("--due-before", type=_day, metavar="DATE", help="actions due on or before this day")
    log.add_argument("--from", dest="source", choices=("meetings", "plans"), help="only meetings' or plans' actions")
    log.add_argument("--search", default="", help="words the action or its owner's name must hold")
    parser.add_argument("--title", default="", help="the paper's title (default: from what is exported)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the file to write")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.exports.papers import ExportRequest, export
    from safeguard_desktop.store.queries.documents import find_plan, plan_choices
    from safeguard_desktop.store.queries.meeting_documents import find_group, find_meeting
    from safeguard_desktop.store.queries.overview import boards, list_plans
    from safeguard_desktop.store.queries.settings import board_paper_language
    from safeguard_desktop.store.pg_workspace import open_target

    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UserError(f"Say which format with --format ({', '.join(FORMATS)}): "
                        f"'{args.output.name}' does not say.")
    what = args.what or ("calendar" if fmt == "ics" else None)
    if what is None:
        raise UserError(f"Say what to export with --what ({', '.join(WHATS)}).")
    with open_target(args.path, read_only=True, backup_on_open=False) as ws:
        if what in PLAN_PAPERS and not args.plan:
            raise UserError(f"{LABELS[what]}: name a plan with --plan. {plan_choices(ws)}")
        group_id = find_group(ws, args.group) if args.group else None
        plan_id = find_plan(ws, args.plan) if args.plan else None
        plan_kind = next((p.kind for p in list_plans(ws) if p.id == plan_id), None)
        request = ExportRequest(
            what=what, format=fmt,
            plan_id=plan_id,
            meeting_id=find_meeting(ws, args.meeting, args.group) if args.meeting else None,
            group_id=group_id, quarter=args.quarter, period=args.period,
            marking=args.marking or default_marking(
                what, plan_kind, next((b.default_marking for b in boards(ws)), "OFFICIAL")),
            public=args.public, open_only=args.open_only, title=args.title,
            log_filter=_log_filter(ws, args, group_id) if what == "action-log" else None,
            language=args.language or board_paper_language(ws),
        )
        result = export(ws, request, args.output)
    print(result.summary())
    return 0


def _log_filter(ws: Any, args: argparse.Namespace, group_id: int | None) -> Any:
    from safeguard_desktop.store.models import Agency, Person
    from safeguard_desktop.store.queries.action_log import ActionLogFilter, find_named

    return ActionLogFilter(
        open_only=args.open_only, overdue_only=args.overdue_only, status=args.status, group_id=group_id,
        agency_id=find_named(ws, Agency, args.agency, "agency") if args.agency else None,
        owner_person_id=find_named(ws, Person, args.owner, "person") if args.owner else None,
        due_before=args.due_before, source=args.source, text=args.search,
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it as YYYY-MM-DD)") from None
