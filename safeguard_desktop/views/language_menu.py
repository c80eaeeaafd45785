"""Edit › Language: the window in English, in Welsh, or as the computer is
set (docs/WELSH.md). The choice is kept in settings and applied when the
program starts; widgets already built keep their words until then."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from safeguard_desktop.views.i18n import ENGLISH, LANGUAGE_NAMES, SYSTEM, WELSH, install_language, translate, word
from safeguard_desktop.views.settings import LANGUAGE, Settings


def add_language_menu(menu: QMenu, settings: Settings, tell: Callable[[str], None]) -> QMenu:
    # Named in both languages, so whoever cannot read the one shown still finds it.
    languages = menu.addMenu(translate("LanguageMenu", "&Language (Iaith)"))
    group = QActionGroup(languages)
    chosen = settings.get(LANGUAGE)
    for code in (SYSTEM, ENGLISH, WELSH):
        action = QAction(word(LANGUAGE_NAMES[code]), languages, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen or (code == SYSTEM and chosen not in LANGUAGE_NAMES))
        group.addAction(action)
        languages.addAction(action)
    group.triggered.connect(lambda action: choose_language(action.data(), settings, tell))
    return languages


def choose_language(code: str, settings: Settings, tell: Callable[[str], None]) -> None:
    """Keep ``code`` for the next start, and say so in the language chosen."""
    settings.set(LANGUAGE, code)
    app = QApplication.instance()
    if app is not None:
        install_language(app, code)
    tell(
        translate("LanguageMenu", "The window speaks {language} from the next start.").format(
            language=word(LANGUAGE_NAMES[code])
            if code != SYSTEM
            else translate("LanguageMenu", "the computer's language")
        )
    )
