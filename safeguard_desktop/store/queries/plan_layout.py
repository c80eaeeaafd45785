"""A plan laid out the way councils lay it out: each priority (or duty) as a
banner row, its evidence framework, each outcome (or responsibility) as a
row of its own, and the action rows (or activities) under the entry they
belong to, footnotes after the rows that cite them.

The grid holds one list of row slots: an action's id, or a banner's entry id
negated (entry and action ids are both positive), so the model stays a list
of ints fetched a page at a time. The layout itself is built here, in plain
Python over the plan's entries and its rows' ids with the entry and parent
activity each hangs on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import select

from safeguard_desktop.core.plan_shapes import NOTE, SHAPES, level_word
from safeguard_desktop.store.models import PlanEntry
from safeguard_desktop.store.workspace import Workspace

# Entries shown before the outcomes of their parent: a priority's evidence framework.
_SIDE_KINDS = frozenset(level.kind for shape in SHAPES.values() for level in shape.side_levels)
EntryFields = tuple[int, int | None, str, str | None, str, str | None, str | None]


@dataclass(frozen=True)
class Banner:
    """One heading row of the laid-out plan."""

    entry_id: int
    kind: str
    number: str | None
    title: str
    body: str | None
    reference: str | None
    depth: int  # 0 for a priority or duty

    @property
    def is_note(self) -> bool:
        return self.kind == NOTE.kind

    @property
    def is_side(self) -> bool:
        """Kept beside the outline (an evidence framework)."""
        return self.kind in _SIDE_KINDS

    @property
    def holds_rows(self) -> bool:
        """Whether action rows (activities) can sit under this heading."""
        return not (self.is_note or self.is_side)

    @property
    def heading(self) -> str:
        """"Priority 2a", "Specific responsibility 2", "Evidence framework",
        or a footnote's mark."""
        if self.is_note:
            return self.number or "Note"
        if self.is_side:
            return level_word(self.kind)
        return f"{level_word(self.kind)} {self.number}" if self.number else level_word(self.kind)

    @property
    def text(self) -> str:
        """Everything the entry says, in full: its title, the guidance it
        cites and its body (an evidence framework's lines)."""
        title = "" if self.is_side and self.title == level_word(self.kind) else self.title
        parts = [title.strip()] if title and title.strip() else []
        if self.reference and self.reference not in (title or ""):
            parts[-1:] = [f"{parts[-1]} ({self.reference})" if parts else f"({self.reference})"]
        if self.body and self.body.strip():
            parts.append(self.body.strip())
        return "\n".join(parts)

    @property
    def line(self) -> str:
        """The banner as one reads it across the row."""
        text = self.text
        if self.is_note:
            return f"{self.heading} {text}".strip()
        return f"{self.heading}: {text}" if text else self.heading


# An action row's place in the layout: (id, the entry it hangs on, the
# activity it sits under). A plain tuple, as the driver returns it: a plan
# of 100,000 rows would spend longer building objects than reading them.
PlanRow = tuple[int, int | None, int | None]


@dataclass(frozen=True)
class Layout:
    slots: list[int]  # action id, or -entry_id for a banner
    banners: dict[int, Banner]  # by entry id
    depths: dict[int, int]  # action id -> how deep it is nested under other rows (only when > 0)


def banner_entries(ws: Workspace, plan_id: int) -> list[EntryFields]:
    """The plan's live entries (id, parent, kind, number, title, body,
    reference), in order of position."""
    with ws.session() as s:
        return [tuple(row) for row in s.execute(  # type: ignore[misc]
            select(PlanEntry.id, PlanEntry.parent_id, PlanEntry.kind, PlanEntry.number, PlanEntry.title,
                   PlanEntry.body, PlanEntry.reference)
            .where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
            .order_by(PlanEntry.position, PlanEntry.id))]


def lay_out(entries: Sequence[EntryFields], rows: Iterable[PlanRow], every_entry: bool) -> Layout:
    """Interleave ``rows`` (already in the order to show) with banners for
    their entries. With ``every_entry`` each entry has its banner, rows or
    not (the plan as a whole); without, only the entries of the rows given
    and their ancestors (a filtered plan shows its groups). Rows on no entry,
    or on one since deleted, come last, as they came."""
    known = {e[0]: e for e in entries}
    children: dict[int | None, list[int]] = {}
    for entry_id, parent_id, *_ in entries:
        children.setdefault(parent_id if parent_id in known else None, []).append(entry_id)
    under: dict[int | None, list[PlanRow]] = {}
    loose: list[PlanRow] = []
    for row in rows:
        if row[1] in known:
            under.setdefault(row[1], []).append(row)
        else:
            loose.append(row)
    shown = set(known) if every_entry else _with_ancestors(under, known)
    banners: dict[int, Banner] = {}
    slots: list[int] = []
    depths: dict[int, int] = {}

    def walk(entry_id: int, depth: int) -> None:
        if entry_id not in shown:
            return
        _, _, kind, number, title, body, reference = known[entry_id]
        banners[entry_id] = Banner(entry_id, kind, number, title or "", body, reference, depth)
        slots.append(-entry_id)
        kids = children.get(entry_id, [])
        # The evidence framework reads before the outcomes; footnotes after
        # the rows that cite them.
        for kid in kids:
            if known[kid][2] in _SIDE_KINDS:
                walk(kid, depth + 1)
        _place(under.get(entry_id, []), slots, depths)
        for kid in kids:
            if known[kid][2] not in _SIDE_KINDS and known[kid][2] != NOTE.kind:
                walk(kid, depth + 1)
        for kid in kids:
            if known[kid][2] == NOTE.kind:
                walk(kid, depth + 1)

    for root in children.get(None, []):
        walk(root, 0)
    _place(loose, slots, depths)
    return Layout(slots, banners, depths)


def _with_ancestors(under: dict[int | None, list[PlanRow]],
                    known: dict[int, EntryFields]) -> set[int]:
    shown: set[int] = set()
    for entry_id in under:
        while entry_id is not None and entry_id in known and entry_id not in shown:
            shown.add(entry_id)
            entry_id = known[entry_id][1]
    return shown


def _place(rows: list[PlanRow], slots: list[int], depths: dict[int, int]) -> None:
    """Rows in the order given; a row nested under another shown row goes
    one deeper than it."""
    depth_of: dict[int, int] = {}
    for row_id, _, parent_id in rows:
        depth = depth_of.get(parent_id, -1) + 1 if parent_id is not None else 0
        depth_of[row_id] = depth
        if depth:
            depths[row_id] = depth
        slots.append(row_id)
