"""File › Print: every paper printed from the very PDF its export writes."""
