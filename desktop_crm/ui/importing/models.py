"""What the import dialog shows: the file's columns with what each becomes, a preview of the first
rows as they would be imported, and the rows a check rejected. Plain tuples of text, no ORM rows;
the field codes of ``io.mapping`` are worded here, in the dialog's translation context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...io.importer import KEYS, Rejected
from ...io.mapping import FIELDS
from ..paged import Index, RowsModel

ERROR_COLOUR = "#c0392b"
SAMPLE_ROWS = 20  # where a column's example value is looked for, and how many rows the preview shows


def kind_text(kind: str) -> str:
    return {
        "customers": QCoreApplication.translate("ImportDialog", "Customers"),
        "contacts": QCoreApplication.translate("ImportDialog", "Contact persons"),
        "leads": QCoreApplication.translate("ImportDialog", "Leads"),
    }.get(kind, kind)


def key_text(key: str) -> str:
    return {
        "name_city": QCoreApplication.translate("ImportDialog", "Name and city"),
        "external_id": QCoreApplication.translate("ImportDialog", "External ID"),
        "email": QCoreApplication.translate("ImportDialog", "E-mail"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "name_company": QCoreApplication.translate("ImportDialog", "Name and company"),
    }.get(key, key)


def field_text(field: str, kind: str) -> str:
    """A field code as the person importing calls it; "name" is the company's for customers."""
    if field == "name":
        if kind == "customers":
            return QCoreApplication.translate("ImportDialog", "Customer name")
        return QCoreApplication.translate("ImportDialog", "Name")
    return {
        "": QCoreApplication.translate("ImportDialog", "(ignore)"),
        "company": QCoreApplication.translate("ImportDialog", "Company"),
        "contact": QCoreApplication.translate("ImportDialog", "Contact person"),
        "given_name": QCoreApplication.translate("ImportDialog", "Given name"),
        "family_name": QCoreApplication.translate("ImportDialog", "Family name"),
        "title": QCoreApplication.translate("ImportDialog", "Job title"),
        "department": QCoreApplication.translate("ImportDialog", "Department"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone (office)"),
        "mobile": QCoreApplication.translate("ImportDialog", "Mobile"),
        "tel": QCoreApplication.translate("ImportDialog", "Phone (mobile or office)"),
        "email": QCoreApplication.translate("ImportDialog", "E-mail"),
        "website": QCoreApplication.translate("ImportDialog", "Website"),
        "industry": QCoreApplication.translate("ImportDialog", "Industry"),
        "address": QCoreApplication.translate("ImportDialog", "Address"),
        "city": QCoreApplication.translate("ImportDialog", "City"),
        "province": QCoreApplication.translate("ImportDialog", "Province"),
        "country": QCoreApplication.translate("ImportDialog", "Country"),
        "language": QCoreApplication.translate("ImportDialog", "Language"),
        "currency": QCoreApplication.translate("ImportDialog", "Currency"),
        "relationship": QCoreApplication.translate("ImportDialog", "Relationship"),
        "tier": QCoreApplication.translate("ImportDialog", "Tier (A, B, C)"),
        "external_id": QCoreApplication.translate("ImportDialog", "External ID"),
        "wechat": QCoreApplication.translate("ImportDialog", "WeChat"),
        "interest": QCoreApplication.translate("ImportDialog", "Interest"),
        "event": QCoreApplication.translate("ImportDialog", "Event"),
        "notes": QCoreApplication.translate("ImportDialog", "Notes"),
    }.get(field, field)


def source_text(source: str) -> str:
    """``Table.source`` ("CSV, GB18030, comma") with the delimiter worded in the user's language."""
    delimiters = {
        "comma": QCoreApplication.translate("ImportDialog", "comma"),
        "semicolon": QCoreApplication.translate("ImportDialog", "semicolon"),
        "tab": QCoreApplication.translate("ImportDialog", "tab"),
        "bar": QCoreApplication.translate("ImportDialog", "vertical bar"),
    }
    return ", ".join(delimiters.get(part, part) for part in source.split(", "))


def reason_text(rejected: Rejected, kind: str) -> str:
    """Why a row cannot be imported, in the UI's language: each field named as the mapping names
    it, with what is wrong with it. Reasons without codes stay as the core wrote them."""
    if not rejected.problems:
        return rejected.reason
    wrong = {
        "required": QCoreApplication.translate("ImportDialog", "missing"),
        "invalid_phone": QCoreApplication.translate("ImportDialog", "not a valid phone number"),
        "invalid_email": QCoreApplication.translate("ImportDialog", "not a valid e-mail address"),
        "invalid_choice": QCoreApplication.translate("ImportDialog", "not one of the choices"),
        "unknown_event": QCoreApplication.translate("ImportDialog", "no event of that name"),
        "no_key": QCoreApplication.translate("ImportDialog", "empty, and the rows are matched by it"),
        "unreadable": QCoreApplication.translate("ImportDialog", "this vCard cannot be read"),
    }
    parts = []
    for field, code in rejected.problems:
        if field in KEYS.get(kind, ()) and field not in FIELDS:  # name_city, name_company
            name = key_text(field)
        elif field == "card":
            name = QCoreApplication.translate("ImportDialog", "vCard")
        else:
            name = field_text(field, kind)
        said = QCoreApplication.translate("ImportDialog", "%1: %2")
        parts.append(said.replace("%1", name).replace("%2", wrong.get(code, code)))
    return QCoreApplication.translate("ImportDialog", "; ").join(parts)


def one_line(text: str) -> str:
    return " ".join(text.split())


class _TextTable(QAbstractTableModel):
    """Rows of text under worded headings; read only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headings: list[str] = []
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.headings[section] if horizontal and 0 <= section < len(self.headings) else None

    def cell(self, index: Index) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        return row[index.column()] if 0 <= index.column() < len(row) else None


class ColumnsModel(_TextTable):
    """One row per column of the file: its heading, the field it becomes (the dialog lays a
    combo box over that cell to change it), and an example value."""

    FIELD, EXAMPLE = 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: list[str] = []
        self.kind = "customers"
        self.retranslate()

    def retranslate(self) -> None:
        self.headings = [
            QCoreApplication.translate("ImportDialog", "Heading"),
            QCoreApplication.translate("ImportDialog", "Imported as"),
            QCoreApplication.translate("ImportDialog", "Example"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headings) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, self.FIELD), self.index(len(self.rows) - 1, self.FIELD))

    def set_columns(
        self, headers: Sequence[str], samples: Sequence[str], fields: Sequence[str], kind: str
    ) -> None:
        self.beginResetModel()
        self.rows = [(h, "", s) for h, s in zip(headers, samples, strict=True)]
        self.fields, self.kind = list(fields), kind
        self.endResetModel()

    def set_field(self, row: int, field: str) -> None:
        self.fields[row] = field
        self.dataChanged.emit(self.index(row, self.FIELD), self.index(row, self.FIELD))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = self.cell(index)
        if text is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.FIELD:
            return field_text(self.fields[index.row()], self.kind)
        return text if role == Qt.ItemDataRole.ToolTipRole else one_line(text)


class PreviewModel(_TextTable):
    """The first rows of the file as they would be imported: the line, then each mapped column
    under the field it becomes. Lines a check rejected are red, with the reason as a tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rejected: dict[str, str] = {}  # line (as shown) -> reason

    def set_preview(self, headings: Sequence[str], rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.headings = list(headings)
        self.rows = list(rows)
        self.endResetModel()

    def set_rejected(self, rejected: Sequence[Rejected], kind: str) -> None:
        self.rejected = {str(r.line): reason_text(r, kind) for r in rejected}
        if self.rows and self.headings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headings) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = self.cell(index)
        if text is None:
            return None
        reason = self.rejected.get(self.rows[index.row()][0])
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason or (text if "\n" in text else None)
        if role == Qt.ItemDataRole.ForegroundRole and reason:
            return QBrush(QColor(ERROR_COLOUR))
        return None


class RejectedModel(RowsModel):
    """The rows a check or an import turned away, by line, with why."""

    COLUMNS = ("line", "reason")
    rows: list[Rejected]
    kind = "customers"  # of the import: how its fields are named

    def header(self, column: str) -> str:
        if column == "line":
            return QCoreApplication.translate("ImportDialog", "Line")
        return QCoreApplication.translate("ImportDialog", "Why it cannot be imported")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: Rejected | None = self.row_at(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return str(row.line) if role == Qt.ItemDataRole.DisplayRole else None
        return reason_text(row, self.kind)
