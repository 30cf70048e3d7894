"""The "Changes to send" list, opened from the status bar's count: every change waiting for the
next sync, grouped by record, with the record named as a rep knows it. The ids come in one query and
the rows a page at a time (``PagedIdModel``), so 20,000 waiting changes open as fast as 20."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...sync.status import PendingChange, pending_changes, pending_ids
from ..paged import Index, PagedIdModel
from ..tasks import TaskRunner
from ..words import change_kind_text, field_text, kind_text, record_kind_text

COLUMNS = ("record", "type", "change", "fields", "when")
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})


def _when(value: dt.datetime | dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if isinstance(value, dt.date) else ""


def record_text(row: PendingChange) -> str:
    """The record as a rep knows it: a contact person with their customer, a visit by its
    customer and time, an entry of the contact history by its customer, kind and time."""
    moment = _when(row.moment)
    if row.table == "contacts" and row.customer:
        text = f"{row.name} ({row.customer})"
    elif row.table == "visits":
        text = ", ".join(p for p in (row.customer, moment) if p)
    elif row.table == "timeline_entries":
        what = " ".join(p for p in (kind_text(row.detail) if row.detail else "", moment) if p)
        text = ", ".join(p for p in (row.customer, what, row.name) if p)
    elif row.table == "orders" and row.customer:
        number = row.name or "–"
        text = (
            QCoreApplication.translate("Changes", "Order %1, %2")
            .replace("%1", number)
            .replace("%2", row.customer)
        )
    elif row.table == "leads" and row.customer:  # a lead's company
        text = f"{row.name} ({row.customer})"
    elif row.table == "events":
        text = ", ".join(p for p in (row.name, moment) if p)
    elif row.table == "conflicts":
        text = ": ".join(p for p in (row.name, field_text(row.detail) if row.detail else "") if p)
    else:
        text = row.name
    return text or QCoreApplication.translate("Changes", "(no longer on this laptop)")


class PendingModel(PagedIdModel):
    """One row a change; a record's first change names it, the ones after it leave that blank."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, COLUMNS, parent)

    def ids_query(self) -> Callable[[Session], list[str]]:
        return pending_ids

    def rows_query(self, ids: list[str]) -> Callable[[Session], Sequence[PendingChange]]:
        return lambda s: pending_changes(s, ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = COLUMNS[index.column()]
        row: PendingChange | None = self.row_data(index.row())
        if row is None:
            loading = (
                role == Qt.ItemDataRole.DisplayRole and column == "record" and self.is_loading(index.row())
            )
            return "…" if loading else None
        if column in ("record", "type") and not row.first and role == Qt.ItemDataRole.DisplayRole:
            return ""  # the same record as the row above: named once
        if column == "record":
            return record_text(row)
        if column == "type":
            return record_kind_text(row.table)
        if column == "change":
            return change_kind_text(row.kind)
        if column == "fields":
            if not row.fields:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            return ", ".join(field_text(f) for f in row.fields)
        return row.at.strftime("%Y-%m-%d %H:%M")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "record": self.tr("Record"),
            "type": self.tr("What"),
            "change": self.tr("Change"),
            "fields": self.tr("Fields changed"),
            "when": self.tr("Made at"),
        }[COLUMNS[section]]


class ChangesDialog(QDialog):
    """What the next sync will send, in the order it goes."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PendingModel(runner, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # One line a row, all the same height: the view never measures 20,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("fields"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("record", 380), ("type", 120), ("change", 90), ("when", 130)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(1000, 480)
        self.model.loaded.connect(self._loaded)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.model.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes to send"))
        self.close_button.setText(self.tr("Close"))
        self._loaded(self.model.rowCount())
        self.model.repaint_all()

    def _loaded(self, count: int) -> None:
        if count:
            text = self.tr(
                "%n change(s) made on this laptop wait for the next sync, grouped by record.", "", count
            )
            self.intro.setText(text)
        elif self.model.started:
            self.intro.setText(
                self.tr("Nothing to send: every change made on this laptop has reached the server.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
