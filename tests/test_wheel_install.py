"""The wheel carries everything the program reads at run time: built from a
copy of the checkout, installed into a fresh virtual environment, run from a
folder away from the checkout, `demo` and `check` succeed.

What `pip install .`, pipx or a packager do. An editable install (the one the
suite runs from) reads the data folders in the checkout, so only a real wheel
shows whether resources/, db/ and ui/ ship with it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (f"exit {result.returncode}: {' '.join(map(str, args))}\n"
                                    f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}")
    return result


def _copy_tracked_files(target: Path) -> None:
    """The files git tracks, as they are in the working tree: building in a
    copy leaves no build/ or egg-info in the checkout."""
    names = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, names.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def _build_wheel(source: Path, out: Path) -> Path:
    # Isolated, as pip does for a user: the build back-end comes from the
    # index or pip's cache, not from whatever the test environment holds.
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source], cwd=source)
    (wheel,) = out.glob("safeguard_desktop-*.whl")
    return wheel


def _venv_with_our_dependencies(venv: Path) -> Path:
    """A fresh venv that sees the test environment's packages (the program's
    dependencies) through a .pth line, but not its editable install of the
    program: .pth files inside that folder are not run."""
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv.parent)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=venv.parent)
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site.stdout.strip()) / "test_environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    return python


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_an_installed_wheel_runs_demo_and_check_away_from_the_checkout(tmp_path: Path) -> None:
    source = tmp_path / "source"
    _copy_tracked_files(source)
    wheel = _build_wheel(source, tmp_path / "wheel")

    python = _venv_with_our_dependencies(tmp_path / "venv")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", wheel],
         cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, SAFEGUARD_DESKTOP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)

    where = _run([python, "-c", "import safeguard_desktop; print(safeguard_desktop.__file__)"], elsewhere, env)
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / "venv"), "the program imported is not the wheel's"

    program = python.parent / "safeguard-desktop"
    workspace = elsewhere / "demo.sqlite"
    _run([program, "demo", workspace], elsewhere, env)
    assert workspace.is_file()
    _run([program, "check", workspace], elsewhere, env)
