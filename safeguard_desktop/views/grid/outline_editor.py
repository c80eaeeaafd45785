"""The outline editor beside the grid: the plan's tree (``PlanTree``), a row
of buttons naming the keys, and a pane with the chosen line in full and its
number and guidance reference to edit.

Keys, in the tree: Insert adds a line below at the same level; Ctrl+N adds
one under it (under the deepest heading that is a row: an action, opened in
the grid to type, or a work plan's activity); F2 renames; Alt+Up/Down moves;
Tab/Shift+Tab indents/outdents; Delete deletes with everything under it.
Every step is one command on the window's undo stack (``StructureStep``)
calling one store operation."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QToolBar, QVBoxLayout, QWidget

from safeguard_desktop.core.plan_shapes import BUSINESS_PLAN, NOTE, level_word, shape_of
from safeguard_desktop.store.ops import plan_structure as ops
from safeguard_desktop.store.ops.plans import set_action_fields
from safeguard_desktop.store.queries.plan_outline import OutlineNode, plan_kind, plan_outline
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.grid.action_table_model import COLUMN_OF_FIELD
from safeguard_desktop.views.grid.outline_commands import Node, StructureStep
from safeguard_desktop.views.grid.plan_tree import NODE_ROLE, PlanTree, node_label
from safeguard_desktop.views.grid.plan_view import PlanView
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted, word
from safeguard_desktop.views.undo import push_applied

# (step, button text, key named in its tip)
BUTTONS = (
    ("add", QT_TRANSLATE_NOOP("Words", "Add"), "Insert"),
    ("add_under", QT_TRANSLATE_NOOP("Words", "Add under"), "Ctrl+N"),
    ("rename", QT_TRANSLATE_NOOP("Words", "Rename"), "F2"),
    ("up", "↑", "Alt+Up"),
    ("down", "↓", "Alt+Down"),
    ("outdent", "←", "Shift+Tab"),
    ("indent", "→", "Tab"),
    ("delete", "✕", "Delete"),
)
TIPS = {
    "add": QT_TRANSLATE_NOOP("Words", "Add a line below, at the same level"),
    "add_under": QT_TRANSLATE_NOOP("Words", "Add a line under this one"),
    "rename": QT_TRANSLATE_NOOP("Words", "Rename"),
    "up": QT_TRANSLATE_NOOP("Words", "Move up, with everything under it"),
    "down": QT_TRANSLATE_NOOP("Words", "Move down, with everything under it"),
    "indent": QT_TRANSLATE_NOOP("Words", "One level in, under the line above"),
    "outdent": QT_TRANSLATE_NOOP("Words", "One level out"),
    "delete": QT_TRANSLATE_NOOP("Words", "Delete it, with everything under it (Edit › Undo brings it back)"),
}


class OutlineEditor(QWidget):
    def __init__(self, context: AppContext, plan_view: PlanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan_view = plan_view
        self.tree: PlanTree = plan_view.tree
        self.events = plan_view.model.events
        self.tree.editable = not context.read_only
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons: dict[str, QAction] = {}
        # The same steps on the tree's context menu (right click, or the menu key), in words.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, text, key in BUTTONS:
            action = self.toolbar.addAction(word(text), lambda n=name: self.run(n))
            action.setToolTip(f"{word(TIPS[name])} ({key})")
            action.setEnabled(not context.read_only)
            self.buttons[name] = action
            in_menu = QAction(f"{word(TIPS[name])}\t{key}", self.tree)
            in_menu.triggered.connect(action.trigger)
            in_menu.setEnabled(not context.read_only)
            self.tree.addAction(in_menu)
        self.add_side = QAction(
            self.tr("Add {word} (a business plan's)").format(word=BUSINESS_PLAN.side_levels[0].word.lower()),
            self.tree,
        )
        self.add_side.triggered.connect(lambda: self.run("add_side"))
        self.add_side.setEnabled(not context.read_only)
        self.tree.addAction(self.add_side)
        self.heading = QLabel()
        self.heading.setObjectName("outlineHeading")
        self.full_text = QLabel()
        self.full_text.setObjectName("outlineFullText")
        self.full_text.setWordWrap(True)
        self.full_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. para 258, S.132 (2)"))
        self.body = _TextBox()
        self.body.setPlaceholderText(self.tr("Further text: an evidence framework, a priority's statement"))
        self.body.setMaximumHeight(90)
        self.number.editingFinished.connect(lambda: self._set_detail("number", self.number.text()))
        self.reference.editingFinished.connect(lambda: self._set_detail("reference", self.reference.text()))
        self.body.finished.connect(lambda: self._set_detail("body", self.body.toPlainText()))
        fields = QFormLayout()
        fields.addRow(self.tr("No."), self.number)
        fields.addRow(self.tr("Reference"), self.reference)
        fields.addRow(self.tr("Text"), self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.full_text)
        layout.addLayout(fields)

        self.tree.step.connect(self.run)
        self.tree.renamed.connect(lambda node, text: self.rename(tuple(node), text))
        # Not the tree's own signal: the plan view fills the tree with its signals blocked.
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_detail(self.tree.current_node()))
        self.events.structure_changed.connect(self._structure_changed)
        self._show_detail(None)

    # -- what the keys and buttons do -------------------------------------------
    def run(self, name: str) -> None:
        plan_id = self.plan_view.plan_id
        if plan_id is None or self.context.read_only:
            return
        node = self.tree.current_node()
        if name == "rename":
            if node is not None:
                self.tree.edit(self.tree.currentIndex())
            return
        if name == "add_side":
            self._add_side(plan_id, node)
        elif name == "add":
            self._add(plan_id, node, under=False)
        elif name == "add_under":
            self._add(plan_id, node, under=True)
        elif node is not None:
            self._change(plan_id, node, name)

    def _add(self, plan_id: int, node: OutlineNode | None, under: bool) -> None:
        ws = self.context.workspace
        shape = shape_of(plan_kind(ws, plan_id))
        back = self._key(node)
        if node is None:
            self._push(
                plan_id,
                self.tr("Add {level}").format(level=word(level_word(shape.levels[0].kind)).lower()),
                back,
                lambda c: _entry(ops.insert_entry(ws, plan_id, context=c)),
                edit=True,
            )
        elif node.is_row:
            noun = word(shape.row_word or "Row").lower()
            text = self.tr("Add a nested {row}") if under else self.tr("Add {level}")
            self._push(
                plan_id,
                text.format(row=noun, level=noun),
                back,
                lambda c: _row(
                    ops.insert_row(
                        ws, plan_id, **({"parent_row_id": node.id} if under else {"after_id": node.id}), context=c
                    )
                ),
                edit=True,
            )
        elif not under:
            self._push(
                plan_id,
                self.tr("Add {level}").format(level=word(level_word(node.kind)).lower()),
                back,
                lambda c: _entry(ops.insert_entry(ws, plan_id, after_id=node.id, context=c)),
                edit=True,
            )
        elif shape.child_kind(node.kind) is not None:
            self._push(
                plan_id,
                self.tr("Add {level}").format(level=word(level_word(shape.child_kind(node.kind) or "")).lower()),
                back,
                lambda c: _entry(ops.insert_entry(ws, plan_id, parent_id=node.id, context=c)),
                edit=True,
            )
        elif shape.row_word is not None and shape.level_of(node.kind) is not None:
            self._push(
                plan_id,
                self.tr("Add {level}").format(level=word(shape.row_word).lower()),
                back,
                lambda c: _row(ops.insert_row(ws, plan_id, entry_id=node.id, context=c)),
                edit=True,
            )
        else:
            self.context.show_status(
                self.tr("Nothing goes under a footnote: Insert adds a line beside it.")
                if node.kind == NOTE.kind
                else self.tr("Nothing goes under this: Insert adds a line beside it.")
            )

    def _add_side(self, plan_id: int, node: OutlineNode | None) -> None:
        """An entry kept beside the outline (an evidence framework), under
        the chosen top-level heading, or at the top."""
        shape = shape_of(plan_kind(self.context.workspace, plan_id))
        side = shape.side_levels
        if not side:
            self.context.show_status(
                self.tr("A {label} has no {word}.").format(
                    label=shape.label.lower(), word=BUSINESS_PLAN.side_levels[0].word.lower()
                )
            )
            return
        parent = None
        if node is not None and not node.is_row:
            parent = node.id if node.depth == 0 else self.tree.top_entry(node.id)
        ws, kind, noun = self.context.workspace, side[0].kind, side[0].word
        self._push(
            plan_id,
            self.tr("Add {level}").format(level=word(noun).lower()),
            self._key(node),
            lambda c: _entry(ops.insert_entry(ws, plan_id, parent_id=parent, kind=kind, title=noun, context=c)),
        )

    def _change(self, plan_id: int, node: OutlineNode, name: str) -> None:
        ws, row = self.context.workspace, node.is_row
        key = self._key(node)
        label = node_label(node)
        steps: dict[str, tuple[str, Callable[[str], list[Change]]]] = {
            "up": (
                self.tr("Move {label} up").format(label=label),
                lambda c: (ops.move_row if row else ops.move_entry)(ws, node.id, -1, c),
            ),
            "down": (
                self.tr("Move {label} down").format(label=label),
                lambda c: (ops.move_row if row else ops.move_entry)(ws, node.id, 1, c),
            ),
            "indent": (
                self.tr("Indent {label}").format(label=label),
                lambda c: (ops.indent_row if row else ops.indent_entry)(ws, node.id, c),
            ),
            "outdent": (
                self.tr("Outdent {label}").format(label=label),
                lambda c: (ops.outdent_row if row else ops.outdent_entry)(ws, node.id, c),
            ),
            "delete": (f"Delete {label}", lambda c: (ops.delete_row if row else ops.delete_entry)(ws, node.id, c)),
        }
        text, step = steps[name]
        after = self._key_near(key) if name == "delete" else key
        command = self._push(plan_id, text, key, lambda c: (after, step(c)))
        if name == "delete" and command.changes:
            rows = len({c.record_id for c in command.changes if c.table == "actions"})
            under = counted(self.tr(" and %n row(s) under it", "", rows), rows) if rows and not row else ""
            self.context.show_status(
                self.tr("Deleted {label}{under}. Edit › Undo brings it back.").format(label=label, under=under)
            )

    def rename(self, key: tuple[str, int], text: str) -> None:
        node = self.tree.nodes.get(key)
        plan_id = self.plan_view.plan_id
        if node is None or plan_id is None:
            return
        self._push(
            plan_id,
            self.tr("Rename {node_label}").format(node_label=node_label(node)),
            key,
            lambda c: (key, _rename(self.context, node, "title", text, c)),
        )

    def _set_detail(self, field: str, text: str) -> None:
        node, plan_id = self.tree.current_node(), self.plan_view.plan_id
        if node is None or plan_id is None or (getattr(node, field) or "") == text.strip():
            return
        key = self._key(node)
        what = {"number": self.tr("number"), "reference": self.tr("reference"), "body": self.tr("text")}[field]
        self._push(
            plan_id,
            self.tr("Change the {what} of {node_label}").format(what=what, node_label=node_label(node)),
            key,
            lambda c: (key, _rename(self.context, node, field, text, c)),
        )

    def _push(
        self,
        plan_id: int,
        text: str,
        undo_node: Node | None,
        step: Callable[[str], tuple[Node | None, list[Change]]],
        edit: bool = False,
    ) -> StructureStep:
        command = StructureStep(self.context.workspace, self.events, plan_id, text, step, undo_node)
        push_applied(self.context.undo_stack, command)
        if edit and command.node is not None and command.changes:
            self._start_typing(command.node)
        return command

    def _start_typing(self, node: Node) -> None:
        """A new line is ready to be named: its editor opens in the tree, or,
        for an action the tree does not list, in the grid's first text cell."""
        index = self.tree.index_of(node)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus()
            self.tree.edit(index)
            return
        grid = self.plan_view.grid
        row = grid.grid_model.row_of(node[1])
        if row is not None:
            cell = grid.grid_model.index(row, COLUMN_OF_FIELD["want"])
            grid.setCurrentIndex(cell)
            grid.setFocus()
            grid.edit(cell)

    # -- following the store ---------------------------------------------------------
    def _structure_changed(self, plan_id: int, node: Node | None) -> None:
        if plan_id == self.plan_view.plan_id:
            self.show_node(node)

    def show_node(self, node: Node | None, edit: bool = False) -> None:
        """The outline as stored now, with ``node`` current (its name being
        typed, with ``edit``)."""
        if self.plan_view.plan_id is None:
            return
        self.tree.set_outline(plan_outline(self.context.workspace, self.plan_view.plan_id), show=node)
        self._show_detail(self.tree.current_node())
        if edit and node is not None:
            self._start_typing(node)

    def _show_detail(self, node: OutlineNode | None) -> None:
        for widget in (self.number, self.reference, self.body):
            widget.blockSignals(True)
        self.number.setText(node.number or "" if node else "")
        self.reference.setText(node.reference or "" if node else "")
        self.body.setPlainText(node.body or "" if node else "")
        for widget in (self.number, self.reference, self.body):
            widget.blockSignals(False)
        editable = node is not None and not self.context.read_only
        self.number.setEnabled(editable)
        for widget in (self.reference, self.body):
            widget.setEnabled(editable and not node.is_row)  # type: ignore[union-attr]
        if node is None:
            self.heading.setText(self.tr("<b>Whole plan</b>"))
            self.full_text.setText(
                self.tr("Choose a line to read it in full. Insert adds a heading; Ctrl+N adds one under it.")
            )
            return
        head = word(level_word(node.kind)) + (f" {node.number}" if node.number else "")
        self.heading.setText("<b>" + head + "</b>" + (" · " + node.reference if node.reference else ""))
        self.full_text.setText(node.title or self.tr("(no words yet: F2 to name it)"))

    @staticmethod
    def _key(node: OutlineNode | None) -> Node | None:
        return None if node is None else ("row" if node.is_row else "entry", node.id)

    def _key_near(self, key: Node) -> Node | None:
        """The line to show once ``key`` has gone: the one above it."""
        above = self.tree.indexAbove(self.tree.index_of(key))
        found = above.data(NODE_ROLE) if above.isValid() else None
        return tuple(found) if found is not None else None  # type: ignore[return-value]


class _TextBox(QPlainTextEdit):
    """Several lines, stored when the user leaves the box (as a line edit's editingFinished)."""

    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


def _entry(made: tuple[int, list[Change]]) -> tuple[Node, list[Change]]:
    return ("entry", made[0]), made[1]


def _row(made: tuple[int, list[Change]]) -> tuple[Node, list[Change]]:
    return ("row", made[0]), made[1]


def _rename(context: AppContext, node: OutlineNode, field: str, text: str, c: str) -> list[Change]:
    if node.is_row:
        return set_action_fields(
            context.workspace, [(node.id, "want" if field == "title" else field, text.strip() or None)], context=c
        )
    return ops.rename_entry(context.workspace, node.id, c, **{field: text})
