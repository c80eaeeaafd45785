"""Shared fixtures: every test gets its own per-user folder (backups, logs,
settings) and, when it asks, a fresh workspace in tmp_path (docs/ARCHITECTURE.md, "Conventions")."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SAFEGUARD_DESKTOP_HOME", str(home))
    monkeypatch.setenv("SAFEGUARD_DESKTOP_USER", "Test User")
    return home


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator["Workspace"]:  # noqa: F821
    """An empty workspace with one board."""
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(tmp_path / "workspace.sqlite", board_name="Test Safeguarding Board")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test session; copy it before writing."""
    from safeguard_desktop.demo.build import build_demo

    home = tmp_path_factory.mktemp("demo-home")
    previous = os.environ.get("SAFEGUARD_DESKTOP_HOME")
    os.environ["SAFEGUARD_DESKTOP_HOME"] = str(home)
    try:
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
        build_demo(path)
    finally:
        if previous is None:
            os.environ.pop("SAFEGUARD_DESKTOP_HOME", None)
        else:
            os.environ["SAFEGUARD_DESKTOP_HOME"] = previous
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace, safe to change."""
    from safeguard_desktop.store.backups import copy_database

    target = tmp_path / "demo.sqlite"
    copy_database(demo_template, target)
    return target


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box in an offscreen test waits forever for a click
    nobody makes: fail at once instead, saying what it would have shown.
    Tests that expect a message patch these again themselves."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    def refuse(kind: str):  # type: ignore[no-untyped-def]
        def show(*args: object, **kwargs: object) -> object:
            texts = [str(a) for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected {kind} dialog: {' | '.join(texts)}")
        return show

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(refuse(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse("message box")(self.text()))
    # Other modal dialogs likewise: a test drives their widgets and calls
    # accept() itself, or patches exec to answer as the user would.
    monkeypatch.setattr(QDialog, "exec", lambda self: refuse("modal")(self.windowTitle()))
    monkeypatch.setattr(QMenu, "exec", lambda self, *a: refuse("menu")(self.title()))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse(f"input ({name})")))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"file ({name})")))
