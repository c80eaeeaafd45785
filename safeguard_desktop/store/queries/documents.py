"""Plans and the action log gathered for papers: plain frozen dataclasses the
exporters turn into workbooks and PDFs without touching the database.

Every document is built for a ``public`` paper or not. A public one leaves
out confidential actions (and everything of a confidential case review) and
says how many were withheld, so the writers can tell the reader.
Meeting papers (minutes, register, calendar) are in ``meeting_documents``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from safeguard_desktop.core.numbering import number_sort_key
from safeguard_desktop.core.plan_shapes import NOTE, level_word, shape_of
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import (
    Action,
    Agency,
    AgendaItem,
    Board,
    CaseReview,
    Group,
    Meeting,
    Person,
    Plan,
    PlanEntry,
)
from safeguard_desktop.store.queries.action_log import (
    ActionLogFilter,
    describe_filter,
    matching_ids,
    owner_label,
)
from safeguard_desktop.store.queries.actions import ActionFields
from safeguard_desktop.store.queries.plan_records import PlanRecords, plan_records
from safeguard_desktop.store.workspace import Workspace

# The action-plan table's fields and the headings users expect (docs/SAFEGUARDING_BOARDS.md, "Plans and their shapes"),
# in order. A plan imported with its own words keeps them (Plan.column_headings).
ACTION_PLAN_FIELDS = ("number", "cab", "want", "how", "lead", "measure", "when_text", "progress", "rag")
ACTION_PLAN_HEADINGS = (
    "No.",
    "CAB",
    "What do we want to achieve?",
    "How are we going to do it?",
    "Who will lead?",
    "How will we know we have achieved our goal?",
    "When are we going to achieve this?",
    "Progress review",
    "RAG rating",
)


@dataclass(frozen=True)
class ActionRow(ActionFields):
    """One action as a paper shows it (the fields every read of an action
    has), with who owns it and where it came from."""

    owner: str | None  # the owning person or agency, when one is recorded
    extra: tuple[tuple[str, str], ...]  # the plan's own extra columns, heading -> text
    origin: str  # "plan" | "meeting"
    origin_title: str  # the plan's title, or the meeting's group
    origin_date: date | None  # the meeting's date
    origin_item: str | None  # the agenda item: "4. Quality assurance report"

    @property
    def who(self) -> str | None:
        """The lead as written, else the recorded owner."""
        return self.lead or self.owner


@dataclass(frozen=True)
class PlanHeader:
    board: str
    title: str
    kind: str
    financial_year: str | None
    version: str | None
    status: str
    uuid: str


@dataclass(frozen=True)
class EntryBand:
    """An entry a paper shows as a row of its own between the action rows:
    an outcome sought, the evidence framework, a footnote (its mark in
    ``number``)."""

    kind: str
    number: str | None
    title: str
    body: str | None
    uuid: str


@dataclass(frozen=True)
class PlanSection:
    """A priority (or duty) with what lies under it in reading order: its
    evidence framework and outcomes as bands, each outcome's actions after
    it. ``number`` and ``title`` are None for what hangs on no priority,
    which comes first unbannered."""

    kind: str | None  # the entry's kind: priority, duty...
    number: str | None
    title: str | None
    items: tuple[ActionRow | EntryBand, ...]
    uuid: str | None = None

    @property
    def actions(self) -> tuple[ActionRow, ...]:
        return tuple(item for item in self.items if isinstance(item, ActionRow))


@dataclass(frozen=True)
class ActionPlanDocument:
    plan: PlanHeader
    headings: tuple[str, ...]  # one per ACTION_PLAN_FIELDS
    extra_headings: tuple[str, ...]  # the plan's own extra columns, first seen first
    sections: tuple[PlanSection, ...]
    public: bool
    withheld: int
    records: PlanRecords | None = None  # what the layout cannot show, for the workbook's hidden sheet

    @property
    def actions(self) -> Iterable[ActionRow]:
        for section in self.sections:
            yield from section.actions


@dataclass(frozen=True)
class EntryRow:
    """A node of a plan's tree, flattened in reading order with its depth
    (0 for a duty or priority); the action rows hanging on an entry (a work
    plan's activities) follow it as rows of kind "action" one level deeper,
    an activity's own activities deeper again. ``word`` is what the level is
    called ("Specific responsibility", "Activity")."""

    depth: int
    kind: str
    number: str | None
    title: str
    body: str | None
    reference: str | None
    lead: str | None
    when_text: str | None
    progress: str | None
    evidence: str | None
    analysis: str | None
    score: int | None
    previous_score: int | None  # the score the carried-from entry had
    status: str | None
    rag: str | None
    uuid: str = ""
    word: str = ""


@dataclass(frozen=True)
class PlanTreeDocument:
    plan: PlanHeader
    rows: tuple[EntryRow, ...]  # footnotes (kind "note") last, at depth 0
    public: bool
    withheld: int
    records: PlanRecords | None = None


class WorkPlanDocument(PlanTreeDocument):
    """Duties, responsibilities and activities nested as written."""


@dataclass(frozen=True)
class ActionLogDocument:
    board: str
    rows: tuple[ActionRow, ...]
    public: bool
    withheld: int
    filters: tuple[str, ...] = ("All actions",)  # which actions, in words (action_log.describe_filter)
    on: date = field(default_factory=date.today)  # the day "overdue" is judged on


# -- finding what the user named ---------------------------------------------

def find_plan(ws: Workspace, name: str) -> int:
    """The plan called ``name`` (its title, "title year", or uuid); a
    UserError listing the plans there are when none or several match."""
    plans = _named_plans(ws)
    wanted = " ".join(name.split()).casefold()

    def names(row: Any) -> set[str]:
        year = f" {row.financial_year}" if row.financial_year else ""
        return {row.title.casefold(), f"{row.title}{year}".casefold(), row.uuid.casefold()}

    hits = [row for row in plans if wanted in names(row)]
    if not hits:
        raise UserError(f"No plan called '{name}'. {plan_choices(ws)}")
    if len(hits) > 1:
        raise UserError(f"More than one plan is called '{name}': name it with its year. {plan_choices(ws)}")
    return int(hits[0].id)


def plan_choices(ws: Workspace) -> str:
    """The plans a user may name, as --plan takes them: "Plans in this
    workspace: 'Business plan 2024-25'; 'NISB work plan 2022-23'."."""
    names = [f"'{with_year(p.title, p.financial_year)}'" for p in _named_plans(ws)]
    return f"Plans in this workspace: {'; '.join(names)}." if names else "This workspace has no plans yet."


def _named_plans(ws: Workspace) -> list[Any]:
    with ws.session() as s:
        return list(s.execute(select(Plan.id, Plan.title, Plan.financial_year, Plan.uuid)
                              .where(Plan.deleted_at.is_(None)).order_by(Plan.title, Plan.financial_year)).all())


def with_year(title: str, year: str | None) -> str:
    """"Business plan 2024-25", as papers title a plan and find_plan takes
    it; a title that already names its year keeps it once."""
    return title if not year or year in title else f"{title} {year}"


# -- plans ---------------------------------------------------------------------

def action_plan(ws: Workspace, plan_id: int, *, public: bool) -> ActionPlanDocument:
    """The plan as councils lay it out: a section per priority, in it the
    evidence framework and each outcome sought as bands with the outcome's
    actions after it; footnotes last."""
    with ws.session() as s:
        header, headings = _plan_header(s, plan_id, public)
        actions, withheld = _plan_actions(s, plan_id, public)
        entries = _live_entries(s, plan_id)
        records = plan_records(s, plan_id, header.uuid)
    children = _children(entries)
    live = {e.id for e in entries}
    on_entry: dict[int | None, list[ActionRow]] = defaultdict(list)
    for entry_id, row in actions:
        on_entry[entry_id if entry_id in live else None].append(row)
    notes: list[EntryBand] = []

    def under(entry_id: int) -> list[ActionRow | EntryBand]:
        items: list[ActionRow | EntryBand] = list(on_entry.get(entry_id, ()))
        for child in _ordered(children.get(entry_id, ())):
            if child.kind == NOTE.kind:
                notes.append(_band(child))
                continue
            items.append(_band(child))
            items.extend(under(child.id))
        return items

    sections = []
    if on_entry.get(None):
        sections.append(PlanSection(None, None, None, tuple(on_entry[None])))
    for entry in _ordered(children.get(None, ())):
        if entry.kind == NOTE.kind:
            notes.append(_band(entry))
            continue
        sections.append(PlanSection(entry.kind, entry.number, entry.title, tuple(under(entry.id)), entry.uuid))
    if notes:
        sections.append(PlanSection(NOTE.kind, None, "Notes", tuple(notes)))
    extra: dict[str, None] = {}
    for _, row in actions:
        extra.update((heading, None) for heading, _ in row.extra)
    return ActionPlanDocument(header, headings, tuple(extra), tuple(sections), public, withheld,
                              records.only(_shown_uuids(entries, actions)))


def work_plan(ws: Workspace, plan_id: int, *, public: bool) -> WorkPlanDocument:
    return WorkPlanDocument(*_plan_tree(ws, plan_id, public))


def _plan_tree(ws: Workspace, plan_id: int,
               public: bool) -> tuple[PlanHeader, tuple[EntryRow, ...], bool, int, PlanRecords]:
    """Entries in reading order with their depth; under each entry its
    action rows, each followed by the rows nested under it (``parent_id``:
    a work plan's activities go as deep as the document does). Footnotes
    come last, as papers print them."""
    with ws.session() as s:
        header, _ = _plan_header(s, plan_id, public)
        actions, withheld = _plan_actions(s, plan_id, public)
        entries = _live_entries(s, plan_id)
        carried = {e.carried_from_id for e in entries if e.carried_from_id is not None}
        previous = dict(s.execute(select(PlanEntry.id, PlanEntry.score).where(PlanEntry.id.in_(carried))).all()) \
            if carried else {}
        parents = dict(s.execute(select(Action.id, Action.parent_id).where(Action.plan_id == plan_id)).all())
        records = plan_records(s, plan_id, header.uuid)
    row_word = shape_of(header.kind).row_word or "Action"
    children = _children(entries)
    shown = {row.id for _, row in actions}
    live = {e.id for e in entries}
    on_entry: dict[int | None, list[ActionRow]] = defaultdict(list)
    nested: dict[int, list[ActionRow]] = defaultdict(list)
    for entry_id, row in actions:
        parent = parents.get(row.id)
        if parent in shown:
            nested[parent].append(row)
        else:
            on_entry[entry_id if entry_id in live else None].append(row)
    rows: list[EntryRow] = []
    notes: list[EntryRow] = []

    def add_actions(found: Iterable[ActionRow], depth: int) -> None:
        for row in found:
            rows.append(_action_entry(row, depth, row_word))
            add_actions(nested.get(row.id, ()), depth + 1)

    def visit(parent: int | None, depth: int) -> None:
        for entry in _ordered(children.get(parent, ())):
            row = EntryRow(depth, entry.kind, entry.number, entry.title, entry.body, entry.reference,
                           None, None, None, entry.evidence, entry.analysis, entry.score,
                           previous.get(entry.carried_from_id), entry.status, entry.rag, entry.uuid,
                           level_word(entry.kind))
            if entry.kind == NOTE.kind:
                notes.append(replace(row, depth=0))
                continue
            rows.append(row)
            add_actions(on_entry.get(entry.id, ()), depth + 1)
            visit(entry.id, depth + 1)

    add_actions(on_entry.get(None, ()), 0)
    visit(None, 0)
    rows.extend(notes)
    return header, tuple(rows), public, withheld, records.only(_shown_uuids(entries, actions))


def _action_entry(row: ActionRow, depth: int, word: str) -> EntryRow:
    return EntryRow(depth, "action", row.number, row.want or row.how or "", row.how if row.want else None,
                    None, row.who, row.when_text, row.progress, None, None, None, None, row.status, row.rag,
                    row.uuid, word)


def _band(entry: PlanEntry) -> EntryBand:
    return EntryBand(entry.kind, entry.number, entry.title, entry.body, entry.uuid)


def _children(entries: Iterable[PlanEntry]) -> dict[int | None, list[PlanEntry]]:
    """Entries by their parent; one whose parent is gone counts as top level."""
    entries = list(entries)
    live = {e.id for e in entries}
    children: dict[int | None, list[PlanEntry]] = defaultdict(list)
    for entry in entries:
        children[entry.parent_id if entry.parent_id in live else None].append(entry)
    return children


def _shown_uuids(entries: Iterable[PlanEntry], actions: Iterable[tuple[int | None, ActionRow]]) -> set[str]:
    return {e.uuid for e in entries} | {row.uuid for _, row in actions}


def _plan_header(s: Session, plan_id: int, public: bool) -> tuple[PlanHeader, tuple[str, ...]]:
    found = s.execute(select(Plan, Board.name, CaseReview.confidential)
                      .join(Board, Board.id == Plan.board_id)
                      .outerjoin(CaseReview, CaseReview.id == Plan.case_review_id)
                      .where(Plan.id == plan_id, Plan.deleted_at.is_(None))).first()
    if found is None:
        raise UserError(f"The plan (id {plan_id}) no longer exists.")
    plan, board, review_confidential = found
    if public and review_confidential:
        raise UserError(f"'{plan.title}' is the action plan of a confidential case review: "
                        "it cannot be exported as a public paper.")
    header = PlanHeader(board, plan.title, plan.kind, plan.financial_year, plan.version, plan.status, plan.uuid)
    return header, _headings(plan.column_headings)


def _headings(stored: str | None) -> tuple[str, ...]:
    """The plan's own headings over the usual ones (docs/SAFEGUARDING_BOARDS.md,
    "Plans and their shapes"). Stored as a JSON list in field order or an
    object field -> heading; anything else is ignored."""
    headings = dict(zip(ACTION_PLAN_FIELDS, ACTION_PLAN_HEADINGS))
    try:
        value = json.loads(stored) if stored else None
    except ValueError:
        value = None
    if isinstance(value, list):
        value = dict(zip(ACTION_PLAN_FIELDS, value))
    if isinstance(value, dict):
        headings.update({k: str(v) for k, v in value.items() if k in headings and v})
    return tuple(headings[field] for field in ACTION_PLAN_FIELDS)


def _live_entries(s: Session, plan_id: int) -> list[PlanEntry]:
    return list(s.execute(select(PlanEntry).where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
                          .order_by(PlanEntry.position, PlanEntry.id)).scalars())


def _ordered(entries: Iterable[PlanEntry]) -> list[PlanEntry]:
    return sorted(entries, key=lambda e: (e.position, number_sort_key(e.number), e.id))


def _plan_actions(s: Session, plan_id: int, public: bool) -> tuple[list[tuple[int | None, ActionRow]], int]:
    """The plan's action rows, each with the entry it hangs on, and how many
    a public paper leaves out."""
    rows = action_rows(s, (Action.plan_id == plan_id,), public, order=(Action.position, Action.id))
    return rows, _count_withheld(s, (Action.plan_id == plan_id,)) if public else 0


# -- the action log -----------------------------------------------------------

def action_log(ws: Workspace, *, public: bool, open_only: bool = False,
               flt: ActionLogFilter | None = None) -> ActionLogDocument:
    """The live actions the filter lets through (the screen's filter, or
    every action), plans first (by title and position), then meetings
    oldest first, item by item."""
    flt = flt or ActionLogFilter()
    if open_only and not flt.overdue_only:
        flt = replace(flt, open_only=True)
    where: tuple[Any, ...] = (Action.id.in_(matching_ids(flt)),)
    with ws.session() as s:
        board = s.execute(select(Board.name).where(Board.deleted_at.is_(None)).order_by(Board.id)).scalar() or ""
        rows = action_rows(s, where, public, order=(
            Plan.title.is_(None), Plan.title, Meeting.date, AgendaItem.position, Action.position, Action.id))
        withheld = _count_withheld(s, where) if public else 0
    return ActionLogDocument(board, tuple(row for _, row in rows), public, withheld, describe_filter(ws, flt),
                             flt.today)


def action_rows(s: Session, where: tuple[Any, ...], public: bool,
                 order: tuple[Any, ...]) -> list[tuple[int | None, ActionRow]]:
    """One query for any set of actions, with owner names and their source."""
    owner = aliased(Person)
    agency = aliased(Agency)
    meeting_group = aliased(Group)
    query = (
        _with_sources(select(Action, owner.name, agency.name, Plan.title, meeting_group.name, Meeting.date,
                             AgendaItem.number, AgendaItem.title))
        .outerjoin(owner, owner.id == Action.owner_person_id)
        .outerjoin(agency, agency.id == func.coalesce(Action.owner_agency_id, owner.agency_id))
        .outerjoin(meeting_group, meeting_group.id == Meeting.group_id)
        .where(*where)
        .order_by(*order)
    )
    if public:
        query = query.where(*_public_only())
    result = []
    for action, person, agency_name, plan_title, group, on, item_no, item_title in s.execute(query):
        from_plan = action.plan_id is not None
        item = " ".join(part for part in (f"{item_no}." if item_no else None, item_title) if part) or None
        row = ActionRow(
            action.id, action.uuid, action.number, action.cab, action.want, action.how, action.lead,
            action.measure, action.when_text, action.when_date, action.progress, action.rag, action.status,
            action.target_date, action.last_updated, action.source, owner_label(person, agency_name, None),
            _extra(action.extra), "plan" if from_plan else "meeting",
            (plan_title if from_plan else group) or "", None if from_plan else on, None if from_plan else item,
        )
        result.append((action.entry_id, row))
    return result


def _with_sources(query: Select[Any]) -> Select[Any]:
    """Join an action to the plan or meeting item it came from, keeping only
    live actions whose plan, meeting and item are live too."""
    return (query
            .outerjoin(Plan, Plan.id == Action.plan_id)
            .outerjoin(Meeting, Meeting.id == Action.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
            .outerjoin(CaseReview, CaseReview.id == Plan.case_review_id)
            .where(Action.deleted_at.is_(None), Plan.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                   AgendaItem.deleted_at.is_(None)))


def _public_only() -> list[Any]:
    """What a public paper may show: not a confidential action, not one
    arising from a confidential (closed session) item, nothing of a
    confidential case review."""
    return [
        Action.confidential.is_(False),
        AgendaItem.confidential.is_not(True),
        CaseReview.confidential.is_not(True),
    ]


def _count_withheld(s: Session, where: tuple[Any, ...]) -> int:
    everything = _with_sources(select(func.count(Action.id))).where(*where)
    total = s.execute(everything).scalar() or 0
    shown = s.execute(everything.where(*_public_only())).scalar() or 0
    return int(total - shown)


def _extra(stored: str | None) -> tuple[tuple[str, str], ...]:
    try:
        value = json.loads(stored) if stored else None
    except ValueError:
        return ()
    if not isinstance(value, dict):
        return ()
    return tuple((str(k), "" if v is None else str(v)) for k, v in value.items())
