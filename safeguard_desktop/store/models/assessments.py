"""A self-assessment's review periods and what each period says of each entry."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from safeguard_desktop.store.models.base import Base, HasExtra, Record, SoftDeleted


class ReviewPeriod(Record, SoftDeleted, Base):
    """One round of a self-assessment ("April 2017", "2017-18 H1"). Boards
    repeat the assessment every six months and compare each round with the
    one before, which ``previous_period_id`` names."""

    __tablename__ = "review_periods"
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    label: Mapped[str] = mapped_column(String(60))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    previous_period_id: Mapped[int | None] = mapped_column(ForeignKey("review_periods.id"))


class AssessmentAnswer(Record, HasExtra, Base):
    """What one period says of one entry (a priority area or a question):
    evidence, analysis, and a score 1-6 where the document scores it."""

    __tablename__ = "assessment_answers"
    period_id: Mapped[int] = mapped_column(ForeignKey("review_periods.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("plan_entries.id"), index=True)
    evidence: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("period_id", "entry_id", name="uq_assessment_answers_period_entry"),)
