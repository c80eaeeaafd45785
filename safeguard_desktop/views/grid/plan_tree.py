"""The plan's outline beside the grid: priorities and outcomes (duties,
responsibilities and, in a work plan, the activities nested under them), in
full, wrapped, never cut. Choosing an entry shows only the rows under it;
"Whole plan" shows all.

The tree edits nothing itself: keys become requests (``step``) and an
in-place rename becomes ``renamed``; the outline editor turns them into
undoable store operations and the tree is refilled from the store."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from safeguard_desktop.core.plan_shapes import NOTE, SHAPES, level_word
from safeguard_desktop.store.queries.plan_outline import OutlineNode
from safeguard_desktop.views.accessibility import KEEPS_TAB
from safeguard_desktop.views.i18n import counted, translate, word

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry a line scopes the grid to; None: the whole plan
NODE_ROLE = Qt.ItemDataRole.UserRole + 2  # ("entry" | "row", id); None: the whole plan
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # what an in-place rename starts from

# Entries kept beside a heading's outline rather than under it.
_BESIDE = frozenset({NOTE.kind, *(level.kind for shape in SHAPES.values() for level in shape.side_levels)})
_MOD = Qt.KeyboardModifier
# (key, modifiers) -> the step asked for. Tab and Shift+Tab would otherwise
# move the focus; Ctrl+N would otherwise make a new workspace.
KEY_STEPS: dict[tuple[int, Any], str] = {
    (Qt.Key.Key_Insert, _MOD.NoModifier): "add",
    (Qt.Key.Key_N, _MOD.ControlModifier): "add_under",
    (Qt.Key.Key_Up, _MOD.AltModifier): "up",
    (Qt.Key.Key_Down, _MOD.AltModifier): "down",
    (Qt.Key.Key_Tab, _MOD.NoModifier): "indent",
    (Qt.Key.Key_Backtab, _MOD.ShiftModifier): "outdent",
    (Qt.Key.Key_Backtab, _MOD.NoModifier): "outdent",
    (Qt.Key.Key_Delete, _MOD.NoModifier): "delete",
}


def node_label(node: OutlineNode) -> str:
    """"Specific responsibility 1.2: Set policies (para 258)", in full."""
    head = f"{word(level_word(node.kind))} {node.number}" if node.number else word(level_word(node.kind))
    if node.title.casefold() == head.casefold():  # an entry named by its level ("Evidence framework")
        text = node.title
    else:
        text = f"{head}: {node.title}" if node.title else head
    return f"{text} ({node.reference})" if node.reference else text


class _OutlineModel(QStandardItemModel):
    """An in-place rename is kept for the tree to ask of its owner once the
    editor has closed, not stored in the item: the outline is refilled from
    the store when the rename is written, which an open editor would not survive."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pending: tuple[Any, str] | None = None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return super().data(index, TITLE_ROLE)
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return super().setData(index, value, role)
        node = index.data(NODE_ROLE)
        if node is not None and str(value).strip() != (index.data(TITLE_ROLE) or ""):
            self.pending = (node, str(value))
        return True


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the width the line has: a tree
    view asks its delegate for a size without saying how wide the line is,
    so the text would be measured on one line and cut."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, self._tree.viewport().width() - depth * self._tree.indentation() - 8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), flags, text).height()
        return QSize(width, height + 6)


class PlanTree(QTreeView):
    scope_changed = Signal(object)  # frozenset of entry ids, or None for the whole plan
    step = Signal(str)  # a structure step asked for by its key (KEY_STEPS)
    renamed = Signal(object, str)  # (("entry" | "row", id), the words typed in place)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(KEEPS_TAB, True)  # Tab indents here; Ctrl+Tab leaves (views/accessibility.py)
        self.tree_model = _OutlineModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._laid_out_width = 0
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.editable = True
        self.nodes: dict[tuple[str, int], OutlineNode] = {}
        self._items: dict[tuple[str, int], QStandardItem] = {}
        self._children: dict[int, list[int]] = {}
        self._parents: dict[int, int] = {}
        self._labels: dict[int, str] = {}
        self.selectionModel().currentChanged.connect(lambda current, _: self._chosen(current))

    # -- filling ---------------------------------------------------------------
    def set_outline(self, nodes: Sequence[OutlineNode], show: tuple[str, int] | None = None) -> None:
        """Refill from the store; the line shown before (or ``show``) stays current."""
        keep = show if show is not None and show[0] == "entry" or any(n.is_row for n in nodes) else None
        keep = keep or self.current_key()  # a row the outline does not list: stay where we were
        if list(nodes) == list(self.nodes.values()) and self.tree_model.rowCount():
            # Unchanged (the grid refreshed): an editor open on a line stays open.
            if show is not None and show in self._items:
                self.setCurrentIndex(self._items[show].index())
            return
        self.tree_model.clear()
        self.nodes = {self._key(n): n for n in nodes}
        self._items = {}
        self._children, self._parents, self._labels = {}, {}, {}
        total = sum(n.rows for n in nodes if not n.is_row)
        whole = QStandardItem(counted(translate("PlanTree", "Whole plan (%n row(s))", None, total), total))
        whole.setData(None, ENTRY_ROLE)
        whole.setEditable(False)
        self.tree_model.appendRow(whole)
        stack: list[tuple[int, QStandardItem, int | None]] = []  # (depth, item, entry id)
        for node in nodes:
            while stack and stack[-1][0] >= node.depth:
                stack.pop()
            parent_entry = next((entry for _, _, entry in reversed(stack) if entry is not None), None)
            item = self._item(node, parent_entry)
            (stack[-1][1] if stack else self.tree_model.invisibleRootItem()).appendRow(item)
            stack.append((node.depth, item, None if node.is_row else node.id))
            if not node.is_row and parent_entry is not None:
                self._parents[node.id] = parent_entry
                self._children.setdefault(parent_entry, []).append(node.id)
        self._count_rows(nodes)
        self.expandAll()
        target = self._items.get(keep) if keep else None
        self.setCurrentIndex(target.index() if target is not None else whole.index())

    def _item(self, node: OutlineNode, parent_entry: int | None) -> QStandardItem:
        label = node_label(node)
        item = QStandardItem(label)
        item.setToolTip(label)
        item.setData(self._key(node), NODE_ROLE)
        # A row, an evidence framework or a footnote shows the grid of the heading it belongs to.
        beside = node.is_row or (node.kind in _BESIDE and parent_entry is not None)
        item.setData(parent_entry if beside else node.id, ENTRY_ROLE)
        item.setData(node.title, TITLE_ROLE)
        item.setEditable(self.editable)
        self._items[self._key(node)] = item
        if not node.is_row:
            self._labels[node.id] = label
        return item

    def _count_rows(self, nodes: Sequence[OutlineNode]) -> None:
        """A heading says how many rows hang under it when the rows are not lines of their own."""
        if any(n.is_row for n in nodes):
            return
        for node in nodes:
            under = sum(self.nodes[("entry", i)].rows for i in self.descendants(node.id))
            if under:
                item = self._items[("entry", node.id)]
                item.setText(f"{item.text()} ({under})")

    @staticmethod
    def _key(node: OutlineNode) -> tuple[str, int]:
        return ("row" if node.is_row else "entry", node.id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._laid_out_width:  # the lines wrap again at the new width
            self._laid_out_width = self.viewport().width()
            self.scheduleDelayedItemsLayout()

    # -- reading ---------------------------------------------------------------
    def current_key(self) -> tuple[str, int] | None:
        key = self.currentIndex().data(NODE_ROLE)
        return tuple(key) if key is not None else None  # type: ignore[return-value]

    def current_node(self) -> OutlineNode | None:
        key = self.current_key()
        return self.nodes.get(key) if key is not None else None

    def index_of(self, key: tuple[str, int]) -> QModelIndex:
        item = self._items.get(key)
        return item.index() if item is not None else QModelIndex()

    def descendants(self, entry_id: int) -> frozenset[int]:
        found, todo = {entry_id}, [entry_id]
        while todo:
            for child in self._children.get(todo.pop(), []):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return frozenset(found)

    def top_entry(self, entry_id: int) -> int:
        """The top-level heading an entry sits under (itself at the top)."""
        while entry_id in self._parents:
            entry_id = self._parents[entry_id]
        return entry_id

    def path_of(self, entry_id: int | None) -> str:
        """"Priority 2a: … › Outcome 2a.1: …" for the entry an action hangs on."""
        path: list[str] = []
        while entry_id is not None and entry_id in self._labels and len(path) < 8:
            path.insert(0, self._labels[entry_id])
            entry_id = self._parents.get(entry_id)
        return " › ".join(path)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        pending, self.tree_model.pending = self.tree_model.pending, None
        if pending is not None:  # the tree is refilled: no editor may open on the next line
            hint = QAbstractItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
        if pending is not None:
            self.renamed.emit(*pending)

    # -- keys ------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            name = self._step_of(event)
            if name is not None and self.state() != QAbstractItemView.State.EditingState:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.step.emit(name)
                return True
        return super().event(event)

    @staticmethod
    def _step_of(event: QKeyEvent) -> str | None:
        modifiers = event.modifiers() & ~_MOD.KeypadModifier
        return KEY_STEPS.get((event.key(), modifiers))

    def _chosen(self, current: QModelIndex) -> None:
        entry_id = current.data(ENTRY_ROLE)
        self.scope_changed.emit(None if entry_id is None else self.descendants(entry_id))
