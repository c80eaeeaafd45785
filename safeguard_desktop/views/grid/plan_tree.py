"""The plan's priorities and outcomes beside the grid, as real plans have
them. Choosing one shows only the actions under it; "Whole plan" shows all."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from safeguard_desktop.store.queries.actions import EntryNode
from safeguard_desktop.views.labels import label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_KINDS = {"priority": "Priority", "outcome": "Outcome", "duty": "Strategic duty",
               "responsibility": "Specific responsibility", "activity": "Activity", "question": "Question"}


def entry_label(entry: EntryNode) -> str:
    kind = label(ENTRY_KINDS, entry.kind)
    number = f" {entry.number}" if entry.number else ""
    return f"{kind}{number}: {entry.title}" if entry.title else f"{kind}{number}"


class PlanTree(QTreeView):
    scope_changed = Signal(object)  # frozenset of entry ids, or None for the whole plan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = QStandardItemModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(False)
        self._children: dict[int, list[int]] = {}
        self._parents: dict[int, int] = {}
        self._labels: dict[int, str] = {}
        self.selectionModel().currentChanged.connect(lambda current, _: self._chosen(current.data(ENTRY_ROLE)))

    def set_entries(self, entries: Sequence[EntryNode], counts: dict[int | None, int]) -> None:
        self.tree_model.clear()
        self._children = {}
        self._labels = {e.id: entry_label(e) for e in entries}
        self._parents = {e.id: e.parent_id for e in entries if e.parent_id in self._labels}
        total = sum(counts.values())
        whole = QStandardItem(f"Whole plan ({total} action{'s' if total != 1 else ''})")
        whole.setData(None, ENTRY_ROLE)
        self.tree_model.appendRow(whole)
        items: dict[int, QStandardItem] = {}
        for entry in entries:
            item = QStandardItem(self._labels[entry.id])
            item.setToolTip(self._labels[entry.id])
            item.setData(entry.id, ENTRY_ROLE)
            items[entry.id] = item
        for entry in entries:  # attached in plan order, whatever order parents came in
            if entry.parent_id in items:
                self._children.setdefault(entry.parent_id, []).append(entry.id)
                items[entry.parent_id].appendRow(items[entry.id])
            else:
                self.tree_model.appendRow(items[entry.id])
        for entry_id, item in items.items():
            under = sum(counts.get(i, 0) for i in self.descendants(entry_id))
            if under:
                item.setText(f"{item.text()} ({under})")
        self.expandAll()
        self.setCurrentIndex(whole.index())

    def descendants(self, entry_id: int) -> frozenset[int]:
        found, todo = {entry_id}, [entry_id]
        while todo:
            for child in self._children.get(todo.pop(), []):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return frozenset(found)

    def path_of(self, entry_id: int | None) -> str:
        """"Priority 2a: … › Outcome 2a.1: …" for the entry an action hangs on."""
        path: list[str] = []
        while entry_id is not None and entry_id in self._labels and len(path) < 8:
            path.insert(0, self._labels[entry_id])
            entry_id = self._parents.get(entry_id)
        return " › ".join(path)

    def _chosen(self, entry_id: int | None) -> None:
        self.scope_changed.emit(None if entry_id is None else self.descendants(entry_id))
