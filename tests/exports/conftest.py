"""Registers the export fixtures; the helpers live in export_fixtures.py, a
module with a unique name, because several test folders have a conftest and
"from conftest import" would find whichever was imported first."""

from export_fixtures import lo_profile, papers  # noqa: F401
