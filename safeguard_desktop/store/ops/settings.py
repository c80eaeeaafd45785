"""Changing a workspace setting: one audited transaction, like any edit."""

from __future__ import annotations

from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import Setting
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace


def set_workspace_setting(ws: Workspace, key: str, value: str | None) -> Change | None:
    """Set ``key`` to ``value`` (None removes it, so its default applies
    again); returns None, writing nothing, when it already has that value.
    A setting row has no id or UUID of its own: the audit names it by key."""
    with ws.transaction() as tx:
        row = tx.session.get(Setting, key)
        old = row.value if row is not None else None
        if old == value:
            return None
        if value is None:
            tx.session.delete(row)
        elif row is None:
            tx.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        identity = f"{Setting.__tablename__}:{key}"
        tx.audit.write([PendingEntry("update", Setting.__tablename__, identity, "value", old, value)])
        change = Change(Setting.__tablename__, 0, identity, "value", old, value)
        tx.changes.append(change)
        return change
