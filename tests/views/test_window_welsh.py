"""The window in Welsh (issue 13): chosen in Edit › Language, applied at the
next start, and then every menu, page name and column heading reads Welsh."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from safeguard_desktop.views import settings as keys
from safeguard_desktop.views.app import make_application
from safeguard_desktop.views.i18n import ENGLISH, WELSH, chosen_language, install_language
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def english_again(qapp):
    """Whatever a test installs, the next test starts in English."""
    yield
    install_language(qapp, ENGLISH)


def _window(qtbot) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _language_menu(window: MainWindow):
    return next(a.menu() for a in window.edit_menu.actions() if a.menu() is not None)


def test_welsh_chosen_in_the_menu_speaks_welsh_from_the_next_start(qtbot, demo_path, english_again) -> None:
    window = _window(qtbot)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    languages = _language_menu(window)
    assert languages.title() == "&Language (Iaith)"
    assert [a.text() for a in languages.actions()] == ["As the computer is set", "English", "Cymraeg"]
    next(a for a in languages.actions() if a.text() == "Cymraeg").trigger()
    assert Settings().get(keys.LANGUAGE) == WELSH
    assert window.statusBar().currentMessage() == "Bydd y ffenestr yn siarad Cymraeg o'r cychwyn nesaf."

    # The next start: a new process has no translator until the application,
    # made again, reads the setting.
    install_language(QApplication.instance(), ENGLISH)
    make_application()
    welsh = _window(qtbot)
    titles = _menu_titles(welsh)
    assert titles[:3] == ["&Ffeil", "&Golygu", "C&yfarfod"] and titles[-1] == "&Cymorth"
    file_items = [a.text() for a in welsh.file_menu.actions() if a.text()]
    assert "Gweithle &newydd…" in file_items and "&Mewnforio cynllun…" in file_items
    assert "&Gadael" in file_items
    assert _language_menu(welsh).title() == "&Iaith (Language)"

    assert welsh.open_path(demo_path)
    nav = [welsh.nav.item(i).text() for i in range(welsh.nav.count())]
    assert nav[0].startswith("Beth sy'n ddyledus (")
    assert nav[1:] == ["Cynlluniau", "Hunanasesiadau", "Adolygiadau achos", "Cyfarfodydd",
                       "Log camau gweithredu", "Presenoldeb", "Pobl ac asiantaethau"]
    welsh.show_page("action-log")
    page = welsh.pages["action-log"]
    model = page.table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["Ffynhonnell", "Beth", "Perchennog", "Erbyn", "Statws", "RAG", "Diweddariad diweddaraf"]
    statuses = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert statuses and statuses <= {"Agored", "Wedi'i gwblhau", "Wedi'i ddwyn ymlaen", "Wedi'i gau gan y bwrdd"}


def test_english_stays_english_with_counts_that_read_right(qtbot, demo_path, english_again) -> None:
    Settings().set(keys.LANGUAGE, ENGLISH)
    make_application()
    window = _window(qtbot)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.open_path(demo_path)
    window.show_page("action-log")
    count = window.pages["action-log"].count.text()
    assert count.endswith(" actions") and "(s)" not in count


def test_the_language_follows_the_computer_unless_chosen() -> None:
    welsh, english = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom), QLocale(QLocale.Language.English)
    assert chosen_language("system", welsh) == WELSH
    assert chosen_language("system", english) == ENGLISH
    assert chosen_language(ENGLISH, welsh) == ENGLISH
    assert chosen_language(WELSH, english) == WELSH


def test_without_its_catalogue_the_window_works_in_english(qapp, tmp_path: Path, english_again) -> None:
    assert install_language(qapp, WELSH, folder=tmp_path) == ENGLISH
    assert QApplication.translate("MainWindow", "&File") == "&File"
