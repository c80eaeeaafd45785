"""Plans, their tree of entries, action rows and each action's history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguard_desktop.store.models.base import Base, HasExtra, Record, SoftDeleted


class Plan(Record, SoftDeleted, Base):
    __tablename__ = "plans"
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    case_review_id: Mapped[int | None] = mapped_column(ForeignKey("case_reviews.id"), index=True)
    # business_plan | work_plan | strategic_plan | self_assessment | review_action_plan
    kind: Mapped[str] = mapped_column(String(30), default="business_plan")
    title: Mapped[str] = mapped_column(String(300))
    financial_year: Mapped[str | None] = mapped_column(String(9))  # "2022-23"
    version: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(30), default="draft")  # draft | agreed | archived
    introduction: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String(500))
    # The action table's headings as this plan shows them; NULL means the
    # docs/SAFEGUARDING_BOARDS.md headings ("Plans and their shapes"). Kept per plan so an imported plan keeps its words.
    column_headings: Mapped[str | None] = mapped_column(Text)
    # The plan this one continues: last year's business plan for this year's.
    previous_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), index=True)


class PlanEntry(Record, SoftDeleted, HasExtra, Base):
    """A node of a plan's tree: priority, strategic duty, specific
    responsibility, outcome sought, activity, or self-assessment question.
    ``number`` is kept exactly as the user wrote it ("2a", "1.3a", "Q4")."""

    __tablename__ = "plan_entries"
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_entries.id"), index=True)
    # priority | duty | responsibility | outcome | activity | question | evidence
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(200))  # "para 246", "S.132 (2)"
    position: Mapped[float] = mapped_column(Float, default=0.0)
    # Schema 3 and older kept one evidence/analysis/score here; schema 4 moved
    # them into review periods (models.assessments) and leaves these empty.
    evidence: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(30))
    rag: Mapped[str | None] = mapped_column(String(10))
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("plan_entries.id"))

    __table_args__ = (Index("ix_plan_entries_plan_position", "plan_id", "position"),)


class Action(Record, SoftDeleted, HasExtra, Base):
    """One action, wherever it came from: a row of a plan's action table, or an
    action arising from a meeting item. One table so the action log is one query.

    The text columns are the action-plan headings of docs/SAFEGUARDING_BOARDS.md ("Plans and their shapes"), in order."""

    __tablename__ = "actions"
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("plan_entries.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    # Order within the plan; a float so a row can be put between two others
    # without renumbering the rest.
    position: Mapped[float] = mapped_column(Float, default=0.0)

    number: Mapped[str | None] = mapped_column(String(40))  # "No.": as written, "1.3a"
    cab: Mapped[str | None] = mapped_column(String(1))  # C | A | B
    want: Mapped[str | None] = mapped_column(Text)  # What do we want to achieve?
    how: Mapped[str | None] = mapped_column(Text)  # How are we going to do it?
    lead: Mapped[str | None] = mapped_column(Text)  # Who will lead? (free text)
    measure: Mapped[str | None] = mapped_column(Text)  # How will we know we have achieved our goal?
    when_text: Mapped[str | None] = mapped_column(Text)  # When? in the user's words
    when_date: Mapped[date | None] = mapped_column(Date)  # the date understood, if unambiguous
    progress: Mapped[str | None] = mapped_column(Text)  # Progress review
    rag: Mapped[str | None] = mapped_column(String(10))  # red | amber | green | blue | none

    # open | completed | carried_forward | closed_by_board
    status: Mapped[str] = mapped_column(String(30), default="open")
    target_date: Mapped[date | None] = mapped_column(Date)
    last_updated: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)  # which review / inspection
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    owner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    # A work plan's activity nested under another activity of the same plan.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id"), index=True)
    # Last year's row this open action was carried forward from.
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id"), index=True)

    __table_args__ = (
        Index("ix_actions_plan_position", "plan_id", "position"),
        Index("ix_actions_plan_lead", "plan_id", "lead"),
        Index("ix_actions_plan_rag", "plan_id", "rag"),
        Index("ix_actions_plan_number", "plan_id", "number"),
        Index("ix_actions_status_due", "status", "target_date"),
    )


class ActionUpdate(Record, Base):
    """The dated history of one action: each progress update, RAG change or
    status change, who made it and, when reviewed at a meeting, which one."""

    __tablename__ = "action_updates"
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), index=True)
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # progress | rag | status | due
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)


class ImportReport(Record, Base):
    """What an import understood, row by row; kept with the plan."""

    __tablename__ = "import_reports"
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), index=True)
    source_file: Mapped[str] = mapped_column(String(500))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(String(32))
    imported_by: Mapped[str] = mapped_column(String(200))
    report_json: Mapped[str] = mapped_column(Text)


class CaseReview(Record, SoftDeleted, Base):
    """A case review on its statutory clock; its recommendations become a
    review action plan (Plan.case_review_id)."""

    __tablename__ = "case_reviews"
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"), index=True)
    # rapid_review | cspr | adult_practice_review | dhr | other
    kind: Mapped[str] = mapped_column(String(30))
    reference: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(Text)
    incident_on: Mapped[date | None] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    rapid_review_on: Mapped[date | None] = mapped_column(Date)
    decision_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    published_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="open")
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
