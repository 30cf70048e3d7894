"""A timeline entry's form: a new entry of any kind, or an edit of an existing one."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.timeline import EntryRow
from ...core.vocab import EntryKind, Satisfaction
from ..customers.dialog import error_text
from ..icons import kind_icon
from ..words import kind_text, satisfaction_text

# Entries that stand for a visit report or an order keep their kind: the record they point at
# decides what they are.
LINKED_KINDS = ("visit", "order", "lead")  # made by completing a visit, entering an order, converting a lead


class EntryDialog(QDialog):
    def __init__(self, entry: EntryRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.kind = QComboBox(self)
        for kind in EntryKind:
            if entry is None and kind.value in LINKED_KINDS:
                continue  # visits are completed in the plan, orders entered as orders
            self.kind.addItem(kind_icon(kind.value), kind_text(kind.value), kind.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem("—", None)
        for level in Satisfaction:
            self.satisfaction.addItem(satisfaction_text(level.value), level.value)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Notes"), self.body)
        form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if entry is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
            self.kind.setEnabled(entry.kind not in LINKED_KINDS)
            at = entry.occurred_at
            self.when.setDateTime(QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0))
            self.subject.setText(entry.subject)
            self.body.setPlainText(entry.body)
            self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(entry.satisfaction)))
            self.setWindowTitle(self.tr("Edit entry"))
        else:
            self.setWindowTitle(self.tr("New entry"))
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "occurred_at": cast(dt.datetime, self.when.dateTime().toPython()).replace(
                second=0, microsecond=0
            ),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "satisfaction": self.satisfaction.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the entry being edited (all of them for a new one)."""
        values = self.values()
        if self.entry is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.entry, k) != v}

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
