"""Seats: the words for their roles, and the nominated deputies a seat's
notes name. Shared by the People page, the membership import and the
membership paper."""

from __future__ import annotations

from typing import Final

SEAT_ROLES: Final = {
    "chair": "Chair", "vice_chair": "Vice-chair", "member": "Member", "adviser": "Adviser",
    "observer": "Observer", "secretariat": "Secretariat",
}
IN_ATTENDANCE_WORDS: Final = "In attendance, not a member"
# A nominated deputy is kept as a line of the seat's notes, as boards write it.
DEPUTY_NOTE: Final = "Nominated deputy: "


def seat_role_words(role: str, voting: bool, in_attendance: bool) -> str:
    """"Member", "Adviser (non-voting)", or "In attendance, not a member"."""
    if in_attendance:
        return IN_ATTENDANCE_WORDS
    words = SEAT_ROLES.get(role, role.replace("_", " ").capitalize())
    return words if voting else f"{words} (non-voting)"


def nominated_deputies(notes: str | None) -> list[str]:
    return [line[len(DEPUTY_NOTE):].strip() for line in (notes or "").splitlines() if line.startswith(DEPUTY_NOTE)]


def with_deputy(notes: str | None, name: str) -> str:
    """The notes with ``name`` as a nominated deputy (once)."""
    if name in nominated_deputies(notes):
        return notes or ""
    return "\n".join(filter(None, [notes, DEPUTY_NOTE + name]))
