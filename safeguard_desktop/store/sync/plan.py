"""Deciding, change by change, what crosses to the other copy (docs/SYNCING_COPIES.md,
"Rules"):

- a field changed on one side only since the copies last met: taken;
- the same field changed on both sides to the same value: taken, no conflict;
- to different values: a conflict, neither applied, both kept for a person;
- a field already in an open conflict: held, the conflict shows the newest;
- deleted on one side, edited on the other: a conflict on the deletion, the
  edits taken (a deleted record keeps its fields);
- added on both sides (one uuid, or one register line per seat and meeting
  under two uuids): one record, its fields compared like edits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field as dc_field
from typing import Any, Iterable

from safeguard_desktop.store.models import new_uuid, utc_now
from safeguard_desktop.store.sync.moves import APPLY, DELETED_AT, HOLD, NOTE, Move, same_value
from safeguard_desktop.store.sync.schema import table_info

Key = tuple[str, str, str]
ERASED = {"erased": True}


@dataclass
class Conflict:
    uuid: str
    table: str
    ident: str  # the record, in the first file's names
    field: str
    a_value: Any
    a_actor: str | None
    a_at: str | None
    b_value: Any
    b_actor: str | None
    b_at: str | None
    found_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: Any = None

    @property
    def key(self) -> Key:
        return (self.table, self.ident, self.field)


@dataclass
class Plan:
    a_moves: list[Move]
    b_moves: list[Move]
    new_conflicts: list[Conflict] = dc_field(default_factory=list)
    changed_conflicts: list[Conflict] = dc_field(default_factory=list)
    # (table, b's uuid, a's uuid): one record both sides added under two uuids
    aliases: list[tuple[str, str, str]] = dc_field(default_factory=list)


def make_plan(a_moves: list[Move], b_moves: list[Move], open_conflicts: dict[Key, Conflict],
              b_values: Any) -> Plan:
    """``b_values(table, ident, field)`` reads the second file's current
    canonical value (for a deletion met by edits there)."""
    plan = Plan(a_moves, b_moves)
    claims: dict[str, dict[Key, tuple[Any, Move]]] = {"a": {}, "b": {}}
    _pair_inserts(plan, claims)
    by_key: dict[str, dict[Key, list[Move]]] = {"a": {}, "b": {}}
    for src, moves in (("a", a_moves), ("b", b_moves)):
        for move in moves:
            if move.operation == "update" and move.verdict == APPLY and move.field:
                claims[src][move.key] = (move.new, move)  # type: ignore[index]
                by_key[src].setdefault(move.key, []).append(move)  # type: ignore[arg-type]
    for key in sorted(set(claims["a"]) | set(claims["b"])):
        a_claim, b_claim = claims["a"].get(key), claims["b"].get(key)
        moves = by_key["a"].get(key, []) + by_key["b"].get(key, [])
        conflict = open_conflicts.get(key)
        if conflict is not None:
            _hold(moves, "the field is in an open conflict")
            _extend(plan, conflict, a_claim, b_claim)
        elif a_claim and b_claim and not same_value(key[2], a_claim[0], b_claim[0]):
            _hold(moves, "changed on both sides")
            plan.new_conflicts.append(_conflict(key, a_claim, b_claim))
    _deleted_and_edited(plan, claims, by_key, open_conflicts, b_values)
    _erased_and_edited(plan, by_key)
    return plan


def _pair_inserts(plan: Plan, claims: dict[str, dict[Key, tuple[Any, Move]]]) -> None:
    b_by_ident = {m.ident: m for m in plan.b_moves if m.operation == "insert" and m.verdict == APPLY}
    b_by_natural = {k: m for m in b_by_ident.values() for k in _natural(m)}
    renamed: dict[tuple[str, str], str] = {}
    for a_move in plan.a_moves:
        if a_move.operation != "insert" or a_move.verdict != APPLY:
            continue
        partner = b_by_ident.get(a_move.ident) or next(
            (b_by_natural[k] for k in _natural(a_move) if k in b_by_natural and b_by_natural[k].table == a_move.table),
            None)
        if partner is None:
            continue
        a_move.verdict = partner.verdict = NOTE
        a_move.why = partner.why = "added on both sides"
        if partner.ident != a_move.ident:
            plan.aliases.append((a_move.table, partner.ident, a_move.ident))
            renamed[(a_move.table, partner.ident)] = a_move.ident
        natural_fields = {f for k in (table_info(a_move.table).natural_keys or ()) for f in k}  # type: ignore[union-attr]
        a_snap, b_snap = a_move.new or {}, partner.new or {}
        for name in sorted((set(a_snap) & set(b_snap)) - natural_fields):
            key = (a_move.table, a_move.ident, name)
            claims["a"][key] = (a_snap[name], a_move)
            claims["b"][key] = (b_snap[name], partner)
    for move in plan.b_moves:
        if (move.table, move.ident) in renamed:
            move.ident = renamed[(move.table, move.ident)]


def _natural(move: Move) -> list[tuple[str, str, str]]:
    info = table_info(move.table)
    if info is None or not info.natural_keys or not isinstance(move.new, dict):
        return []
    found = []
    for index, columns in enumerate(info.natural_keys):
        values = [move.new.get(c) for c in columns]
        if all(v is not None for v in values):
            found.append((move.table, str(index), json.dumps(values, sort_keys=True, default=str)))
    return found


def _hold(moves: Iterable[Move], why: str) -> None:
    for move in moves:
        move.verdict, move.why = HOLD, why


def _conflict(key: Key, a_claim: tuple[Any, Move] | None, b_claim: tuple[Any, Move] | None,
              a_value: Any = None, b_value: Any = None) -> Conflict:
    a_move = a_claim[1] if a_claim else None
    b_move = b_claim[1] if b_claim else None
    return Conflict(
        new_uuid(), key[0], key[1], key[2],
        a_claim[0] if a_claim else a_value, a_move.entry.actor if a_move else None, a_move.entry.at if a_move else None,
        b_claim[0] if b_claim else b_value, b_move.entry.actor if b_move else None, b_move.entry.at if b_move else None,
        utc_now())


def _extend(plan: Plan, conflict: Conflict, a_claim: tuple[Any, Move] | None,
            b_claim: tuple[Any, Move] | None) -> None:
    """A field edited again while its conflict is open: the conflict shows
    the newest value of that side; nothing is applied."""
    if a_claim:
        conflict.a_value, conflict.a_actor, conflict.a_at = a_claim[0], a_claim[1].entry.actor, a_claim[1].entry.at
    if b_claim:
        conflict.b_value, conflict.b_actor, conflict.b_at = b_claim[0], b_claim[1].entry.actor, b_claim[1].entry.at
    if conflict not in plan.changed_conflicts:
        plan.changed_conflicts.append(conflict)


def _deleted_and_edited(plan: Plan, claims: dict[str, dict[Key, tuple[Any, Move]]],
                        by_key: dict[str, dict[Key, list[Move]]], open_conflicts: dict[Key, Conflict],
                        b_values: Any) -> None:
    """Deleted on one side, edited on the other: the edits cross (the
    deleted record keeps them), the deletion waits as a conflict."""
    for src, other in (("a", "b"), ("b", "a")):
        edited = {(t, i) for (t, i, f), moves in by_key[other].items() if f != DELETED_AT
                  and any(m.verdict == APPLY for m in moves)}
        for key, (value, move) in list(claims[src].items()):
            table, ident, name = key
            if name != DELETED_AT or value is None or (table, ident) not in edited:
                continue
            if key in claims[other] or key in open_conflicts or move.verdict != APPLY:
                continue
            _hold(by_key[src].get(key, []), "deleted here, edited on the other side")
            current = b_values(table, ident, DELETED_AT) if other == "b" else None
            # The other side's who and when: its latest edit of the record.
            editor = max((m for (t, i, f), ms in by_key[other].items() if (t, i) == (table, ident) for m in ms),
                         key=lambda m: m.entry.id)
            claim, kept = (value, move), (current, editor)
            conflict = _conflict(key, claim, kept) if src == "a" else _conflict(key, kept, claim)
            plan.new_conflicts.append(conflict)


def _erased_and_edited(plan: Plan, by_key: dict[str, dict[Key, list[Move]]]) -> None:
    """A link row erased for good on one side (a seat holding ended in
    error) and edited on the other: the erasure stands (there is no row
    to keep the edit in), and the edit waits in the conflict list."""
    for src, other, moves in (("a", "b", plan.a_moves), ("b", "a", plan.b_moves)):
        for erase in (m for m in moves if m.operation == "delete" and m.verdict == APPLY):
            for key, edits in by_key[other].items():
                if (key[0], key[1]) != erase.record or not any(m.verdict == APPLY for m in edits):
                    continue
                _hold(edits, "erased on the other side")
                last = edits[-1]
                erased = (ERASED, erase)
                if src == "a":
                    plan.new_conflicts.append(_conflict(key, erased, (last.new, last)))
                else:
                    plan.new_conflicts.append(_conflict(key, (last.new, last), erased))
