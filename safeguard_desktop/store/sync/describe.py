"""Words for a record and a value in a conflict, shared by the command
line and the conflicts dialog."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from safeguard_desktop.store.sync.plan import ERASED
from safeguard_desktop.store.sync.schema import SETTINGS, table_info

# The column that names a record of each kind, in order of preference.
_NAMING = ("title", "name", "want", "label", "reference", "status", "discussion")
KINDS = {
    "actions": "Action", "agenda_items": "Agenda item", "attendance": "Register line", "minutes": "Minutes",
    "meetings": "Meeting", "plans": "Plan", "plan_entries": "Plan entry", "people": "Person", "seats": "Seat",
    "groups": "Group", "agencies": "Agency", "boards": "Board", "case_reviews": "Case review", SETTINGS: "Setting",
}
FIELDS = {"deleted_at": "deleted", "want": "what we want to achieve", "how": "how we will do it",
          "when_text": "when", "key_issues": "key issues", "rag": "RAG"}


def record_label(conn: Connection, table: str, record: str) -> str:
    kind = KINDS.get(table, table.replace("_", " ").capitalize())
    if table == SETTINGS:
        return f"{kind} {record.split(':', 1)[-1]}"
    info = table_info(table)
    if info is None or not info.has_uuid:
        return kind
    t = info.table
    columns = [t.c[c] for c in ("number", *_NAMING) if c in t.c]
    row = conn.execute(select(*columns).where(t.c.uuid == record)).first() if columns else None
    if row is None:
        return f"{kind} (no longer in this copy)"
    values = dict(zip([c.name for c in columns], row))
    words = next((str(values[c]) for c in _NAMING if values.get(c)), "")
    number = f" {values['number']}" if values.get("number") else ""
    return f"{kind}{number}" + (f" “{short(words, 50)}”" if words else "")


def field_label(field: str) -> str:
    return FIELDS.get(field, field.replace("_", " "))


def value_text(field: str, value: Any) -> str:
    if value == ERASED:
        return "(erased)"
    if field == "deleted_at":
        return "deleted" if value else "kept (not deleted)"
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, dict) and "uuid" in value:
        return f"(record {value['uuid'][:8]})"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def short(text: str, width: int = 60) -> str:
    one_line = " ⏎ ".join(text.splitlines())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"
