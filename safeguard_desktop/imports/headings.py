"""Matching a plan's column headings to our fields, however they are worded.

Boards word the same column a dozen ways ("Comment on progress", "Progress
update", "Progress review"), and the standard action-plan headings reuse each other's
words ("How will we know we have achieved our goal?" holds both "how" and
"achieve"). So the rules below are tried in order, most specific first, and
the first that fits wins. A heading no rule fits is an extra column, kept
under its own words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from safeguard_desktop.core.cab import fold_lookalikes
from safeguard_desktop.imports.source import SourceRow

EXTRA: Final = "extra"

# Our fields with the heading users expect (the standard action-plan table), in table order.
FIELD_LABELS: Final[dict[str, str]] = {
    "number": "No.",
    "cab": "CAB",
    "want": "What do we want to achieve?",
    "how": "How are we going to do it?",
    "lead": "Who will lead?",
    "measure": "How will we know we have achieved our goal?",
    "when_text": "When are we going to achieve this?",
    "progress": "Progress review",
    "rag": "RAG rating",
    "status": "Status",
    "target_date": "Target date",
    "last_updated": "Last updated",
    "source": "Source",
    # Work plans and self-assessments (issue 10).
    "outline": "Duty, responsibility or activity",
    "level": "Level (Strategic duty, Activity...)",
    "reference": "Para ref.",
    "area": "Priority area",
    "question": "Question",
    "evidence": "Evidence",
    "analysis": "Analysis",
    "score": "Score (1-6)",
    EXTRA: "(keep as an extra column)",
}

# The plan shapes a header row can show, by plans.kind.
BUSINESS_PLAN: Final = "business_plan"
WORK_PLAN: Final = "work_plan"
SELF_ASSESSMENT: Final = "self_assessment"

# Exact headings for the number column: too short for keyword rules.
_NUMBER_HEADINGS: Final = frozenset({
    "no", "no.", "nos", "number", "num", "ref", "ref no", "ref.", "reference", "#", "item", "item no",
    "action no", "action number", "action ref", "id", "priority no", "outcome no", "objective no",
})

# (field, pattern) in order: the first to match a normalised heading wins.
_RULES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple((field, re.compile(pattern)) for field, pattern in (
    ("rag", r"\brag\b|\br ?/ ?a ?/ ?g\b|^rating$|red amber green"),
    ("cab", r"\bcab\b|\bc ?/ ?a ?/ ?b\b|children ?/ ?adults|client group"),
    # "How are we going to know that we have achieved? this": a conversion moved a word past the "?".
    ("measure", r"how will we know|^how\b.*\bknow\b|\bmeasures?\b|success (?:criteria|measure|indicator)|\bevidence\b"
                r"|\bindicators?\b|how we will know|\bimpact\b"),
    ("last_updated", r"last updated|date (?:of )?(?:last )?update|updated on"),
    ("target_date", r"target date|due date|\bdeadline\b|completion date|date due"),
    ("when_text", r"\bwhen\b|time ?scales?|time ?frames?|by when|\btarget\b|\bdue\b"),
    ("progress", r"progress|\bupdates?\b|\bcomments?\b|position statement"),
    ("lead", r"\blead|\baction(?:ed)? by\b|\bresponsib|\bwho\b|\bowners?\b|by whom|accountable"),
    ("how", r"^how\b|\bactions?\b|\btasks?\b|\bactivit(?:y|ies)\b|\bsteps\b|to be done"),
    ("want", r"\bwant\b|achieve|\bobjectives?\b|\baims?\b|\boutcomes?\b|\bgoals?\b|\bwhat\b"),
    ("status", r"^status$|^action status$|^current status$"),
    ("source", r"\bsource\b|\borigin\b|recommendation from|arising from"),
))

# Headings only one shape of plan has, tried before the rules above for a
# file of that shape. "Evidence" is a business plan's measure of success but
# a self-assessment's own column; "Priority" names a self-assessment's areas.
_SHAPE_RULES: Final[dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    shape: tuple((field, re.compile(pattern)) for field, pattern in rules) for shape, rules in {
        WORK_PLAN: (
            ("outline", r"\bdut(?:y|ies)\b|responsibilit(?:y|ies)\s*(?:,|or|and|/)\s*activit"),
            # "Para" heads the column; "para 246" is a value in it.
            ("reference", r"^para(?:graph)?s?\b(?!\s*\d)|\bpara(?:graph)? ref|^guidance\b|^legislation\b|^statutory ref"
                          r"|^references?$"),
            ("level", r"^(?:level|kind|type|row type)$"),
        ),
        SELF_ASSESSMENT: (
            ("score", r"\bscores?\b"),
            ("question", r"\bquestions?\b"),
            ("analysis", r"\banalysis\b"),
            ("evidence", r"\bevidence\b"),
            ("area", r"^(?:priority|priorities|priority areas?|areas?|themes?|sections?|standards?)$"),
        ),
    }.items()
}
# A header with one of these is that shape's, whatever else it holds.
_DECISIVE: Final = {WORK_PLAN: frozenset({"outline", "reference"}),
                    SELF_ASSESSMENT: frozenset({"score", "question", "analysis"})}

# A heading is short: a cell of a real action row that happens to contain
# "lead" or "progress" is a sentence, not a heading.
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 80
# What a heading says in brackets does not count towards its length:
# "Evidence (unless otherwise stated data relates to the current year...)".
_ASIDE = re.compile(r"\([^)]*\)?")


def normalise_heading(text: str) -> str:
    """Lower case, one space between words, trailing punctuation dropped,
    look-alike letters from other alphabets read as the Latin ones ("САВ")."""
    text = " ".join(fold_lookalikes(text)[0].replace("\n", " ").split()).casefold()
    return text.rstrip(" ?:.*")


@lru_cache(maxsize=4096)  # every row is tested for being a header: its short cells repeat (C, Green, Quarterly)
def _normal(heading: str) -> str | None:
    """The heading normalised for matching; None when it is too long to be one."""
    short = _ASIDE.sub(" ", heading).strip() or heading
    if not heading or len(short) > MAX_HEADING_CHARS or len(short.split()) > MAX_HEADING_WORDS:
        return None
    return normalise_heading(heading)


def guess_field(heading: str, shape: str = BUSINESS_PLAN) -> str | None:
    """Our field for a heading in a plan of ``shape``, or None when no rule
    fits (an extra column)."""
    normal = _normal(heading)
    return None if normal is None else _match(normal, shape)


@lru_cache(maxsize=4096)
def _match(normal: str, shape: str) -> str | None:
    for field, pattern in _SHAPE_RULES.get(shape, ()):  # a work plan's "Reference" is its para ref, not a number
        if pattern.search(normal):
            return field
    if normal in _NUMBER_HEADINGS or normal.rstrip(".") in _NUMBER_HEADINGS:
        return "number"
    for field, pattern in _RULES:
        if pattern.search(normal):
            return field
    return None


def _any_field(heading: str) -> str | None:
    """The field a heading names in any shape of plan."""
    normal = _normal(heading)
    if normal is None:
        return None
    return _match(normal, BUSINESS_PLAN) or next(
        (field for rules in _SHAPE_RULES.values() for field, pattern in rules if pattern.search(normal)), None)


def shape_of_header(headings: list[str]) -> str:
    """The plan shape a header row shows: a work plan's "Duty, responsibility
    or activity" or "Para ref.", a self-assessment's "Question" or "Score";
    else a business plan."""
    for shape, decisive in _DECISIVE.items():
        if any(guess_field(heading, shape) in decisive for heading in headings):
            return shape
    return BUSINESS_PLAN


def is_header_row(row: SourceRow) -> bool:
    """Short cells naming two or more of our columns, and no more than one
    cell in three naming nothing we know. Cells naming the same column count
    once: a question about the safeguarding lead beside "Named lead in post"
    is a row of the plan."""
    texts = row.own_texts()
    if len(texts) < 2:
        return False
    allowed_unknown = len(texts) // 3
    known = []
    unknown = 0
    for text in texts:
        if _any_field(text) is None:
            unknown += 1
            if unknown > allowed_unknown:
                return False  # most rows are action rows: stop at the first few plain cells
        else:
            known.append(text)
    # Read in each shape's words: "Duty, responsibility or activity" beside
    # "Lead" is a work plan's two columns, not a business plan's one.
    return any(len({guess_field(text, shape) for text in known}) >= 2 for shape in (BUSINESS_PLAN, *_SHAPE_RULES))
