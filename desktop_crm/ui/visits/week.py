"""The week view: seven days as columns, each day's visits down its column in time order.

A customer dragged from the list (or from the suggestions) onto a day plans a visit there; a
planned visit dragged to another day moves there at the same time of day. The model only says
what was dropped where (signals); the pane does the writing on the task runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...core.customers import short_name
from ...core.visits import AgendaRow
from ..dragdrop import CUSTOMER_MIME, VISIT_MIME, pack, unpack
from ..paged import Index
from ..words import visit_status_text

MIN_ROWS = 8  # room to drop onto even when the week is empty
CLOSED = QColor("#8c959f")  # done, cancelled or missed: history, not plan


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())  # Monday


class WeekModel(QAbstractTableModel):
    visits_dropped = Signal(list, object)  # visit ids, the day they were dropped on
    customers_dropped = Signal(list, object)  # customer ids, the day

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_day = week_start(dt.date.today())
        self.days: list[list[AgendaRow]] = [[] for _ in range(7)]
        self.today = dt.date.today()

    def set_week(self, first_day: dt.date, rows: Sequence[AgendaRow]) -> None:
        self.beginResetModel()
        self.first_day = first_day
        self.days = [[] for _ in range(7)]
        for row in rows:
            offset = (row.planned_at.date() - first_day).days
            if 0 <= offset < 7:
                self.days[offset].append(row)
        self.endResetModel()

    def day_of(self, column: int) -> dt.date:
        return self.first_day + dt.timedelta(days=column)

    def visit_at(self, index: Index) -> AgendaRow | None:
        if not index.isValid() or not 0 <= index.column() < 7:
            return None
        day = self.days[index.column()]
        return day[index.row()] if 0 <= index.row() < len(day) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(MIN_ROWS, 1 + max(len(d) for d in self.days))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        visit = self.visit_at(index)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and self.day_of(index.column()) == self.today
        ):
            return QBrush(QColor("#eef5ff"))
        if visit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{visit.planned_at:%H:%M}\n{short_name(visit.customer)}"  # two lines: a column is narrow
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [visit.customer, f"{visit.planned_at:%H:%M} · {visit.duration_min} min · "
                     + visit_status_text(visit.status)]  # fmt: skip
            return "\n".join([*lines, visit.purpose] if visit.purpose else lines)
        if role == Qt.ItemDataRole.ForegroundRole and visit.status != "planned":
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.FontRole and (visit.status == "cancelled" or visit.fixed_time):
            font = QFont()
            font.setStrikeOut(visit.status == "cancelled")
            font.setBold(visit.fixed_time and visit.status == "planned")  # an appointment stands out
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        day = self.day_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            # The locale follows the chosen language (i18n.install): 周一 11/23 or Mon 11/23.
            return QLocale().toString(QDate(day.year, day.month, day.day), "ddd M/d")
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        visit = self.visit_at(index)
        if visit is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
            if visit.status == "planned":
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [CUSTOMER_MIME, VISIT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return pack(VISIT_MIME, (v.id for v in map(self.visit_at, indexes) if v and v.status == "planned"))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # A copy as far as Qt knows: the view must not remove the dragged cell itself; the
        # pane moves the visit and reloads the week.
        return Qt.DropAction.CopyAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = parent.column() if parent.isValid() else column
        if action == Qt.DropAction.IgnoreAction or not 0 <= target < 7:
            return False
        day = self.day_of(target)
        if visit_ids := unpack(data, VISIT_MIME):
            self.visits_dropped.emit(visit_ids, day)
            return True
        if customer_ids := unpack(data, CUSTOMER_MIME):
            self.customers_dropped.emit(customer_ids, day)
            return True
        return False
