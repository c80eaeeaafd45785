"""Every page fits a council laptop: at 1280x720 (a 1080p screen at 150 %)
and 1366x768 no page asks for more room than the screen has, nothing is
cut off, and a label too long for its place wraps or is elided with its
full text in a tooltip. The register shows its Arrived and Left columns
at 1366. Runs over PAGES, so pages added later are held to it too."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "meetings"))
from meeting_room_helpers import build_room, open_window  # noqa: E402

from safeguard_desktop.store.ops import org  # noqa: E402
from safeguard_desktop.store.queries.meeting_documents import find_meeting  # noqa: E402
from safeguard_desktop.views.main_window import PAGES  # noqa: E402
from safeguard_desktop.views.meetings.register_model import COL_ARRIVED, COL_LEFT  # noqa: E402

LONG = ("Oxford Health NHS Foundation Trust and Buckinghamshire, Oxfordshire and Berkshire West Integrated Care "
        "Board (Designated Professionals for Safeguarding Children and Adults)")


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: out of sight is scrolled to, not cut off."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(window: QWidget, page: QWidget) -> list[str]:
    """Widgets on the page that the window cannot show whole."""
    bounds = window.rect()
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _scrolled(widget) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(where):
            found.append(f"{name} at {where.getRect()} outside {bounds.getRect()}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and not widget.toolTip():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"label {widget.text()[:50]!r}: {widget.sizeHint().width()} px in {widget.width()}")
    return found


def misfits(window, meeting_id: int, size: QSize) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Each page (and each tab of an open meeting) at ``size``: what asks
    for more room than 1280x720 leaves it, and what is cut off."""
    window.resize(size)
    problems: dict[str, object] = {}
    for key, _page_class in PAGES:
        window.show_page(key)
        page = window.pages[key]
        views = [page]
        if key == "meetings":
            page.select(meeting_id)
            tabs = page.view.tabs
            views = [tabs.widget(i) for i in range(tabs.count())]
        for shown in views:
            if key == "meetings":
                page.view.tabs.setCurrentWidget(shown)
            QApplication.processEvents()
            # The room the window's frame (navigation, menu and status bars) leaves a page.
            room = QSize(1280 - (window.width() - window.stack.width()), 720 - (window.height() - window.stack.height()))
            hint = page.minimumSizeHint().expandedTo(page.minimumSize())
            if hint.width() > room.width() or hint.height() > room.height():
                problems[f"{key} minimum"] = (hint.width(), hint.height(), "room", room.width(), room.height())
            if window.minimumSizeHint().width() > 1280 or window.minimumSizeHint().height() > 720:
                problems[f"{key}: window minimum"] = window.minimumSizeHint().toTuple()
            if window.size() != size:
                problems[f"{key} grew the window"] = (window.width(), window.height())
            if cut := cut_off(window, page):
                problems[f"{key} cut off"] = cut
    return problems


def _report(problems: dict[str, object]) -> str:
    return "\n".join(f"{what}: {detail}" for what, detail in problems.items())


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768)])
def test_every_page_fits_a_laptop_screen(qtbot, workspace, size):
    setup, _others = build_room(workspace)
    org.create_agency(workspace, name=LONG, sector="health", statutory_partner=True)
    org.create_person(workspace, name="Dr Angharad Llewellyn-Featherstonehaugh, Designated Doctor")
    window = open_window(qtbot, workspace)
    problems = misfits(window, setup.meeting_id, size)
    assert not problems, _report(problems)


def test_every_page_of_the_demo_fits_1280_by_720(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    meeting = find_meeting(window.context.workspace, date(2024, 8, 6), "Practice Review Group")
    problems = misfits(window, meeting, QSize(1280, 720))
    assert not problems, _report(problems)


def test_the_register_shows_arrived_and_left_at_1366(qtbot, workspace):
    setup, _others = build_room(workspace)
    window = open_window(qtbot, workspace)
    window.resize(1366, 768)
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.select(setup.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.register)
    QApplication.processEvents()
    table = page.view.register.table
    viewport = table.viewport().width()
    for column in (COL_ARRIVED, COL_LEFT):
        left = table.columnViewportPosition(column)
        assert 0 <= left and left + table.columnWidth(column) <= viewport, (column, left, viewport)
        assert table.columnWidth(column) >= table.horizontalHeader().sectionSizeHint(column) - 20


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768)])
def test_the_action_log_shows_status_and_rag_without_scrolling(qtbot, demo_path, size):
    from safeguard_desktop.views.meetings.action_log_model import COL_RAG, COL_STATUS

    window = open_window(qtbot, demo_path)
    window.resize(size)
    window.show_page("action-log")
    QApplication.processEvents()
    table = window.pages["action-log"].table
    viewport = table.viewport().width()
    for column in (COL_STATUS, COL_RAG):
        left = table.columnViewportPosition(column)
        assert 0 <= left and left + table.columnWidth(column) <= viewport, (column, left, viewport)


@pytest.fixture
def welsh(qapp):
    """The window in Welsh for one test (its words run longer), with the house
    style the program starts with (its navigation font is larger), English
    and unstyled after."""
    from safeguard_desktop.views.accessibility import apply_look, house_sheet
    from safeguard_desktop.views.i18n import ENGLISH, WELSH, install_language

    assert install_language(qapp, WELSH) == WELSH
    apply_look(qapp, house_sheet(), high_contrast=False)
    yield
    install_language(qapp, ENGLISH)
    qapp.setStyleSheet("")


def test_every_page_of_the_demo_fits_1280_by_720_in_welsh(qtbot, demo_path, welsh):
    window = open_window(qtbot, demo_path)
    meeting = find_meeting(window.context.workspace, date(2024, 8, 6), "Practice Review Group")
    problems = misfits(window, meeting, QSize(1280, 720))
    assert not problems, _report(problems)
