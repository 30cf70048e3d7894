"""Planning a visit and completing one with its report."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.visits import AgendaRow
from ..words import satisfaction_text


def _buttons(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class PlanVisitDialog(QDialog):
    """Plan a visit, or (given ``visit``) move, re-time or re-purpose a planned one."""

    def __init__(
        self, customer: str, day: dt.date, parent: QWidget | None = None, *, visit: AgendaRow | None = None
    ) -> None:
        super().__init__(parent)
        at = visit.planned_at if visit else dt.datetime.combine(day, dt.time(10))
        self.when = QDateTimeEdit(
            QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)), self
        )
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.purpose = QLineEdit(self)
        self.fixed = QCheckBox(self.tr("Fixed appointment (keeps its time when the route is ordered)"), self)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Minutes"), self.duration)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow("", self.fixed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = _buttons(self, layout)
        if visit is not None:
            self.duration.setValue(visit.duration_min)
            self.purpose.setText(visit.purpose)
            self.fixed.setChecked(visit.fixed_time)
            self.setWindowTitle(self.tr("Change the visit: %1").replace("%1", customer))
        else:
            self.setWindowTitle(self.tr("Plan a visit: %1").replace("%1", customer))

    def values(self) -> dict[str, Any]:
        return {
            "planned_at": cast(dt.datetime, self.when.dateTime().toPython()).replace(second=0, microsecond=0),
            "duration_min": self.duration.value(),
            "purpose": self.purpose.text(),
            "fixed_time": self.fixed.isChecked(),
        }


class CompleteVisitDialog(QDialog):
    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem("—", None)
        for code in ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"):
            self.satisfaction.addItem(satisfaction_text(code), code)
        self.next_step = QLineEdit(self)
        self.has_next = QCheckBox(self.tr("Next visit on"), self)
        self.next_date = QDateEdit(QDate.currentDate().addDays(30), self)
        self.next_date.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Satisfaction"), self.satisfaction)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(self.has_next, self.next_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = _buttons(self, layout)
        self.setWindowTitle(self.tr("Visit report: %1").replace("%1", customer))

    def values(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.text(),
            "summary": self.summary.toPlainText(),
            "satisfaction": self.satisfaction.currentData(),
            "next_step": self.next_step.text(),
            "next_visit_date": cast(dt.date, self.next_date.date().toPython())
            if self.has_next.isChecked()
            else None,
        }
