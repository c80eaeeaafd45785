"""The self-assessment page's parts: one period's answers, two periods compared, and their undo steps."""
