"""Import limits benchmark: how long, and how much memory, refusing a
workbook over the cell limit and a CSV over the line limit takes, counted
while the file streams by (before any parser builds a cell).

    python benchmarks/import_limits.py

Each file is checked in a child process so its peak memory is its own.
Prints one line per file, then one JSON object with ``*_s`` (seconds) and
``*_mb`` (peak resident megabytes). Targets: refused in under 5 s and 300 MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

_CHILD = """
import sys, time
from pathlib import Path
from safeguard_desktop.imports.plan_import import preview_import
from safeguard_desktop.imports.safe_open import ImportFileError
started = time.perf_counter()
try:
    preview_import(Path(sys.argv[1]))
    outcome = "accepted"
except ImportFileError as exc:
    outcome = "refused: " + str(exc)[:70]
print(f"{time.perf_counter() - started:.2f}", outcome)
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


def big_workbook(path: Path, rows: int, columns: int = 10) -> Path:
    """A workbook of ``rows`` x ``columns`` numbered text cells, written as
    XML directly (openpyxl would take minutes to write millions of cells)."""
    letters = [chr(65 + c) for c in range(columns)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/workbook.xml", _WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><sheetData>')
            for r in range(1, rows + 1):
                cells = "".join(f'<c r="{letter}{r}" t="inlineStr"><is><t>Action {r * 7919 % 100_003} '
                                f'{letter}</t></is></c>' for letter in letters)
                sheet.write(f'<row r="{r}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("No.,What do we want to achieve?,How will we do it?,Who will lead?\n")
        for r in range(rows):
            out.write(f"1.{r},Outcome {r * 7919 % 100_003},Audit practice in locality {r % 97},Lead {r % 13}\n")
    return path


def measure(path: Path) -> tuple[float, float, float, str]:
    """Seconds from start to answer (program start included), seconds in
    the import itself, peak megabytes, and the answer."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    inside, _, outcome = done.stdout.strip().partition(" ")
    return seconds, float(inside), peak_mb, outcome


def main() -> None:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        cases = {
            "xlsx_3_1m_cells": lambda: big_workbook(Path(folder) / "over.xlsx", rows=310_000),
            "csv_150k_lines": lambda: big_csv(Path(folder) / "over.csv", rows=150_000),
        }
        for name, build in cases.items():
            path = build()
            seconds, inside, peak_mb, outcome = measure(path)
            size_mb = path.stat().st_size / 1024 / 1024
            print(f"{name}: {size_mb:.0f} MB file, {seconds:.1f} s ({inside:.1f} s importing), "
                  f"peak {peak_mb:.0f} MB: {outcome}")
            figures[f"{name}_s"] = round(seconds, 2)
            figures[f"{name}_import_s"] = round(inside, 2)
            figures[f"{name}_mb"] = round(peak_mb)
            path.unlink()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
