"""Two copies of one workspace brought together, field by field
(docs/SYNCING_COPIES.md): ``run.sync_files(a, b)`` is the way in."""
