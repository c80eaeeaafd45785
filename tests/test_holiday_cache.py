"""Bank holidays come from the ``holidays`` package once per version of it,
then from a small file in the per-user folder: a start whose first page runs
review clocks need not load the package's 300 modules (issue 13)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeguard_desktop import holiday_cache
from safeguard_desktop.core import working_days

# A fresh interpreter puts the cache in place as cli.main does, asks for England's 2026 bank
# holidays and the working day 20 days after 1 May, and says whether the package was loaded.
PROBE = """
import json, sys, datetime as dt
from safeguard_desktop import holiday_cache
from safeguard_desktop.core.working_days import add_working_days, bank_holidays
holiday_cache.install()
days = {d.isoformat(): n for d, n in bank_holidays(2026).items()}
print(json.dumps({"days": days, "due": add_working_days(dt.date(2026, 5, 1), 20).isoformat(),
                  "package_loaded": "holidays" in sys.modules}))
"""


def _probe() -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ), stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def package_answer() -> dict[str, str]:
    return {d.isoformat(): n for d, n in sorted(working_days.package_bank_holidays(2026, "england").items())}


def test_the_second_start_reads_the_package_s_answer_without_loading_it(user_home: Path,
                                                                         package_answer: dict[str, str]) -> None:
    first = _probe()
    assert first["package_loaded"] is True  # nothing remembered yet: the package answers
    assert first["days"] == package_answer
    cached = list(user_home.rglob("bank-holidays-*.json"))
    assert len(cached) == 1, "the answer was not kept in the per-user folder"

    second = _probe()
    assert second["package_loaded"] is False
    assert second["days"] == package_answer and second["due"] == first["due"] == "2026-06-02"  # past both May bank holidays


def test_a_damaged_or_foreign_cache_is_answered_by_the_package_and_rewritten(tmp_path: Path,
                                                                             package_answer: dict[str, str]) -> None:
    path = tmp_path / "bank-holidays-test.json"
    for content in ("{not json", json.dumps([1, 2]), json.dumps({"england/2026": [["31 May", 5]]})):
        path.write_text(content, encoding="utf-8")
        source = holiday_cache.CachedBankHolidays(path)
        assert {d.isoformat(): n for d, n in sorted(source(2026, "england").items())} == package_answer
        assert json.loads(path.read_text(encoding="utf-8"))["england/2026"] == [list(i) for i in package_answer.items()]


def test_an_unwritable_cache_folder_still_answers(tmp_path: Path, package_answer: dict[str, str]) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    source = holiday_cache.CachedBankHolidays(blocker / "bank-holidays-test.json")
    assert {d.isoformat(): n for d, n in sorted(source(2026, "england").items())} == package_answer
    assert source(2026, "england")[dt.date(2026, 12, 25)] == "Christmas Day"


def test_the_cache_is_named_after_the_installed_package_version(user_home: Path) -> None:
    from importlib import metadata

    path = holiday_cache.cache_path()
    assert path is not None and path.name == f"bank-holidays-{metadata.version('holidays')}.json"
    assert user_home in path.parents


def test_every_command_starts_with_the_cache_in_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from safeguard_desktop import cli

    calls: list[str] = []
    monkeypatch.setattr(holiday_cache, "install", lambda: calls.append("installed"))
    cli.main(["check", str(tmp_path / "none.sqlite")])
    assert calls == ["installed"]
