"""The meetings as the pages list them: a decade of a busy partnership holds
thousands, and a page paints a screenful. So the list is read in two steps,
as a table model wants it (docs/ARCHITECTURE.md, "Conventions"): the ids,
filtered and ordered in SQL; then the rows of one page of those ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from sqlalchemy import Select, select

from safeguard_desktop.store.models import Group, Meeting
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class MeetingListRow:
    id: int
    group: str
    kind: str
    date: date
    status: str
    minutes_status: str


def _newest_first(*columns: Any) -> Select[Any]:
    """Live meetings, newest first; on one day, by group; the id keeps the order fixed."""
    return (select(*columns).join(Group, Group.id == Meeting.group_id).where(Meeting.deleted_at.is_(None))
            .order_by(Meeting.date.desc(), Group.name, Meeting.id))


def meeting_ids(ws: Workspace, group_id: int | None = None) -> list[int]:
    """Every live meeting's id, or one group's, newest first."""
    query = _newest_first(Meeting.id)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    with ws.session() as s:
        # The connection's plain rows: the ORM's result machinery costs more than the query.
        return list(s.connection().execute(query).scalars())


def meeting_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, MeetingListRow]:
    """The list's rows for ``ids`` (one page), by id."""
    with ws.session() as s:
        rows = s.connection().execute(
            select(Meeting.id, Group.name, Meeting.kind, Meeting.date, Meeting.status, Meeting.minutes_status)
            .join(Group, Group.id == Meeting.group_id)
            .where(Meeting.id.in_(list(ids)))
        ).all()
    return {row[0]: MeetingListRow(*row) for row in rows}


def meetings_to_review_at(ws: Workspace) -> list[tuple[int, str, date]]:
    """(id, group, date) of each meeting an action's review can be recorded
    at: every live one not cancelled, newest first."""
    with ws.session() as s:
        rows = s.connection().execute(
            _newest_first(Meeting.id, Group.name, Meeting.date).where(Meeting.status != "cancelled")).all()
    return [(row_id, group, on) for row_id, group, on in rows]
