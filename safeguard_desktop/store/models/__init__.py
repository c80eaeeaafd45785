"""Every table of a workspace. Import models from here."""

from safeguard_desktop.store.models.assessments import AssessmentAnswer, ReviewPeriod
from safeguard_desktop.store.models.audit import AuditEntry, Setting
from safeguard_desktop.store.models.base import Base, new_uuid, utc_now
from safeguard_desktop.store.models.meetings import AgendaItem, Attendance, Meeting, Minute
from safeguard_desktop.store.models.org import (
    Agency,
    Board,
    Group,
    Person,
    QuorumAgency,
    Seat,
    SeatHolding,
    StandingItem,
)
from safeguard_desktop.store.models.plans import (
    Action,
    ActionUpdate,
    CaseReview,
    ImportReport,
    Plan,
    PlanEntry,
)

__all__ = [
    "Action", "ActionUpdate", "AgendaItem", "Agency", "AssessmentAnswer", "Attendance", "AuditEntry", "Base",
    "Board", "CaseReview", "Group", "ImportReport", "Meeting", "Minute", "Person", "Plan",
    "PlanEntry", "QuorumAgency", "ReviewPeriod", "Seat", "SeatHolding", "Setting", "StandingItem",
    "new_uuid", "utc_now",
]
