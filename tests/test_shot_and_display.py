"""`shot --size` renders at the size asked (a page that cannot shrink to it
would give a wider picture, which is the failure to see), the Meetings page
shot shows a meeting's register, and with no display the program says so
in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from safeguard_desktop.cli import main
from safeguard_desktop.views.main_window import PAGES


@pytest.mark.parametrize("page", [key for key, _ in PAGES])
def test_every_page_shoots_at_1280_by_720(tmp_path, demo_path, page):
    out = tmp_path / f"{page}.png"
    assert main(["shot", str(demo_path), str(out), "--page", page, "--size", "1280x720"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_a_bad_size_or_page_is_one_clear_line(tmp_path, demo_path, capsys):
    assert main(["shot", str(demo_path), str(tmp_path / "x.png"), "--size", "1280 by 720"]) == 2
    assert "--size: write it as WIDTHxHEIGHT, e.g. 1280x720" in capsys.readouterr().err
    assert main(["shot", str(demo_path), str(tmp_path / "x.png"), "--page", "nowhere"]) == 2
    err = capsys.readouterr().err
    assert "No page 'nowhere'" in err and "meetings" in err


def test_the_meetings_shot_shows_a_held_meetings_register(qtbot, demo_path):
    from safeguard_desktop.store.workspace import open_workspace
    from safeguard_desktop.views.main_window import MainWindow
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show_workspace(open_workspace(demo_path, read_only=True, backup_on_open=False))
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.prepare_shot()
    assert page.view.tabs.currentWidget() is page.view.register
    assert page.view.info is not None and page.view.info.status == "held"
    assert page.view.register.model.rowCount() > 0


def _start_window(tmp_path, **display):  # type: ignore[no-untyped-def]
    """The program started with only ``display`` of the display variables;
    it must fail in one plain line (exit 2), never Qt's abort: that line."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(display, SAFEGUARD_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "safeguard_desktop"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


def test_no_display_is_said_in_one_line(tmp_path):
    line = _start_window(tmp_path)
    assert "no display" in line and "shot" in line and "xvfb-run" in line
    assert not any(Path(tmp_path).glob("*.sqlite"))


def test_a_display_that_cannot_be_reached_is_said_in_one_line(tmp_path):
    # A stale DISPLAY (an ssh session without X forwarding, a closed VNC): Qt aborts with exit 134.
    line = _start_window(tmp_path, DISPLAY=":97")
    assert ":97" in line and "shot" in line and "xvfb-run" in line
