"""The action-plan grid: a spreadsheet-like editor over a plan's actions,
fast at 100,000 rows (paged model, SQL sorting and filtering, undo through
the store)."""
