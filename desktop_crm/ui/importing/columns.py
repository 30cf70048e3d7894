"""The middle of the import dialog: the file's columns, each with a combo box of the field it
becomes, beside a preview of the first rows as they would be imported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...io.importer import Rejected
from ...io.mapping import KIND_FIELDS
from ...io.tables import Table
from .models import SAMPLE_ROWS, ColumnsModel, PreviewModel, field_text

WIDEST_COLUMN = 220  # px: a long address in the preview does not push the rest out of sight
WIDEST_HEADING = 150  # longer ones are elided, whole in the tooltip
WIDEST_FIELD = 210


def table_view(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MappingPanel(QSplitter):
    changed = Signal()  # the user chose another field for a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.table: Table | None = None
        self.kind = "customers"
        self.field_boxes: list[QComboBox] = []  # one per column of the file
        self.columns_model = ColumnsModel(self)
        self.columns = table_view(self)
        self.columns.setModel(self.columns_model)
        row_height = QComboBox().sizeHint().height() + 4  # a combo box sits in each row
        self.columns.verticalHeader().setDefaultSectionSize(row_height)
        self.preview_model = PreviewModel(self)
        self.preview = table_view(self)
        self.preview.setModel(self.preview_model)
        self.columns_box, self.preview_box = QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.columns_box).addWidget(self.columns)
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        self.addWidget(self.columns_box)
        self.addWidget(self.preview_box)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.columns_box.setTitle(QCoreApplication.translate("ImportDialog", "Columns of the file"))
        self.preview_box.setTitle(self.tr("Preview of the first %n row(s)", "", SAMPLE_ROWS))
        for box in self.field_boxes:
            for i in range(box.count()):
                box.setItemText(i, field_text(box.itemData(i), self.kind))
        self.columns_model.retranslate()
        self.update_preview()

    def mapping(self) -> list[str]:
        return [str(box.currentData()) for box in self.field_boxes]

    def set_table(self, table: Table, fields: Sequence[str], kind: str) -> None:
        self.table, self.kind = table, kind
        samples = []
        for column in range(len(table.headers)):
            values = (table.value(row, column) for row in table.rows[:SAMPLE_ROWS])
            samples.append(next((v for v in values if v), ""))
        self.columns_model.set_columns(table.headers, samples, fields, kind)  # the view drops old boxes
        self.field_boxes = []
        for row, field in enumerate(fields):
            box = QComboBox()
            for code in ("", *KIND_FIELDS[kind]):
                box.addItem(field_text(code, kind), code)
            box.setCurrentIndex(max(0, box.findData(field)))
            box.currentIndexChanged.connect(lambda _i, row=row, box=box: self._field_changed(row, box))
            self.columns.setIndexWidget(self.columns_model.index(row, ColumnsModel.FIELD), box)
            self.field_boxes.append(box)
        self.columns.resizeColumnToContents(0)
        header = self.columns.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), WIDEST_HEADING))
        widest = max((b.sizeHint().width() for b in self.field_boxes), default=0)
        header.resizeSection(ColumnsModel.FIELD, min(widest, WIDEST_FIELD))
        self.update_preview()

    def _field_changed(self, row: int, box: QComboBox) -> None:
        self.columns_model.set_field(row, str(box.currentData()))
        self.update_preview()
        self.changed.emit()

    def update_preview(self) -> None:
        if self.table is None:
            return
        mapping, table = self.mapping(), self.table
        mapped = [c for c, field in enumerate(mapping) if field]
        headings = [
            QCoreApplication.translate("ImportDialog", "Line"),
            *(field_text(mapping[c], self.kind) for c in mapped),
        ]
        rows = [(str(row.line), *(table.value(row, c) for c in mapped)) for row in table.rows[:SAMPLE_ROWS]]
        self.preview_model.set_preview(headings, rows)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            if self.preview.columnWidth(column) > WIDEST_COLUMN:
                self.preview.setColumnWidth(column, WIDEST_COLUMN)

    def set_rejected(self, rejected: Sequence[Rejected], kind: str) -> None:
        self.preview_model.set_rejected(rejected, kind)
