"""installers/setup.sh asks for Debian's libpython3.X when the venv's Python
is Debian's own and has no shared library (issue 13: the bundle test failed
on a bare bookworm, PyInstaller finding no libpython3.11.so.1.0).

The script's ``libpython_package`` is run against stand-in interpreters that
report what Debian's python3 reports, with the library there or not.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parents[1] / "installers" / "setup.sh"


def _function() -> str:
    found = re.search(r"^libpython_package\(\) \{.*?^\}\n", SETUP.read_text(encoding="utf-8"), re.M | re.S)
    assert found, "installers/setup.sh has no libpython_package function"
    return found.group(0)


def _stand_in(tmp_path: Path, *, base_prefix: str, libdir: Path) -> Path:
    """A Python that says it is installed under ``base_prefix`` with its shared library in ``libdir``."""
    script = tmp_path / f"python-{base_prefix.strip('/').replace('/', '-') or 'root'}"
    patch = (f"import sys, sysconfig; sys.base_prefix = {base_prefix!r}; v = sysconfig.get_config_vars(); "
             f"v['INSTSONAME'] = 'libpython-test.so.1.0'; v['LIBDIR'] = {str(libdir)!r}; exec(sys.stdin.read())")
    script.write_text(f"#!/bin/sh\nexec {sys.executable} -c \"{patch}\"\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def _package_for(python: Path) -> str:
    done = subprocess.run(["bash", "-c", f"{_function()}\nlibpython_package {python}"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="setup.sh is for Debian")
def test_debians_python_without_its_shared_library_gets_the_package(tmp_path: Path) -> None:
    wanted = f"libpython{sys.version_info[0]}.{sys.version_info[1]}"
    assert _package_for(_stand_in(tmp_path, base_prefix="/usr", libdir=tmp_path)) == wanted


@pytest.mark.skipif(sys.platform == "win32", reason="setup.sh is for Debian")
def test_nothing_is_asked_for_when_the_library_is_there_or_the_python_is_not_debians(tmp_path: Path) -> None:
    assert _package_for(_stand_in(tmp_path, base_prefix="/opt/pyenv/3.11", libdir=tmp_path)) == ""
    (tmp_path / "libpython-test.so.1.0").write_bytes(b"")
    assert _package_for(_stand_in(tmp_path, base_prefix="/usr", libdir=tmp_path)) == ""
