"""Reading a self-assessment: its periods, one period's answers beside the
areas and questions, and two periods compared (the window and papers)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguard_desktop.core.numbering import number_sort_key
from safeguard_desktop.core.self_assessment import ScoreChange, change_between
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import AssessmentAnswer, Board, Plan, PlanEntry, ReviewPeriod
from safeguard_desktop.store.queries.documents import PlanHeader
from safeguard_desktop.store.queries.plan_records import PlanRecords, plan_records
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Period:
    id: int
    uuid: str
    label: str
    starts_on: date | None
    ends_on: date | None
    previous_id: int | None


@dataclass(frozen=True)
class AssessmentPlan:
    """A self-assessment as the page lists it."""

    id: int
    uuid: str
    title: str
    financial_year: str | None


@dataclass(frozen=True)
class Said:
    """What one period says of one entry."""

    evidence: str | None = None
    analysis: str | None = None
    score: int | None = None


NOTHING = Said()


@dataclass(frozen=True)
class Line:
    """An area (depth 0, its statement in ``body``), a question (depth 1) or
    a note, in reading order."""

    entry_id: int
    uuid: str
    kind: str
    depth: int
    number: str | None
    title: str
    body: str | None


@dataclass(frozen=True)
class AssessmentLine(Line):
    """A line with what one period says of it."""

    said: Said

    @property
    def evidence(self) -> str | None:
        return self.said.evidence

    @property
    def analysis(self) -> str | None:
        return self.said.analysis

    @property
    def score(self) -> int | None:
        return self.said.score


@dataclass(frozen=True)
class ComparedLine(Line):
    """A line with what two periods say of it."""

    before: Said
    after: Said

    @property
    def change(self) -> ScoreChange:
        return change_between(self.before.score, self.after.score)

    @property
    def has_content(self) -> bool:
        """A statement, or anything either period says."""
        return bool(self.body) or self.before != NOTHING or self.after != NOTHING

    @property
    def evidence_changed(self) -> bool:
        return _text(self.before.evidence) != _text(self.after.evidence)

    @property
    def analysis_changed(self) -> bool:
        return _text(self.before.analysis) != _text(self.after.analysis)


# What a self-assessment with no periods yet is shown as.
NOT_STARTED = Period(0, "", "(no period yet)", None, None, None)


@dataclass(frozen=True)
class Comparison:
    """``after`` compared with ``before``; ``before`` None when the period
    has none before it (every line then compares with nothing)."""

    before: Period | None
    after: Period
    lines: tuple[ComparedLine, ...]


@dataclass(frozen=True)
class SelfAssessmentPaper:
    """A period of a self-assessment as a board paper, compared with the
    period before it. A self-assessment holds nothing confidential, so a
    public paper is the same paper, marked public."""

    plan: PlanHeader
    comparison: Comparison
    public: bool
    withheld: int = 0
    records: PlanRecords | None = None  # the structure, for the workbook's hidden sheet


def self_assessment_paper(ws: Workspace, plan_id: int, *, public: bool, period: str | None = None) -> SelfAssessmentPaper:
    """The paper of ``period`` (a label; the latest when None)."""
    with ws.session() as s:
        found = s.execute(select(Plan, Board.name).join(Board, Board.id == Plan.board_id)
                          .where(Plan.id == plan_id, Plan.deleted_at.is_(None))).first()
        if found is None:
            raise UserError(f"The plan (id {plan_id}) no longer exists.")
        plan, board = found
        records = plan_records(s, plan_id, plan.uuid)
    if plan.kind != "self_assessment":
        raise UserError(f"'{plan.title}' is not a self-assessment: export it as an action plan or a work plan.")
    header = PlanHeader(board, plan.title, plan.kind, plan.financial_year, plan.version, plan.status, plan.uuid)
    return SelfAssessmentPaper(header, latest_comparison(ws, plan_id, period), public, 0, records)


def self_assessment_plans(ws: Workspace) -> tuple[AssessmentPlan, ...]:
    """The workspace's self-assessments in the order the plans are listed
    (newest year first), without counting every plan's actions."""
    with ws.session() as s:
        rows = s.execute(select(Plan.id, Plan.uuid, Plan.title, Plan.financial_year)
                         .where(Plan.kind == "self_assessment", Plan.deleted_at.is_(None))
                         .order_by(Plan.financial_year.desc(), Plan.title)).all()
    return tuple(AssessmentPlan(*row) for row in rows)


def periods(ws: Workspace, plan_id: int) -> tuple[Period, ...]:
    with ws.session() as s:
        return _periods(s, plan_id)


def assessment(ws: Workspace, plan_id: int, period_id: int | None) -> tuple[AssessmentLine, ...]:
    """The areas and questions with ``period_id``'s answers (none: blank)."""
    with ws.session() as s:
        said = _answers(s, period_id)
        return tuple(AssessmentLine(e.id, e.uuid, e.kind, depth, e.number, e.title, e.body, said.get(e.id, NOTHING))
                     for e, depth in _entries(s, plan_id))


def compare(ws: Workspace, plan_id: int, before_id: int | None, after_id: int) -> Comparison:
    with ws.session() as s:
        known = {p.id: p for p in _periods(s, plan_id)}
        if after_id not in known or (before_id is not None and before_id not in known):
            raise UserError("That period is not one of this self-assessment's periods.")
        before, after = _answers(s, before_id), _answers(s, after_id)
        lines = tuple(ComparedLine(e.id, e.uuid, e.kind, depth, e.number, e.title, e.body, before.get(e.id, NOTHING),
                                   after.get(e.id, NOTHING)) for e, depth in _entries(s, plan_id))
    return Comparison(known.get(before_id) if before_id is not None else None, known[after_id], lines)


def latest_comparison(ws: Workspace, plan_id: int, label: str | None = None) -> Comparison:
    """A period (by label; the latest when none is named) with the one it follows."""
    found = periods(ws, plan_id)
    if not found and label is None:
        # Areas and questions before any round: the paper that asks for answers.
        lines = tuple(ComparedLine(line.entry_id, line.uuid, line.kind, line.depth, line.number, line.title,
                                   line.body, NOTHING, NOTHING) for line in assessment(ws, plan_id, None))
        return Comparison(None, NOT_STARTED, lines)
    if label is None:
        period = found[-1]
    else:
        period = next((p for p in found if p.label.casefold() == " ".join(label.split()).casefold()), None)
        if period is None:
            raise UserError(f"No period called '{label}'. Periods: {'; '.join(p.label for p in found) or 'none yet'}.")
    live = {p.id for p in found}
    return compare(ws, plan_id, period.previous_id if period.previous_id in live else None, period.id)


def _periods(s: Session, plan_id: int) -> tuple[Period, ...]:
    rows = s.scalars(select(ReviewPeriod).where(ReviewPeriod.plan_id == plan_id, ReviewPeriod.deleted_at.is_(None))
                     .order_by(ReviewPeriod.position, ReviewPeriod.id)).all()
    return tuple(Period(p.id, p.uuid, p.label, p.starts_on, p.ends_on, p.previous_period_id) for p in rows)


def _answers(s: Session, period_id: int | None) -> dict[int, Said]:
    if period_id is None:
        return {}
    rows = s.execute(select(AssessmentAnswer.entry_id, AssessmentAnswer.evidence, AssessmentAnswer.analysis,
                            AssessmentAnswer.score).where(AssessmentAnswer.period_id == period_id)).all()
    return {entry_id: Said(evidence, analysis, score) for entry_id, evidence, analysis, score in rows}


def _entries(s: Session, plan_id: int) -> list[tuple[PlanEntry, int]]:
    """Live entries depth first, each level in its written order."""
    entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))).all()
    children: dict[int | None, list[PlanEntry]] = defaultdict(list)
    for entry in entries:
        children[entry.parent_id].append(entry)
    ordered: list[tuple[PlanEntry, int]] = []

    def visit(parent: int | None, depth: int) -> None:
        for entry in sorted(children.get(parent, ()), key=lambda e: (e.position, number_sort_key(e.number), e.id)):
            ordered.append((entry, depth))
            visit(entry.id, depth + 1)

    visit(None, 0)
    return ordered


def _text(value: str | None) -> str:
    """Evidence compared as a reader sees it: spacing and blank lines aside."""
    return " ".join((value or "").split())
