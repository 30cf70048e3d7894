"""The people at one customer: a handful of plain rows, loaded whole, primary contact first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...core.customers import ContactRow
from ...core.validation import format_phone
from ..paged import Index, RowsModel

COLUMNS = ("name", "title", "phone", "email", "wechat")
PRIMARY_MARK = "★"


class ContactsModel(RowsModel):
    COLUMNS = COLUMNS
    rows: list[ContactRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: ContactRow | None = self.row_at(index)
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, row)
        return None

    def _display(self, column: str, row: ContactRow) -> str:
        if column == "name":
            return f"{row.name} {PRIMARY_MARK}" if row.is_primary else row.name
        if column == "title":
            return row.title or ""
        if column == "phone":
            return format_phone(row.mobile or row.phone)
        if column == "email":
            return row.email or ""
        return row.wechat or ""

    def _tooltip(self, column: str, row: ContactRow) -> str | None:
        if column == "name" and row.is_primary:
            return self.tr("Primary contact")
        if column == "title" and row.department:
            return row.department
        if column == "phone" and row.mobile and row.phone:
            # The column shows the mobile; the desk phone is one hover away.
            return (
                self.tr("Mobile: %1\nPhone: %2")
                .replace("%1", format_phone(row.mobile))
                .replace("%2", format_phone(row.phone))
            )
        return None

    def header(self, column: str) -> str:
        return {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "wechat": self.tr("WeChat"),
        }[column]

    def contact_id(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, contact_id: str) -> int:
        """The row showing ``contact_id``, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == contact_id), -1)

    def retranslate(self) -> None:
        """Headers and tooltips are worded at paint time: paint again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
