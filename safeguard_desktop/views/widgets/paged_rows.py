"""The rows of a long list as its table model keeps them: every id, in the
order SQL gave, and the content of only the pages the view has asked for
(docs/ARCHITECTURE.md, "Conventions")."""

from __future__ import annotations

from typing import Callable, Generic, Sequence, TypeVar

R = TypeVar("R")


class PagedRows(Generic[R]):
    def __init__(self, read: Callable[[Sequence[int]], dict[int, R]], size: int) -> None:
        self._read = read  # the rows of some ids, by id
        self._size = size
        self.ids: list[int] = []
        self._rows: dict[int, int] = {}  # id -> its row
        self._pages: dict[int, dict[int, R]] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.ids = ids
        self._rows = {record_id: row for row, record_id in enumerate(ids)}
        self._pages.clear()

    def row_of(self, record_id: int) -> int | None:
        return self._rows.get(record_id)

    def get(self, row: int) -> R | None:
        """The row's content, its page read the first time; None for a
        record gone since the ids were read."""
        page = row // self._size
        if page not in self._pages:
            self._pages[page] = self._read(self.ids[page * self._size:(page + 1) * self._size])
        return self._pages[page].get(self.ids[row])

    def forget(self, row: int) -> None:
        """The row's record changed: its page is read again when next asked for."""
        self._pages.pop(row // self._size, None)
