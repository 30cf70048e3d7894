"""The visit plan of a day: plan for the selected customer, order the day into a route,
complete a visit with its report (which lands in the timeline), cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QDate, QLocale, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import visits
from ...core.suggestions import Suggestion, suggest_visits
from ...core.visits import AgendaRow
from ...reports.words import rep_language
from ..dragdrop import CUSTOMER_MIME, pack
from ..icons import icon
from ..paged import Index, RowsModel
from ..pdf import PdfJob, print_pdf, save_bytes_as_pdf
from ..tasks import TaskRunner
from ..words import visit_status_text
from . import printing
from .dialogs import CompleteVisitDialog, PlanVisitDialog
from .week import WeekModel, week_start

AGENDA_COLUMNS = ("time", "customer", "purpose", "status")


class AgendaModel(RowsModel):
    """A day's visits: a handful of plain rows, loaded whole."""

    COLUMNS = AGENDA_COLUMNS
    rows: list[AgendaRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: AgendaRow | None = self.row_at(index)
        if role != Qt.ItemDataRole.DisplayRole or row is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "time":
            fixed = " · " + self.tr("fixed") if row.fixed_time else ""  # an appointment keeps its time
            return row.planned_at.strftime("%H:%M") + fixed
        if column == "customer":
            return row.customer
        if column == "purpose":
            return row.purpose
        return visit_status_text(row.status)

    def header(self, column: str) -> str:
        return {
            "time": self.tr("Time"),
            "customer": self.tr("Customer"),
            "purpose": self.tr("Purpose"),
            "status": self.tr("Status"),
        }[column]


class SuggestionModel(RowsModel):
    """Whom to visit on the day shown: overdue first, A before B before C, near the plan."""

    COLUMNS = ("customer", "tier", "overdue", "distance")
    rows: list[Suggestion]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: Suggestion | None = self.row_at(index)
        if role != Qt.ItemDataRole.DisplayRole or row is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "customer":
            return row.name
        if column == "tier":
            return row.tier
        if column == "overdue":
            if row.overdue_days is None:
                return self.tr("never contacted")
            return self.tr("%n day(s) overdue", "", row.overdue_days)
        return f"{row.km_to_plan:.1f} km" if row.km_to_plan is not None else ""

    def header(self, column: str) -> str:
        return {
            "customer": self.tr("Suggested visit"),
            "tier": self.tr("Tier"),
            "overdue": self.tr("Follow-up"),
            "distance": self.tr("To the day's plan"),
        }[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [CUSTOMER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return pack(CUSTOMER_MIME, (r.customer_id for r in map(self.row_at, indexes) if r))


class VisitsPane(QWidget):
    changed = Signal()  # a visit was completed: the timeline shows it
    planned = Signal(str)  # a message for the status bar

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.customer: tuple[str, str] | None = None
        self.dialog: QWidget | None = None
        self.model = AgendaModel(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.route = QLabel(self)
        self.plan_button = QPushButton(icon("plan-visit"), "", self)
        self.change_button = QPushButton(icon("edit"), "", self)
        self.order_button = QPushButton(icon("route"), "", self)
        self.complete_button = QPushButton(icon("complete"), "", self)
        self.cancel_button = QPushButton(icon("cancel"), "", self)
        # Print (with a preview) or save as PDF: the selected visit's report, the day's visit pack,
        # the week's activity report.
        self.report_button = QToolButton(self)
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_action = QAction(self)
        self.print_action.triggered.connect(self.print_report)
        self.save_pdf_action = QAction(self)
        self.save_pdf_action.triggered.connect(self.save_report)
        self.print_pack_action = QAction(self)
        self.print_pack_action.triggered.connect(self.print_pack)
        self.save_pack_action = QAction(self)
        self.save_pack_action.triggered.connect(self.save_pack)
        self.print_week_action = QAction(self)
        self.print_week_action.triggered.connect(self.print_week)
        self.save_week_action = QAction(self)
        self.save_week_action.triggered.connect(self.save_week)
        menu = QMenu(self.report_button)
        menu.addActions([self.print_action, self.save_pdf_action])
        menu.addSeparator()
        menu.addActions([self.print_pack_action, self.save_pack_action])
        menu.addSeparator()
        menu.addActions([self.print_week_action, self.save_week_action])
        self.report_button.setMenu(menu)
        self.suggestions = SuggestionModel(self)
        self.suggested = QTableView(self)
        self.suggested.setModel(self.suggestions)
        self.suggested.verticalHeader().setVisible(False)
        self.suggested.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.suggested.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 44), (2, 140), (3, 120)):  # "267 days overdue", "To the day's plan"
            self.suggested.horizontalHeader().resizeSection(column, width)
        self.suggested.setDragEnabled(True)  # onto a day of the week view
        self.suggested.setWordWrap(False)
        self.plan_suggested = QPushButton(icon("plan-visit"), "", self)
        self.plan_suggested.clicked.connect(self.plan_suggestion)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (AGENDA_COLUMNS.index("customer"), AGENDA_COLUMNS.index("purpose")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.week = WeekModel(self)
        self.week_table = QTableView(self)
        self.week_table.setModel(self.week)
        self.week_table.verticalHeader().setVisible(False)
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.week_table.setDragDropMode(QTableView.DragDropMode.DragDrop)
        self.week_table.setDragDropOverwriteMode(True)  # a drop lands on a cell: its column is the day
        self.week_table.setWordWrap(False)
        self.week_table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 8)
        self.week_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.week_hint = QLabel(self)
        self.week_hint.setWordWrap(True)
        self.week.visits_dropped.connect(self.move_visits)
        self.week.customers_dropped.connect(self.plan_customers)
        self.week_table.doubleClicked.connect(self._open_day)

        day_page = QWidget(self)
        buttons = QHBoxLayout()
        for b in (self.plan_button, self.change_button, self.order_button, self.complete_button,
                  self.cancel_button, self.report_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.table)
        day_layout.addLayout(buttons)
        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.week_table)
        week_layout.addWidget(self.week_hint)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(day_page, "")
        self.views.addTab(week_page, "")
        suggestions_box = QWidget(self)
        suggestions_layout = QVBoxLayout(suggestions_box)
        suggestions_layout.setContentsMargins(0, 0, 0, 0)
        suggestions_layout.addWidget(self.suggested)
        suggestions_layout.addWidget(self.plan_suggested)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.views)
        self.split.addWidget(suggestions_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.route, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.split)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.plan_button.clicked.connect(self.plan)
        self.change_button.clicked.connect(self.change)
        self.order_button.clicked.connect(self.order_route)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def retranslate(self) -> None:
        self.day.setLocale(QLocale())  # day names in the chosen language (i18n sets the default)
        self.plan_button.setText(self.tr("Plan visit…"))
        self.plan_button.setToolTip(self.tr("Plan a visit to the selected customer (Ctrl+Shift+P)"))
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setToolTip(self.tr("Move or re-time the selected visit"))
        self.order_button.setText(self.tr("Order route"))
        self.order_button.setToolTip(
            self.tr("Put the day's visits in the shortest order; fixed appointments keep their time")
        )
        self.complete_button.setText(self.tr("Complete…"))
        self.cancel_button.setText(self.tr("Cancel visit"))
        self.report_button.setText(self.tr("Report"))
        self.report_button.setToolTip(
            self.tr(
                "Print or save as PDF: the selected visit's report, the day's visit pack, the week's activity"
            )
        )
        self.print_action.setText(self.tr("Print…"))
        self.save_pdf_action.setText(self.tr("Save as PDF…"))
        self.print_pack_action.setText(self.tr("Print the day's visit pack…"))
        self.save_pack_action.setText(self.tr("Save the day's visit pack as PDF…"))
        self.print_week_action.setText(self.tr("Print the week's activity report…"))
        self.save_week_action.setText(self.tr("Save the week's activity report as PDF…"))
        self.plan_suggested.setText(self.tr("Plan the suggested visit for this day…"))
        self.views.setTabText(0, self.tr("Day"))
        self.views.setTabText(1, self.tr("Week"))
        self.week_hint.setText(
            self.tr(
                "Drag a customer onto a day to plan a visit; drag a visit to another day to move it. "
                "Double-click a day to open it."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AGENDA_COLUMNS) - 1)
        self.week.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._enable()

    def _enable(self) -> None:
        row = self._selected()
        planned = row is not None and row.status == "planned"
        self.plan_button.setEnabled(self.customer is not None)
        for button in (self.change_button, self.complete_button, self.cancel_button):
            button.setEnabled(planned)
        self.print_action.setEnabled(row is not None)
        self.save_pdf_action.setEnabled(row is not None)
        has_visits = bool(self.model.rows)
        self.print_pack_action.setEnabled(has_visits)
        self.save_pack_action.setEnabled(has_visits)
        # The week's report is there for any day: a week with nothing done is worth reporting too.

    def selected_day(self) -> dt.date:
        return cast(dt.date, self.day.date().toPython())

    def set_customer(self, customer_id: str, name: str) -> None:
        self.customer = (customer_id, name)
        self.plan_button.setToolTip(name)
        self._enable()

    def reload(self) -> None:
        day = self.selected_day()
        first = week_start(day)
        self.runner.read(lambda s: visits.day_agenda(s, day=day), self._show_agenda)
        self.runner.read(
            lambda s: visits.agenda(s, first_day=first, days=7), lambda rows: self.week.set_week(first, rows)
        )
        self.runner.read(lambda s: suggest_visits(s, day=day), self.suggestions.set_rows)

    def _show_agenda(self, rows: list[AgendaRow]) -> None:
        self.model.set_rows(rows)
        self._enable()

    def _open_day(self, index: QModelIndex) -> None:
        day = self.week.day_of(index.column())
        self.views.setCurrentIndex(0)
        self._go_to(day)

    def plan_suggestion(self) -> None:
        row = self.suggested.currentIndex().row()
        if not 0 <= row < len(self.suggestions.rows):
            return
        chosen = self.suggestions.rows[row]
        self.plan_for(chosen.customer_id, chosen.name)

    def print_report(self) -> None:
        row = self._selected()
        if row is not None:
            printing.print_preview(self, self.runner, row.id)

    def save_report(self) -> None:
        row = self._selected()
        if row is None:
            return
        name = "".join(ch for ch in row.customer if ch.isalnum() or ch in " -_")[:60].strip() or "visit"
        printing.save_as_pdf(
            self, self.runner, row.id, f"{name} {row.planned_at:%Y-%m-%d}.pdf",
            lambda path: self.planned.emit(self.tr("Visit report saved to %1").replace("%1", path)),
        )  # fmt: skip

    def _language(self) -> str:
        return rep_language(self.runner.profile.settings.language, QLocale().name())

    def _pack(self) -> PdfJob:
        settings = self.runner.profile.settings
        return printing.pack_job(
            self.selected_day(), self._language(), settings.company_name, settings.base_currency
        )

    def _week(self) -> PdfJob:
        settings = self.runner.profile.settings
        return printing.week_job(self.selected_day(), self._language(), settings.company_name, settings)

    def print_pack(self) -> None:
        print_pdf(self, self.runner, self._pack())

    def save_pack(self) -> None:
        save_bytes_as_pdf(
            self, self.runner, self._pack(), f"visits {self.selected_day():%Y-%m-%d}.pdf",
            lambda path: self.planned.emit(self.tr("Visit pack saved to %1").replace("%1", path)),
        )  # fmt: skip

    def print_week(self) -> None:
        print_pdf(self, self.runner, self._week())

    def save_week(self) -> None:
        monday = self.selected_day() - dt.timedelta(days=self.selected_day().weekday())
        save_bytes_as_pdf(
            self, self.runner, self._week(), f"week {monday:%Y-%m-%d}.pdf",
            lambda path: self.planned.emit(self.tr("Weekly report saved to %1").replace("%1", path)),
        )  # fmt: skip

    def _selected(self) -> AgendaRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def plan(self) -> None:
        if self.customer is not None:
            self.plan_for(*self.customer)

    def plan_for(self, customer_id: str, name: str) -> None:
        dialog = PlanVisitDialog(name, self.selected_day(), self)
        self.dialog = dialog

        def accepted() -> None:
            values = dialog.values()
            self.runner.write(
                lambda s: visits.plan_visit(s, customer_id=customer_id, **values),
                lambda _: self._go_to(values["planned_at"].date()),
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def change(self) -> None:
        row = self._selected()
        if row is None or row.status != "planned":
            return
        dialog = PlanVisitDialog(row.customer, row.planned_at.date(), self, visit=row)
        self.dialog = dialog

        def accepted() -> None:
            values = dialog.values()
            self.runner.write(
                lambda s: visits.update_plan(s, row.id, **values),
                lambda _: self._go_to(values["planned_at"].date()),
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def move_visits(self, visit_ids: list[str], day: dt.date) -> None:
        def job(session: Session) -> None:
            for visit_id in visit_ids:
                visits.move_visit(session, visit_id, day=day)

        self.runner.write(job, lambda _: self.reload())

    def plan_customers(self, customer_ids: list[str], day: dt.date) -> None:
        """Customers dropped on a day: an hour's visit each, one after the other after the day's plan."""

        def job(session: Session) -> int:
            for customer_id in customer_ids:
                visits.plan_visit(session, customer_id=customer_id,
                                  planned_at=visits.next_free_slot(session, day=day))  # fmt: skip
            return len(customer_ids)

        def done(count: int) -> None:
            self.reload()
            self.planned.emit(self.tr("%n visit(s) planned on %1", "", count).replace("%1", day.isoformat()))

        self.runner.write(job, done)

    def _go_to(self, day: dt.date) -> None:
        if self.selected_day() != day:
            self.day.setDate(QDate(day.year, day.month, day.day))  # reloads
        else:
            self.reload()

    def order_route(self) -> None:
        day = self.selected_day()

        def job(session: Session) -> tuple[list[str], float]:
            return visits.order_day(session, day=day)

        def done(result: tuple[list[str], float]) -> None:
            order, total = result
            self.route.setText(
                self.tr("Route: %1 visits, %2 km")
                .replace("%1", str(len(order)))
                .replace("%2", f"{total:.1f}")
            )
            self.reload()

        self.runner.write(job, done)

    def complete(self) -> None:
        row = self._selected()
        if row is None or row.status != "planned":
            return
        dialog = CompleteVisitDialog(row.customer, self)
        self.dialog = dialog

        def accepted() -> None:
            values = dialog.values()

            def done(_: str) -> None:
                self.reload()
                self.changed.emit()

            self.runner.write(lambda s: visits.complete_visit(s, row.id, **values), done)

        dialog.accepted.connect(accepted)
        dialog.open()

    def cancel(self) -> None:
        row = self._selected()
        if row is not None and row.status == "planned":
            self.runner.write(lambda s: visits.cancel_visit(s, row.id), lambda _: self.reload())
