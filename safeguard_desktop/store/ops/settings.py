"""Changing a workspace setting: one audited transaction, like any edit."""

from __future__ import annotations

from safeguard_desktop.core import minutes_headings
from safeguard_desktop.core.paper_languages import PAPER_LANGUAGES
from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import Group, Setting
from safeguard_desktop.store.queries.settings import PAPER_LANGUAGE
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace


def set_workspace_setting(ws: Workspace, key: str, value: str | None) -> Change | None:
    """Set ``key`` to ``value`` (None removes it, so its default applies
    again); returns None, writing nothing, when it already has that value."""
    with ws.transaction() as tx:
        return write_setting(tx, key, value)


def set_paper_language(ws: Workspace, language: str) -> Change | None:
    """The language of the board's papers: "en", "cy" or "both"; ValueError for any other."""
    if language not in PAPER_LANGUAGES:
        raise ValueError(f"a paper language is one of {', '.join(PAPER_LANGUAGES)}, not {language!r}")
    return set_workspace_setting(ws, PAPER_LANGUAGE, language)


def set_minutes_headings(ws: Workspace, group_id: int, wanted: dict[str, str]) -> Change | None:
    """A group's own words for the four parts of its minutes (blank: the
    default); ValueError for a heading that cannot be one."""
    value = minutes_headings.stored(wanted)
    with ws.transaction() as tx:
        group = tx.get(Group, group_id)
        return write_setting(tx, minutes_headings.setting_key(group.uuid), value)


def write_setting(tx: Tx, key: str, value: str | None) -> Change | None:
    """The write itself, inside a caller's transaction. A setting row has no
    id or UUID of its own: the audit names it by key."""
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
