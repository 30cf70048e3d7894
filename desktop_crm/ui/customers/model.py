"""The customer list model: ids plus a cache of plain rows, loaded a page at a time.

The ordered ids of every matching customer come from one background query (100k ids is a few
MB). Rows are read by id a page at a time, when the view first asks for one, so jumping to the
last row costs one small query. Sorting and filtering happen in SQL: the model asks for a new id
list. Results of a superseded query are dropped (generation counter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...core import customer_list
from ...core.customer_list import ListFilter, ListRow
from ..tasks import TaskRunner

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

# Column key -> the list row field it shows; headers are worded in ``header_text``.
COLUMNS = ("name", "tier", "lifecycle", "city", "relationship", "revenue", "last_contact", "next_due")
TIER_COLOURS = {"A": "#c0392b", "B": "#d68910", "C": "#7f8c8d"}


class CustomerListModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of customers after a (re)load

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ids: list[str] = []
        self._pages: dict[int, list[ListRow]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._filter = ListFilter()
        self._sort = ("name", False)
        self._today = dt.date.today()

    # --- loading ------------------------------------------------------------------------

    def set_filter(self, filter: ListFilter) -> None:
        self._filter = filter
        self.reload()

    @property
    def filter(self) -> ListFilter:
        return self._filter

    def reload(self) -> None:
        self._generation += 1
        generation, flt, (key, desc) = self._generation, self._filter, self._sort
        if flt.overdue_on is not None:
            flt = replace(flt, overdue_on=self._today)

        def done(ids: list[str]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._ids, self._pages, self._pending = ids, {}, set()
            self.endResetModel()
            self.loaded.emit(len(ids))

        self._runner.read(lambda s: customer_list.ordered_ids(s, filter=flt, sort=key, descending=desc), done)

    def _row(self, row: int) -> ListRow | None:
        page = row // PAGE
        if page not in self._pages and page not in self._pending:
            self._pending.add(page)
            generation = self._generation
            ids = self._ids[page * PAGE : (page + 1) * PAGE]

            def done(rows: list[ListRow]) -> None:
                if generation != self._generation:
                    return
                self._pending.discard(page)
                self._pages[page] = rows if len(rows) == len(ids) else _fill(ids, rows)
                last = min(len(self._ids), (page + 1) * PAGE) - 1
                if not self._runner.synchronous:  # in a synchronous test the caller reads it now
                    self.dataChanged.emit(self.index(page * PAGE, 0), self.index(last, len(COLUMNS) - 1))

            self._runner.read(lambda s: customer_list.rows(s, ids), done)
        rows = self._pages.get(page)
        return rows[row - page * PAGE] if rows is not None else None

    def retranslate(self) -> None:
        """Headers and coded columns are worded at paint time: ask the view to paint again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def customer_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: str) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):  # fmt: skip
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == "revenue"
                else None
            )
        row = self._row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == "name" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "tier" and row.tier:
                return QBrush(QColor(TIER_COLOURS.get(row.tier, "#000")))
            if column == "next_due" and (row.next_due_on is None or row.next_due_on < self._today):
                return QBrush(QColor("#c0392b"))  # overdue for a follow-up
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "tier" and row.tier_is_manual:
                return self.tr("Tier set by hand")
            return None
        return self._display(column, row)

    def _display(self, column: str, row: ListRow) -> str:
        if column == "name":
            return row.name
        if column == "tier":
            return f"{row.tier}*" if row.tier and row.tier_is_manual else row.tier or ""
        if column == "lifecycle":
            return lifecycle_text(row.lifecycle)
        if column == "city":
            return row.city or ""
        if column == "relationship":
            return relationship_text(row.relationship)
        if column == "revenue":
            return f"{row.revenue_12m_cents / 100:,.0f}"
        if column == "last_contact":
            return row.last_contact_at.date().isoformat() if row.last_contact_at else ""
        if row.next_due_on is None:
            return self.tr("now")
        return row.next_due_on.isoformat()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return header_text(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
            self.reload()


def _fill(ids: list[str], rows: list[ListRow]) -> list[ListRow]:
    """A page where some customers vanished meanwhile (deleted by sync): keep positions stable."""
    by_id = {r.id: r for r in rows}
    blank = ListRow("", "", None, None, None, "", None, False, None, 0, None, None)
    return [by_id.get(i, replace(blank, id=i)) for i in ids]


def header_text(column: str) -> str:
    return {
        "name": QCoreApplication.translate("CustomerList", "Customer"),
        "tier": QCoreApplication.translate("CustomerList", "Tier"),
        "lifecycle": QCoreApplication.translate("CustomerList", "Stage"),
        "city": QCoreApplication.translate("CustomerList", "City"),
        "relationship": QCoreApplication.translate("CustomerList", "Relationship"),
        "revenue": QCoreApplication.translate("CustomerList", "Revenue, 12 months"),
        "last_contact": QCoreApplication.translate("CustomerList", "Last contact"),
        "next_due": QCoreApplication.translate("CustomerList", "Follow-up due"),
    }[column]


def lifecycle_text(code: str | None) -> str:
    return {
        "prospect": QCoreApplication.translate("Vocabulary", "Prospect"),
        "new": QCoreApplication.translate("Vocabulary", "New"),
        "active": QCoreApplication.translate("Vocabulary", "Active"),
        "dormant": QCoreApplication.translate("Vocabulary", "Dormant"),
        "lost": QCoreApplication.translate("Vocabulary", "Lost"),
    }.get(code or "", "")


def relationship_text(code: str) -> str:
    return {
        "transactional": QCoreApplication.translate("Vocabulary", "Transactional"),
        "preferred_supplier": QCoreApplication.translate("Vocabulary", "Preferred supplier"),
        "partner": QCoreApplication.translate("Vocabulary", "Partner"),
        "strategic": QCoreApplication.translate("Vocabulary", "Strategic alliance"),
    }.get(code, code)
