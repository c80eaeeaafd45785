"""What File › Print gives a secretariat is the PDF paper: printed minutes
end with the chair's signature block, as the Word minutes do, so the copy
the chair signs at the next meeting has room for it; an agenda has a PDF
(and so can be printed) with the same columns as its Word paper."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.store.queries.meeting_documents import find_meeting
from safeguard_desktop.store.workspace import open_workspace


def _pdf_text(demo_path: Path, out: Path, what: str, day: str, public: bool = False) -> str:
    with open_workspace(demo_path, backup_on_open=False) as ws:
        meeting = find_meeting(ws, date.fromisoformat(day))
        export(ws, ExportRequest(what, "pdf", meeting_id=meeting, public=public), out)
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_printed_minutes_end_with_the_chairs_signature_block(demo_path: Path, tmp_path: Path) -> None:
    text = _pdf_text(demo_path, tmp_path / "minutes.pdf", "minutes", "2017-03-02")
    tail = text[text.index("Signed as a true record"):]
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    assert lines[1] == "Chair: Bethan Dirgel"
    assert lines[2].startswith("Signature: ___") and lines[3].startswith("Date: ___")


def test_an_agenda_has_a_pdf_to_print_and_its_public_one_leaves_out_the_closed_item(demo_path: Path,
                                                                                     tmp_path: Path) -> None:
    from safeguard_desktop.exports.kinds import SUPPORTED

    assert "pdf" in SUPPORTED["agenda"]  # so the Print dialog offers it
    full = _pdf_text(demo_path, tmp_path / "agenda.pdf", "agenda", "2017-03-02")
    assert "Agenda: Children and Young People Select Committee" in full
    for heading in ("Item", "Title", "Presented by", "Purpose"):
        assert heading in full
    assert "Declarations of interest" in full and "Exempt item" in full
    public = _pdf_text(demo_path, tmp_path / "public.pdf", "agenda", "2017-03-02", public=True)
    assert "Declarations of interest" in public and "Exempt item" not in public
    assert "1 confidential item was withheld" in public
