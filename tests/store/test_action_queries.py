"""The grid's reads (ids sorted and filtered in SQL, rows by page) and its
row operations (insert, duplicate, delete, move, renumber), each audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, select

from safeguard_desktop.store import migrations
from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.fileformat import APPLICATION_ID, SCHEMA_VERSION
from safeguard_desktop.store.models import Action, ActionUpdate, AuditEntry
from safeguard_desktop.store.ops.plans import (
    add_actions,
    add_entry,
    create_plan,
    delete_actions,
    duplicate_actions,
    edit_actions,
    insert_actions,
    move_actions,
    paste_actions,
    renumber_proposal,
    restore_actions,
    set_action_field,
    set_action_positions,
)
from safeguard_desktop.store.queries.actions import (
    SORT_EXPRESSIONS,
    SORTABLE,
    ActionFilter,
    SortSpec,
    action_ids,
    action_rows,
    fts_query,
    ids_query,
    lead_names,
    rag_counts,
)
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import open_workspace

FIELDS = ("number", "cab", "want", "lead", "rag", "when_text", "when_date", "confidential")
ROWS = [dict(zip(FIELDS, values)) for values in [
    ("1.1", "C", "Ansawdd dŵr i blant", "Heddlu Gwent", "red", "March 2020", date(2020, 3, 31), False),
    ("1.10", "A", "Audit of adult referrals", "chair of QA", "amber", None, None, False),
    ("1.2", "B", "Training for schools", "Education", "green", None, None, True),
    ("1.3a", "C", "Voice of the child", None, None, "31/03/2099", date(2099, 3, 31), False),
    (None, None, "Note to colleagues ???", "Chair of QA", "blue", "2019", date(2019, 12, 31), False),
]]


@pytest.fixture
def plan(workspace):
    plan_id = create_plan(workspace, board_id=boards(workspace)[0].id, title="Business plan 2024-25")
    return plan_id, add_actions(workspace, [{"plan_id": plan_id, **row} for row in ROWS])


def numbers(ws, ids):
    rows = action_rows(ws, ids)
    return [rows[i].number for i in ids]


def test_plan_order_is_the_default_and_sorting_keeps_blanks_last_both_ways(workspace, plan):
    plan_id, ids = plan
    assert action_ids(workspace, plan_id) == ids
    by_lead = action_ids(workspace, plan_id, SortSpec("lead"))
    leads = [action_rows(workspace, [i])[i].lead for i in by_lead]
    # Case does not split "Chair of QA" from "chair of QA"; ties keep plan order.
    assert leads == ["chair of QA", "Chair of QA", "Education", "Heddlu Gwent", None]
    down = action_ids(workspace, plan_id, SortSpec("lead", descending=True))
    assert [action_rows(workspace, [i])[i].lead for i in down] == [
        "Heddlu Gwent", "Education", "chair of QA", "Chair of QA", None]


def test_numbers_sort_naturally(workspace, plan):
    plan_id, _ = plan
    assert numbers(workspace, action_ids(workspace, plan_id, SortSpec("number"))) == ["1.1", "1.2", "1.3a", "1.10", None]
    assert numbers(workspace, action_ids(workspace, plan_id, SortSpec("number", True))) == ["1.10", "1.3a", "1.2", "1.1", None]


def test_rag_sorts_worst_first(workspace, plan):
    plan_id, _ = plan
    rows = action_rows(workspace, action_ids(workspace, plan_id))
    ordered = action_ids(workspace, plan_id, SortSpec("rag"))
    assert [rows[i].rag for i in ordered] == ["red", "amber", "green", "blue", None]


@pytest.mark.parametrize("typed", ["dwr", "DŴR", "dŵr", "Dw"])
def test_text_filter_matches_welsh_letters_either_way_and_by_prefix(workspace, plan, typed):
    plan_id, ids = plan
    assert action_ids(workspace, plan_id, filters=ActionFilter(text=typed)) == [ids[0]]


@pytest.mark.parametrize("typed", ['"', 'AND', 'lead: x', '* NEAR(', '-', 'dŵr"', "'; DROP TABLE actions"])
def test_fts_syntax_typed_by_a_user_is_only_text(workspace, plan, typed):
    plan_id, ids = plan
    found = action_ids(workspace, plan_id, filters=ActionFilter(text=typed))
    assert set(found) <= set(ids)
    assert fts_query("- ") is None


def test_filters_for_rag_cab_lead_overdue_confidential(workspace, plan):
    plan_id, ids = plan
    find = lambda **kw: action_ids(workspace, plan_id, filters=ActionFilter(**kw))  # noqa: E731
    assert find(rags=frozenset({"red", None})) == [ids[0], ids[3]]
    assert find(cabs=frozenset({"C"})) == [ids[0], ids[3]]
    assert find(lead="CHAIR OF QA") == [ids[1], ids[4]]
    # Overdue: open and due before today; blue (complete) is never overdue.
    assert find(overdue=True, today=date(2024, 1, 1)) == [ids[0]]
    assert find(confidential=True) == [ids[2]]
    assert find(confidential=False) == [ids[0], ids[1], ids[3], ids[4]]
    assert find(text="chair", rags=frozenset({"blue"})) == [ids[4]]
    assert lead_names(workspace, plan_id) == ["chair of QA", "Education", "Heddlu Gwent"]


def test_rag_counts_follow_the_filter(workspace, plan):
    plan_id, _ = plan
    counts = rag_counts(workspace, plan_id)
    assert counts == {"red": 1, "amber": 1, "green": 1, "blue": 1, "none": 0, None: 1}
    assert rag_counts(workspace, plan_id, ActionFilter(cabs=frozenset({"C"})))["red"] == 1
    assert sum(rag_counts(workspace, plan_id, ActionFilter(cabs=frozenset({"A"}))).values()) == 1


def test_every_sort_reads_an_index_not_a_temporary_sort(workspace, plan):
    plan_id, _ = plan
    assert SORTABLE - set(SORT_EXPRESSIONS) == {"number"}
    with workspace.engine.connect() as conn:
        for field in SORT_EXPRESSIONS:
            query = ids_query(plan_id, SortSpec(field), ActionFilter())
            compiled = query.compile(dialect=conn.dialect)
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", (plan_id,)).fetchall()
            detail = " ".join(row[3] for row in rows)
            assert "USING INDEX ix_actions_live_" in detail, (field, detail)
            assert "TEMP B-TREE" not in detail, (field, detail)


def test_a_rare_word_drives_the_query_from_the_search_index(workspace, plan):
    plan_id, _ = plan
    query = ids_query(plan_id, SortSpec("lead"), ActionFilter(text="dwr"), search_first=True)
    with workspace.engine.connect() as conn:
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}",
                                    tuple(params[n] for n in compiled.positiontup)).fetchall()
    detail = " ".join(row[3] for row in rows)
    assert "INTEGER PRIMARY KEY" in detail and "ix_actions_live" not in detail, detail


def test_deleted_rows_leave_the_grid_and_come_back_on_restore(workspace, plan):
    plan_id, ids = plan
    delete_actions(workspace, [ids[1], ids[2]])
    assert action_ids(workspace, plan_id) == [ids[0], ids[3], ids[4]]
    assert action_rows(workspace, [ids[1]])[ids[1]].want == "Audit of adult referrals"
    restore_actions(workspace, [ids[1], ids[2]])
    assert action_ids(workspace, plan_id) == ids


def test_insert_above_and_below_lands_between_neighbours_under_the_same_outcome(workspace, plan):
    plan_id, ids = plan
    outcome = add_entry(workspace, plan_id=plan_id, kind="outcome", title="Children are safe", number="1.1")
    set_action_field(workspace, ids[1], "entry_id", outcome)
    below = insert_actions(workspace, plan_id, 2, near_id=ids[1], below=True)
    above = insert_actions(workspace, plan_id, 1, near_id=ids[0], below=False)
    end = insert_actions(workspace, plan_id, 1)
    assert action_ids(workspace, plan_id) == [*above, ids[0], ids[1], *below, *ids[2:], *end]
    rows = action_rows(workspace, below)
    assert {rows[i].entry_id for i in below} == {outcome}


def test_many_inserts_at_one_place_space_the_plan_out_again(workspace, plan):
    plan_id, ids = plan
    for _ in range(60):
        insert_actions(workspace, plan_id, 1, near_id=ids[0], below=True)
    order = action_ids(workspace, plan_id)
    assert order[0] == ids[0] and order[-4:] == ids[1:]
    assert len(set(r.position for r in action_rows(workspace, order).values())) == len(order)


def test_duplicate_copies_rows_after_the_last_one(workspace, plan):
    plan_id, ids = plan
    copies = duplicate_actions(workspace, [ids[2], ids[0]])
    assert action_ids(workspace, plan_id) == [ids[0], ids[1], ids[2], *copies, ids[3], ids[4]]
    rows = action_rows(workspace, copies)
    assert [rows[i].want for i in copies] == ["Ansawdd dŵr i blant", "Training for schools"]
    assert rows[copies[1]].confidential is True


def test_moving_rows_up_and_down_and_back(workspace, plan):
    plan_id, ids = plan
    before = {i: r.position for i, r in action_rows(workspace, ids).items()}
    changes = move_actions(workspace, [ids[2], ids[3]], -1)
    assert action_ids(workspace, plan_id) == [ids[0], ids[2], ids[3], ids[1], ids[4]]
    move_actions(workspace, [ids[0]], +1)
    assert action_ids(workspace, plan_id) == [ids[2], ids[0], ids[3], ids[1], ids[4]]
    move_actions(workspace, [ids[4]], +1)  # already last: nothing moves
    assert action_ids(workspace, plan_id)[-1] == ids[4]
    assert len(changes) == 1
    set_action_positions(workspace, before)
    assert action_ids(workspace, plan_id) == ids


def test_renumber_is_proposed_within_each_priority_keeping_letters(workspace):
    ws = workspace
    plan_id = create_plan(ws, board_id=boards(ws)[0].id, title="Plan")
    p2 = add_entry(ws, plan_id=plan_id, kind="priority", title="Safe", number="2a")
    outcome = add_entry(ws, plan_id=plan_id, kind="outcome", title="Outcome", number="2a.1", parent_id=p2)
    ids = add_actions(ws, [{"plan_id": plan_id, "entry_id": outcome, "number": n}
                           for n in ("2a.1", "2a.1", "2a.4", "2a.4a", None)])
    loose = add_actions(ws, [{"plan_id": plan_id, "number": n} for n in ("3.1", "3.5")])
    proposal = renumber_proposal(ws, plan_id)
    assert proposal == [(ids[2], "2a.4", "2a.2"), (ids[3], "2a.4a", "2a.2a"), (ids[4], None, "2a.3"),
                        (loose[1], "3.5", "3.2")]


def test_edits_write_audit_rows_and_rag_history(workspace, plan):
    plan_id, ids = plan
    edit_actions(workspace, cells=[(ids[0], "rag", "green"), (ids[0], "how", "Termau")], context="grid")
    with workspace.session() as s:
        action = s.get(Action, ids[0])
        trail = s.scalars(select(AuditEntry).where(AuditEntry.record_uuid == action.uuid)
                          .order_by(AuditEntry.id)).all()
        history = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == ids[0])).all()
    assert [(t.field, decode(t.old_value), decode(t.new_value)) for t in trail if t.field in ("rag", "how")] == [
        ("rag", "red", "green"), ("how", None, "Termau")]
    assert trail[-1].context == "grid"
    assert [(h.kind, h.old_value, h.new_value) for h in history] == [("rag", "red", "green")]


def test_paste_past_the_end_adds_rows_and_undo_removes_them(workspace, plan):
    plan_id, ids = plan
    changes, new_ids = paste_actions(workspace, plan_id, [(ids[4], "want", "Pasted")],
                                     [{"want": "New one", "rag": "amber"}], after_id=ids[4])
    assert action_ids(workspace, plan_id) == [*ids, *new_ids]
    assert action_rows(workspace, new_ids)[new_ids[0]].rag == "amber"
    edit_actions(workspace, cells=[(ids[4], "want", "Note to colleagues ???")], delete=new_ids)
    assert action_ids(workspace, plan_id) == ids
    assert len(changes) >= 3


def test_a_first_revision_workspace_gets_the_grid_indexes_on_upgrade(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, "0001")
    engine.dispose()
    ws = open_workspace(path, backup_on_open=False)
    try:
        with ws.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_actions_live_%'")}
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert {"ix_actions_live_position", "ix_actions_live_lead", "ix_actions_live_rag"} <= names
    finally:
        ws.close()


def _history(ws, action_id):
    with ws.session() as s:
        return [(h.kind, h.old_value, h.new_value, h.note) for h in s.scalars(
            select(ActionUpdate).where(ActionUpdate.action_id == action_id).order_by(ActionUpdate.id))]


def test_a_rating_change_returns_the_date_it_moved_and_an_undo_puts_it_back(workspace, plan):
    from safeguard_desktop.store.ops.plans import set_action_fields

    plan_id, ids = plan
    set_action_field(workspace, ids[0], "last_updated", date(2024, 1, 5))
    changes = set_action_fields(workspace, [(ids[0], "rag", "green")], context="Set RAG")
    stamps = [(c.old, c.new) for c in changes if c.field == "last_updated"]
    assert stamps == [(date(2024, 1, 5), date.today())]  # returned, so an undo can write it back
    # The undo writes back what it recorded; the store neither re-dates the
    # action nor records a fresh change: the history says it was undone.
    set_action_fields(workspace, [(ids[0], "last_updated", date(2024, 1, 5)), (ids[0], "rag", "red")],
                      context="Undo: Set RAG", replay="undo")
    row = action_rows(workspace, [ids[0]])[ids[0]]
    assert (row.rag, row.last_updated) == ("red", date(2024, 1, 5))
    set_action_fields(workspace, [(ids[0], "rag", "green"), (ids[0], "last_updated", date.today())],
                      context="Redo: Set RAG", replay="redo")
    assert _history(workspace, ids[0]) == [("rag", "red", "green", None), ("rag", "green", "red", "undone"),
                                           ("rag", "red", "green", "redone")]


def test_progress_saved_as_it_is_typed_is_one_history_entry(workspace, plan):
    plan_id, ids = plan
    for typed in ("On", "On track", "On track: audit done"):
        set_action_field(workspace, ids[1], "progress", typed)
    assert _history(workspace, ids[1]) == [("progress", None, "On track: audit done", None)]
    set_action_field(workspace, ids[1], "rag", "green")
    set_action_field(workspace, ids[1], "progress", "Audit reported")
    # Once something else was recorded in between, the next text is a new entry.
    assert _history(workspace, ids[1])[-1] == ("progress", "On track: audit done", "Audit reported", None)
    assert len(_history(workspace, ids[1])) == 3


@pytest.mark.parametrize("lead", ["Canolfan Ŵyr", "ÉQUIPE Santé"])
def test_the_lead_filter_finds_leads_whose_capitals_sqlite_cannot_fold(workspace, lead):
    plan_id = create_plan(workspace, board_id=boards(workspace)[0].id, title="Cynllun")
    ids = add_actions(workspace, [{"plan_id": plan_id, "want": w, "lead": l} for w, l in [
        ("One", lead), ("Two", "Police"), ("Three", lead.casefold()), ("Four", lead.upper())]])
    names = lead_names(workspace, plan_id)
    # One choice per lead however it was capitalised: the spelling used first.
    assert names == sorted([lead, "Police"], key=str.casefold)
    for chosen in (lead, lead.casefold(), lead.upper()):
        assert action_ids(workspace, plan_id, filters=ActionFilter(lead=chosen)) == [ids[0], ids[2], ids[3]]
    assert rag_counts(workspace, plan_id, ActionFilter(lead=lead))[None] == 3


def test_the_grid_and_the_papers_read_one_set_of_action_fields(workspace, plan):
    from safeguard_desktop.store.ops import plans
    from safeguard_desktop.store.queries import documents
    from safeguard_desktop.store.queries.actions import ActionFields, ActionRow

    grid_fields, paper_fields = set(ActionRow.__dataclass_fields__), set(documents.ActionRow.__dataclass_fields__)
    assert issubclass(ActionRow, ActionFields) and issubclass(documents.ActionRow, ActionFields)
    assert grid_fields & paper_fields == set(ActionFields.__dataclass_fields__)  # declared once
    plan_id, ids = plan
    paper = documents.action_plan(workspace, plan_id, public=False)
    first = next(iter(paper.actions))
    assert (first.number, first.want, first.overdue(date(2024, 1, 1))) == ("1.1", "Ansawdd dŵr i blant", True)
    # The history helpers are public for the other operations that write history.
    assert plans.history_text(date(2024, 3, 31)) == "2024-03-31" and callable(plans.record_history)
