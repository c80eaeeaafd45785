"""The conflicts a file holds, in words, for the command line's listing
and its JSON report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safeguard_desktop.store.sync.describe import field_label, record_label, short, value_text
from safeguard_desktop.store.sync.resolve import open_conflicts
from safeguard_desktop.store.workspace import open_workspace


def open_conflict_rows(path: Path) -> list[dict[str, Any]]:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws:
        conflicts = open_conflicts(ws)
        with ws.engine.connect() as conn:
            return [{
                "uuid": c.uuid, "table": c.table, "record": c.record_uuid, "field": c.field,
                "what": record_label(conn, c.table, c.record_uuid),
                "here": {"value": c.here, "who": c.here_who, "when": c.here_when},
                "there": {"value": c.there, "who": c.there_who, "when": c.there_when},
            } for c in conflicts]


def conflict_lines(rows: list[dict[str, Any]], here: str, there: str) -> list[str]:
    lines = []
    for row in rows:
        lines.append(f"- {row['what']}, {field_label(row['field'])}:")
        for name, side in ((here, row["here"]), (there, row["there"])):
            when = (side["when"] or "")[:16].replace("T", " ")
            lines.append(f"    {name}: {short(value_text(row['field'], side['value']))}  ({side['who'] or '?'}, {when})")
    return lines
