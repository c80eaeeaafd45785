"""Writes: one small function per user action, one transaction each, with
its audit rows, returning what changed (docs/ARCHITECTURE.md, "Conventions"). Views and undo
commands call these; nothing else writes to a workspace."""
