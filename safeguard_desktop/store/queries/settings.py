"""Settings that belong to the workspace, not to whoever has it open: the
rules its figures are made by, so every user, every paper and the command
line count the same way. Each is declared once here with its default
(docs/ARCHITECTURE.md, "Conventions"); ``store/ops/settings.py`` changes them."""

from __future__ import annotations

from sqlalchemy import select

from safeguard_desktop.core.paper_languages import ENGLISH, paper_language
from safeguard_desktop.core.working_days import ENGLAND, nation_of
from safeguard_desktop.store.models import Setting
from safeguard_desktop.store.workspace import Workspace

# Whether a nominated deputy counts as attended: "yes" or "no". Most boards
# accept "chief constable or nominated deputy", so yes unless set.
DEPUTY_COUNTS_AS_ATTENDED = "attendance.deputy_counts_as_attended"
# Whose bank holidays the working-day clocks skip: "england", "wales",
# "scotland" or "northern_ireland" (core/working_days.py).
NATION = "calendar.nation"
# The language of papers' fixed words (headings, markings, "Page x of y"):
# "en", "cy" (Welsh) or "both" side by side (core/paper_languages.py).
PAPER_LANGUAGE = "papers.language"
DEFAULTS: dict[str, str] = {DEPUTY_COUNTS_AS_ATTENDED: "yes", NATION: ENGLAND, PAPER_LANGUAGE: ENGLISH}
YES, NO = "yes", "no"


def workspace_setting(ws: Workspace, key: str, default: str | None = None) -> str | None:
    """The stored value of ``key``; else ``default``; else its declared default."""
    with ws.session() as s:
        value = s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    if value is not None:
        return value
    return default if default is not None else DEFAULTS.get(key)


def deputy_counts_as_attended(ws: Workspace) -> bool:
    return workspace_setting(ws, DEPUTY_COUNTS_AS_ATTENDED) != NO


def board_nation(ws: Workspace) -> str:
    """The nation whose bank holidays this workspace's clocks skip."""
    return nation_of(workspace_setting(ws, NATION))


def board_paper_language(ws: Workspace) -> str:
    """The language this board's papers are written in unless an export says otherwise."""
    return paper_language(workspace_setting(ws, PAPER_LANGUAGE))
