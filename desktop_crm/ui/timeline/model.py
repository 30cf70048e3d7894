"""The timeline of one customer, newest first, grouped by day, read lazily (5,000 entries
cost one id query and one page)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from ...core import timeline
from ...core.timeline import TimelineRow
from ..icons import kind_icon
from ..paged import Index, PagedIdModel
from ..tasks import TaskRunner
from ..words import kind_text, order_status_text, satisfaction_text

COLUMNS = ("day", "time", "kind", "subject", "detail")
# A colour per kind (the icons' colours), so the history reads at a glance.
KIND_COLOURS = {
    "visit": "#1f6feb", "call": "#2da44e", "email": "#8250df", "message": "#0a7ea4", "meeting": "#9a6700",
    "complaint": "#c0392b", "service_request": "#bc4c00", "order": "#116329", "note": "#6e7781", "lead": "#bf3989",
}  # fmt: skip


class TimelineModel(PagedIdModel):
    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, COLUMNS, parent)
        self.customer_id: str | None = None
        self.kinds: tuple[str, ...] = ()

    def show_customer(self, customer_id: str | None, kinds: Collection[str] = ()) -> None:
        self.customer_id, self.kinds = customer_id, tuple(kinds)
        if customer_id is None:
            self.clear()
        else:
            self.reload()

    def ids_query(self) -> Callable[[Session], list[str]]:
        cid, kinds = self.customer_id or "", self.kinds
        return lambda s: timeline.entry_ids(s, customer_id=cid, kinds=kinds or None)

    def rows_query(self, ids: list[str]) -> Callable[[Session], list[TimelineRow]]:
        return lambda s: timeline.rows(s, ids)

    def _first_of_day(self, row: int, entry: TimelineRow) -> bool:
        if row == 0:
            return True
        before: TimelineRow | None = self.row_data(row - 1)
        return before is None or before.occurred_at.date() != entry.occurred_at.date()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = COLUMNS[index.column()]
        entry: TimelineRow | None = self.row_data(index.row())
        if entry is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == "subject" else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "day":
                # Grouped by day: the date stands once, on the day's first (newest) entry.
                return entry.occurred_at.date().isoformat() if self._first_of_day(index.row(), entry) else ""
            if column == "time":
                return entry.occurred_at.strftime("%H:%M")
            if column == "kind":
                return kind_text(entry.kind)
            if column == "subject":
                return entry.subject or entry.body.split("\n", 1)[0]
            return self._detail(entry)
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            return kind_icon(entry.kind)
        if role == Qt.ItemDataRole.FontRole and column == "day":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (column == "kind" or entry.kind == "complaint"):
            return QBrush(QColor(KIND_COLOURS.get(entry.kind, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject" and entry.body:
            return entry.body
        return None

    def _detail(self, entry: TimelineRow) -> str:
        if entry.order_status is not None and entry.order_amount_cents is not None:
            return f"{entry.order_amount_cents / 100:,.2f} {entry.order_currency} · {order_status_text(entry.order_status)}"
        return satisfaction_text(entry.satisfaction) if entry.satisfaction else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "day": QCoreApplication.translate("Timeline", "Day"),
            "time": QCoreApplication.translate("Timeline", "Time"),
            "kind": QCoreApplication.translate("Timeline", "Kind"),
            "subject": QCoreApplication.translate("Timeline", "Subject"),
            "detail": QCoreApplication.translate("Timeline", "Status / satisfaction"),
        }[COLUMNS[section]]
