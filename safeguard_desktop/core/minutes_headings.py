"""The four parts a board's minutes are written in, and a group's own words
for them.

Boards minute each item in the same four parts, but call them differently: a
council scrutiny committee writes "Context", "Key Issues", "Member Scrutiny"
and "Committee's Conclusion"; a partnership board "Discussion" and
"Decision". The parts are fixed (they are the columns the minutes are kept
in); a group may rename each one, and every paper uses the group's words.
"""

from __future__ import annotations

import json
from typing import Final

# (stored part, the words papers use unless the group says otherwise)
PARTS: Final = (("context", "Context"), ("key_issues", "Key issues"), ("discussion", "Discussion"),
                ("decision", "Conclusion or decision"))
PART_KEYS: Final = tuple(key for key, _ in PARTS)
MAX_LENGTH: Final = 80

Headings = tuple[tuple[str, str], ...]


def setting_key(group_uuid: str) -> str:
    """The workspace setting that holds a group's headings."""
    return f"group.{group_uuid}.minutes_headings"


def headings(stored: str | None) -> Headings:
    """The headings a group's papers use: its own where it set them, the
    defaults for the rest. A stored value that cannot be read gives the
    defaults, never an error: a heading is not worth a paper that fails."""
    own: dict[str, str] = {}
    if stored:
        try:
            loaded = json.loads(stored)
        except ValueError:
            loaded = {}
        if isinstance(loaded, dict):
            own = {k: v for k, v in loaded.items() if k in PART_KEYS and isinstance(v, str) and v.strip()}
    return tuple((key, own.get(key, default)) for key, default in PARTS)


def stored(wanted: dict[str, str]) -> str | None:
    """The setting's value for the headings a user typed: blanks and words
    equal to the default are left out (None when nothing differs), so a
    later change of a default reaches groups that never changed it."""
    unknown = set(wanted) - set(PART_KEYS)
    if unknown:
        raise ValueError(f"not a part of the minutes: {', '.join(sorted(unknown))}")
    defaults = dict(PARTS)
    own = {}
    for key, text in wanted.items():
        words = " ".join(text.split())
        if len(words) > MAX_LENGTH:
            raise ValueError(f"a heading is at most {MAX_LENGTH} characters")
        if words and words != defaults[key]:
            own[key] = words
    return json.dumps(own, ensure_ascii=False, sort_keys=True) if own else None
