"""A server's address: told apart from a file's path, and never carrying a
password (refused, never echoed); a keyring's password goes to the driver,
not into the address."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.pg_address import parse_server_address, workspace_target
from safeguard_desktop.store.pg_target import target_argument


def test_an_address_is_kept_as_typed_and_a_path_stays_a_path() -> None:
    assert target_argument("postgresql://db.council.gov.uk/board") == "postgresql://db.council.gov.uk/board"
    assert target_argument("board.sqlite") == Path("board.sqlite")
    address = workspace_target("postgres://jsmith@db.council.gov.uk:5433/board")
    assert str(address) == "postgres://jsmith@db.council.gov.uk:5433/board"
    assert address.name == "board on db.council.gov.uk"
    assert address.engine_url().drivername == "postgresql+psycopg"


@pytest.mark.parametrize("typed, says", [
    ("postgresql://jsmith:Hunter2-secret@db/board", "PGPASSFILE"),
    ("postgresql://db.council.gov.uk/", "Say which database"),
])
def test_a_bad_address_is_one_plain_line_without_the_password(typed: str, says: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_server_address(typed)
    assert says in str(refused.value)
    assert "Hunter2-secret" not in str(refused.value)


def test_a_password_from_the_keyring_goes_to_the_driver_not_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from safeguard_desktop.store.pg_workspace import connect_arguments, server_engine

    asked = []
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: asked.append((service, user)) or "from-the-keyring"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    address = parse_server_address("postgresql://jsmith@db.council.gov.uk/board")
    engine = server_engine(address)
    try:
        assert asked == [("safeguard-desktop", "jsmith@db.council.gov.uk/board")]
        assert engine.url.password is None and "from-the-keyring" not in str(engine.url)
        assert "from-the-keyring" not in repr(engine)
        assert connect_arguments(address)["password"] == "from-the-keyring"  # handed to libpq, as PGPASSFILE's is
    finally:
        engine.dispose()
