"""Reads the views, the command line and the exports share: each returns
plain frozen dataclasses, never live SQLAlchemy objects (docs/ARCHITECTURE.md, "Conventions")."""
