"""The PyInstaller bundle builds and runs: version, demo workspace, check.

Builds with installers/build.sh into a temporary folder (about a minute),
then runs the bundled executable offscreen with its own home folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeguard_desktop import __version__

REPO = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO / "installers" / "build.sh"


def _pyinstaller() -> str:
    # The one next to the interpreter running the tests, so that the bundle
    # is built from the same environment.
    candidate = Path(sys.executable).parent / "pyinstaller"
    return str(candidate) if candidate.exists() else str(REPO / ".venv" / "bin" / "pyinstaller")


def _run(args: list[str], env: dict[str, str], timeout: float, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def _explain(result: subprocess.CompletedProcess[str]) -> str:
    return (f"exit {result.returncode}: {' '.join(map(str, result.args))}\n"
            f"--- stdout (tail) ---\n{result.stdout[-4000:]}\n--- stderr (tail) ---\n{result.stderr[-4000:]}")


@pytest.mark.slow
@pytest.mark.xdist_group("bundle")
@pytest.mark.timeout(1500)
@pytest.mark.skipif(sys.platform == "win32", reason="build.sh is a bash script; Windows builds use the .iss notes")
def test_bundle_builds_and_runs(tmp_path: Path) -> None:
    out = tmp_path / "installer"
    build_env = dict(os.environ, OUT=str(out), PYINSTALLER=_pyinstaller())
    build = _run(["bash", str(BUILD_SCRIPT)], build_env, timeout=900, cwd=REPO)
    assert build.returncode == 0, _explain(build)

    bundle = out / "dist" / "safeguard-desktop"
    exe = bundle / "safeguard-desktop"
    assert exe.is_file(), f"no executable in {bundle}"
    for folder in ("resources", "db", "ui"):
        assert (bundle / "_internal" / folder).is_dir(), f"data folder {folder}/ missing from the bundle"
    assert any((bundle / "_internal" / "db" / "versions").glob("*.py")), "Alembic versions missing from the bundle"

    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, SAFEGUARD_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # The bundle must not lean on the checkout or the virtualenv (it runs
    # from tmp_path, away from the checkout, too).
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)

    version = _run([str(exe), "--version"], env, timeout=120, cwd=tmp_path)
    assert version.returncode == 0, _explain(version)
    assert __version__ in version.stdout, _explain(version)

    workspace = tmp_path / "w.sqlite"
    demo = _run([str(exe), "demo", str(workspace)], env, timeout=300, cwd=tmp_path)
    assert demo.returncode == 0, _explain(demo)
    assert workspace.is_file()

    check = _run([str(exe), "check", str(workspace)], env, timeout=300, cwd=tmp_path)
    assert check.returncode == 0, _explain(check)
