"""File › Export…: choose what (a plan, the action log, minutes, attendance,
a calendar), the format, the marking, public or not, and where to save; the
export then runs on a worker with a progress bar and Cancel, and the window
stays responsive. A cancelled or failed export leaves no file behind and
never harms one that was there (exports.atomic)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.errors import UserError
from safeguard_desktop.exports.common import MARKINGS, ExportResult
from safeguard_desktop.exports.kinds import FORMAT_LABELS, LABELS, SUPPORTED, WHATS, default_marking
from safeguard_desktop.exports.papers import ExportRequest, export, suggested_name
from safeguard_desktop.exports.tables import with_year
from safeguard_desktop.logs import log_file
from safeguard_desktop.paths import documents_dir
from safeguard_desktop.store.ops.settings import set_paper_language
from safeguard_desktop.store.queries import self_assessments
from safeguard_desktop.store.queries.action_log import ActionLogFilter, describe_filter
from safeguard_desktop.store.queries.overview import boards, list_groups, list_meetings, list_plans
from safeguard_desktop.store.queries.settings import board_paper_language
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.i18n import day_text, translate, word
from safeguard_desktop.views.meetings.commands import run_edit

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow

ONE_GROUP = ("calendar", "membership")  # papers of one group: "All groups" is not offered

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "exports/last_folder"
# The plan kinds each paper is usually made from; other plans are still offered, after these.
PLAN_KINDS = {"action-plan": ("business_plan", "strategic_plan", "review_action_plan"),
              "work-plan": ("work_plan",), "self-assessment": ("self_assessment",)}
REGISTER, ANALYSIS = "register", "analysis"


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, what: str = "action-plan",
                 log_filter: ActionLogFilter | None = None, *, for_print: bool = False) -> None:
        super().__init__(parent)
        self.log_filter = log_filter
        # Printing asks the same questions, less the format and the file: it prints the PDF paper.
        self.for_print = for_print
        self.setWindowTitle(self.tr("Print") if for_print else self.tr("Export"))
        self.context = context
        ws = context.workspace
        self.plans = list_plans(ws)
        self.meetings = list_meetings(ws)
        self.groups = list_groups(ws)
        marking = next((b.default_marking for b in boards(ws)), "OFFICIAL")
        self._board_marking = marking
        self._board_language = board_paper_language(ws)
        self._path_edited = False

        self.what_box = self._combo([(word(LABELS[w]), w) for w in WHATS if not for_print or "pdf" in SUPPORTED[w]])
        self.format_box = QComboBox()
        self.plan_box = QComboBox()
        self.period_box = QComboBox()  # a self-assessment's review periods, the latest first
        self.meeting_box = self._combo(
            [(f"{day_text(m.date, '%d %B %Y').lstrip('0')} — {m.group}", m.id) for m in self.meetings]
        )
        self.attendance_box = self._combo(
            [(self.tr("Register of one meeting"), REGISTER), (self.tr("Analysis of a quarter"), ANALYSIS)]
        )
        self.quarter_box = self._combo([(q.label, q.code) for q in _quarters(self.meetings)])
        self.group_box = self._combo([(self.tr("All groups"), None)] + [(g.name, g.id) for g in self.groups])
        self.marking_box = self._combo([(m, m) for m in MARKINGS])
        self.marking_box.setCurrentIndex(max(0, MARKINGS.index(marking) if marking in MARKINGS else 0))
        self.public_check = QCheckBox(self.tr("Public version: leave out confidential items (the paper says so)"))
        self.open_only_check = QCheckBox(self.tr("Open actions only"))
        # From the action log's page: its filters, said in words, not offered again.
        self.filter_label = QLabel("; ".join(describe_filter(ws, log_filter)) if log_filter else "")
        self.filter_label.setWordWrap(True)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        self.form = QFormLayout(self)
        for label, widget in (
            (self.tr("What"), self.what_box),
            (self.tr("Format"), self.format_box),
            (self.tr("Plan"), self.plan_box),
            (self.tr("Period"), self.period_box),
            (self.tr("Attendance"), self.attendance_box),
            (self.tr("Meeting"), self.meeting_box),
            (self.tr("Quarter"), self.quarter_box),
            (self.tr("Group"), self.group_box),
            ("", self.open_only_check),
            (self.tr("Actions"), self.filter_label),
            (self.tr("Protective marking"), self.marking_box),
            ("", self.public_check),
        ):
            self.form.addRow(label, widget)
        # The paper's fixed words (headings, marking, "Page x of y"); what users typed is never translated.
        self.language_box = self._combo(
            [
                (self.tr("English"), "en"),
                (self.tr("Welsh (Cymraeg)"), "cy"),
                (self.tr("Welsh and English side by side"), "both"),
            ]
        )
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._board_language)))
        self.language_remember = QCheckBox(self.tr("Use this language for all of this board's papers"))
        self.form.addRow(self.tr("Language of the paper"), self.language_box)
        self.form.addRow("", self.language_remember)
        self.form.addRow(self.tr("Save as"), where)
        self.where = where
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Print preview…") if for_print else self.tr("Export")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

        self.what_box.currentIndexChanged.connect(self._what_changed)
        self.plan_box.currentIndexChanged.connect(self._fill_periods)
        self.plan_box.currentIndexChanged.connect(lambda _i: self._default_marking())
        for box in (
            self.format_box,
            self.plan_box,
            self.period_box,
            self.meeting_box,
            self.attendance_box,
            self.quarter_box,
            self.group_box,
        ):
            box.currentIndexChanged.connect(self._update)
        self.public_check.toggled.connect(self._update)
        self.path_edit.textEdited.connect(lambda _: setattr(self, "_path_edited", True))
        self.what_box.setCurrentIndex(max(0, self.what_box.findData(what)))
        self._what_changed()
        self.resize(620, self.sizeHint().height())

    @staticmethod
    def _combo(items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        return box

    # -- what the user chose ---------------------------------------------------
    @property
    def what(self) -> str:
        return str(self.what_box.currentData())

    def request(self) -> ExportRequest:
        what = self.what
        analysis = what == "attendance" and self.attendance_box.currentData() == ANALYSIS
        return ExportRequest(
            what=what,
            format=str(self.format_box.currentData()),
            plan_id=self.plan_box.currentData() if what in PLAN_KINDS else None,
            meeting_id=self.meeting_box.currentData()
            if what in ("minutes", "agenda") or (what == "attendance" and not analysis)
            else None,
            group_id=self.group_box.currentData() if what in ONE_GROUP or analysis else None,
            quarter=self.quarter_box.currentData() if analysis else None,
            period=self.period_box.currentData() if what == "self-assessment" else None,
            marking=str(self.marking_box.currentData()),
            public=self.public_check.isChecked(),
            language=str(self.language_box.currentData()),
            open_only=what == "action-log" and self.open_only_check.isChecked(),
            log_filter=self.log_filter if what == "action-log" else None,
        )

    def target(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    # -- keeping the form consistent ---------------------------------------------
    def _what_changed(self) -> None:
        what = self.what
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for fmt in SUPPORTED[what]:
            self.format_box.addItem(word(FORMAT_LABELS[fmt]), fmt)
        if self.for_print:
            self.format_box.setCurrentIndex(self.format_box.findData("pdf"))
        self.format_box.blockSignals(False)
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        kinds = PLAN_KINDS.get(what, ())
        for plan in sorted(self.plans, key=lambda p: kinds.index(p.kind) if p.kind in kinds else len(kinds)):
            self.plan_box.addItem(with_year(plan.title, plan.financial_year), plan.id)
        self.plan_box.blockSignals(False)
        self._fill_periods()
        self._default_marking()
        self._update()

    def _default_marking(self) -> None:
        """The paper's own marking: a reviews paper, "What is due" or a case
        review's action plan is OFFICIAL-SENSITIVE, others the board's."""
        kind = (
            next((p.kind for p in self.plans if p.id == self.plan_box.currentData()), None)
            if self.what in PLAN_KINDS
            else None
        )
        marking = default_marking(self.what, kind, self._board_marking)
        self.marking_box.setCurrentIndex(max(0, self.marking_box.findData(marking)))

    def _fill_periods(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        plan_id = self.plan_box.currentData()
        if self.what == "self-assessment" and plan_id is not None:
            for period in reversed(self_assessments.periods(self.context.workspace, plan_id)):
                self.period_box.addItem(period.label, period.label)
        self.period_box.blockSignals(False)

    def _update(self) -> None:
        what = self.what
        analysis = what == "attendance" and self.attendance_box.currentData() == ANALYSIS
        shown = {
            self.plan_box: what in PLAN_KINDS,
            self.period_box: what == "self-assessment",
            self.attendance_box: what == "attendance",
            self.meeting_box: what in ("minutes", "agenda") or (what == "attendance" and not analysis),
            self.quarter_box: analysis,
            self.group_box: what in ONE_GROUP or analysis,
            self.open_only_check: what == "action-log" and self.log_filter is None,
            self.filter_label: what == "action-log" and self.log_filter is not None,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.form.setRowVisible(self.format_box, not self.for_print)
        self.form.setRowVisible(self.where, not self.for_print)
        if what in ONE_GROUP:  # a calendar or a membership paper is of one group
            self.group_box.model().item(0).setEnabled(False)  # type: ignore[attr-defined]
            if self.group_box.currentIndex() == 0 and self.group_box.count() > 1:
                self.group_box.setCurrentIndex(1)
        else:
            self.group_box.model().item(0).setEnabled(True)  # type: ignore[attr-defined]
        if not self._path_edited:
            folder = Path(str(self.context.settings.value(LAST_FOLDER_KEY) or documents_dir()))
            self.path_edit.setText(str(folder / suggested_name(self.request(), self._subject())))

    def _subject(self) -> str:
        """What the file is of, for its suggested name."""
        request = self.request()
        if request.plan_id is not None:
            return " ".join(filter(None, (self.plan_box.currentText(), request.period)))
        if request.meeting_id is not None:
            meeting = next(m for m in self.meetings if m.id == request.meeting_id)
            return f"{meeting.group} {meeting.date.isoformat()}"
        if request.quarter:
            return request.quarter
        if request.group_id is not None:
            return self.group_box.currentText()
        return ""

    def choose_path(self) -> None:
        fmt = str(self.format_box.currentData())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.target()), f"{word(FORMAT_LABELS[fmt])} (*.{fmt})"
        )
        if name:
            self._path_edited = True
            self.path_edit.setText(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")

    def accept(self) -> None:
        if self.for_print:  # the paper goes to a private temporary file, then the printer
            self._remember_language()
            super().accept()
            return
        target = self.target()
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose where to save the export."))
            return
        if not target.parent.is_dir():
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The folder {parent} does not exist.").format(parent=target.parent)
            )
            return
        if (
            target.exists()
            and QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("{name} already exists. Replace it?").format(name=target.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.context.settings.set_value(LAST_FOLDER_KEY, str(target.parent))
        self._remember_language()
        super().accept()

    def _remember_language(self) -> None:
        """The board's language for papers, when asked: an audited edit, undoable like any other."""
        new, old = str(self.language_box.currentData()), self._board_language
        if not self.language_remember.isChecked() or new == old:
            return
        ws = self.context.workspace
        if run_edit(
            self.context,
            self.tr("Papers' language"),
            lambda: set_paper_language(ws, new),
            lambda: set_paper_language(ws, old),
            lambda: None,
        ):
            self._board_language = new


class ExportFlow:
    """The dialog, then the export on a worker, then telling the user."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        what: str = "action-plan",
        log_filter: ActionLogFilter | None = None,
        *,
        for_print: bool = False,
    ) -> None:
        self.context = context
        self.parent = parent
        self.dialog = ExportDialog(context, parent, what, log_filter, for_print=for_print)
        self.dialog.accepted.connect(self.run)

    def run(self) -> None:
        request, target, workspace = self.dialog.request(), self.dialog.target(), self.context.workspace
        self.context.tasks.run(
            translate("ExportFlow", "Exporting {name}").format(name=target.name),
            lambda progress: export(workspace, request, target, progress),
            self.done,
            self.failed,
        )

    def done(self, result: ExportResult) -> None:
        self.context.show_status(result.summary())
        if result.notes:
            QMessageBox.information(self.parent, translate("ExportFlow", "Export finished"), result.summary())

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self.parent, translate("ExportFlow", "Cannot export"), str(exc))
            return
        log.error("export failed", exc_info=exc)  # a bug: kept with its traceback (errors.py)
        QMessageBox.critical(
            self.parent,
            translate("ExportFlow", "Export failed"),
            translate(
                "ExportFlow",
                "Something went wrong ({kind}: {exc}). No file was written; the details are in {log_file}.",
            ).format(kind=type(exc).__name__, exc=exc, log_file=log_file()),
        )


def _quarters(meetings: list[Any]) -> list[Quarter]:
    """Quarters that had meetings, newest first; this quarter when none did."""
    found = {Quarter.containing(m.date) for m in meetings if m.date <= date.today()}
    return sorted(found or {Quarter.containing(date.today())}, reverse=True)


def start_export(window: MainWindow, flow_type: type[ExportFlow] = ExportFlow) -> ExportFlow | None:
    """The export (or print: ``flow_type``) dialog for the open workspace."""
    if window.context is None:
        return None
    flow = flow_type(window.context, window)
    window._export_flow = flow  # type: ignore[attr-defined]  # kept alive while its dialogs are open
    flow.dialog.open()
    return flow
