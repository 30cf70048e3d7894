"""The customer list model: ids plus a cache of plain rows, loaded a page at a time.

Paging is ``PagedIdModel``'s: 100k ids are a few MB, and jumping to the last row costs one small
query. Sorting and filtering happen in SQL: the model asks for a new id list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session

from ...core import customer_list
from ...core.customer_list import ListFilter, ListRow
from ..dragdrop import CUSTOMER_MIME, pack
from ..paged import Index, PagedIdModel
from ..tasks import TaskRunner
from ..words import lifecycle_text, relationship_text, segment_text
from .badges import BADGE_ROLE, SOLID_ROLE

# Column key -> the list row field it shows; headers are worded in ``header_text``. New columns go
# last: a header state saved by an older version restores onto the columns it knew.
COLUMNS = (
    "name",
    "tier",
    "lifecycle",
    "city",
    "relationship",
    "revenue",
    "last_contact",
    "next_due",
    "segment",
)
TIER_COLOURS = {"A": "#b03a2e", "B": "#c87f0a", "C": "#7f8c8d"}
OVERDUE_COLOUR = "#c0392b"
# Built once: combining Qt flags in Python creates enum members, and the view asks per cell.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                   Qt.ItemDataRole.TextAlignmentRole, BADGE_ROLE, SOLID_ROLE})  # fmt: skip
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class CustomerListModel(PagedIdModel):
    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, COLUMNS, parent)
        self._filter = ListFilter()
        self._sort = ("name", False)
        self._today = dt.date.today()

    def set_filter(self, filter: ListFilter) -> None:
        self._filter = filter
        self.reload()

    @property
    def filter(self) -> ListFilter:
        return self._filter

    def ids_query(self) -> Callable[[Session], list[str]]:
        flt, (key, desc) = self._filter, self._sort
        if flt.overdue_on is not None:
            flt = replace(flt, overdue_on=self._today)
        return lambda s: customer_list.ordered_ids(s, filter=flt, sort=key, descending=desc)

    def rows_query(self, ids: list[str]) -> Callable[[Session], list[ListRow]]:
        return lambda s: customer_list.rows(s, ids)

    def retranslate(self) -> None:
        self.repaint_all()

    def customer_id(self, row: int) -> str | None:
        return self.id_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for a dozen roles; most are answered here, cheapest test first.
        if role not in ROLES or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == "revenue" else None
        row: ListRow | None = self.row_data(index.row())
        if row is None:
            loading = (
                role == Qt.ItemDataRole.DisplayRole and column == "name" and self.is_loading(index.row())
            )
            return "…" if loading else None
        overdue = column == "next_due" and (row.next_due_on is None or row.next_due_on < self._today)
        if role in (BADGE_ROLE, Qt.ItemDataRole.ForegroundRole):
            if column == "tier" and row.tier:
                colour = TIER_COLOURS.get(row.tier, "#000000")
            elif overdue:
                colour = OVERDUE_COLOUR  # overdue for a follow-up
            else:
                return None
            return colour if role == BADGE_ROLE else QBrush(QColor(colour))
        if role == SOLID_ROLE:
            return column == "tier"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "tier" and row.tier_is_manual:
                return self.tr("Tier set by hand")
            if overdue:
                return self.tr("Overdue for a follow-up")
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
        if column == "segment":
            return segment_text(row.segment)
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags  # draggable onto the week view

    def mimeTypes(self) -> list[str]:
        return [CUSTOMER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return pack(CUSTOMER_MIME, (i for i in map(self.id_at, (x.row() for x in indexes)) if i))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        # Building the view sorts it several times (sorting enabled, the saved header state):
        # before the first load that only records the order; 100k ids are read once.
        if wanted != self._sort:
            self._sort = wanted
            if self.started:
                self.reload()


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
        "segment": QCoreApplication.translate("CustomerList", "Segment"),
    }[column]
