"""The visit plan of a day: plan for the selected customer, order the day into a route,
complete a visit with its report (which lands in the timeline), cancel."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import visits
from ...core.suggestions import Suggestion, suggest_visits
from ...core.visits import AgendaRow
from ..paged import Index, RowsModel
from ..tasks import TaskRunner
from ..words import visit_status_text
from .dialogs import CompleteVisitDialog, PlanVisitDialog

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return {
            "time": self.tr("Time"),
            "customer": self.tr("Customer"),
            "purpose": self.tr("Purpose"),
            "status": self.tr("Status"),
        }[self.COLUMNS[section]]


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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "customer": self.tr("Suggested visit"),
            "tier": self.tr("Tier"),
            "overdue": self.tr("Follow-up"),
            "distance": self.tr("To the day's plan"),
        }[self.COLUMNS[section]]


class VisitsPane(QWidget):
    changed = Signal()  # a visit was completed: the timeline shows it

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.customer: tuple[str, str] | None = None
        self.model = AgendaModel(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.route = QLabel(self)
        self.plan_button = QPushButton(self)
        self.order_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.suggestions = SuggestionModel(self)
        self.suggested = QTableView(self)
        self.suggested.setModel(self.suggestions)
        self.suggested.verticalHeader().setVisible(False)
        self.suggested.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.suggested.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan_suggested = QPushButton(self)
        self.plan_suggested.clicked.connect(self.plan_suggestion)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (AGENDA_COLUMNS.index("customer"), AGENDA_COLUMNS.index("purpose")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.route, 1)
        buttons = QHBoxLayout()
        for b in (self.plan_button, self.order_button, self.complete_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.suggested)
        layout.addWidget(self.plan_suggested)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.plan_button.clicked.connect(self.plan)
        self.order_button.clicked.connect(self.order_route)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_button.setText(self.tr("Plan visit…"))
        self.order_button.setText(self.tr("Order route"))
        self.complete_button.setText(self.tr("Complete…"))
        self.cancel_button.setText(self.tr("Cancel visit"))
        self.plan_suggested.setText(self.tr("Plan the suggested visit for this day…"))
        self.plan_button.setEnabled(self.customer is not None)

    def selected_day(self) -> dt.date:
        return cast(dt.date, self.day.date().toPython())

    def set_customer(self, customer_id: str, name: str) -> None:
        self.customer = (customer_id, name)
        self.plan_button.setEnabled(True)
        self.plan_button.setToolTip(name)

    def reload(self) -> None:
        day = self.selected_day()
        self.runner.read(lambda s: visits.day_agenda(s, day=day), self.model.set_rows)
        self.runner.read(lambda s: suggest_visits(s, day=day), self.suggestions.set_rows)

    def plan_suggestion(self) -> None:
        row = self.suggested.currentIndex().row()
        if not 0 <= row < len(self.suggestions.rows):
            return
        chosen = self.suggestions.rows[row]
        self.plan_for(chosen.customer_id, chosen.name)

    def _selected(self) -> AgendaRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def plan(self) -> None:
        if self.customer is not None:
            self.plan_for(*self.customer)

    def plan_for(self, customer_id: str, name: str) -> None:
        dialog = PlanVisitDialog(name, self.selected_day(), self)
        self.dialog: QWidget = dialog

        def accepted() -> None:
            values = dialog.values()
            self.runner.write(
                lambda s: visits.plan_visit(s, customer_id=customer_id, **values),
                lambda _: self._go_to(values["planned_at"]),
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def _go_to(self, when: dt.datetime) -> None:
        if self.selected_day() != when.date():
            self.day.setDate(QDate(when.year, when.month, when.day))  # reloads
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
