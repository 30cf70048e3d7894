"""The dashboard's table of events: leads, conversions, the revenue they brought and what each
lead cost, in the base currency. A row clicked lists the customers the event's leads became."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from ...core.dashboard import EventFigures
from ..paged import Index

COLUMNS = ("name", "starts_on", "leads", "converted", "revenue", "cost_per_lead")


def amount_text(cents: int | None) -> str:
    """An amount in whole units, grouped the way the user's language groups digits."""
    return "–" if cents is None else QLocale().toString(cents / 100, "f", 0)


def count_text(n: int) -> str:
    return QLocale().toString(n)


class EventsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[EventFigures, ...] = ()
        self.currency = ""

    def set_rows(self, rows: Sequence[EventFigures], currency: str) -> None:
        self.beginResetModel()
        self.rows, self.currency = tuple(rows), currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name", "starts_on"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1: list the customers its leads became").replace("%1", row.name)
        return {
            "name": row.name,
            "starts_on": f"{row.starts_on:%Y-%m-%d}",
            "leads": count_text(row.leads),
            "converted": count_text(row.converted),
            "revenue": amount_text(row.revenue_cents),
            "cost_per_lead": amount_text(row.cost_per_lead_cents),
        }[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        # The amounts' unit sits in their headers, so the cells stay short.
        return {
            "name": self.tr("Event"),
            "starts_on": self.tr("Date"),
            "leads": self.tr("Leads"),
            "converted": self.tr("Converted"),
            "revenue": self.tr("Revenue (%1)").replace("%1", self.currency),
            "cost_per_lead": self.tr("Cost per lead (%1)").replace("%1", self.currency),
        }[COLUMNS[section]]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
