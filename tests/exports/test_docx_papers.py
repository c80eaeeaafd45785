"""Word papers read back with python-docx: the demo's scrutiny minutes under
the committee's own headings, the marking on every page of every section,
the chair's signature block, a public version without the closed item, and
the action log as an editable table with its RAG words."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

import docx
import pytest

from safeguard_desktop.core.minutes_headings import PARTS
from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.store.ops.settings import set_minutes_headings
from safeguard_desktop.store.queries.meeting_documents import find_group, find_meeting
from safeguard_desktop.store.workspace import Workspace, open_workspace

SCRUTINY_DAY = "2017-03-02"
CLOSED_TITLE = "Exempt item: progress of a child practice review"


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Workspace]:
    with open_workspace(demo_path, backup_on_open=False) as ws:
        yield ws


def _minutes(ws: Workspace, out: Path, *, public: bool = False, marking: str = "OFFICIAL") -> docx.document.Document:
    meeting = find_meeting(ws, date.fromisoformat(SCRUTINY_DAY))
    export(ws, ExportRequest("minutes", "docx", meeting_id=meeting, public=public, marking=marking), out)
    return docx.Document(str(out))


def _texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_scrutiny_minutes_use_the_committees_own_headings_and_carry_the_marking_and_signature(
        demo: Workspace, tmp_path: Path) -> None:
    paper = _minutes(demo, tmp_path / "minutes.docx", marking="OFFICIAL-SENSITIVE")
    texts = _texts(paper)
    for heading in ("Context", "Key Issues", "Member Scrutiny", "Committee's Conclusion"):
        assert heading in texts
    assert "Conclusion or decision" not in texts  # the default word gave way to the committee's
    assert any(t.startswith("Members") or "scrutinise" in t for t in texts)
    for section in paper.sections:
        assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
        assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"
        assert "PAGE" in section.footer._element.xml and "NUMPAGES" in section.footer._element.xml
    start = texts.index("Signed as a true record")
    assert texts[start + 1].startswith("Chair: ") and texts[start + 1] != "Chair: "  # the chair is named
    assert texts[start + 2].startswith("Signature: ___") and texts[start + 3].startswith("Date: ___")
    assert any(CLOSED_TITLE in t for t in texts)  # the full paper has the closed item


def test_the_public_version_leaves_out_the_closed_item_and_says_so(demo: Workspace, tmp_path: Path) -> None:
    paper = _minutes(demo, tmp_path / "public.docx", public=True)
    body = "\n".join(_texts(paper)) + "\n".join(c.text for t in paper.tables for r in t.rows for c in r.cells)
    assert CLOSED_TITLE not in body
    assert "closed session" not in body
    assert "Public version: 1 confidential item was withheld from this paper." in body
    assert "Member Scrutiny" in body


def test_a_group_with_no_headings_of_its_own_gets_the_default_four_and_a_change_is_audited_and_used(
        demo: Workspace, tmp_path: Path) -> None:
    from safeguard_desktop.store.queries.meeting_documents import group_minutes_headings

    group = find_group(demo, "Children and Young People Select Committee")
    assert set_minutes_headings(demo, group, {"discussion": "Discussion", "decision": "Decision"}) is not None
    meeting = find_meeting(demo, date.fromisoformat(SCRUTINY_DAY))
    assert dict(group_minutes_headings(demo, meeting)) == {**dict(PARTS), "decision": "Decision"}
    texts = _texts(_minutes(demo, tmp_path / "after.docx"))
    assert "Decision" in texts and "Member Scrutiny" not in texts


def test_welsh_letters_and_hostile_text_survive_into_word(demo: Workspace, tmp_path: Path) -> None:
    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.ops.plans import set_action_fields

    with demo.session() as s:
        action_id = s.query(Action.id).filter(Action.meeting_id.is_not(None), Action.confidential.is_(False)).first()[0]
    set_action_fields(demo, [(action_id, "progress", "Dŵr a thŷ\x07=HYPERLINK(\"x\")")])
    out = tmp_path / "log.docx"
    result = export(demo, ExportRequest("action-log", "docx"), out)
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Dŵr a thŷ=HYPERLINK(\"x\")" in cells  # Welsh intact; the bell character removed, and said so
    assert any("control character" in note for note in result.notes)
    assert {"Red", "Amber", "Green"} & set(cells)  # RAG as words, never colour alone
