"""What the merge needs to know of each table: its links (foreign keys, sent
between copies as the linked record's uuid), its dates, and what makes a
row unique besides its uuid."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Date, Table, UniqueConstraint

from safeguard_desktop.store.models import Base

SETTINGS = "settings"


@dataclass(frozen=True)
class TableInfo:
    table: Table
    links: dict[str, str]  # column -> table it points at
    dates: frozenset[str]
    # Column sets (beyond uuid) that may hold one row only: two copies that
    # both added such a row hold one record under two uuids.
    natural_keys: tuple[tuple[str, ...], ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def has_uuid(self) -> bool:
        return "uuid" in self.table.c

    def column(self, name: str) -> bool:
        return name in self.table.c


@cache
def table_info(name: str) -> TableInfo | None:
    table = Base.metadata.tables.get(name)
    if table is None:
        return None
    links = {c.name: next(iter(c.foreign_keys)).column.table.name for c in table.c if c.foreign_keys}
    dates = frozenset(c.name for c in table.c if isinstance(c.type, Date))
    keys = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns)
            if names != ("uuid",):
                keys.append(names)
    for column in table.c:
        if column.unique and column.name != "uuid":
            keys.append((column.name,))
    return TableInfo(table, links, dates, tuple(dict.fromkeys(keys)))
