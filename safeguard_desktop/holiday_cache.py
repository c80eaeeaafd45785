"""Bank holidays remembered between runs, so that a start need not load
the ``holidays`` package.

Loading ``holidays`` builds every country's and every calendar's tables
(about 300 modules): a quarter of a second of CPU, while the "What is due"
page, the first page a workspace opens on, needs one nation's bank holidays
for a year or two to run its review clocks (docs/ARCHITECTURE.md,
"Start-up"). What the package says for a nation and year is kept in a small
JSON file in the per-user folder, named after the installed version of the
package, so an upgrade of ``holidays`` (a new bank holiday announced) is
read afresh: the answers are the package's own, never a list kept by hand.
Without the package's metadata (a bundle that does not carry it) nothing is
cached. A file that cannot be read or written is ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path

from safeguard_desktop.core import working_days
from safeguard_desktop.paths import user_data_dir


class CachedBankHolidays:
    """A source for ``working_days.use_source``: the cached answer, else the
    package's, which is then added to the cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: dict[str, list[list[str]]] | None = None

    def __call__(self, year: int, nation: str) -> dict[dt.date, str]:
        known = self._read()
        key = f"{nation}/{year}"
        try:
            return {dt.date.fromisoformat(day): str(name) for day, name in known[key]}
        except (KeyError, TypeError, ValueError):  # not asked before, or an entry that is not ours
            pass
        days = working_days.package_bank_holidays(year, nation)
        known[key] = [[day.isoformat(), name] for day, name in sorted(days.items())]
        self._write(known)
        return days

    def _read(self) -> dict[str, list[list[str]]]:
        if self._known is None:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                self._known = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._known = {}
        return self._known

    def _write(self, known: dict[str, list[list[str]]]) -> None:
        # Whole or not at all (a rename), so another program starting at the same time reads a whole file.
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".bank-holidays-", suffix=".part")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(known, out, ensure_ascii=False)
            os.replace(temporary, self.path)
        except OSError:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def cache_path() -> Path | None:
    try:
        version = metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return None
    return user_data_dir() / f"bank-holidays-{version}.json"


def install() -> None:
    """Put the cache in front of the package for this process (nothing is
    read until a bank holiday is first asked for)."""
    path = cache_path()
    if path is not None:
        working_days.use_source(CachedBankHolidays(path))
