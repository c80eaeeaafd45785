"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl from
Debian's postgresql package, in a temporary folder, listening only on a Unix
socket there (no TCP port to collide with anything).

PostgreSQL refuses to run as root, and CI runs as root: then the server runs
as the unprivileged ``postgres`` user the Debian package creates (runuser),
in a folder that user owns. Clients connect over the socket as the server's
own superuser role, with trust authentication (the socket is private to the
folder).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

ROLE = "sg_test"


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when absent."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:  # pragma: no cover - Debian's package always makes it
        raise RuntimeError("running as root, and there is no 'postgres' user to run the server as") from exc
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class Server:
    folder: Path
    programs: Path

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str, role: str = ROLE) -> str:
        return f"postgresql://{role}@/{database}?host={self.socket_dir}"

    @staticmethod
    def database_of(url: str) -> str:
        return url.split("@/", 1)[1].split("?", 1)[0]

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = subprocess.run(
            [str(self.programs / "psql"), "-X", "-q", "-A", "-t", "-h", str(self.socket_dir), "-U", ROLE,
             "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql],
            capture_output=True, text=True, check=True)
        return result.stdout.strip()

    def new_database(self) -> str:
        name = f"sg_{uuid.uuid4().hex[:12]}"
        self.psql(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
        return name

    def stop(self) -> None:
        subprocess.run(_run_as() + [str(self.programs / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                                    "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(programs: Path) -> Server:
    folder = Path(tempfile.mkdtemp(prefix="safeguard-pg-"))
    (folder / "socket").mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (folder, folder / "socket"):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    # The socket folder must be reachable by the clients (root or the same user).
    os.chmod(folder, 0o755)
    os.chmod(folder / "socket", 0o777)
    run_as = _run_as()
    subprocess.run(run_as + [str(programs / "initdb"), "-D", str(folder / "data"), "-U", ROLE, "--auth=trust",
                             "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                   check=True, capture_output=True)
    options = (f"-k {folder / 'socket'} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=50 -c shared_buffers=16MB")
    started = subprocess.run(run_as + [str(programs / "pg_ctl"), "-D", str(folder / "data"), "-o", options,
                                       "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
                             capture_output=True, text=True)
    if started.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")
    return Server(folder, programs)
