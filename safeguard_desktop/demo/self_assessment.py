"""The demo's self-assessment: the whole authority review of 2017 as the
document gives it (areas with their statements, numbered questions, and the
evidence, analysis and score of each area as its first review period), then
a second period started from it as the window's "Start the next period"
does, with a few changes so the comparison has something to show."""

from __future__ import annotations

from typing import Any

from safeguard_desktop.demo.content import DemoContent, as_date
from safeguard_desktop.demo.org import Org
from safeguard_desktop.demo.plans import insert_plan, insert_tree
from safeguard_desktop.store.ops.self_assessments import (
    ANSWER_FIELDS,
    Answer,
    apply_answers,
    insert_next_period,
    insert_period,
)
from safeguard_desktop.store.ops.record_batches import RecordBatch


def build_self_assessment(batch: RecordBatch, content: DemoContent, org: Org) -> int:
    spec = content.self_assessment
    plan_id = insert_plan(batch, spec, org)
    # The tree without the answers: those belong to a period, not to the entries.
    tree = [_without_answers(area) for area in spec["entries"]]
    ids = {node["title"]: entry_id for node, entry_id in insert_tree(batch, plan_id, tree) if node["kind"] == "area"}
    first = spec["first_period"]
    baseline = insert_period(batch.tx, plan_id, first["label"], as_date(first["starts_on"]), as_date(first["ends_on"]))
    apply_answers(batch.tx, baseline.id, [Answer(ids[area["title"]], area.get("evidence"), area.get("analysis"),
                                           area.get("score")) for area in spec["entries"]])
    _second_period(batch, plan_id, spec, ids)
    return plan_id


def _second_period(batch: RecordBatch, plan_id: int, spec: dict[str, Any], ids: dict[str, int]) -> None:
    second = spec["next_period"]
    period = insert_next_period(batch.tx, plan_id, second["label"])
    by_title = {area["title"]: area for area in spec["entries"]}
    changes = []
    for change in second["changes"]:
        area = by_title[change["area"]]
        changes.append(Answer(ids[change["area"]], _added(area.get("evidence"), change.get("evidence_added")),
                              _added(area.get("analysis"), change.get("analysis_added")),
                              change.get("score", area.get("score"))))
    apply_answers(batch.tx, period.id, changes)


def _added(text: str | None, more: str | None) -> str | None:
    return f"{text}\n{more}" if text and more else more or text


def _without_answers(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if key not in ANSWER_FIELDS}
