"""The case reviews paper and the "What is due" paper, laid out as tables
for the xlsx, PDF and CSV writers. Clocks are written in the same words the
window shows ("Overdue by 3 working days (due 09/11/2026)")."""

from __future__ import annotations

from typing import Final

from safeguard_desktop.core.review_clocks import NOTIFICATION, RAPID_REVIEW, REPORT
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.tables import Column, Row, Section, Table, translated
from safeguard_desktop.store.queries.case_reviews import ReviewRow, ReviewsDocument
from safeguard_desktop.store.queries.due import DueDocument

# Papers about reviews concern named children and adults.
REVIEWS_MARKING: Final = "OFFICIAL-SENSITIVE"

_REVIEW_COLUMNS: Final = (
    Column("Reference", 18), Column("Kind", 22), Column("Title", 34), Column("Incident known", 13, "date"),
    Column("Notification (5 working days)", 26), Column("Rapid review (15 working days more)", 26),
    Column("Review report (about 6 months)", 26), Column("Status", 11), Column("Published", 13, "date"),
)


def _clock(review: ReviewRow, name: str, w: Words) -> str:
    clock = review.clock(name)
    return w.sentence(clock.summary if clock is not None else "Not run for this kind of review")


def reviews_table(doc: ReviewsDocument, w: Words) -> Table:
    rows = tuple(Row((r.reference, w.known(r.kind_label), r.title, r.incident_on, _clock(r, NOTIFICATION, w),
                      _clock(r, RAPID_REVIEW, w), _clock(r, REPORT, w), w.known(r.status.capitalize()),
                      r.published_on),
                     record=r.uuid)
                 for r in doc.rows)
    subtitle = (w("Clocks as they stood on {day}, counted in working days", day=f"{doc.on:%d/%m/%Y}"),)
    return Table(doc.board, w("Case reviews"), subtitle, w.sheet_name("Case reviews"),
                 translated(_REVIEW_COLUMNS, w), (Section(None, rows),), False, w("Section"), doc.public,
                 doc.withheld)


_DUE_COLUMNS: Final = (Column("What", 48), Column("Where", 32), Column("When", 13, "date"), Column("State", 28))


def due_table(doc: DueDocument, w: Words) -> Table:
    overview = doc.overview
    sections = tuple(Section(f"{w.sentence(s.heading)} ({s.count})",
                             tuple(Row((line.text, w.sentence(line.where), line.when, w.sentence(line.words)))
                                   for line in s.lines))
                     for s in overview.sections)
    subtitle = (w.count("On {day}: {count} thing to look at", "On {day}: {count} things to look at",
                        overview.count, day=f"{overview.today:%d/%m/%Y}"),)
    return Table(doc.board, w("What is due"), subtitle, w.sheet_name("What is due"), translated(_DUE_COLUMNS, w),
                 sections, False, w("Section"), doc.public, doc.withheld)
