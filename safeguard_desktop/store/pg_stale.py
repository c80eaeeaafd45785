"""A write refused because someone else changed the record first.

On a server several people edit at once; every update names the version of
the record it read (store/models/base.py), so one based on a copy someone
has since changed matches no row. The user is told whose record it is and
what it holds now, and can make the change again on the current value.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguard_desktop.errors import UserError

# What a record is called in a message, and the field a person knows it by.
_NAMES = ("number", "reference", "name", "title", "label")


class StaleRecordError(UserError):
    """Another writer changed the record after this one read it."""

    def __init__(self, message: str, *, table: str, record_id: int, field: str | None, current: Any) -> None:
        super().__init__(message)
        self.table = table
        self.record_id = record_id
        self.field = field
        self.current = current


def stale_record_error(session: Session, obj: Any, field: str | None, record_id: int) -> StaleRecordError:
    """Read what the record holds now (a fresh connection: the refused
    transaction can no longer read) and say so."""
    table = type(obj).__table__
    current: Any = None
    known_as = ""
    with session.get_bind().connect() as conn:
        wanted = [table.c[name] for name in _NAMES if name in table.c]
        if field is not None and field in table.c:
            wanted.append(table.c[field])
        row = conn.execute(select(*wanted).where(table.c.id == record_id)).mappings().first() if wanted else None
    if row is not None:
        known_as = next((str(row[name]) for name in _NAMES if name in row and row[name]), "")
        current = row[field] if field is not None and field in row else None
    what = f"{record_word(table.name)} {known_as or record_id}"
    if row is None:
        message = f"Someone else deleted {what} while you were changing it; your change was not saved."
    elif field is None:
        message = f"Someone else changed {what} while you were changing it; your change was not saved. Look again and retry."
    else:
        message = (f"Someone else changed {what} while you were editing it: its {field.replace('_', ' ')} is now "
                   f"{current!r}. Your change was not saved, so theirs is kept: make yours again on the current value.")
    return StaleRecordError(message, table=table.name, record_id=record_id, field=field, current=current)


def record_word(table: str) -> str:
    """"agencies" -> "agency", "plan_entries" -> "plan entry": a record's kind in words."""
    words = table.replace("_", " ")
    if words.endswith("people"):
        return words[:-6] + "person"
    if words.endswith("ies"):
        return words[:-3] + "y"
    return words[:-1] if words.endswith("s") and words != "attendance" else words
