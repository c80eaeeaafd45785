"""The demo's content, read from the JSON files in ``resources/demo``.

The content is data, not code, so that it can be read and checked against
the reference documents it was taken from without reading Python. This
module only loads it and offers the small conversions every builder needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from safeguard_desktop.paths import resources_dir

# Today, as far as the demo's story is concerned: actions before it are overdue.
DEMO_TODAY = date(2026, 11, 23)

_FILES = {
    "organisation": "organisation.json",
    "groups": "groups.json",
    "work_plan": "work_plan_2022_23.json",
    "business_plan": "business_plan_2019_20.json",
    "self_assessment": "self_assessment_2017.json",
    "scrutiny": "scrutiny_minutes.json",
    "meetings": "meetings_2024_25.json",
    "case_reviews": "case_reviews.json",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class DemoContent:
    """Everything the builders need, as the JSON files hold it."""

    organisation: dict[str, Any]
    groups: dict[str, Any]
    work_plan: dict[str, Any]
    business_plan: dict[str, Any]
    self_assessment: dict[str, Any]
    scrutiny: dict[str, Any]
    meetings: dict[str, Any]
    case_reviews: dict[str, Any]


def demo_dir() -> Path:
    return resources_dir() / "demo"


def load_json(name: str) -> dict[str, Any]:
    path = demo_dir() / name
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def load_content() -> DemoContent:
    return DemoContent(**{field: load_json(name) for field, name in _FILES.items()})


def as_date(text: str | None) -> date | None:
    """ISO text from the JSON as a date (None stays None)."""
    return date.fromisoformat(text) if text else None


def long_date(day: date) -> str:
    """'18 April 2024', the way minutes write a date."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def stamp(day: date, time: str = "10:00") -> str:
    """A UTC ISO timestamp on ``day``, for history rows dated in the story."""
    return f"{day.isoformat()}T{time}:00.000000+00:00"


def extra_json(extra: dict[str, Any] | None) -> str | None:
    """The ``extra`` column holds a JSON object of heading -> text."""
    return json.dumps(extra, ensure_ascii=False) if extra else None


def real_entries(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the ``{"_comment": ...}`` rows the JSON uses as notes."""
    return [item for item in items if "_comment" not in item]
