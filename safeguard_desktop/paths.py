"""Where things live on disk, in one place (STYLE.md, 7).

``SAFEGUARD_DESKTOP_HOME`` moves every per-user folder (backups, logs,
settings) under one directory: tests and the demo use it so that they never
touch the real user's data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

import platformdirs

from safeguard_desktop import APP_NAME

HOME_ENV = "SAFEGUARD_DESKTOP_HOME"


def _user_dir(name: str, platform_dir: Callable[..., str]) -> Path:
    override = os.environ.get(HOME_ENV)
    base = Path(override) / name if override else Path(platform_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def user_data_dir() -> Path:
    return _user_dir("data", platformdirs.user_data_dir)


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    return _user_dir("logs", platformdirs.user_log_dir)


def settings_dir() -> Path:
    return _user_dir("settings", platformdirs.user_config_dir)


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir())


def _bundle_root() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; from a checkout they
    # sit at the top of the repository.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "db"


def ui_dir() -> Path:
    return _bundle_root() / "ui"
