"""A workspace on a PostgreSQL server, named by its address
(``postgresql://host/db``), where a file workspace is named by its path.

The password never travels in the address: an address holding one is
refused, before anything connects, with a message saying where it goes
instead. libpq reads it from the file PGPASSFILE names (or ~/.pgpass); a
password kept in the system's keyring under this program's name is used
when the keyring package is installed. The address as shown or logged is
the one the user typed, without a password in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.pg_target import SCHEMES, is_server_address

KEYRING_SERVICE = "safeguard-desktop"


@dataclass(frozen=True)
class ServerAddress:
    """Where a server workspace is: its URL without a password."""

    url: URL
    shown: str  # as the user wrote it (it holds no password: those are refused)

    @property
    def name(self) -> str:
        """Short, for a window's title: "board on db.council.gov.uk"."""
        host = self.url.host or self.url.query.get("host") or "this computer"
        return f"{self.url.database} on {host}"

    @property
    def keyring_user(self) -> str:
        return f"{self.url.username or ''}@{self.url.host or ''}/{self.url.database or ''}"

    def engine_url(self) -> URL:
        return self.url.set(drivername="postgresql+psycopg")

    def __str__(self) -> str:
        return self.shown


def parse_server_address(text: str) -> ServerAddress:
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise UserError(f"'{_without_password(text)}' is not a server address: write it as "
                        "postgresql://host/database (or postgresql://user@host:port/database).") from exc
    if url.drivername not in SCHEMES:
        raise UserError(f"'{url.drivername}' addresses are not supported: use postgresql://host/database.")
    if url.password is not None:
        raise UserError(
            "The address holds a password: never put it on the command line (others can read it there). "
            "Remove it from the address and put it in a password file instead: a line "
            "host:port:database:user:password in ~/.pgpass (chmod 600), or in the file the PGPASSFILE "
            "environment variable names; or keep it in the system keyring under "
            f"'{KEYRING_SERVICE}'.")
    if not url.database:
        raise UserError(f"Say which database on the server: postgresql://{url.host or 'host'}/DATABASE.")
    return ServerAddress(url, text)


def workspace_target(text: str | Path) -> Path | ServerAddress:
    """A workspace named by a user: a server's address, or a file's path."""
    return parse_server_address(text) if is_server_address(text) else Path(text)  # type: ignore[arg-type]


def keyring_password(address: ServerAddress) -> str | None:
    """The password kept in the system keyring for this address, if the
    keyring package is installed and holds one; else libpq's own files decide."""
    try:
        import keyring  # optional: not every desktop has a keyring service
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except Exception:  # noqa: BLE001 - a keyring that cannot be reached means "no password here"
        return None


def _without_password(text: str) -> str:
    # Shown back to the user in an error: never echo a password.
    scheme, sep, rest = text.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return text
    credentials, _, host = rest.partition("@")
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"

