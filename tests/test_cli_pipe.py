"""`list` piped into a reader that stops early (`| head`) ends quietly, not
with "unexpected error ... This is a bug" (found on review of issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_list_into_a_closed_pipe_ends_without_calling_it_a_bug(demo_path):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone, as `head` has after its lines
    try:
        result = subprocess.run([sys.executable, "-m", "safeguard_desktop", "list", str(demo_path), "meetings"],
                                stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode != 0  # the listing did not all arrive
