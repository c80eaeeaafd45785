"""Fuzzing the importer: mutated and truncated workbooks, Word documents and
CSV files (seeded, so every failure can be reproduced). Each must end in a
clear ``ImportFileError`` with nothing written, or a sound import; never a
crash or a hang; and the workspace's check passes after each file."""

from __future__ import annotations

import random
import shutil
import signal
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pytest
from fixtures import CSV_ROWS, build_csv, build_document, build_workbook
from sqlalchemy import func, select

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.imports.safe_open import ImportFileError
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, AuditEntry
from safeguard_desktop.store.workspace import Workspace, create_workspace, open_workspace

SEED = 20240607
FILES = 1_500
PER_FILE_SECONDS = 10.0
# A fresh copy of an empty workspace every so often keeps the audit chain,
# which ``check`` walks in full, short enough to check after every file.
FILES_PER_WORKSPACE = 50
_NASTY = ["<", ">", "&", '"', "'", "\x00", "\uffff", "]]>", "<!--", "&lol;", "9" * 30, "-1", "\n", ",", ";"]


class Hang(BaseException):
    """A file took too long. A BaseException so that no ``except Exception``
    on the way (the import boundary included) can mistake it for a bad file."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """SIGALRM for this block, putting back whatever timer was running
    before (pytest-timeout's, for one)."""
    def expired(signum: int, frame: object) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, expired)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


def _mutate_text(rng: random.Random, text: str) -> str:
    if not text:
        return text
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text) + 1)
        span = rng.randint(1, 40)
        choice = rng.random()
        if choice < 0.3:
            text = text[:at] + text[at + span:]  # cut
        elif choice < 0.55:
            text = text[:at] + rng.choice(_NASTY) + text[at:]  # insert something an XML parser chokes on
        elif choice < 0.8:
            piece = text[at:at + span]
            text = text[:at] + piece * rng.randint(2, 5) + text[at:]  # repeat (duplicate rows, cells, tags)
        else:
            text = text[:at] + "".join(rng.choice("0123456789abcABC:\"= ") for _ in range(span)) + text[at + span:]
    return text


def mutate_package(rng: random.Random, data: bytes, work: Path) -> bytes:
    """Change the XML of one part and zip it again: damage a parser meets
    after the zip itself has checked out."""
    source = work / "mutating.zip"
    source.write_bytes(data)
    with zipfile.ZipFile(source) as package:
        members = [(info.filename, package.read(info)) for info in package.infolist()]
    weights = [8 if name.endswith(("sheet1.xml", "document.xml", "sharedStrings.xml", "styles.xml")) else 1
               for name, _ in members]
    victim = rng.choices(range(len(members)), weights)[0]
    target = work / "mutated.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for index, (name, content) in enumerate(members):
            if index == victim:
                content = _mutate_text(rng, content.decode("utf-8", "replace")).encode("utf-8", "surrogatepass")
            package.writestr(name, content)
    return target.read_bytes()


def mutate_bytes(rng: random.Random, data: bytes, work: Path) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    return bytes(damaged)


def truncate(rng: random.Random, data: bytes, work: Path) -> bytes:
    return data[: rng.randrange(len(data))]


def mutate_csv(rng: random.Random, data: bytes, work: Path) -> bytes:
    text = data.decode("cp1252")
    mutated = _mutate_text(rng, text)
    return mutated.encode(rng.choice(["cp1252", "utf-8", "utf-8-sig", "utf-16"]), "replace")


Mutation = Callable[[random.Random, bytes, Path], bytes]
STRATEGIES: dict[str, tuple[Mutation, ...]] = {
    ".xlsx": (mutate_package, mutate_package, mutate_bytes, truncate),
    ".docx": (mutate_package, mutate_package, mutate_bytes, truncate),
    ".csv": (mutate_csv, mutate_bytes, truncate),
}


def _seeds(folder: Path) -> list[Path]:
    build_workbook(folder / "seed.xlsx")
    build_document(folder / "seed.docx")
    build_csv(folder / "seed.csv", CSV_ROWS, "cp1252")
    return [folder / "seed.xlsx", folder / "seed.docx", folder / "seed.csv"]


def _audit_count(ws: Workspace) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))) or 0)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # 1,500 imports, each checked: over the suite's 600 s on a busy machine
def test_fuzzed_files_end_in_a_clear_error_or_a_sound_import(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seeds = _seeds(tmp_path)
    template = tmp_path / "template.sqlite"
    create_workspace(template, board_name="Fuzz board").close()
    outcomes = {"refused": 0, "imported": 0}
    ws: Workspace | None = None
    started = time.monotonic()
    try:
        for number in range(FILES):
            if number % FILES_PER_WORKSPACE == 0:
                if ws is not None:
                    ws.close()
                current = tmp_path / f"fuzz-{number}.sqlite"
                shutil.copy(template, current)
                ws = open_workspace(current, backup_on_open=False)
            seed = seeds[number % len(seeds)]
            mutation = rng.choice(STRATEGIES[seed.suffix])
            path = tmp_path / f"fuzzed{seed.suffix}"
            path.write_bytes(mutation(rng, seed.read_bytes(), tmp_path))
            where = f"file {number} ({seed.name}, {mutation.__name__}, seed {SEED})"
            audit_before = _audit_count(ws)
            try:
                with time_limit(PER_FILE_SECONDS):
                    preview = preview_import(path)
                    result = import_plan(ws, preview, f"Fuzzed {number}")
            except Hang:
                pytest.fail(f"{where}: no answer within {PER_FILE_SECONDS} s")
            except ImportFileError as refused:
                message = str(refused)
                assert message and "\n" not in message and path.name in message, where
                assert _audit_count(ws) == audit_before, f"{where}: refused but wrote to the workspace"
                outcomes["refused"] += 1
            else:
                non_empty = [row for row in preview.book.rows if not row.is_empty()]
                assert len(result.report["rows"]) == len(non_empty), where
                with ws.session() as s:
                    stored = s.scalar(select(func.count(Action.id)).where(Action.plan_id == result.plan_id))
                assert stored == result.counts["action"] == len(result.action_ids), where
                outcomes["imported"] += 1
            problems = check_workspace(ws.path)
            assert problems == [], f"{where}: {problems}"
    finally:
        if ws is not None:
            ws.close()
    elapsed = time.monotonic() - started
    print(f"fuzz: {FILES} files in {elapsed:.0f} s: {outcomes}")
    assert outcomes["refused"] > 0 and outcomes["imported"] > 0
