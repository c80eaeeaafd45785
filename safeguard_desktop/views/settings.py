"""Settings, declared once with their type and default (docs/ARCHITECTURE.md, "Conventions").

Window and column geometry, recent files and preferences live in QSettings,
stored as an INI file in the per-user settings folder so tests (which move
that folder) never touch the real user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from safeguard_desktop.paths import settings_dir

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


LAST_WORKSPACE = Key[str]("workspace/last", "")
RECENT_WORKSPACES = Key[list]("workspace/recent", [])
BACKUP_MINUTES = Key[int]("backups/every_minutes", 15)
HIGH_CONTRAST = Key[bool]("view/high_contrast", False)
# The window's language: "system" (the computer's), "en" or "cy" (docs/WELSH.md).
LANGUAGE = Key[str]("view/language", "system")


class Settings:
    def __init__(self) -> None:
        self.qsettings = QSettings(str(settings_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        value = self.qsettings.value(key.name, key.default)
        default = key.default
        if isinstance(default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else default  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[return-value, arg-type]
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None or value == "":
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, (list, tuple)) else [value]  # type: ignore[return-value]
        return value  # type: ignore[return-value]

    def set(self, key: Key[T], value: T) -> None:
        self.qsettings.setValue(key.name, value)
        self.qsettings.sync()

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_WORKSPACES) if p != path]
        # Both in one write of the file: each sync rewrites it on every File › Open.
        self.qsettings.setValue(RECENT_WORKSPACES.name, [path, *recent][:MAX_RECENT])
        self.set(LAST_WORKSPACE, path)

    # Free-form values for views that persist their own state (column widths...).
    def value(self, name: str, default: object = None) -> object:
        return self.qsettings.value(name, default)

    def set_value(self, name: str, value: object) -> None:
        self.qsettings.setValue(name, value)
