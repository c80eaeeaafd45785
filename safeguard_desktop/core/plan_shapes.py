"""The shapes a board's plans take, and the words each level is called by.

A plan's structure is a tree of entries (``plan_entries.kind`` is one of the
level kinds below); the rows a board tracks through the year (a lead, a date,
a RAG rating, progress with its history) are action rows hanging on an entry.
In a work plan those rows are the activities, and an activity may sit under
another activity (``actions.parent_id``) as deep as the document goes.
Which levels a shape has, in which order, and what the papers call them, is
decided here once for the outline editor, the grid, the importer and the
papers. docs/SAFEGUARDING_BOARDS.md, "Plans and their shapes", describes the documents these shapes come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Level:
    kind: str  # the plan_entries.kind stored
    word: str  # what papers and the window call one entry of this level


@dataclass(frozen=True)
class PlanShape:
    kind: str  # the plans.kind stored
    name: str  # what the user picks when starting a plan
    levels: tuple[Level, ...]  # structure, outermost first
    row_word: str | None  # what one tracked row is called; None: this shape has no rows
    rows_nest: bool  # whether a row may sit under another row (work-plan activities)
    side_levels: tuple[Level, ...] = ()  # entries kept beside the outline (an evidence framework)

    @property
    def label(self) -> str:
        """"Business plan": the name without its levels, for sentences."""
        return self.name.split(" (")[0]

    def level_of(self, kind: str) -> int | None:
        """0 for the outermost level, None for a kind this shape does not use."""
        return next((i for i, level in enumerate(self.levels) if level.kind == kind), None)

    def child_kind(self, parent_kind: str | None) -> str | None:
        """The kind of entry that goes under ``parent_kind`` (None: the top);
        None when below it come rows, not entries."""
        if parent_kind is None:
            return self.levels[0].kind
        depth = self.level_of(parent_kind)
        if depth is None or depth + 1 >= len(self.levels):
            return None
        return self.levels[depth + 1].kind


BUSINESS_PLAN: Final = PlanShape(
    "business_plan", "Business plan (priorities, outcomes, actions)",
    (Level("priority", "Priority"), Level("outcome", "Outcome")), "Action", False,
    side_levels=(Level("evidence", "Evidence framework"),))
WORK_PLAN: Final = PlanShape(
    "work_plan", "Work plan (duties, responsibilities, activities)",
    (Level("duty", "Strategic duty"), Level("responsibility", "Specific responsibility")), "Activity", True)
SELF_ASSESSMENT: Final = PlanShape(
    "self_assessment", "Self-assessment (areas, questions)",
    (Level("area", "Priority area"), Level("question", "Question")), None, False)
REVIEW_ACTION_PLAN: Final = PlanShape(
    "review_action_plan", "Case review action plan (recommendations, actions)",
    (Level("recommendation", "Recommendation"),), "Action", False)

SHAPES: Final = {s.kind: s for s in (BUSINESS_PLAN, WORK_PLAN, SELF_ASSESSMENT, REVIEW_ACTION_PLAN)}

# A footnote kept with its mark ("1", "*") under the entry it belongs to.
NOTE: Final = Level("note", "Note")

_WORDS: Final = {level.kind: level.word
                 for shape in SHAPES.values() for level in (*shape.levels, *shape.side_levels)}
_WORDS[NOTE.kind] = NOTE.word


def shape_of(plan_kind: str) -> PlanShape:
    """The shape of a stored plan kind; kinds from older files (a strategic
    plan) read as business plans, whose levels they share."""
    return SHAPES.get(plan_kind, BUSINESS_PLAN)


def level_word(entry_kind: str) -> str:
    """"Strategic duty" for "duty"; an unknown kind is shown as stored."""
    return _WORDS.get(entry_kind, entry_kind.replace("_", " ").capitalize())
