"""Meetings, agendas, the attendance register and minutes."""

from __future__ import annotations

from datetime import date  # noqa: F401 (resolves Meeting.date's annotation)

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from safeguard_desktop.store.models.base import Base, Record, SoftDeleted


class Meeting(Record, SoftDeleted, Base):
    __tablename__ = "meetings"
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    # ordinary | extraordinary | development_day
    kind: Mapped[str] = mapped_column(String(30), default="ordinary")
    title: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))  # "10:00"
    end_time: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str | None] = mapped_column(String(300))
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    # scheduled | held | cancelled: a cancelled meeting counts for nobody
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    # draft | agreed | locked; re-opening is explicit and audited
    minutes_status: Mapped[str] = mapped_column(String(20), default="draft")
    agreed_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    chair_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # Withheld from public papers and calendars (a meeting named after a closed item).
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Record, SoftDeleted, Base):
    __tablename__ = "agenda_items"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    number: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    presenter: Mapped[str | None] = mapped_column(String(200))
    # information | discussion | decision | scrutiny
    purpose: Mapped[str | None] = mapped_column(String(20))
    paper_ref: Mapped[str | None] = mapped_column(String(100))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # standing role copied from StandingItem.role (matters_arising, ...)
    role: Mapped[str] = mapped_column(String(30), default="other")
    # The "minutes of the last meeting" item records which meeting's minutes
    # it agreed as a true record (kept here, not on the meeting, so the two
    # tables do not point at each other).
    agrees_minutes_of_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))


class Attendance(Record, SoftDeleted, Base):
    """One line of the register: a seat (with who held it on the day) or a
    person or named guest "in attendance"."""

    __tablename__ = "attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    seat_id: Mapped[int | None] = mapped_column(ForeignKey("seats.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))  # guest, or holder's name on the day
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    # present | deputy | apologies | absent | in_attendance | unmarked
    status: Mapped[str] = mapped_column(String(20), default="unmarked")
    deputy_name: Mapped[str | None] = mapped_column(String(200))
    deputy_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    arrived_at_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    left_at_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("meeting_id", "seat_id"),)


class Minute(Record, Base):
    """The minutes of one agenda item, in the four parts boards use."""

    __tablename__ = "minutes"
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), unique=True)
    context: Mapped[str | None] = mapped_column(Text)
    key_issues: Mapped[str | None] = mapped_column(Text)
    discussion: Mapped[str | None] = mapped_column(Text)  # member scrutiny
    decision: Mapped[str | None] = mapped_column(Text)  # conclusion or decision


Index("ix_meetings_group_date", Meeting.group_id, Meeting.date)
