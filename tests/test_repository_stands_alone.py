"""A maintainer who clones the project has only the repository: every note a
comment, docstring or document points at must be inside it (docs/), never in
a folder beside the checkout."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Notes that once lived outside the repository; inside it they live in docs/.
OUTSIDE_FOLDER = re.compile(r"\.\./shared")
BARE_NOTE = re.compile(r"(?<![\w/])(?:DOMAIN|PLATFORM|STYLE|DESIGN|SYNC)\.md")
DOCS_NOTE = re.compile(r"\bdocs/([A-Za-z_]+\.md)")
# A pointer with its section: docs/X.md, "Section" or docs/X.md ("Section"), wrapped over lines or not.
SECTION_POINTER = re.compile(r'\bdocs/([A-Za-z_]+\.md)(?:[,:]\s*|\s*\()"([^"]+)"')
# What a section is named by in a document: a heading (up to any parenthesis) or a bold label.
SECTION_NAME = re.compile(r"^#+\s*([^(\n]+?)\s*(?:\(.*)?$|\*\*([^*]+?)\.?\*\*", re.M)
OUTSIDE_NAMES = {"DOMAIN.md", "PLATFORM.md", "STYLE.md", "DESIGN.md", "SYNC.md"}


def _tracked_texts() -> list[tuple[str, str]]:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode().split("\0")
    texts = []
    for name in filter(None, names):
        path = ROOT / name
        if name == Path(__file__).relative_to(ROOT).as_posix() or not path.is_file():
            continue
        try:
            texts.append((name, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue  # fonts, images: no prose to point anywhere
    return texts


def _hits(pattern: re.Pattern[str]) -> list[str]:
    return [
        f"{name}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)}"
        for name, text in _tracked_texts()
        for m in pattern.finditer(text)
    ]


@pytest.fixture(scope="module")
def tracked() -> list[tuple[str, str]]:
    texts = _tracked_texts()
    assert len(texts) > 100, "git ls-files found too few files to judge"
    return texts


def test_nothing_points_outside_the_repository(tracked):
    assert _hits(OUTSIDE_FOLDER) == []


def test_design_notes_are_named_by_their_place_in_docs(tracked):
    assert _hits(BARE_NOTE) == []


def test_every_note_pointed_at_in_docs_exists(tracked):
    missing = sorted(
        {m.group(1) for _, text in tracked for m in DOCS_NOTE.finditer(text)}
        - {p.name for p in (ROOT / "docs").glob("*.md")}
    )
    assert missing == []


def test_no_document_in_docs_bears_the_name_of_a_note_outside_the_repository():
    # A pointer to docs/DOMAIN.md could not be told from one to the note of that name beside the checkout.
    assert sorted(p.name for p in (ROOT / "docs").glob("*.md") if p.name in OUTSIDE_NAMES) == []


def test_every_section_pointed_at_is_a_heading_of_its_document(tracked):
    # A heading "Power cuts: acknowledged means on disk" is named in full or by "Power cuts".
    sections = {p.name: {" ".join(name.split()) for m in SECTION_NAME.finditer(p.read_text(encoding="utf-8"))
                         for name in {m.group(1) or m.group(2), (m.group(1) or m.group(2)).split(":")[0]}}
                for p in (ROOT / "docs").glob("*.md")}
    wrong = sorted(f"{name}: {m.group(1)}, {m.group(2)!r}" for name, text in tracked
                   for m in SECTION_POINTER.finditer(text)
                   if " ".join(m.group(2).split()) not in sections.get(m.group(1), set()))
    assert wrong == []


def test_the_patterns_catch_what_they_are_for():
    assert BARE_NOTE.search("(STYLE.md, 8)")
    assert BARE_NOTE.search("DOMAIN.md's headings")
    assert not BARE_NOTE.search("see docs/DOMAIN.md")
    assert OUTSIDE_FOLDER.search("(`../shared/DESIGN.md`)")
    found = SECTION_POINTER.search('(docs/PLATFORM_FACTS.md, "SQLite: journals,\n    power cuts")')
    assert found is not None and found.groups() == ("PLATFORM_FACTS.md", "SQLite: journals,\n    power cuts")
