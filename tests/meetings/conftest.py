"""Fixtures for the meetings tests."""

from __future__ import annotations

import pytest
from meeting_builders import Setup, build_group

from safeguard_desktop.store.workspace import Workspace


@pytest.fixture
def setup(workspace: Workspace) -> Setup:
    return build_group(workspace)
