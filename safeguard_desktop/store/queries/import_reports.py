"""The import reports kept with a plan: what each import understood, row by row."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from safeguard_desktop.store.models import ImportReport
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class StoredImportReport:
    id: int
    source_file: str
    imported_at: str
    imported_by: str
    report: dict[str, Any]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self.report.get("rows", []))

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.report.get("counts", {}))

    @property
    def warnings(self) -> list[str]:
        return list(self.report.get("warnings", []))


def import_reports(ws: Workspace, plan_id: int) -> list[StoredImportReport]:
    """Newest first."""
    with ws.session() as s:
        rows = s.execute(
            select(ImportReport.id, ImportReport.source_file, ImportReport.imported_at, ImportReport.imported_by,
                   ImportReport.report_json)
            .where(ImportReport.plan_id == plan_id)
            .order_by(ImportReport.id.desc())
        ).all()
    return [StoredImportReport(rid, source, at, by, json.loads(text)) for rid, source, at, by, text in rows]
