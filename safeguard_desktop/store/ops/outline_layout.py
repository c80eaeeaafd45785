"""A plan's outline loaded for one structure step: its entries and its
rows as two ordered trees, changed in memory and written back in reading
order, where only the records that left their order get a new position.
The operations in ``plan_structure`` use it; nothing else should."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable, Sequence

from sqlalchemy import select

from safeguard_desktop.core.numbering import next_number
from safeguard_desktop.core.plan_shapes import PlanShape, level_word, shape_of
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, Plan, PlanEntry
from safeguard_desktop.store.transaction import Tx

# Closer than this, two positions are not split further: the records are spaced out again.
MIN_GAP = 1e-6

Key = Hashable  # a parent: an entry id, None (the top), an action id, or ("entry", id) for a top activity


@dataclass
class Tree:
    """Ordered children under each parent key."""

    children: dict[Key, list[int]] = field(default_factory=dict)
    parent: dict[int, Key] = field(default_factory=dict)

    def add(self, node: int, parent: Key, index: int | None = None) -> None:
        siblings = self.children.setdefault(parent, [])
        siblings.insert(len(siblings) if index is None else index, node)
        self.parent[node] = parent

    def detach(self, node: int) -> int:
        siblings = self.children[self.parent[node]]
        index = siblings.index(node)
        siblings.pop(index)
        return index

    def siblings(self, node: int) -> list[int]:
        return self.children[self.parent[node]]

    def subtree(self, node: int) -> list[int]:
        found = [node]
        for child in self.children.get(node, []):
            found.extend(self.subtree(child))
        return found

    def walk(self, parent: Key) -> list[int]:
        return [n for child in self.children.get(parent, []) for n in self.subtree(child)]

    def move(self, node: int, step: int) -> bool:
        siblings = self.siblings(node)
        index = siblings.index(node)
        target = index + step
        if not 0 <= target < len(siblings):
            return False
        siblings[index], siblings[target] = siblings[target], siblings[index]
        return True


class Outline:
    """A plan's live entries and action rows as two trees."""

    def __init__(self, tx: Tx, plan_id: int) -> None:
        self.tx = tx
        plan = tx.get(Plan, plan_id)
        self.plan_id = plan_id
        self.shape: PlanShape = shape_of(plan.kind)
        entries = tx.session.scalars(select(PlanEntry).where(
            PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
            .order_by(PlanEntry.position, PlanEntry.id)).all()
        # Rows are read as plain values: a plan may hold thousands, and a
        # step touches few of them (those are fetched to be written).
        actions = [Row(*r) for r in tx.session.connection().execute(
            select(Action.id, Action.uuid, Action.parent_id, Action.entry_id, Action.position, Action.number)
            .where(Action.plan_id == plan_id, Action.deleted_at.is_(None)).order_by(Action.position, Action.id))]
        self.entries = {e.id: e for e in entries}
        self.actions = {a.id: a for a in actions}
        self.entry_tree = Tree()
        for e in entries:
            self.entry_tree.add(e.id, e.parent_id if e.parent_id in self.entries else None)
        self.action_tree = Tree()
        for a in actions:
            self.action_tree.add(a.id, self._action_key(a.parent_id, a.entry_id))

    def _action_key(self, parent_id: int | None, entry_id: int | None) -> Key:
        if parent_id is not None and parent_id in self.actions:
            return parent_id
        return ("entry", entry_id if entry_id in self.entries else None)

    def entry(self, entry_id: int) -> PlanEntry:
        if entry_id not in self.entries:
            raise UserError("That entry is no longer in the plan.")
        return self.entries[entry_id]

    def action(self, action_id: int) -> Row:
        if action_id not in self.actions:
            raise UserError("That row is no longer in the plan.")
        return self.actions[action_id]

    def depth(self, entry_id: int) -> int:
        depth, parent = 0, self.entry_tree.parent[entry_id]
        while parent is not None:
            depth, parent = depth + 1, self.entry_tree.parent[parent]
        return depth

    def row_entry(self, action_id: int) -> int | None:
        """The entry a row hangs on, through the rows it is nested under."""
        key = self.action_tree.parent[action_id]
        while not isinstance(key, tuple):
            key = self.action_tree.parent[key]
        return key[1]

    # -- levels ------------------------------------------------------------
    def is_level(self, entry: PlanEntry) -> bool:
        return self.shape.level_of(entry.kind) is not None

    def relevel(self, entry_id: int, moved: PlanEntry | None = None) -> None:
        """Give an outline entry, and the outline entries under it, the kind
        of the level they now sit at; refused when the shape has no such level."""
        entry = self.entries[entry_id]
        moved = moved or entry
        if not self.is_level(entry):
            return
        depth = self.depth(entry_id)
        if depth >= len(self.shape.levels):
            deepest = self.shape.levels[-1].word.lower()
            raise UserError(f"A {self.shape.label.lower()} has nothing below its {deepest} "
                            f"level: “{entry_name(moved)}” cannot go there with what is under it.")
        self.tx.update(entry, "kind", self.shape.levels[depth].kind)
        for child in self.entry_tree.children.get(entry_id, []):
            self.relevel(child, moved)

    # -- writing the layout back ---------------------------------------------
    def write(self) -> None:
        """Parent links and positions as the trees now have them; only what
        changed is written (and audited)."""
        order = self.entry_tree.walk(None)
        edits = []
        for entry_id, position in zip(order, positions([self.entries[i].position for i in order])):
            entry = self.entries[entry_id]
            for field, value in (("parent_id", self.entry_tree.parent[entry_id]), ("position", position)):
                edits.append((entry_id, entry.uuid, field, getattr(entry, field), value))
        self.tx.update_rows(PlanEntry, edits)
        # Rows on no heading come after the outline, as the grid shows them.
        rows = [r for entry_id in (*order, None) for r in self.action_tree.walk(("entry", entry_id))]
        edits = []
        for action_id, position in zip(rows, positions([self.actions[i].position for i in rows])):
            row, key = self.actions[action_id], self.action_tree.parent[action_id]
            for field, value in (("parent_id", None if isinstance(key, tuple) else key),
                                 ("entry_id", self.row_entry(action_id)), ("position", position)):
                edits.append((action_id, row.uuid, field, getattr(row, field), value))
        self.tx.update_rows(Action, edits)


@dataclass(slots=True)
class Row:
    """What a structure step needs of an action row."""

    id: int
    uuid: str
    parent_id: int | None
    entry_id: int | None
    position: float
    number: str | None


def positions(held: Sequence[float]) -> list[float]:
    """Positions for records in their new order, given the ones they hold:
    the longest run that is still in order keeps its positions and only the
    others get new ones, spaced within the gaps they now sit in (a block
    moved past another is written once, not both). Positions too close to
    split are handed out again whole."""
    keep = longest_rising(held)
    positions = list(held)
    index = 0
    while index < len(held):
        if index in keep:
            index += 1
            continue
        end = index
        while end < len(held) and end not in keep:
            end += 1
        low = held[index - 1] if index > 0 else (held[end] if end < len(held) else 1.0) - (end - index) - 1
        high = held[end] if end < len(held) else low + (end - index) + 1
        step = (high - low) / (end - index + 1)
        if step < MIN_GAP:
            return spaced(held)
        for k in range(index, end):
            positions[k] = low + step * (k - index + 1)
        index = end
    return positions


def spaced(held: Sequence[float]) -> list[float]:
    positions = sorted(held)
    for i in range(1, len(positions)):
        if positions[i] - positions[i - 1] < MIN_GAP:  # shared positions cannot order anything
            positions[i] = positions[i - 1] + 1.0
    return positions


def longest_rising(values: Sequence[float]) -> set[int]:
    """The indexes of a longest strictly rising run (not necessarily
    adjacent) through ``values`` (patience sorting)."""
    tails: list[int] = []  # index of the smallest tail of each run length
    before: list[int | None] = []
    for i, value in enumerate(values):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if values[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        before.append(tails[low - 1] if low > 0 else None)
        if low == len(tails):
            tails.append(i)
        else:
            tails[low] = i
    found: set[int] = set()
    at = tails[-1] if tails else None
    while at is not None:
        found.add(at)
        at = before[at]
    return found


def suggest_number(parent_number: str | None, sibling_numbers: Sequence[str | None],
                    after_number: str | None) -> str:
    """After a sibling: the number after it, lettered (1.1a) when that one is
    taken; as a first child: the parent's number and .1."""
    taken = {n for n in sibling_numbers if n}
    if after_number:
        candidate = next_number(after_number)
        if candidate in taken:
            candidate = f"{after_number}a"
            while candidate in taken:
                candidate = next_number(candidate)
        return candidate
    last = next((n for n in reversed(sibling_numbers) if n), None)
    if last:
        return next_number(last)
    return f"{parent_number.rstrip('.')}.1" if parent_number else "1"


def entry_name(entry: PlanEntry) -> str:
    """What a message calls an entry: its title, or its level and number."""
    number = f" {entry.number}" if entry.number else ""
    return entry.title or f"{level_word(entry.kind)}{number}"
