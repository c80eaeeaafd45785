"""One export, from request to file: gather the document from the store,
then hand it to the writer for the format. The command line and the File ›
Export dialog both come through here, so they cannot disagree about what
"the action plan as PDF" means."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Final

from safeguard_desktop.errors import UserError
from safeguard_desktop.exports import review_tables
from safeguard_desktop.exports.common import ExportResult, PaperOptions
from safeguard_desktop.exports.kinds import LABELS, SUPPORTED, WHATS
from safeguard_desktop.exports.membership_paper import membership_table
from safeguard_desktop.exports.paper_words import words
from safeguard_desktop.progress import Progress
from safeguard_desktop.store.queries import case_reviews, documents, due, meeting_documents, org, self_assessments
from safeguard_desktop.store.queries.attendance import parse_period
from safeguard_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from safeguard_desktop.store.queries.action_log import ActionLogFilter

Writer = Callable[..., ExportResult]
# Each format's writer module and its options class, imported on the first
# export in that format: openpyxl, reportlab and python-docx are most of the
# program's start-up time otherwise (docs/ARCHITECTURE.md, "Start-up").
_WRITERS: Final[dict[str, tuple[str, str]]] = {
    "xlsx": ("xlsx_writer", "XlsxOptions"),
    "pdf": ("pdf_writer", "PdfOptions"),
    "csv": ("csv_writer", "CsvOptions"),
    "ics": ("ics_writer", "IcsOptions"),
    "docx": ("docx_writer", "DocxOptions"),
}


def writer(format: str) -> tuple[Writer, type[PaperOptions]]:
    module_name, options_name = _WRITERS[format]
    module = importlib.import_module(f"safeguard_desktop.exports.{module_name}")
    return module.write, getattr(module, options_name)


@dataclass(frozen=True)
class ExportRequest:
    """What to export. Ids come from the dialog's choosers; the command line
    finds them from names first (``find_plan``, ``find_meeting``...)."""

    what: str
    format: str
    plan_id: int | None = None
    meeting_id: int | None = None
    group_id: int | None = None
    quarter: str | None = None  # "2024-25-Q1" or a financial year "2024-25" for the attendance analysis
    period: str | None = None  # a self-assessment's review period ("April 2017"); the latest when None
    marking: str = "OFFICIAL"
    public: bool = False
    open_only: bool = False  # the action log: open actions only
    log_filter: ActionLogFilter | None = None  # the action log: the screen's (or the command line's) filter
    title: str = ""
    on: date = field(default_factory=date.today)
    language: str = "en"  # the paper's fixed words: en, cy or both (exports/paper_words.py)


def check(request: ExportRequest) -> None:
    """A clear error for a request that cannot be met, before any work."""
    if request.what not in SUPPORTED:
        raise UserError(f"Cannot export '{request.what}': choose one of {', '.join(WHATS)}.")
    if request.format not in SUPPORTED[request.what]:
        raise UserError(f"{LABELS[request.what]} cannot be exported as {request.format}: "
                        f"choose {' or '.join(SUPPORTED[request.what])}.")
    needs = {"action-plan": ("plan_id", "a plan (--plan)"), "work-plan": ("plan_id", "a plan (--plan)"),
             "self-assessment": ("plan_id", "a plan (--plan)"), "minutes": ("meeting_id", "a meeting (--meeting)"),
             "agenda": ("meeting_id", "a meeting (--meeting)"),
             "calendar": ("group_id", "a group (--group)"), "membership": ("group_id", "a group (--group)")}
    if request.what in needs and getattr(request, needs[request.what][0]) is None:
        raise UserError(f"{LABELS[request.what]}: name {needs[request.what][1]}.")
    if request.what == "attendance" and request.meeting_id is None and not request.quarter:
        raise UserError("Attendance: name a meeting (--meeting DATE) for its register, "
                        "or a quarter (--quarter 2024-25-Q1) for the analysis.")


def gather(ws: Workspace, request: ExportRequest) -> Any:
    """The document the request names, public or not."""
    check(request)
    public = request.public
    w = words(request.language)
    if request.what == "action-log":
        return documents.action_log(ws, public=public, open_only=request.open_only, flt=request.log_filter)
    if request.what == "minutes":
        return meeting_documents.minutes(ws, _id(request.meeting_id), public=public)
    if request.what == "agenda":
        return meeting_documents.agenda(ws, _id(request.meeting_id), public=public)
    if request.what == "calendar":
        return meeting_documents.group_calendar(ws, _id(request.group_id), public=public)
    if request.what == "reviews":
        return review_tables.reviews_table(case_reviews.reviews_document(ws, request.on, public=public), w)
    if request.what == "membership":
        return membership_table(org.membership_document(ws, _id(request.group_id), request.on, public=public), w)
    if request.what == "due":
        return review_tables.due_table(due.due_document(ws, request.on, public=public), w)
    if request.what == "attendance":
        if request.meeting_id is not None:
            return meeting_documents.attendance_register(ws, request.meeting_id, public=public)
        period = parse_period(request.quarter) if "Q" in (request.quarter or "").upper() \
            else parse_period(year=request.quarter)
        return meeting_documents.attendance_analysis_document(ws, period, request.group_id, public=public)
    plan_papers: dict[str, Callable[..., Any]] = {
        "action-plan": documents.action_plan, "work-plan": documents.work_plan,
        "self-assessment": lambda ws, plan_id, public: self_assessments.self_assessment_paper(
            ws, plan_id, public=public, period=request.period),
    }
    return plan_papers[request.what](ws, _id(request.plan_id), public=public)


def export(ws: Workspace, request: ExportRequest, path: Path, progress: Progress | None = None) -> ExportResult:
    """Gather and write: the whole export, safe to run on a worker thread."""
    document = gather(ws, request)
    if progress is not None:
        progress.report(0, 0, "Writing")
    write, options_type = writer(request.format)
    options = options_type(marking=request.marking, public=request.public, title=request.title, date=request.on,
                           author=ws.actor, language=request.language)
    return write(document, Path(path), options, progress)


def suggested_name(request: ExportRequest, subject: str) -> str:
    """A file name a business manager would give it: "Action plan -
    Business plan 2024-25 - PUBLIC.xlsx"."""
    words = {"minutes": "Minutes", "agenda": "Agenda", "attendance": "Attendance", "calendar": "Meetings"}
    parts = [words.get(request.what, LABELS[request.what]), subject, "PUBLIC" if request.public else ""]
    name = " - ".join(part for part in parts if part)
    # Characters file systems refuse (Windows is the strictest) become spaces.
    safe = " ".join("".join(" " if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).split())
    return f"{safe}.{request.format}"


def _id(value: int | None) -> int:
    assert value is not None, "check() makes sure the id is there"
    return value
