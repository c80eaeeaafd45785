"""``encrypt`` / ``decrypt`` and every command on an encrypted workspace,
with the passphrase from SAFEGUARD_PASSPHRASE or typed at a terminal; never
in an argument, the output or the log (issue 12)."""

from __future__ import annotations

import getpass
import io
import sys
from pathlib import Path

import pytest
from encryption_fixtures import (  # noqa: F401  (the fixture is autouse)
    PASSPHRASE,
    SECRETS,
    leaks,
    no_keys_no_asker,
    plain_workspace,
)

from safeguard_desktop.cli import main
from safeguard_desktop.logs import log_file
from safeguard_desktop.store import encryption
from safeguard_desktop.store.backups import list_backups


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    encryption.forget_keys()  # as a new process would start
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.slow  # eight commands, each deriving the key anew as a new process would: ~14 s on a loaded machine
def test_encrypt_then_every_command_with_the_passphrase_from_the_environment(tmp_path, monkeypatch, capsys):
    plain = plain_workspace(tmp_path / "board.sqlite")
    monkeypatch.setenv("SAFEGUARD_PASSPHRASE", PASSPHRASE)
    code, said = _run(capsys, "encrypt", str(plain))
    encrypted = tmp_path / "board.encrypted.sqlite"
    assert code == 0 and str(encrypted) in said and "unchanged" in said and "backups" in said
    assert leaks(encrypted) == [] and plain.exists()
    assert _run(capsys, "encrypt", str(plain))[0] == 2  # the copy exists: never overwritten
    code, said = _run(capsys, "check", str(encrypted))
    assert code == 0 and "OK" in said
    code, said = _run(capsys, "list", str(encrypted), "reviews")
    assert code == 0 and SECRETS[2] in said
    paper = tmp_path / "reviews.csv"
    code, said = _run(capsys, "export", str(encrypted), "--what", "reviews", "--format", "csv", "-o", str(paper))
    assert code == 0 and SECRETS[2] in paper.read_text(encoding="utf-8-sig")  # a paper is plain, as asked
    code, said = _run(capsys, "backup", str(encrypted))
    assert code == 0 and [leaks(b.path) for b in list_backups(encrypted)] == [[]]
    code, said = _run(capsys, "restore", str(encrypted), str(list_backups(encrypted)[0].path))
    assert code == 0 and leaks(encrypted) == []
    code, said = _run(capsys, "decrypt", str(encrypted), "--output", str(tmp_path / "again.sqlite"))
    assert code == 0 and SECRETS[0].encode() in (tmp_path / "again.sqlite").read_bytes()
    assert _run(capsys, "check", str(tmp_path / "again.sqlite"))[0] == 0
    log = log_file()
    assert not log.exists() or PASSPHRASE not in log.read_text(encoding="utf-8", errors="replace")


def test_a_wrong_passphrase_in_the_environment_is_one_plain_line(tmp_path, monkeypatch, capsys):
    plain = plain_workspace(tmp_path / "board.sqlite")
    monkeypatch.setenv("SAFEGUARD_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "encrypt", str(plain), "--output", str(tmp_path / "enc.sqlite"))[0] == 0
    monkeypatch.setenv("SAFEGUARD_PASSPHRASE", "not the passphrase")
    code, said = _run(capsys, "check", str(tmp_path / "enc.sqlite"))
    assert code == 2 and "That passphrase does not open enc.sqlite" in said and "SAFEGUARD_PASSPHRASE" in said
    assert "not the passphrase" not in said and "Traceback" not in said


def test_without_a_terminal_or_the_variable_it_says_how_to_give_the_passphrase(tmp_path, monkeypatch, capsys):
    plain = plain_workspace(tmp_path / "board.sqlite")
    monkeypatch.setenv("SAFEGUARD_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "encrypt", str(plain), "--output", str(tmp_path / "enc.sqlite"))[0] == 0
    monkeypatch.delenv("SAFEGUARD_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, said = _run(capsys, "check", str(tmp_path / "enc.sqlite"))
    assert code == 2 and "no terminal" in said and "SAFEGUARD_PASSPHRASE" in said


def test_at_a_terminal_it_asks_without_echo_and_again_when_wrong(tmp_path, monkeypatch, capsys):
    plain = plain_workspace(tmp_path / "board.sqlite")
    monkeypatch.delenv("SAFEGUARD_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    typed = iter([PASSPHRASE, PASSPHRASE, "a wrong guess", PASSPHRASE])
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(typed))
    assert _run(capsys, "encrypt", str(plain), "--output", str(tmp_path / "enc.sqlite"))[0] == 0
    code, said = _run(capsys, "check", str(tmp_path / "enc.sqlite"))
    assert code == 0 and "That passphrase does not open enc.sqlite" in said
    assert len(prompts) == 4 and PASSPHRASE not in said
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "mismatch-" + prompt)
    code, said = _run(capsys, "encrypt", str(plain), "--output", str(tmp_path / "other.sqlite"))
    assert code == 2 and "differ" in said and not (tmp_path / "other.sqlite").exists()


def test_a_screenshot_of_an_encrypted_workspace_takes_the_passphrase_from_the_environment(tmp_path, monkeypatch, capsys):
    # Offscreen, a passphrase dialog could never be answered: it must not be shown.
    plain = plain_workspace(tmp_path / "board.sqlite")
    monkeypatch.setenv("SAFEGUARD_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "encrypt", str(plain), "--output", str(tmp_path / "enc.sqlite"))[0] == 0
    code, said = _run(capsys, "shot", str(tmp_path / "enc.sqlite"), str(tmp_path / "shot.png"), "--page", "people")
    assert code == 0, said
    assert (tmp_path / "shot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
