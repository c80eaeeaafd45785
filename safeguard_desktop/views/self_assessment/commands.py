"""Undo steps of the self-assessment page. Each calls store operations
(store/ops/self_assessments.py) through the meeting screens' command base,
which stands on views/undo.py, so one undo rule holds across the window."""

from __future__ import annotations

from typing import Any, Hashable

from safeguard_desktop.store.ops import self_assessments as ops
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import MinuteTextCommand, Refresh, run_create, run_edit
from safeguard_desktop.views.i18n import translate, word
from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELD_WORDS = {"evidence": QT_TRANSLATE_NOOP("Words", "evidence"), "analysis": QT_TRANSLATE_NOOP("Words", "analysis"),
               "score": QT_TRANSLATE_NOOP("Words", "score")}


class AnswerTextCommand(MinuteTextCommand):
    """Evidence or analysis saved as it is typed: saves of the same answer
    merge into one undo step, as minutes do (never with a minutes step)."""

    def merge_key(self) -> Hashable | None:
        return ("review_answers", *self.key)


def edit_answer(context: AppContext, *, period_id: int, entry_id: int, field: str, old: Any, new: Any,
                refresh: Refresh) -> bool:
    ws = context.workspace

    def write(value: Any) -> None:
        ops.set_answer(ws, period_id=period_id, entry_id=entry_id, field=field, value=value)

    text = translate("Commands", "Self-assessment {field}").format(field=word(FIELD_WORDS[field]))
    if field == "score":
        return run_edit(context, text, lambda: write(new), lambda: write(old), refresh)
    return run_edit(context, text, lambda: write(new), lambda: write(old), refresh, command=AnswerTextCommand,
                    key=(entry_id, f"{period_id}:{field}"), write=write, old=old, new=new)


def start_next_period(context: AppContext, plan_id: int, refresh: Refresh) -> int | None:
    ws = context.workspace
    created = run_create(
        context,
        translate("Commands", "Start the next period"),
        lambda: ops.start_next_period(ws, plan_id),
        lambda ids: [ops.restore_period(ws, i) for i in ids],
        lambda ids: [ops.remove_period(ws, i) for i in ids],
        refresh,
    )
    return created[0] if created else None


def rename_period(context: AppContext, period_id: int, old: str, new: str, refresh: Refresh) -> bool:
    ws = context.workspace
    return run_edit(
        context,
        translate("Commands", "Rename the period"),
        lambda: ops.rename_period(ws, period_id, new),
        lambda: ops.rename_period(ws, period_id, old),
        refresh,
    )
