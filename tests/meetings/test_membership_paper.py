"""A group's terms of reference and membership as a paper: the xlsx read
back cell by cell, the PDF as text; retired seats left off, seats in
attendance listed apart, vacant seats said so."""

from __future__ import annotations

import subprocess
from datetime import date

from openpyxl import load_workbook

from safeguard_desktop.cli import main
from safeguard_desktop.store.models import Group
from safeguard_desktop.store.ops import org


def _prepare(workspace, setup):
    org.correct(workspace, Group, setup.group_id, {
        "purpose": "To be assured that children in the county are safe.",
        "duties": "Audit multi-agency case files\nReport to the board each quarter"})
    org.retire_seat(workspace, setup.seats[19], date(2024, 6, 30))
    org.end_holding(workspace, seat_id=setup.seats[2], to_date=date(2024, 8, 31))
    adviser = org.create_seat(workspace, group_id=setup.group_id, title="Business manager", in_attendance=True,
                              voting=False, notes="Nominated deputy: Ann Other")
    org.appoint(workspace, seat_id=adviser, person_id=org.create_person(workspace, name="Siân Prŷs"),
                from_date=date(2024, 1, 1))
    workspace.close()


def test_the_membership_paper_as_xlsx_and_pdf(tmp_path, workspace, setup):
    _prepare(workspace, setup)
    xlsx, pdf = tmp_path / "membership.xlsx", tmp_path / "membership.pdf"
    for out in (xlsx, pdf):
        assert main(["export", str(workspace.path), "--what", "membership", "--group", "Quality Assurance Sub-group",
                     "-o", str(out)]) == 0
    sheet = load_workbook(xlsx).active
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    flat = [str(c) for row in cells for c in row if c is not None]
    assert "To be assured that children in the county are safe." in " ".join(flat)
    assert any("Audit multi-agency case files" in text for text in flat)
    assert any("8 of 18 voting seats" in text for text in flat)
    header = next(row for row in cells if row[0] == "Seat")
    assert list(header[:5]) == ["Seat", "Agency", "Role", "Held by", "Nominated deputy"]
    seat_rows = {row[0]: row for row in cells if row[0] and str(row[0]).startswith(("Seat ", "Business"))}
    assert "Seat 20 (voluntary)" not in seat_rows  # retired
    assert seat_rows["Seat 3 (health)"][3] == "Vacant"
    assert seat_rows["Seat 1 (council)"][3] == "Member 01"
    assert seat_rows["Business manager"][2] == "In attendance, not a member"
    assert seat_rows["Business manager"][3] == "Siân Prŷs" and seat_rows["Business manager"][4] == "Ann Other"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Quality Assurance Sub-group: membership and terms of reference" in text
    assert "Siân Prŷs" in text and "In attendance" in text and "Seat 20" not in text


def test_the_group_page_opens_the_export_set_for_its_membership_paper(qtbot, workspace, setup):
    from PySide6.QtGui import QUndoStack

    from safeguard_desktop.views.context import AppContext
    from safeguard_desktop.views.pages.people_page import PeoplePage
    from safeguard_desktop.views.settings import Settings
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    page = PeoplePage(AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None))
    qtbot.addWidget(page)
    tree = page.tree_model
    row = next(r for r in range(tree.rowCount()) if tree.index(r, 0).data() == "Quality Assurance Sub-group")
    page.tree.setCurrentIndex(tree.index(row, 0))
    page.membership_paper()
    dialog = page.export_flow.dialog
    assert dialog.isVisible()
    request = dialog.request()
    assert (request.what, request.group_id) == ("membership", setup.group_id)
    dialog.reject()
