"""Words the window shows for stored codes."""

from __future__ import annotations

from safeguard_desktop.core.seats import SEAT_ROLES  # noqa: F401 (the window's words for seat roles)
from safeguard_desktop.core.statuses import STATUS_LABELS

PLAN_KINDS = {
    "business_plan": "Business plan",
    "work_plan": "Work plan",
    "strategic_plan": "Strategic plan",
    "self_assessment": "Self-assessment",
    "review_action_plan": "Review action plan",
}
MEETING_KINDS = {"ordinary": "Ordinary", "extraordinary": "Extraordinary", "development_day": "Development day"}
GROUP_KINDS = {
    "board": "Board",
    "operational": "Operational group",
    "sub_group": "Sub-group",
    "task_and_finish": "Task-and-finish group",
}
# An action's status, in the order the grid offers them.
ACTION_STATUSES = STATUS_LABELS


def label(mapping: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return mapping.get(code, code.replace("_", " ").capitalize())
