"""The states lower layers write in English ("Overdue by 3 working days")
read in Welsh in a Welsh window, and as they came in an English one."""

from __future__ import annotations

import pytest

from safeguard_desktop.views.i18n import ENGLISH, WELSH, compile_catalogue, install_language, translations_dir
from safeguard_desktop.views.state_words import state_text


@pytest.fixture
def welsh(qapp, tmp_path):
    compile_catalogue(translations_dir() / "safeguard_cy.ts", tmp_path)
    assert install_language(qapp, WELSH, folder=tmp_path) == WELSH
    yield
    install_language(qapp, ENGLISH)


@pytest.mark.parametrize(("english", "cymraeg"), [
    ("Overdue by 8 working days", "Yn hwyr o 8 diwrnod gwaith"),
    ("Overdue by 1 day", "Yn hwyr o 1 diwrnod"),
    ("Due in 2 working days (due 04/12/2026)", "Yn ddyledus ymhen 2 diwrnod gwaith (erbyn 04/12/2026)"),
    ("Met on 30/10/2026, 3 working days late", "Cyflawnwyd ar 30/10/2026, 3 diwrnod gwaith yn hwyr"),
    ("Rapid review due 20/11/2026", "Adolygiad cyflym yn ddyledus 20/11/2026"),
    ("Actions overdue", "Camau gweithredu hwyr"),
    ("Actions due in the next 14 days", "Camau gweithredu sy'n ddyledus yn ystod y 14 diwrnod nesaf"),
    ("Child F (adolescent)", "Child F (adolescent)"),  # what users wrote is never translated
])
def test_states_read_in_welsh(welsh, english: str, cymraeg: str) -> None:
    assert state_text(english) == cymraeg


def test_states_stay_as_they_came_in_english(qapp) -> None:
    install_language(qapp, ENGLISH)
    for english in ("Overdue by 8 working days", "Due in 1 day", "Actions overdue", "Held 3 days ago"):
        assert state_text(english) == english


def test_an_actions_latest_update_reads_in_welsh_but_not_what_was_typed(welsh) -> None:
    assert state_text("RAG: amber (Board, 12 Sep 2024)") == "RAG: Ambr (Board, 12 Sep 2024)"
    assert state_text("Status: carried forward") == "Statws: Wedi'i ddwyn ymlaen"
    assert state_text("Progress: On track; Amber next month") == "Cynnydd: On track; Amber next month"


def test_the_quorum_reads_in_welsh_with_the_agencies_as_typed(welsh) -> None:
    assert state_text("Quorate: 8 of 8 voting seats; Wiltshire Council and Wiltshire Police present") == (
        "Cworwm: 8 o 8 sedd bleidleisio; Wiltshire Council and Wiltshire Police yn bresennol")
    assert state_text("Not quorate: 2 of 6 voting seats (4 needed)") == "Dim cworwm: 2 o 6 sedd bleidleisio (angen 4)"
    assert state_text("a majority of 6 voting seats; Police must be there") == (
        "mwyafrif o 6 sedd bleidleisio; rhaid i Police fod yno")


def test_a_meetings_heading_date_reads_in_welsh(welsh) -> None:
    from safeguard_desktop.views.state_words import long_dates

    assert long_dates("Wiltshire SVPP, Thursday 20 March 2025") == "Wiltshire SVPP, Dydd Iau 20 Mawrth 2025"
