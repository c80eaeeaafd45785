"""What can be exported and in which formats: names only, no heavy imports,
so the command line's --help and the dialog's lists cost nothing."""

from __future__ import annotations

from typing import Final

WHATS: Final = ("action-plan", "action-log", "minutes", "agenda", "attendance", "work-plan", "self-assessment",
                "calendar", "reviews", "due", "membership")
FORMATS: Final = ("xlsx", "pdf", "csv", "ics", "docx")
# Which formats make sense for what: minutes and agendas are prose (PDF or
# Word); a calendar is only a calendar.
SUPPORTED: Final[dict[str, tuple[str, ...]]] = {
    "action-plan": ("xlsx", "pdf", "csv"),
    "action-log": ("xlsx", "pdf", "csv", "docx"),
    "minutes": ("pdf", "docx"),
    "agenda": ("pdf", "docx"),
    "attendance": ("xlsx", "pdf", "csv", "docx"),
    "work-plan": ("xlsx", "pdf", "csv"),
    "self-assessment": ("xlsx", "pdf", "csv"),
    "calendar": ("ics",),
    "reviews": ("xlsx", "pdf", "csv"),
    "due": ("xlsx", "pdf", "csv"),
    "membership": ("xlsx", "pdf", "csv", "docx"),
}
LABELS: Final = {"action-plan": "Action plan", "action-log": "Action log", "minutes": "Minutes of a meeting",
                 "agenda": "Agenda of a meeting",
                 "attendance": "Attendance (register of a meeting, or analysis of a quarter)",
                 "work-plan": "Work plan", "self-assessment": "Self-assessment",
                 "calendar": "Calendar of a group's meetings", "reviews": "Case reviews and their clocks",
                 "due": "What is due", "membership": "Membership and terms of reference of a group"}
# Papers sensitive by their subject: marked so unless the user chooses otherwise
# (reviews concern named children and adults; "What is due" lists their clocks).
DEFAULT_MARKINGS: Final = {"reviews": "OFFICIAL-SENSITIVE", "due": "OFFICIAL-SENSITIVE"}
# A case review's action plan is a paper about the review, sensitive alike.
SENSITIVE_PLAN_KINDS: Final = frozenset({"review_action_plan"})


def default_marking(what: str, plan_kind: str | None, board_marking: str) -> str:
    """The marking a paper gets unless the user chooses one."""
    if what in DEFAULT_MARKINGS:
        return DEFAULT_MARKINGS[what]
    return "OFFICIAL-SENSITIVE" if plan_kind in SENSITIVE_PLAN_KINDS else board_marking
FORMAT_LABELS: Final = {"xlsx": "Excel workbook (.xlsx)", "pdf": "PDF board paper (.pdf)",
                        "csv": "CSV, UTF-8 (.csv)", "ics": "Calendar (.ics)", "docx": "Word document (.docx)"}
# The papers of one plan: each needs --plan, and an error names the plans there are.
PLAN_PAPERS: Final = ("action-plan", "work-plan", "self-assessment")
