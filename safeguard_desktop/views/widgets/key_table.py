"""Tables driven by single keys: the register's P/D/S/X, matters arising's
C/F/B/O, the agenda's Insert, Delete and Ctrl+Up/Down. A table is given
bindings (keys, which modifiers, a handler) instead of each screen writing
its own keyPressEvent; a key no binding takes, or one whose handler
returns False, does what it does in any table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget

Mods = Qt.KeyboardModifier
# Which modifiers a binding accepts (the keypad flag is ignored: 4 is 4).
ANY: Callable[[Mods], bool] = lambda mods: True  # noqa: E731
CTRL: Callable[[Mods], bool] = lambda mods: bool(mods & Mods.ControlModifier)  # noqa: E731
NO_CTRL: Callable[[Mods], bool] = lambda mods: not mods & Mods.ControlModifier  # noqa: E731
PLAIN: Callable[[Mods], bool] = lambda mods: mods in (Mods.NoModifier, Mods.ShiftModifier)  # noqa: E731

# Called with the key pressed; returning False lets the table have the key.
Handler = Callable[[Qt.Key], "bool | None"]


@dataclass(frozen=True)
class Binding:
    keys: frozenset[Qt.Key]
    handler: Handler
    modifiers: Callable[[Mods], bool]
    while_editing: bool


class KeyBindings:
    """The key handling, for any item view (mixed in below)."""

    def bind(self, keys: Qt.Key | Iterable[Qt.Key], handler: Handler, *,
             modifiers: Callable[[Mods], bool] = ANY, while_editing: bool = True) -> None:
        keys = frozenset([keys] if isinstance(keys, Qt.Key) else keys)
        self.__dict__.setdefault("_bindings", []).append(Binding(keys, handler, modifiers, while_editing))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers() & ~Mods.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState  # type: ignore[attr-defined]
        for binding in self.__dict__.get("_bindings", []):
            if key in binding.keys and binding.modifiers(mods) and (binding.while_editing or not editing):
                if binding.handler(key) is not False:
                    return
        super().keyPressEvent(event)  # type: ignore[misc]


class KeyTable(KeyBindings, QTableView):
    """A table view over a model, with key bindings."""


class KeyTableWidget(KeyBindings, QTableWidget):
    """The same for a QTableWidget (a short list filled row by row)."""
