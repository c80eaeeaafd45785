"""``import PATH FILE [--plan NAME] [--report REPORT.json] [--shape SHAPE]``: bring a plan kept
in Excel, CSV or Word into the workspace as a new plan, and say what was
understood. A file that cannot be imported is refused in one line before
the workspace is opened: nothing is written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from safeguard_desktop.store.pg_target import target_argument

SHAPES = ("auto", "business-plan", "work-plan", "self-assessment", "membership")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import a plan from an Excel workbook, CSV file or Word document")
    parser.add_argument("path", type=target_argument,
                        help="the workspace file, or a server's address (postgresql://host/database)")
    parser.add_argument("file", type=Path, help="the .xlsx, .xlsm, .csv or .docx file to import")
    parser.add_argument("--plan", metavar="NAME", help="name of the new plan (default: from the file name)")
    parser.add_argument("--report", metavar="REPORT.json", type=Path,
                        help="also write the import report (what became of every row) to this file")
    parser.add_argument("--shape", default="auto", choices=SHAPES,
                        help="what the file holds (default: auto, the plan's shape read from its column headings; "
                             "the shape read is named in the summary and the report); membership: a group's seats "
                             "and members")
    parser.add_argument("--group", metavar="NAME", help="with --shape membership: the group whose seats they are")
    parser.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD",
                        help="with --shape membership: the day new holders start (default: today)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.errors import UserError
    from safeguard_desktop.imports.plan_import import default_plan_name, import_plan, preview_import
    from safeguard_desktop.store.pg_workspace import open_target

    if args.report is not None and not args.report.parent.is_dir():
        # Checked first: a report that cannot be written must not follow an import that was.
        raise UserError(f"The folder {args.report.parent} does not exist: choose another place for the report.")
    if args.shape == "membership":
        from safeguard_desktop.commands.import_membership import run_membership

        return run_membership(args)
    preview = preview_import(args.file, shape=PLAN_KINDS.get(args.shape, args.shape))
    name = args.plan or default_plan_name(args.file)
    with open_target(args.path) as workspace:
        if workspace.backup_failure:
            print(f"Warning: {workspace.backup_failure}")
        result = import_plan(workspace, preview, name)
    if args.report is not None:
        write_report(args.report, result.report)
    print(summary(name, args.file.name, result.counts, len(preview.understanding.entries),
                  preview.understanding.shape))
    for warning in result.warnings:
        print(f"  - {warning}")
    if args.report is not None:
        print(f"Report written to {args.report}")
    return 0


def write_report(path: Path, report: dict[str, object]) -> None:
    from safeguard_desktop.exports.atomic import atomic_path

    with atomic_path(path) as temporary:  # never half a report
        temporary.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def summary(plan: str, file: str, counts: dict[str, int], entries: int, shape: str = "business_plan") -> str:
    """One line: what was imported, and the shape the file was read as."""
    rows, outline, word = _WORDS[shape]
    parts = [f"{counts['action' if rows != 'question rows' else 'question']} {rows}", f"{entries} {outline}"]
    parts += [f"{counts[kind]} {label}" for kind, label in (
        ("continuation", "continuation rows joined"), ("title", "title rows"), ("header", "header rows"),
        ("note", "note rows")) if counts.get(kind)]
    return f"Imported '{plan}' from {file}: {', '.join(parts)}. Read as {word}."


# --shape as typed -> plans.kind
PLAN_KINDS = {"business-plan": "business_plan", "work-plan": "work_plan", "self-assessment": "self_assessment"}
# plans.kind -> (its rows, its entries, the shape) in the summary line
_WORDS = {"business_plan": ("action rows", "priorities and outcomes", "a business plan"),
          "work_plan": ("activity rows", "duties, responsibilities and footnotes", "a work plan"),
          "self_assessment": ("question rows", "areas, questions and footnotes", "a self-assessment")}

