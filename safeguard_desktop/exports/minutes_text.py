"""What minutes and agendas say, whatever the format: the order the
register is read out in, the words for an item's purpose, and each line's
cells. The PDF and Word papers lay these out; they must never word them
differently."""

from __future__ import annotations

from typing import Final

from safeguard_desktop.core.statuses import status_label
from safeguard_desktop.exports.tables import Column
from safeguard_desktop.store.queries.documents import ActionRow
from safeguard_desktop.store.queries.meeting_documents import CLOSED_ITEM, RegisterLine

# What the minutes list, in order; seats nobody marked are left to the register.
SHOWN_STATUSES: Final = ("present", "deputy", "apologies", "absent", "in_attendance")
PURPOSES: Final = {"information": "For information", "discussion": "For discussion", "decision": "For decision",
                   "scrutiny": "For scrutiny"}
ATTENDANCE_COLUMNS: Final = (Column("Name", 26), Column("Seat or role", 40), Column("Agency", 26),
                             Column("Note", 22))
ACTION_COLUMNS: Final = (Column("No.", 6), Column("Action", 48), Column("Lead", 22), Column("By when", 16),
                         Column("Status", 14))
AGENDA_COLUMNS: Final = (Column("Item", 9), Column("Title", 48), Column("Presented by", 24),
                         Column("Purpose", 18), Column("Paper", 12))


def item_heading(number: str | None, title: str) -> str:
    return f"{number}. {title}" if number else title


def item_meta(presenter: str | None, purpose: str | None, paper_ref: str | None) -> str:
    """"Presented by X · For decision · Paper SB/24/12", the parts there are."""
    return " · ".join(part for part in (f"Presented by {presenter}" if presenter else None,
                                        PURPOSES.get(purpose or "", purpose),
                                        f"Paper {paper_ref}" if paper_ref else None) if part)


def register_cells(line: RegisterLine) -> tuple[str | None, ...]:
    """Name, seat, agency, note: a deputy is named with whom they stood in for."""
    if line.status == "deputy":
        seat = f"Deputy for {line.name}, {line.seat}" if line.name else f"Deputy: {line.seat}"
        name = line.deputy or "(deputy not named)"
    else:
        name, seat = line.name, line.seat
    notes = [part for part in (_at("Arrived at", line.arrived_at), _at("Left at", line.left_at), line.note)
             if part]
    return name, seat, line.agency, "; ".join(notes)


def action_cells(action: ActionRow) -> tuple[str | None, ...]:
    what = "\n".join(part for part in (action.want, action.how) if part)
    due = action.when_text or (f"{action.target_date.day} {action.target_date:%b %Y}"
                               if action.target_date else "")
    return action.number, what, action.who, due, status_label(action.status)


def _at(what: str, item: str | None) -> str | None:
    """"Left at item 3"; "Left at a closed item" (a public paper's unnumbered closed item)."""
    if not item:
        return None
    return f"{what} {item}" if item == CLOSED_ITEM else f"{what} item {item}"
