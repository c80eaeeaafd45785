"""The window's language (docs/WELSH.md): Qt's translation, the Welsh
catalogue, and the words core/ keeps in English shown in the window.

Every word the window shows goes through Qt's translation: ``self.tr`` in
a QObject, ``translate("Context", …)`` elsewhere (``pyside6-lupdate`` finds
both by name), and words declared before there is an application marked
with ``QT_TRANSLATE_NOOP`` and translated where they are shown.
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from safeguard_desktop.paths import ui_dir, user_data_dir

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SYSTEM, ENGLISH, WELSH = "system", "en", "cy"
# The choices offered, each named in its own language so anyone can find theirs.
LANGUAGE_NAMES = {SYSTEM: QT_TRANSLATE_NOOP("Words", "As the computer is set"),
                  ENGLISH: "English", WELSH: "Cymraeg"}
CATALOGUE = "safeguard_cy"

# Words declared before there is an application (column headings, the words
# for stored codes) are marked with QT_TRANSLATE_NOOP("Words", …) where they
# are declared (views/core_words.py for the words core/ keeps in English) and
# shown through word().
WORDS = "Words"


def word(text: str | None) -> str:
    """A word marked in the "Words" context (or given by core/ in English),
    in the window's language."""
    return translate(WORDS, text) if text else ""


def words(texts: Iterable[str]) -> list[str]:
    return [word(text) for text in texts]


# Day and month names for dates the window writes out (docs/WELSH.md).
_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr")
_MONTHS_SHORT = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag")
_DAYS = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul")
_DAYS_SHORT = ("Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul")
_speaking = ENGLISH


def day_text(day: dt.date, fmt: str) -> str:
    """``day.strftime(fmt)`` with its day and month names in the window's
    language (strftime's follow the C locale, which is English)."""
    if _speaking == WELSH:
        fmt = (fmt.replace("%B", _MONTHS[day.month - 1]).replace("%b", _MONTHS_SHORT[day.month - 1])
               .replace("%A", _DAYS[day.weekday()]).replace("%a", _DAYS_SHORT[day.weekday()]))
    return day.strftime(fmt)


def counted(text: str, n: int) -> str:
    """``text`` from ``tr("%n row(s)", "", n)`` as it reads: Welsh has its
    plural forms in the catalogue; English, which has no catalogue, reads
    "1 row" and "2 rows"."""
    return text.replace("(s)", "" if n == 1 else "s")


def translations_dir() -> Path:
    return ui_dir() / "translations"


def _lrelease() -> Path | None:
    """Qt's catalogue compiler: the one PySide6 ships beside its modules."""
    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return candidate
    return None


def compile_catalogue(source: Path, folder: Path) -> Path | None:
    """``source`` (.ts) compiled into ``folder``; None when it cannot be."""
    tool = _lrelease()
    if tool is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.with_suffix(".qm").name
    try:
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True, timeout=60,
                       capture_output=True)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        return None
    return target if target.exists() else None


def catalogue_folder() -> Path:
    """Where the compiled Welsh catalogue is: beside its source, as the
    set-up and the bundle build leave it; or, when that is missing or older
    than the source (a checkout nobody set up, an edited catalogue), compiled
    once into the user's data folder."""
    folder = translations_dir()
    source, compiled = folder / f"{CATALOGUE}.ts", folder / f"{CATALOGUE}.qm"
    if not source.exists() or (compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime):
        return folder
    cache = user_data_dir() / "translations"
    cached = cache / compiled.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cache
    return cache if compile_catalogue(source, cache) else folder


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """``en`` or ``cy``: the setting, or for ``system`` the computer's language."""
    if setting in (ENGLISH, WELSH):
        return setting
    locale = system if system is not None else QLocale.system()
    return WELSH if locale.language() == QLocale.Language.Welsh else ENGLISH


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, setting: str, folder: Path | None = None) -> str:
    """Install the translators for ``setting`` (replacing any installed
    before) and return the language the window now speaks. A missing or
    unreadable catalogue leaves the window in English: it still works."""
    global _speaking
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _speaking = ENGLISH
    language = chosen_language(setting)
    if language == ENGLISH:
        return ENGLISH
    folder = folder or catalogue_folder()
    ours = QTranslator(app)
    if not ours.load(CATALOGUE, str(folder)):
        log.warning("no Welsh catalogue (%s.qm) in %s: the window stays in English", CATALOGUE, folder)
        return ENGLISH
    # Qt's own words (Cancel, Yes, No in standard dialogs), where Qt ships them.
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    app.installTranslator(ours)
    _installed.append(ours)
    _speaking = language
    return language
