"""Reads for the action-plan grid, fast at 100,000 rows.

The grid reads in two steps: the ids of the rows it shows, filtered and
sorted in SQL (``action_ids``), then the content of one page of those ids at a
time (``action_rows``). Sorting walks the partial indexes of revision 0002
(live rows only, with ``position`` as the tiebreak), so the ORDER BY
expressions below must stay exactly as that revision wrote them; a test
checks every sortable column still reads from an index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, text

from safeguard_desktop.core.numbering import number_sort_key
from safeguard_desktop.core.rag import RAG_VALUES
from safeguard_desktop.core.timescales import is_overdue
from safeguard_desktop.store.models import Action, Plan, PlanEntry
from safeguard_desktop.store.pg_text_search import ActionTextMatch
from safeguard_desktop.store.queries.action_log import OPEN_STATUSES
from safeguard_desktop.store.queries.plan_layout import Layout, banner_entries, lay_out
from safeguard_desktop.store.workspace import Workspace

PAGE_SIZE = 200
SEARCH_DRIVES_UP_TO = 5000

# RAG ratings in the order a board reads them: the worst first.
RAG_RANK = (
    "(CASE rag WHEN 'red' THEN 1 WHEN 'amber' THEN 2 WHEN 'green' THEN 3 "
    "WHEN 'blue' THEN 4 WHEN 'none' THEN 5 END)"
)
STATUS_RANK = (
    "(CASE status WHEN 'open' THEN 1 WHEN 'completed' THEN 2 WHEN 'carried_forward' THEN 3 "
    "WHEN 'closed_by_board' THEN 4 END)"
)


def _text_key(column: str, prefix: int | None = None) -> tuple[str, str]:
    # Long text sorts on its first 40 characters: the index stays small and
    # two cells that agree that far are as good as equal to a reader.
    key = f"substr({column}, 1, {prefix})" if prefix else column
    return f"coalesce({column}, '') = ''", f"{key} COLLATE NOCASE"


# field -> (blank test, sort key). Blanks sort last whichever way, as in
# Excel; ties keep plan order. "number" is missing on purpose: see _by_number.
SORT_EXPRESSIONS: dict[str, tuple[str, str]] = {
    "cab": _text_key("cab"),
    "want": _text_key("want", 40),
    "how": _text_key("how", 40),
    "lead": _text_key("lead"),
    "measure": _text_key("measure", 40),
    "when_text": ("when_date IS NULL", "when_date"),
    "progress": _text_key("progress", 40),
    "rag": (f"{RAG_RANK} IS NULL", RAG_RANK),
    "status": (f"{STATUS_RANK} IS NULL", STATUS_RANK),
    "target_date": ("target_date IS NULL", "target_date"),
    "last_updated": ("last_updated IS NULL", "last_updated"),
    "source": _text_key("source", 40),
}
SORTABLE = frozenset(SORT_EXPRESSIONS) | {"number"}


@dataclass(frozen=True)
class SortSpec:
    field: str
    descending: bool = False

    def __post_init__(self) -> None:
        if self.field not in SORTABLE:
            raise ValueError(f"cannot sort actions by {self.field}")


@dataclass(frozen=True)
class ActionFilter:
    """What the filter bar asks for; the default shows every live row.

    ``rags`` may hold None for rows with no rating yet; ``confidential`` is
    None for all rows, True for only confidential ones, False to hide them;
    ``entry_ids`` narrows to the actions under those priorities/outcomes."""

    text: str = ""
    rags: frozenset[str | None] = frozenset()
    cabs: frozenset[str] = frozenset()
    lead: str | None = None
    overdue: bool = False
    confidential: bool | None = None
    entry_ids: frozenset[int] | None = None
    today: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == ActionFilter(today=self.today)


@dataclass(frozen=True)
class ActionFields:
    """What every read of an action carries, whoever shows it: the grid's
    row here, a paper's row in ``documents``. Each adds its own fields."""

    id: int
    uuid: str
    number: str | None
    cab: str | None
    want: str | None
    how: str | None
    lead: str | None
    measure: str | None
    when_text: str | None
    when_date: date | None
    progress: str | None
    rag: str | None
    status: str
    target_date: date | None
    last_updated: date | None
    source: str | None

    @property
    def due(self) -> date | None:
        """The date that makes the row overdue: the target date when the
        plan has one, else the date understood from "When?"."""
        return self.target_date or self.when_date

    def overdue(self, today: date | None = None) -> bool:
        return is_overdue(self.due, self.status, today, self.rag)


@dataclass(frozen=True)
class ActionRow(ActionFields):
    """One row of the action-plan grid."""

    plan_id: int | None
    entry_id: int | None
    position: float
    confidential: bool


_ROW_COLUMNS = [getattr(Action, name) for name in ActionRow.__dataclass_fields__]


def fts_query(text_: str) -> str | None:
    """User words as a safe FTS5 query: every word must appear, each as a
    prefix ("dŵr" and "dwr" alike, the index folds accents). Words are quoted
    so that FTS5 syntax (AND, NEAR, *, ", column:) typed by a user is just text.
    Returns None when nothing searchable was typed."""
    terms = []
    for word in text_.split():
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"*')
    return " ".join(terms) if terms else None


def _conditions(plan_id: int, flt: ActionFilter, search_first: bool,
                leads: Sequence[str] | None = None) -> list[ColumnElement[bool]]:
    # These two make every query match the partial indexes' WHERE clause.
    # When the search should drive the query, a unary + keeps SQLite from
    # walking a plan index instead: the matches are then found by their key.
    plan = literal_column("+actions.plan_id") if search_first else Action.plan_id
    conditions: list[ColumnElement[bool]] = [plan == plan_id, Action.deleted_at.is_(None)]
    query = fts_query(flt.text)
    if query is not None:
        conditions.append(ActionTextMatch(query, flt.text))  # the FTS5 index, or folded text on a server
    if flt.rags:
        named = [r for r in flt.rags if r is not None]
        either = [Action.rag.in_(named)] if named else []
        if None in flt.rags:
            either.append(Action.rag.is_(None))
        conditions.append(or_(*either))
    if flt.cabs:
        conditions.append(Action.cab.in_(sorted(flt.cabs)))
    if flt.lead is not None:
        # Every stored spelling of the chosen lead (``lead_spellings``): SQLite's
        # lower() folds ASCII only, so "CANOLFAN ŴYR" would never meet "canolfan ŵyr".
        conditions.append(Action.lead.in_(sorted(leads) if leads is not None else [flt.lead]))
    if flt.overdue:
        due = func.coalesce(Action.target_date, Action.when_date)
        conditions.extend([Action.status.in_(OPEN_STATUSES), due < (flt.today or date.today()),
                           func.coalesce(Action.rag, "") != "blue"])
    if flt.confidential is not None:
        conditions.append(Action.confidential.is_(flt.confidential))
    if flt.entry_ids is not None:
        conditions.append(Action.entry_id.in_(sorted(flt.entry_ids)))
    return conditions


def _select(columns: Sequence[Any], plan_id: int, flt: ActionFilter, search_first: bool = False,
            leads: Sequence[str] | None = None) -> Select[Any]:
    return select(*columns).where(and_(*_conditions(plan_id, flt, search_first, leads)))


def lead_key(lead: str | None) -> str:
    """Leads that differ only in case or spacing are one lead: Python's
    casefold, which knows Ŵ and É as SQLite's lower() does not."""
    return " ".join((lead or "").casefold().split())


def lead_spellings(ws: Workspace, plan_id: int, lead: str | None) -> list[str] | None:
    """The plan's stored spellings of ``lead`` ("Canolfan Ŵyr", "CANOLFAN
    ŴYR"...), for the lead filter; None when no lead is asked for."""
    if lead is None:
        return None
    wanted = lead_key(lead)
    return [name for name in _stored_leads(ws, plan_id) if lead_key(name) == wanted] or [lead]


def _stored_leads(ws: Workspace, plan_id: int) -> list[str]:
    """Each distinct stored "Who will lead?" of the plan's live rows, the most
    used first (plan order on a tie)."""
    with ws.session() as s:
        rows = s.execute(select(Action.lead).where(Action.plan_id == plan_id, Action.deleted_at.is_(None),
                                                   func.coalesce(Action.lead, "") != "")
                         .group_by(Action.lead).order_by(func.count().desc(), func.min(Action.position)))
        return [lead for (lead,) in rows]


def _search_first(ws: Workspace, flt: ActionFilter) -> bool:
    """Whether the text search should drive the query. Up to a few thousand
    matches, it should: 0.2 ms for 100 matches among 100,000 rows, against
    10 ms to walk the plan's index checking every row. For a common word
    (90,000 matches) walking the index is twice as fast."""
    query = fts_query(flt.text)
    if query is None:
        return False
    with ws.session() as s:
        if s.get_bind().dialect.name != "sqlite":
            return False  # no index of words on a server: the plan's rows drive
        found = s.execute(text("SELECT count(*) FROM actions_fts WHERE actions_fts MATCH :fts"), {"fts": query})
        return (found.scalar() or 0) <= SEARCH_DRIVES_UP_TO


def action_ids(ws: Workspace, plan_id: int, sort: SortSpec | None = None,
               filters: ActionFilter = ActionFilter()) -> list[int]:
    """The ids of the plan's live actions that pass ``filters``, in plan
    order or sorted by one column (plan order breaks ties)."""
    leads = lead_spellings(ws, plan_id, filters.lead)
    if sort is not None and sort.field == "number":
        return _by_number(ws, plan_id, sort.descending, filters, leads)
    query = ids_query(plan_id, sort, filters, _search_first(ws, filters), leads)
    return [row_id for (row_id,) in _raw(ws, query)]


def plan_layout(ws: Workspace, plan_id: int, filters: ActionFilter = ActionFilter()) -> Layout:
    """The plan's rows that pass ``filters`` in plan order, under banners for
    their priorities and outcomes (duties and responsibilities), footnotes
    after the rows that cite them. Unfiltered, every entry has its banner;
    filtered, only the groups with rows shown.

    The ids come from the covering index as ``action_ids`` reads them, and
    where each row hangs from the entry and parent indexes alone: reading
    those two columns beside the ids would visit every row of the table
    (three times as long for 100,000 rows)."""
    entries = banner_entries(ws, plan_id)
    ids = action_ids(ws, plan_id, None, filters)
    if not entries:
        return Layout(ids, {}, {})
    entry_of: dict[int, int] = {}
    parent_of: dict[int, int] = {}
    with ws.session() as s:
        if s.get_bind().dialect.name != "sqlite":  # a server: its own planner, named parameters
            entry_of.update(s.execute(text(
                "SELECT id, entry_id FROM actions WHERE entry_id IN (SELECT id FROM plan_entries WHERE plan_id = :p)"),
                {"p": plan_id}).all())
            parent_of.update(s.execute(text("SELECT id, parent_id FROM actions WHERE parent_id IS NOT NULL")).all())
            return lay_out(entries, ((i, entry_of.get(i), parent_of.get(i)) for i in ids), every_entry=filters.is_empty)
        conn = s.connection().connection.driver_connection
        entry_of.update(conn.execute(  # type: ignore[union-attr]
            "SELECT id, entry_id FROM actions WHERE entry_id IN "
            "(SELECT id FROM plan_entries WHERE plan_id = ?)", (plan_id,)).fetchall())
        parent_of.update(conn.execute(  # type: ignore[union-attr]
            "SELECT id, parent_id FROM actions INDEXED BY ix_actions_parent_id WHERE parent_id IS NOT NULL").fetchall())
    return lay_out(entries, ((i, entry_of.get(i), parent_of.get(i)) for i in ids), every_entry=filters.is_empty)


def ids_query(plan_id: int, sort: SortSpec | None, filters: ActionFilter, search_first: bool = False,
              leads: Sequence[str] | None = None) -> Select[Any]:
    """The SQL behind ``action_ids`` for every column but "number";
    ``leads`` are the stored spellings of the lead asked for."""
    order: list[Any]
    if sort is None:
        order = [Action.position, Action.id]
    else:
        blank, key = SORT_EXPRESSIONS[sort.field]
        order = [text(blank), text(f"{key} DESC" if sort.descending else key), Action.position]
    return _select([Action.id], plan_id, filters, search_first, leads).order_by(*order)


def _raw(ws: Workspace, query: Select[Any]) -> list[tuple[Any, ...]]:
    """A query of plain columns run on the driver's cursor: SQLAlchemy's
    result machinery doubles the cost of reading 100,000 ids (50 ms against 25)."""
    with ws.session() as s:
        conn = s.connection()
        if conn.dialect.name != "sqlite":  # a server's driver takes named parameters: the ordinary way
            return [tuple(row) for row in conn.execute(query)]
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        args = [_plain(params[name]) for name in compiled.positiontup or ()]
        return conn.connection.driver_connection.execute(str(compiled), args).fetchall()  # type: ignore[union-attr]


def _plain(value: Any) -> Any:
    # Stored as SQLAlchemy stores them: dates as ISO text, booleans as 0/1.
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


def _by_number(ws: Workspace, plan_id: int, descending: bool, filters: ActionFilter,
               leads: Sequence[str] | None) -> list[int]:
    """Numbers sort naturally (1.2 before 1.10, 1.3 before 1.3a), a rule
    SQLite cannot express; the rows come in plan order from SQL and are
    sorted here with one key per distinct number."""
    rows = _raw(ws, _select([Action.id, Action.number], plan_id, filters, leads=leads)
                .order_by(Action.position, Action.id))
    keys = {number: number_sort_key(number) for number in {n for _, n in rows}}
    blank = [i for i, n in rows if keys[n][0] == 2]
    numbered = [(i, n) for i, n in rows if keys[n][0] != 2]
    # A reverse sort in Python keeps ties in plan order; blanks still go last.
    numbered.sort(key=lambda row: keys[row[1]], reverse=descending)
    return [i for i, _ in numbered] + blank


def action_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, ActionRow]:
    """The content of the given rows (deleted ones too: undo may show them
    again), fetched in pages."""
    found: dict[int, ActionRow] = {}
    with ws.session() as s:
        for start in range(0, len(ids), PAGE_SIZE):
            chunk = list(ids[start:start + PAGE_SIZE])
            for row in s.execute(select(*_ROW_COLUMNS).where(Action.id.in_(chunk))):
                found[row[0]] = ActionRow(*row)
    return found


def rag_counts(ws: Workspace, plan_id: int, filters: ActionFilter = ActionFilter()) -> dict[str | None, int]:
    """How many of the rows passing ``filters`` have each rating (None: no
    rating yet). Grouped on the RAG sort index's expression so it reads the
    index alone."""
    rank = literal_column(RAG_RANK)
    group = [text(f"{RAG_RANK} IS NULL"), rank]
    values = dict(enumerate(("red", "amber", "green", "blue", "none"), start=1))
    query = _select([rank, func.count()], plan_id, filters, _search_first(ws, filters),
                    lead_spellings(ws, plan_id, filters.lead)).group_by(*group)
    with ws.session() as s:
        rows = s.execute(query).all()
    counts: dict[str | None, int] = {value: 0 for value in RAG_VALUES}
    counts[None] = 0
    for key, count in rows:
        counts[values.get(key)] += count
    return counts


def count_actions(ws: Workspace, plan_id: int) -> int:
    with ws.session() as s:
        return s.scalar(_select([func.count()], plan_id, ActionFilter())) or 0


def lead_names(ws: Workspace, plan_id: int) -> list[str]:
    """The distinct "Who will lead?" values of a plan, for the lead filter:
    one per lead however it was capitalised (its most used spelling), in
    alphabetical order."""
    chosen: dict[str, str] = {}
    for name in _stored_leads(ws, plan_id):
        chosen.setdefault(lead_key(name), name)
    return [chosen[key] for key in sorted(chosen)]


def entry_counts(ws: Workspace, plan_id: int) -> dict[int | None, int]:
    """How many live actions hang on each entry (None: on none)."""
    with ws.session() as s:
        rows = s.execute(_select([Action.entry_id, func.count()], plan_id, ActionFilter())
                         .group_by(Action.entry_id)).all()
    return {entry_id: count for entry_id, count in rows}


@dataclass(frozen=True)
class EntryNode:
    """A priority, outcome or other heading of a plan's tree."""

    id: int
    parent_id: int | None
    kind: str
    number: str | None
    title: str


def plan_entries(ws: Workspace, plan_id: int) -> list[EntryNode]:
    """The plan's tree in order: parents before children, siblings by position."""
    with ws.session() as s:
        rows = s.execute(select(PlanEntry.id, PlanEntry.parent_id, PlanEntry.kind, PlanEntry.number, PlanEntry.title)
                         .where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
                         .order_by(PlanEntry.position, PlanEntry.id)).all()
    return [EntryNode(*row) for row in rows]


def plan_kind(ws: Workspace, plan_id: int) -> str | None:
    with ws.session() as s:
        return s.scalar(select(Plan.kind).where(Plan.id == plan_id))


def plan_headings(ws: Workspace, plan_id: int) -> str | None:
    """The plan's own column headings as stored (JSON), or None."""
    with ws.session() as s:
        return s.scalar(select(Plan.column_headings).where(Plan.id == plan_id))
