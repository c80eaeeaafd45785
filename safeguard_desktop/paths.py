"""Where things live on disk, in one place (docs/ARCHITECTURE.md, "Conventions").

``SAFEGUARD_DESKTOP_HOME`` moves every per-user folder (backups, logs,
settings) under one directory: tests and the demo use it so that they never
touch the real user's data.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Callable

import platformdirs

from safeguard_desktop import APP_NAME

HOME_ENV = "SAFEGUARD_DESKTOP_HOME"

# Safeguarding data is readable by its user alone, whatever the umask. On
# Windows the modes mean little; the per-user folders' own ACLs keep others out.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_folders(folder: Path) -> Path:
    """``folder`` and any missing parents; those made here are private,
    folders the user already had are left as they are."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        candidate.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        restrict(candidate, PRIVATE_FOLDER)
    return folder


def create_private_file(path: Path) -> None:
    """A new empty file only its user can read; refuses one that exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    restrict(path, PRIVATE_FILE)  # the umask can take bits away, never add them


def restrict(path: Path, mode: int) -> None:
    """Set ``mode`` where the file system keeps modes. A FAT stick or some
    shares refuse any change (EPERM): the file is still made, as it must be,
    and such a place is as private as its mount or share makes it."""
    if os.name == "nt":
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass


def private_folder(folder: Path) -> Path:
    """One of the program's own folders: made if missing, and private even
    if an earlier version made it readable by all."""
    make_folders(folder)
    if stat.S_IMODE(folder.stat().st_mode) != PRIVATE_FOLDER:
        restrict(folder, PRIVATE_FOLDER)
    return folder


def _user_dir(name: str, platform_dir: Callable[..., str]) -> Path:
    override = os.environ.get(HOME_ENV)
    base = Path(override) / name if override else Path(platform_dir(APP_NAME, appauthor=False))
    return private_folder(base)


def user_data_dir() -> Path:
    return _user_dir("data", platformdirs.user_data_dir)


def backups_dir() -> Path:
    return private_folder(user_data_dir() / "backups")


def log_dir() -> Path:
    return _user_dir("logs", platformdirs.user_log_dir)


def settings_dir() -> Path:
    return _user_dir("settings", platformdirs.user_config_dir)


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir())


def _data_folder(name: str) -> Path:
    """One of the data folders kept at the top of the repository
    (resources/, db/, ui/). PyInstaller unpacks them under sys._MEIPASS; an
    installed wheel has them inside the package as ``_<name>`` (setup.py
    maps them there); a checkout or an editable install reads them where
    they are."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    package = Path(__file__).resolve().parent
    installed = package / f"_{name}"
    return installed if installed.is_dir() else package.parent / name


def resources_dir() -> Path:
    return _data_folder("resources")


def migrations_dir() -> Path:
    return _data_folder("db")


def ui_dir() -> Path:
    return _data_folder("ui")
