"""The command line: clear one-line errors, exit codes, and the commands of issue 3."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from safeguard_desktop import __version__
from safeguard_desktop.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "safeguard_desktop", *args], capture_output=True, text=True,
                          timeout=300)


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"safeguard-desktop {__version__}"


def test_demo_then_check_passes_and_demo_refuses_to_overwrite(tmp_path):
    path = tmp_path / "w.sqlite"
    built = _run("demo", str(path))
    assert built.returncode == 0, built.stderr
    checked = _run("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "OK" in checked.stdout
    before = path.read_bytes()
    again = _run("demo", str(path))
    assert again.returncode != 0
    assert "already exists" in again.stderr
    assert "Traceback" not in again.stderr
    assert path.read_bytes() == before


def test_check_exits_non_zero_on_a_foreign_file_with_one_clear_line(tmp_path, capsys):
    other = tmp_path / "notes.sqlite"
    other.write_text("minutes of the last meeting")
    assert main(["check", str(other)]) == 1
    err = capsys.readouterr().err
    assert "not a safeguard-desktop workspace" in err


def test_user_errors_print_one_line_without_traceback(tmp_path):
    result = _run("open", str(tmp_path / "missing.sqlite"))
    # Refused before any window opens, so no display is needed.
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "There is no workspace at" in result.stderr


def test_backup_and_restore_commands(tmp_path, workspace, capsys):
    path = workspace.path
    workspace.close()
    assert main(["backup", str(path)]) == 0
    backup_line = capsys.readouterr().out
    backup = Path(backup_line.split("Backed up to ", 1)[1].strip())
    assert backup.exists()
    assert main(["restore", str(path)]) == 0
    assert str(backup) in capsys.readouterr().out
    assert main(["restore", str(path), str(backup)]) == 0
    assert "previous file was kept" in capsys.readouterr().out
    assert main(["check", str(path)]) == 0


def test_shot_renders_the_window_to_a_png(tmp_path, demo_path):
    out = tmp_path / "plans.png"
    assert main(["shot", str(demo_path), str(out), "--page", "plans"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)
