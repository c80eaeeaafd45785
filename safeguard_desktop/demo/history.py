"""The dated history of demo actions (``ActionUpdate`` rows).

Boards must evidence progress and challenge, so every action in the demo
carries a believable trail: progress at each review, the RAG rating moving
towards where it ended, and the day it was completed or carried forward.
The trail is derived from the action's final state by fixed rules (no
randomness), so the demo is the same every time it is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safeguard_desktop.demo.content import DEMO_TODAY, long_date, stamp

# How the rating reached its final value: (review index, rating after it).
_RAG_PATHS: dict[str | None, list[tuple[int, str]]] = {
    "red": [(0, "amber"), (2, "red")],
    "amber": [(0, "green"), (2, "amber")],
    "green": [(0, "green")],
    "blue": [(0, "green")],
    "none": [(0, "none")],
    None: [],
}

_STEADY = {
    None: "Lead confirmed and work started.",
    "none": "Not started yet.",
    "green": "On track.",
    "amber": "Some slippage; the lead will report back at the next review.",
    "red": "Off track; escalated to the Independent Chair.",
}


@dataclass(frozen=True)
class Review:
    """A point at which an action is looked at: a plan review date, or a
    later meeting of the group the action arose at."""

    day: date
    meeting_id: int | None = None


def _row(action_id: int, day: date, by: str, kind: str, old: str | None, new: str | None,
         meeting_id: int | None = None, note: str | None = None) -> dict[str, Any]:
    return {"action_id": action_id, "at": stamp(day), "by": by, "kind": kind, "old_value": old,
            "new_value": new, "meeting_id": meeting_id, "note": note}


def plan_action_history(action_id: int, spec: dict[str, Any], reviews: list[Review],
                        by: str) -> tuple[list[dict[str, Any]], date | None]:
    """History of one plan action row from its final RAG, status and progress.
    Returns the rows and the day of the last one (the action's last update)."""
    final_rag = spec.get("rag")
    done = _day(spec.get("completed_on"))
    in_scope = [r for r in reviews if done is None or r.day <= done]
    rows: list[dict[str, Any]] = []
    path = dict(_RAG_PATHS.get(final_rag, []))
    if in_scope and path and max(path) >= len(in_scope):
        # Fewer reviews than steps: the rating reached its value by the last one.
        path = {min(i, len(in_scope) - 1): v for i, v in sorted(path.items())}
    rag: str | None = None
    progress: str | None = None
    for index, review in enumerate(in_scope):
        last = index == len(in_scope) - 1 and done is None
        if index in path and path[index] != rag:
            rows.append(_row(action_id, review.day, by, "rag", rag, path[index], review.meeting_id))
            rag = path[index]
        text = spec.get("progress") if last and spec.get("progress") else _STEADY.get(rag, _STEADY[None])
        if text != progress:
            rows.append(_row(action_id, review.day, by, "progress", progress, text, review.meeting_id))
            progress = text
    if done is not None:
        final_text = spec.get("progress") or "Completed."
        if final_text != progress:
            rows.append(_row(action_id, done, by, "progress", progress, final_text))
        if final_rag and final_rag != rag:
            rows.append(_row(action_id, done, by, "rag", rag, final_rag))
        rows.append(_row(action_id, done, by, "status", "open", "completed"))
    if not rows:
        first = reviews[0].day if reviews else (done or DEMO_TODAY)
        rows.append(_row(action_id, first, by, "progress", None, spec.get("progress") or _STEADY["none"]))
    last_day = max(date.fromisoformat(r["at"][:10]) for r in rows)
    return rows, last_day


def meeting_action_history(action_id: int, spec: dict[str, Any], target: date | None,
                           later: list[Review], by: str) -> tuple[list[dict[str, Any]], str | None, date | None]:
    """History of an action arising, reviewed under matters arising at each
    later meeting of its group. Returns the rows, the latest progress text
    and the day of the last update."""
    done = _day(spec.get("done"))
    status = spec.get("status", "open")
    rows: list[dict[str, Any]] = []
    progress: str | None = None
    for review in later:
        if done is not None and done <= review.day:
            text = f"Reported complete on {long_date(done)}."
            rows.append(_row(action_id, review.day, by, "progress", progress, text, review.meeting_id,
                             "Matters arising"))
            rows.append(_row(action_id, review.day, by, "status", "open", "completed", review.meeting_id,
                             "Closed by the meeting"))
            progress = text
            break
        if target is not None and review.day > target:
            text = "Past its target date: the lead will report back at the next meeting."
        else:
            text = "Update given under matters arising; on track."
        if text != progress:
            rows.append(_row(action_id, review.day, by, "progress", progress, text, review.meeting_id,
                             "Matters arising"))
            progress = text
    else:
        if done is not None:
            progress = "Completed."
            rows.append(_row(action_id, done, by, "status", "open", "completed"))
    if status == "carried_forward":
        when = later[-1] if later else Review(date(2025, 3, 31))
        rows.append(_row(action_id, when.day, by, "status", "open", "carried_forward", when.meeting_id,
                         "Carried forward to 2025-26"))
        progress = "Carried forward to 2025-26."
    last_day = max((date.fromisoformat(r["at"][:10]) for r in rows), default=None)
    return rows, progress, last_day


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
