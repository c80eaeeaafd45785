"""Import limits benchmark: how long, and how much memory, refusing a file
over the limits takes (counted while the file streams by, before any parser
builds a cell), and how much an import just within them costs.

    python benchmarks/import_limits.py

Cases (issue 12, hole 10): workbooks of 2.9 and 5.9 million cells (13 and
27 MB here; the reported ones were 20 and 40 MB), one of 600,000 short
cells (refused by the count, not the text limit), a CSV of 100,000 data
lines plus its heading and one of 31 MB of Welsh text, and a workbook (at
the cell and text limits at once) and two CSVs (at the line limit, and of
Welsh text at the size limit) just within the limits. Each file is previewed in a child
process, which reports its own peak resident memory. Prints one line per
file, then one JSON object with ``*_s`` (seconds, program start included),
``*_import_s`` (the preview alone), ``*_cpu_s`` (processor seconds of the
child: fairer than wall time on a shared, loaded machine) and ``*_mb``
(peak resident megabytes). Targets: refused in under 5 s and 300 MB;
within the limits, under 500 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from safeguard_desktop.imports.csv_reader import MAX_RECORDS
from safeguard_desktop.imports.safe_open import MAX_CELLS, MAX_CSV_BYTES, MAX_SHEET_XML_BYTES

_START = "import safeguard_desktop.imports.plan_import"

_CHILD = """
import resource, sys, time
from pathlib import Path
from safeguard_desktop.imports.plan_import import preview_import
from safeguard_desktop.imports.safe_open import ImportFileError
started = time.perf_counter()
try:
    preview_import(Path(sys.argv[1]))
    outcome = "accepted"
except ImportFileError as exc:
    outcome = "refused: " + str(exc)[:70]
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"{seconds:.2f} {usage.ru_maxrss / 1024:.0f} {usage.ru_utime + usage.ru_stime:.2f}", outcome)
"""

_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_ROOT_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


_HEADINGS = ("No.", "What do we want to achieve?", "How will we do it?", "Who will lead?", "By when?",
             "RAG", "Progress", "Evidence", "Outcome", "Notes")


def big_workbook(path: Path, rows: int, columns: int = 10, numbers: bool = False, padding: int = 0) -> Path:
    """A workbook of ``rows`` x ``columns`` numbered text cells (or numbers
    that compress little, like the reported 20 MB of 2.9 million cells),
    written as XML directly (openpyxl would take minutes to write millions
    of cells)."""
    letters = [chr(65 + c) for c in range(columns)]
    words = (" in practice" * (padding // 12 + 1))[:padding]  # longer text in every cell
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/workbook.xml", _WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><sheetData>')
            if not numbers:  # a plan's headings, so the import reads on past them as it would a plan
                cells = "".join(f'<c r="{letter}1" t="inlineStr"><is><t>{heading}</t></is></c>'
                                for letter, heading in zip(letters, _HEADINGS))
                sheet.write(f'<row r="1">{cells}</row>'.encode())
            for r in range(1 if numbers else 2, rows + 1):
                if numbers:
                    # No cell reference ("r" is optional): the reported files fitted in the unpacked limit
                    cells = "".join(f'<c><v>{(r * 7919 + n * 104_729) % 1_000_003 / 97:.3f}</v></c>'
                                    for n in range(columns))
                else:
                    cells = "".join(f'<c r="{letter}{r}" t="inlineStr"><is><t>Action {r * 7919 % 100_003} '
                                    f'{letter}{words}</t></is></c>' for letter in letters)
                sheet.write(f'<row r="{r}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("No.,What do we want to achieve?,How will we do it?,Who will lead?\n")
        for r in range(rows):
            out.write(f"1.{r},Outcome {r * 7919 % 100_003},Audit practice in locality {r % 97},Lead {r % 13}\n")
    return path


def wordy_csv(path: Path, size: int) -> Path:
    """A CSV of long Welsh text (a letter above U+00FF makes Python keep
    two bytes a character) until it is ``size`` bytes."""
    words = ("Ymarfer archwilio yn yr ardal gyda phartneriaid ac adolygu canlyniadau dŵr " * 6)[:375]
    with path.open("w", encoding="utf-8") as out:
        out.write("No.,What do we want to achieve?,How will we do it?,Who will lead?\n")
        r = 0
        while out.tell() < size - 1200:
            out.write(f"1.{r},{words} {r},{words} {r % 97},{words} {r % 13}\n")
            r += 1
    return path


def measure(path: Path) -> tuple[float, float, float, float, str]:
    """Seconds from start to answer (program start included), seconds in
    the import itself, peak megabytes, processor seconds of the whole child
    (a fairer figure than wall time on a shared, loaded machine), and the
    answer."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    inside, peak_mb, cpu, outcome = done.stdout.strip().split(" ", 3)
    return seconds, float(inside), float(peak_mb), float(cpu), outcome


def main() -> None:
    figures: dict[str, float] = {}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _START], check=True)
    figures["program_start_s"] = round(time.perf_counter() - started, 2)
    print(f"program start (Python and the import modules, no file): {figures['program_start_s']:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        cells_fit = (MAX_CELLS - 10) // 10
        # At both limits at once: as many cells as allowed, each with as much text as the XML limit leaves.
        padding = max(int(MAX_SHEET_XML_BYTES * 0.95 / MAX_CELLS) - 58, 0)
        cases = {
            "xlsx_2_9m_cells": lambda: big_workbook(here / "over.xlsx", rows=290_000, numbers=True),
            "xlsx_5_9m_cells": lambda: big_workbook(here / "over.xlsx", rows=590_000, numbers=True),
            # Short numbers: under the text limit, so refused by counting cells as the sheet streams by.
            "xlsx_600k_short_cells": lambda: big_workbook(here / "over.xlsx", rows=60_000, numbers=True),
            "csv_100k_lines": lambda: big_csv(here / "over.csv", rows=100_000),
            "csv_31mb_text": lambda: wordy_csv(here / "over.csv", MAX_CSV_BYTES + 1024 * 1024),
            "xlsx_within": lambda: big_workbook(here / "fits.xlsx", rows=cells_fit, padding=padding),
            "csv_within": lambda: big_csv(here / "fits.csv", rows=MAX_RECORDS - 1),
            "csv_within_text": lambda: wordy_csv(here / "fits.csv", MAX_CSV_BYTES),
        }
        for name, build in cases.items():
            path = build()
            seconds, inside, peak_mb, cpu, outcome = measure(path)
            size_mb = path.stat().st_size / 1024 / 1024
            print(f"{name}: {size_mb:.0f} MB file, {seconds:.1f} s ({inside:.1f} s importing), "
                  f"{cpu:.1f} s of processor, peak {peak_mb:.0f} MB: {outcome}")
            figures[f"{name}_s"] = round(seconds, 2)
            figures[f"{name}_import_s"] = round(inside, 2)
            figures[f"{name}_cpu_s"] = round(cpu, 2)
            figures[f"{name}_mb"] = round(peak_mb)
            path.unlink()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
