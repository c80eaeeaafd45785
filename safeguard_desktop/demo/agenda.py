"""Agendas and the minutes of standing items for the demo meetings.

An agenda starts with the group's standing items, then the topical items,
then any other business and the next meeting, numbered as a secretariat
would ("3", "3a" when two sets of minutes are agreed at once). The minutes
of the standing items are written from the record itself (the register, the
action log, the meeting calendar) so that they agree with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeguard_desktop.demo.content import long_date

CLOSING_FROM = 90  # standing items at or after this position close the agenda
_KIND_WORDS = {"extraordinary": "the extraordinary meeting", "development_day": "the development day",
               "ordinary": "the meeting"}


@dataclass
class Item:
    """One agenda item before it is written, with what hangs off it."""

    number: str
    title: str
    role: str = "other"
    purpose: str | None = None
    presenter: str | None = None
    paper_ref: str | None = None
    confidential: bool = False
    agrees_key: str | None = None  # meeting whose minutes this item agrees
    minute: dict[str, str | None] | None = None
    actions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class MeetingRef:
    key: str
    day: date
    kind: str


def build_agenda(spec: dict[str, Any], standing: list[dict[str, Any]], agrees: list[MeetingRef],
                 presenter_text: Any) -> list[Item]:
    """The items of one meeting, in order. ``agrees`` are the meetings whose
    minutes this meeting agrees; ``presenter_text`` turns a person key into
    'Name (job title)'."""
    minimal = spec.get("standing") == "minimal"
    opening = [s for s in standing if s["position"] < CLOSING_FROM]
    closing = [s for s in standing if s["position"] >= CLOSING_FROM]
    if minimal:
        opening = [s for s in opening if s["role"] == "apologies" or s["title"].startswith("Declarations")]
        closing = []
    items: list[Item] = []
    counter = 0
    for s in opening:
        counter += 1
        if s["role"] == "previous_minutes" and agrees:
            for index, ref in enumerate(agrees):
                suffix = "" if index == 0 else chr(ord("a") + index - 1)
                title = s["title"] if ref.kind == "ordinary" else f"Minutes of {_KIND_WORDS[ref.kind]}"
                items.append(Item(f"{counter}{suffix}", f"{title} ({long_date(ref.day)})", s["role"],
                                  s["purpose"], agrees_key=ref.key))
            continue
        items.append(Item(str(counter), s["title"], s["role"], s["purpose"]))
    for topic in spec.get("items", []):
        counter += 1
        items.append(Item(str(counter), topic["title"], "other", topic.get("purpose"),
                          presenter_text(topic.get("presenter")), topic.get("paper"),
                          bool(topic.get("confidential", False)), minute=topic.get("minute"),
                          actions=list(topic.get("actions", []))))
    for s in closing:
        counter += 1
        items.append(Item(str(counter), s["title"], s["role"], s["purpose"]))
    return items


@dataclass(frozen=True)
class ActionState:
    """An action arising, as the matters-arising minute needs it."""

    raised: date
    target: date | None
    done: date | None


def matters_arising_minute(day: date, since: date | None, log: list[ActionState]) -> dict[str, str | None]:
    """What the review of the action log found at the meeting on ``day``."""
    earlier = [a for a in log if a.raised < day]
    if not earlier:
        return {"context": "The action log was reviewed.",
                "key_issues": "There were no open actions from previous meetings.", "decision": None}
    closed = [a for a in earlier if a.done is not None and a.done <= day and (since is None or a.done > since)]
    still_open = [a for a in earlier if a.done is None or a.done > day]
    overdue = [a for a in still_open if a.target is not None and a.target < day]
    remaining = "no actions remain open"
    if still_open:
        verb = "remains" if len(still_open) == 1 else "remain"
        remaining = f"{_count(len(still_open), 'action')} {verb} open, {len(overdue) or 'none'} past the target date"
    return {
        "context": "The action log was reviewed.",
        "key_issues": f"{_count(len(closed), 'action')} reported complete since the last meeting; {remaining}.",
        "decision": "Completed actions were closed; open actions stay on the log.",
    }


def _count(n: int, noun: str) -> str:
    return f"{'No' if n == 0 else n} {noun}{'' if n == 1 else 's'}"


def standing_minute(item: Item, next_day: date | None, agreed: MeetingRef | None) -> dict[str, str | None] | None:
    """Minutes of the standing items that need no register or log."""
    if item.role == "previous_minutes":
        if agreed is None:
            return {"decision": "The minutes of the previous meeting were agreed as a true record."}
        return {"decision": f"The minutes of {_KIND_WORDS[agreed.kind]} held on {long_date(agreed.day)} "
                            "were agreed as a true record."}
    if item.title.startswith("Declarations"):
        return {"context": "No declarations of interest were made."}
    if item.title.startswith("Highlight reports"):
        return {"context": "Highlight reports were received from the Quality and Impact Group, the Practice "
                           "Review Group and the Voice of the User and of Local People group.",
                "decision": "Noted."}
    if item.title.startswith("Any other business"):
        return {"context": "There was no other business."}
    if "next meeting" in item.title.lower():
        if next_day is None:
            return {"context": "Dates of meetings for 2025-26 to be confirmed."}
        return {"context": f"The next meeting will be held on {long_date(next_day)}."}
    return None
