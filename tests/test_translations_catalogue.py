"""The Welsh catalogue is complete and compiles (issue 13, Welsh interface).

A fresh ``pyside6-lupdate`` over views/, merged into a copy of the kept
catalogue, must leave no message unfinished: a word added to the window
without its Welsh fails here, naming it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "ui" / "translations" / "safeguard_cy.ts"
VIEWS = ROOT / "safeguard_desktop" / "views"
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|%\d")


def lupdate(ts: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted(VIEWS.rglob("*.py"))]
    subprocess.run([str(tool), *sources, "-target-language", "cy_GB", "-locations", "none", "-no-obsolete",
                    "-ts", str(ts)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> ET.ElementTree:
    ts = tmp_path_factory.mktemp("ts") / CATALOGUE.name
    shutil.copy(CATALOGUE, ts)
    lupdate(ts)
    return ET.parse(ts)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_word_the_window_shows_has_its_welsh(fresh) -> None:
    unfinished = []
    for context, message in _messages(fresh):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
            unfinished.append(f"{context}: {message.findtext('source')!r}")
    assert unfinished == [], (f"{len(unfinished)} words have no Welsh in {CATALOGUE.relative_to(ROOT)} "
                              "(docs/WELSH.md says how to add it):\n" + "\n".join(unfinished))


def test_the_welsh_keeps_every_placeholder(fresh) -> None:
    """{name}, %n and %1 are filled in at run time: a translation that
    drops or renames one loses the name, or the program's format() fails."""
    broken = []
    for context, message in _messages(fresh):
        source = message.findtext("source")
        translation = message.find("translation")
        for form in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form or "")):
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert broken == []


def test_the_catalogue_compiles_and_speaks_welsh(qapp, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from safeguard_desktop.views.i18n import compile_catalogue

    compiled = compile_catalogue(CATALOGUE, tmp_path)
    assert compiled is not None and compiled.stat().st_size > 0
    app = qapp
    translator = QTranslator()
    assert translator.load(str(compiled))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
        assert QCoreApplication.translate("Words", "Apologies") == "Ymddiheuriadau"
        # Welsh counts keep the noun singular after a number: "3 cam gweithredu".
        assert QCoreApplication.translate("ActionLogPage", "%n action(s)", None, 3) == "3 cam gweithredu"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
