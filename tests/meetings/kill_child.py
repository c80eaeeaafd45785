"""The child of the kill test: a minute-taker recording attendance and
typing minutes as fast as the store allows. It prints the number of each
edit after the edit's transaction has committed (an acknowledged edit), and
is killed with SIGKILL at a random moment by the test.

The edits are a pure function of the seed and the workspace's state when the
child starts, so the test can replay them and know what must be on disk.
"""

from __future__ import annotations

import random
import string
import sys
from typing import Iterator

from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.store.workspace import Workspace, open_workspace

STATUSES = ("present", "deputy", "apologies", "absent")
PARTS = ("context", "key_issues", "discussion", "decision")
State = dict[str, object]
Edit = tuple


def read_state(ws: Workspace, meeting_id: int) -> State:
    """Everything the child changes, as plain values."""
    state: State = {}
    for line in q.register(ws, meeting_id):
        state[f"seat:{line.seat_id}"] = (line.status, line.deputy_name)
    texts = q.minutes(ws, meeting_id)
    for item in q.agenda(ws, meeting_id):
        for part in PARTS:
            state[f"minute:{item.id}:{part}"] = getattr(texts.get(item.id, q.MinuteText()), part) or ""
    state["guests"] = tuple(sorted(g.name for g in q.guests(ws, meeting_id)))
    state["actions"] = tuple(sorted(a.want or "" for a in q.actions_arising(ws, meeting_id)))
    return state


def edits(seed: int, state: State) -> Iterator[Edit]:
    rng = random.Random(seed)
    seats = sorted(int(k.split(":")[1]) for k in state if k.startswith("seat:"))
    minute_keys = sorted(k for k in state if k.startswith("minute:"))
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.3:
            status = rng.choice(STATUSES)
            yield ("seat", rng.choice(seats), status, f"Deputy {seed}-{n}" if status == "deputy" else None)
        elif roll < 0.95:
            # A keystroke: a letter, a space, or (now and then) a backspace.
            yield ("key", rng.choice(minute_keys), rng.choice(string.ascii_letters + "  \b"))
        elif roll < 0.98:
            yield ("guest", f"Guest {seed}-{n}")
        else:
            yield ("action", f"Action {seed}-{n}")


def apply(state: State, edit: Edit) -> None:
    kind = edit[0]
    if kind == "seat":
        state[f"seat:{edit[1]}"] = (edit[2], edit[3])
    elif kind == "key":
        text = str(state[edit[1]])
        state[edit[1]] = text[:-1] if edit[2] == "\b" else text + edit[2]
    elif kind == "guest":
        state["guests"] = tuple(sorted((*state["guests"], edit[1])))  # type: ignore[misc]
    elif kind == "action":
        state["actions"] = tuple(sorted((*state["actions"], edit[1])))  # type: ignore[misc]


def perform(ws: Workspace, meeting_id: int, state: State, edit: Edit) -> None:
    kind = edit[0]
    if kind == "seat":
        ops.mark_attendance(ws, meeting_id=meeting_id, seat_id=edit[1], status=edit[2], deputy_name=edit[3])
    elif kind == "key":
        _, item, part = edit[1].split(":")
        ops.write_minute(ws, agenda_item_id=int(item), field=part, text=str(state[edit[1]]))
    elif kind == "guest":
        ops.add_guest(ws, meeting_id=meeting_id, name=edit[1])
    elif kind == "action":
        item = int(sorted(k for k in state if k.startswith("minute:"))[0].split(":")[1])
        acts.add_action_arising(ws, agenda_item_id=item, want=edit[1])


def main(path: str, meeting_id: int, seed: int) -> None:
    ws = open_workspace(path, backup_on_open=False)
    state = read_state(ws, meeting_id)
    print("ready", flush=True)
    for number, edit in enumerate(edits(seed, state)):
        apply(state, edit)
        perform(ws, meeting_id, state, edit)
        print(number, flush=True)  # only after the commit: this edit is acknowledged


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
