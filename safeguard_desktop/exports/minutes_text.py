"""What minutes and agendas say, whatever the format: the order the
register is read out in, the words for an item's purpose, and each line's
cells, in the paper's language. The PDF and Word papers lay these out; they
must never word them differently."""

from __future__ import annotations

from typing import Final

from safeguard_desktop.core.minutes_headings import Headings
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.tables import Column, translated
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


def columns(which: tuple[Column, ...], w: Words) -> tuple[Column, ...]:
    return translated(which, w)


def purpose(code: str | None, w: Words) -> str | None:
    return w(PURPOSES[code]) if code in PURPOSES else code


def part_headings(headings: Headings, w: Words) -> Headings:
    """The four parts of a minute: the usual words translated, a group's own kept as it wrote them."""
    return tuple((field, w.known(label) or label) for field, label in headings)


def item_heading(number: str | None, title: str) -> str:
    return f"{number}. {title}" if number else title


def item_meta(presenter: str | None, purpose_code: str | None, paper_ref: str | None, w: Words) -> str:
    """"Presented by X · For decision · Paper SB/24/12", the parts there are."""
    return " · ".join(part for part in (f"{w('Presented by')} {presenter}" if presenter else None,
                                        purpose(purpose_code, w),
                                        f"{w('Paper')} {paper_ref}" if paper_ref else None) if part)


def register_cells(line: RegisterLine, w: Words) -> tuple[str | None, ...]:
    """Name, seat, agency, note: a deputy is named with whom they stood in for."""
    if line.status == "deputy":
        seat = f"{w('Deputy for')} {line.name}, {line.seat}" if line.name else w.label("Deputy", line.seat)
        name = line.deputy or w("(deputy not named)")
    else:
        name, seat = line.name, line.seat
    notes = [part for part in (_at("Arrived at", line.arrived_at, w), _at("Left at", line.left_at, w), line.note)
             if part]
    return name, seat, line.agency, "; ".join(notes)


def action_cells(action: ActionRow, w: Words) -> tuple[str | None, ...]:
    what = "\n".join(part for part in (action.want, action.how) if part)
    due = action.when_text or (w.short_date(action.target_date) if action.target_date else "")
    return action.number, what, action.who, due, w.status(action.status)


def _at(what: str, item: str | None, w: Words) -> str | None:
    """"Left at item 3"; "Left at a closed item" (a public paper's unnumbered closed item)."""
    if not item:
        return None
    if item == CLOSED_ITEM:
        return w(f"{what} {{item}}", item=w(CLOSED_ITEM))
    return f"{w(f'{what} item')} {item}"
