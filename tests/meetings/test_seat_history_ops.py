"""Seats keep their history as people change, and each change undoes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

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
    with pytest.raises(Exception, match="start after"):
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
