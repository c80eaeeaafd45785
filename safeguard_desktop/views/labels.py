"""Words the window shows for stored codes, marked for translation and
shown through ``label`` (or ``views.i18n.word``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safeguard_desktop.core.seats import IN_ATTENDANCE_WORDS, SEAT_ROLES
from safeguard_desktop.core.self_assessment import score_label, score_word
from safeguard_desktop.core.statuses import STATUS_LABELS
from safeguard_desktop.views.i18n import translate, word

PLAN_KINDS = {
    "business_plan": QT_TRANSLATE_NOOP("Words", "Business plan"),
    "work_plan": QT_TRANSLATE_NOOP("Words", "Work plan"),
    "strategic_plan": QT_TRANSLATE_NOOP("Words", "Strategic plan"),
    "self_assessment": QT_TRANSLATE_NOOP("Words", "Self-assessment"),
    "review_action_plan": QT_TRANSLATE_NOOP("Words", "Review action plan"),
}
MEETING_KINDS = {
    "ordinary": QT_TRANSLATE_NOOP("Words", "Ordinary"),
    "extraordinary": QT_TRANSLATE_NOOP("Words", "Extraordinary"),
    "development_day": QT_TRANSLATE_NOOP("Words", "Development day"),
}
GROUP_KINDS = {
    "board": QT_TRANSLATE_NOOP("Words", "Board"),
    "operational": QT_TRANSLATE_NOOP("Words", "Operational group"),
    "sub_group": QT_TRANSLATE_NOOP("Words", "Sub-group"),
    "task_and_finish": QT_TRANSLATE_NOOP("Words", "Task-and-finish group"),
}
# An action's status, in the order the grid offers them.
ACTION_STATUSES = STATUS_LABELS


def label(mapping: dict[str, str], code: str | None) -> str:
    """The word for ``code``, in the window's language (docs/WELSH.md)."""
    if code is None:
        return ""
    return word(mapping.get(code, code.replace("_", " ").capitalize()))


def score_text(score: int | None) -> str:
    """ "4 - Good", as boards write a self-assessment score, in the window's language."""
    return word(score_label(None)) if score is None else f"{score} - {word(score_word(score))}"


def seat_role_text(role: str, voting: bool, in_attendance: bool) -> str:
    """ "Member", "Adviser (non-voting)" or "In attendance, not a member", in the window's language."""
    if in_attendance:
        return word(IN_ATTENDANCE_WORDS)
    role_words = label(SEAT_ROLES, role)
    return role_words if voting else translate("Labels", "{role} (non-voting)").format(role=role_words)


# Codes the window shows capitalised ("held" as "Held"): a meeting's and its
# minutes' state, a review's status, an agency's sector, an agenda item's purpose.
CODE_WORDS = (
    QT_TRANSLATE_NOOP("Words", "Scheduled"),
    QT_TRANSLATE_NOOP("Words", "Held"),
    QT_TRANSLATE_NOOP("Words", "Cancelled"),
    QT_TRANSLATE_NOOP("Words", "Draft"),
    QT_TRANSLATE_NOOP("Words", "Agreed"),
    QT_TRANSLATE_NOOP("Words", "Locked"),
    QT_TRANSLATE_NOOP("Words", "Closed"),
    QT_TRANSLATE_NOOP("Words", "Council"),
    QT_TRANSLATE_NOOP("Words", "Police"),
    QT_TRANSLATE_NOOP("Words", "Health"),
    QT_TRANSLATE_NOOP("Words", "Probation"),
    QT_TRANSLATE_NOOP("Words", "Education"),
    QT_TRANSLATE_NOOP("Words", "Housing"),
    QT_TRANSLATE_NOOP("Words", "Voluntary"),
    QT_TRANSLATE_NOOP("Words", "Fire"),
    QT_TRANSLATE_NOOP("Words", "Other"),
    QT_TRANSLATE_NOOP("Words", "Row"),
    QT_TRANSLATE_NOOP("Words", "Information"),
    QT_TRANSLATE_NOOP("Words", "Discussion"),
    QT_TRANSLATE_NOOP("Words", "Decision"),
    QT_TRANSLATE_NOOP("Words", "Scrutiny"),
)


def code_word(code: str | None) -> str:
    """A stored code ("held", "voluntary") as the window shows it."""
    return word(code.replace("_", " ").capitalize()) if code else ""
