"""Qt only: the window, its pages, table models, delegates, undo commands.

What the window needs to paint a workspace's first page is imported here,
before any module of this package imports PySide6: PySide6 reads the source
of every module imported after it (looking for ``from __feature__ import``),
a cost best paid by modules loaded after the window has painted. The rest
(the other pages, exports, imports, the store's writes) is imported when
first used (docs/ARCHITECTURE.md, "Start-up"). Only the start's speed
depends on this list: a module left out is still imported where it is used.
"""

from __future__ import annotations

import importlib
import sys

_BEFORE_QT = ()


def _import_before_qt() -> None:
    for name in _BEFORE_QT:
        importlib.import_module(name)


def keep_none_alive() -> None:
    """PySide6 6.12 drops a reference to ``None`` on every call of a Qt
    method that returns nothing (``setWindowTitle``, ``update``...): after
    some 40,000 such calls, a few hours of use, Python frees ``None`` and
    aborts ("Fatal Python error: none_dealloc"; measured here: 6.11.3 does not leak). From
    Python 3.12 ``None`` is immortal; before, it is given references enough
    for decades of calls without a pause. Its count is the first field of the object in
    CPython's release builds, the only ones this touches."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 50  # a million calls a second for 35 years


keep_none_alive()
_import_before_qt()
