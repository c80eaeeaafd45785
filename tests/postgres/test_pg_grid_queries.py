"""The action grid's reads on a server: the same rows in the same order as
the file demo for every sort of a plan, and a text search that finds every
row the file's word index finds (folded, as the other searches are)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from safeguard_desktop.core.text_fold import fold
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.pg_text_search import SEARCHED
from safeguard_desktop.store.pg_workspace import open_server_workspace
from safeguard_desktop.store.queries.actions import SORT_EXPRESSIONS, ActionFilter, SortSpec, action_ids
from safeguard_desktop.store.queries.overview import list_plans
from safeguard_desktop.store.workspace import open_workspace

PLAN = "Business Plan 2019-20"
# Sorts whose keys are not text: the same order on any engine. (Text sorts
# fold case on both, but a server's collation orders punctuation its own way.)
EXACT_SORTS = ("when_text", "rag", "status", "target_date", "number")


def _uuids(ws, ids):  # type: ignore[no-untyped-def]
    """Each row by what it says (the two demos were built apart: their uuids differ)."""
    with ws.session() as s:
        by_id = {row.id: (row.number, row.want, row.how, row.position)
                 for row in s.execute(select(Action.id, Action.number, Action.want, Action.how, Action.position)
                                      .where(Action.id.in_(ids)))}
    return [by_id[i] for i in ids]


def _plan_id(ws) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in list_plans(ws) if p.title == PLAN)


def test_sorts_and_searches_on_the_server_match_the_file(pg_demo_url: str, demo_template: Path) -> None:
    with open_workspace(demo_template, read_only=True, backup_on_open=False) as file, \
            open_server_workspace(pg_demo_url) as server:
        file_plan, server_plan = _plan_id(file), _plan_id(server)
        for field in EXACT_SORTS:
            for descending in (False, True):
                sort = SortSpec(field, descending)
                assert _uuids(server, action_ids(server, server_plan, sort)) == \
                    _uuids(file, action_ids(file, file_plan, sort)), (field, descending)
        for field in SORT_EXPRESSIONS:  # text sorts too: the same rows, every one once
            on_server = action_ids(server, server_plan, SortSpec(field))
            assert sorted(_uuids(server, on_server)) == sorted(_uuids(file, action_ids(file, file_plan)))
        for typed in ("safeguarding", "Training", "ŵyr children", "dwr"):
            found_in_file = set(_uuids(file, action_ids(file, file_plan, None, ActionFilter(text=typed))))
            on_server = action_ids(server, server_plan, None, ActionFilter(text=typed))
            assert found_in_file <= set(_uuids(server, on_server)), typed
            with server.session() as s:
                for action in s.scalars(select(Action).where(Action.id.in_(on_server))):
                    held = fold(" ".join(str(getattr(action, c) or "") for c in SEARCHED))
                    assert all(word in held for word in fold(typed).split()), (typed, action.id)
        assert action_ids(server, server_plan, None, ActionFilter(text="safeguarding"))  # it finds something
