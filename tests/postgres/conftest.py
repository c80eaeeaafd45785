"""A real PostgreSQL server for tests/postgres/, started once per session in
a temporary folder and stopped at the end; each test gets a fresh database."""

from __future__ import annotations

from typing import Iterator

import pytest

from postgres_server import Server, server_programs, start_server

_PROGRAMS = server_programs()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    skip = pytest.mark.skip(reason="PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
                                   "apt-get install postgresql (installers/setup.sh test does)")
    for item in items:
        if "tests/postgres/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.postgres)
            # One worker runs them all (pytest -n 2 --dist loadgroup): one server, one demo built on it.
            item.add_marker(pytest.mark.xdist_group("postgres"))
            if _PROGRAMS is None:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    if _PROGRAMS is None:  # the tests that ask for it are marked skip already; said once more here
        pytest.skip("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    server = start_server(_PROGRAMS)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: Server) -> str:
    """A fresh, empty database on the test server, as a postgresql:// URL."""
    return pg_server.url(pg_server.new_database())


@pytest.fixture(scope="session")
def pg_demo_url(pg_server: Server) -> str:
    """The demo built on the test server once per session; tests that change
    it take a fresh database instead."""
    from safeguard_desktop.demo.build import fill_demo
    from safeguard_desktop.store.pg_workspace import create_server_workspace

    url = pg_server.url(pg_server.new_database())
    with create_server_workspace(url) as workspace:
        fill_demo(workspace)
    return url
