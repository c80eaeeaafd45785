"""Boards, their tree of groups, agencies, people and seats."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safeguard_desktop.store.models.base import Base, Record, SoftDeleted


class Board(Record, SoftDeleted, Base):
    """A board or partnership: usually one per workspace."""

    __tablename__ = "boards"
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(60))
    # children_board | adults_board | national_board | partnership
    kind: Mapped[str] = mapped_column(String(30), default="partnership")
    area: Mapped[str | None] = mapped_column(String(200))
    default_marking: Mapped[str] = mapped_column(String(30), default="OFFICIAL")


class Group(Record, SoftDeleted, Base):
    """A node of the board's tree: the board itself, an operational group,
    a standing sub-group or a time-limited task-and-finish group."""

    __tablename__ = "groups"
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # board | operational | sub_group | task_and_finish
    kind: Mapped[str] = mapped_column(String(30), default="sub_group")
    cadence: Mapped[str | None] = mapped_column(String(200))  # as written: "every 8-12 weeks"
    purpose: Mapped[str | None] = mapped_column(Text)
    duties: Mapped[str | None] = mapped_column(Text)  # terms of reference, one duty a line
    position: Mapped[int] = mapped_column(Integer, default=0)
    quorum_min_voting: Mapped[int | None] = mapped_column(Integer)
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)

    parent: Mapped[Group | None] = relationship(remote_side="Group.id")
    required_agencies: Mapped[list[QuorumAgency]] = relationship(cascade="all, delete-orphan")


class QuorumAgency(Base):
    """An agency that must be represented for a group to be quorate
    (statutory partners: the council, police, the health board)."""

    __tablename__ = "quorum_agencies"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    __table_args__ = (UniqueConstraint("group_id", "agency_id"),)


class StandingItem(Record, SoftDeleted, Base):
    """An item every agenda of the group starts with (apologies, minutes of
    the last meeting, matters arising...)."""

    __tablename__ = "standing_items"
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(String(30))
    # apologies | previous_minutes | matters_arising | other: drives what the
    # item pulls in when an agenda is started from the standing items.
    role: Mapped[str] = mapped_column(String(30), default="other")


class Agency(Record, SoftDeleted, Base):
    __tablename__ = "agencies"
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(60))
    # council | police | health | probation | education | housing | voluntary | fire | other
    sector: Mapped[str] = mapped_column(String(30), default="other")
    statutory_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_on: Mapped[date | None] = mapped_column(Date)  # last day in use; history kept


class Person(Record, SoftDeleted, Base):
    __tablename__ = "people"
    name: Mapped[str] = mapped_column(String(200), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    left_on: Mapped[date | None] = mapped_column(Date)


class Seat(Record, SoftDeleted, Base):
    """Membership is by seat: the seat stays when the person changes."""

    __tablename__ = "seats"
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))  # "Chief constable or nominated deputy"
    # chair | vice_chair | member | adviser | observer | secretariat
    role: Mapped[str] = mapped_column(String(30), default="member")
    voting: Mapped[bool] = mapped_column(Boolean, default=True)
    deputies_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    # At the table but not a member (the secretariat, an adviser): on the
    # register, left out of attendance rates and quorum.
    in_attendance: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_on: Mapped[date | None] = mapped_column(Date)  # last day in use; earlier meetings keep it


class SeatHolding(Record, Base):
    """Who held a seat from when to when (to_date open while they hold it)."""

    __tablename__ = "seat_holdings"
    seat_id: Mapped[int] = mapped_column(ForeignKey("seats.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
