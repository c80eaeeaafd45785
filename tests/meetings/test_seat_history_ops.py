"""Seats keep their history as people change, and each change undoes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.org import group_seats, group_tree
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.people_page import PeoplePage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_appointments_keep_the_history_and_undo(workspace, setup):
    seat = setup.seats[1]
    newcomer = org.create_person(workspace, name="Chief Supt Morgan Hale", agency_id=setup.agencies["police"])
    holding = org.appoint(workspace, seat_id=seat, person_id=newcomer, from_date=date(2024, 9, 1))
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert [(h.person, h.from_date, h.to_date) for h in detail.holders] == [
        ("Chief Supt Morgan Hale", date(2024, 9, 1), None), ("Member 02", date(2023, 4, 1), date(2024, 8, 31))]
    assert detail.holder_on(date(2024, 5, 14)).person == "Member 02"
    org.unappoint(workspace, holding)
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert [(h.person, h.to_date) for h in detail.holders] == [("Member 02", None)]
    org.end_holding(workspace, seat_id=seat, to_date=date(2024, 12, 31))
    org.reopen_holding(workspace, seat_id=seat)
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == seat).holders[0].to_date is None
    with pytest.raises(UserError, match="start after"):
        org.appoint(workspace, seat_id=seat, person_id=newcomer, from_date=date(2023, 1, 1))


def test_people_page_edits_cadence_and_quorum_with_undo(qtbot, workspace, setup):
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    node = next(n for n in group_tree(workspace) if n.id == setup.group_id)
    assert node.quorum_text == ("8 of 18 voting seats; Constabulary, County Council, Health Board must be there")
    page._edit_group(node, "monthly", None, [setup.agencies["police"]])
    node = next(n for n in group_tree(workspace) if n.id == setup.group_id)
    assert (node.cadence, node.quorum_text) == ("monthly", "a majority of 18 voting seats; Constabulary must be there")
    context.undo_stack.undo()
    node = next(n for n in group_tree(workspace) if n.id == setup.group_id)
    assert node.cadence == "every 8-12 weeks" and node.quorum_min_voting == 8
    assert len(node.required_agencies) == 3


def test_undoing_an_appointment_to_a_vacant_seat_leaves_the_leaver_gone(qtbot, workspace, setup, monkeypatch):
    """Member 03 left on 31 August; the seat was vacant; a newcomer was
    appointed from 1 September by mistake. Undo takes the newcomer away and
    the seat is vacant again: Member 03 does not come back."""
    from safeguard_desktop.views.pages import people_page

    seat = setup.seats[2]
    org.end_holding(workspace, seat_id=seat, to_date=date(2024, 8, 31))
    newcomer = org.create_person(workspace, name="Dr Ana Ruiz", agency_id=setup.agencies["health"])
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    row = next(r for r in range(page.seats.model.rowCount()) if page.seats.model.record(r).id == seat)
    page.seats.table.selectRow(row)
    held_by = page.seats.model.index(row, 3)
    assert held_by.data() == "Vacant"
    monkeypatch.setattr(people_page, "ask", lambda *a: {"person_id": newcomer, "from_date": date(2024, 9, 1)})
    page.appoint()
    row = next(r for r in range(page.seats.model.rowCount()) if page.seats.model.record(r).id == seat)
    assert page.seats.model.index(row, 3).data() == "Dr Ana Ruiz"

    context.undo_stack.undo()
    row = next(r for r in range(page.seats.model.rowCount()) if page.seats.model.record(r).id == seat)
    assert page.seats.model.index(row, 3).data() == "Vacant"
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert [(h.person, h.to_date) for h in detail.holders] == [("Member 03", date(2024, 8, 31))]

    context.undo_stack.redo()  # and back: the newcomer holds it, the leaver stays gone
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert [(h.person, h.to_date) for h in detail.holders] == [("Dr Ana Ruiz", None),
                                                              ("Member 03", date(2024, 8, 31))]


def test_appoint_says_which_holdings_it_closed(workspace, setup):
    seat = setup.seats[4]
    first = org.create_person(workspace, name="First Newcomer")
    second = org.create_person(workspace, name="Second Newcomer")
    one = org.appoint(workspace, seat_id=seat, person_id=first, from_date=date(2024, 9, 1))
    assert len(one.closed) == 1
    two = org.appoint(workspace, seat_id=seat, person_id=second, from_date=date(2024, 11, 1))
    assert two.closed == (one.holding_id,)
    org.unappoint(workspace, two)
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert [(h.person, h.to_date) for h in detail.holders] == [("First Newcomer", None),
                                                              ("Member 05", date(2024, 8, 31))]
