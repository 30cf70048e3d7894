"""The duplicates dialog: customers that look like one, found over the whole profile on a reader
with progress; "Not a duplicate" remembers the pair, "Merge…" opens the field-by-field merge."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ...core.dedupe import Pair, find_duplicate_customers, mark_not_duplicate
from ...core.errors import Progress
from ...core.merge import MergeResult
from ..paged import Index, RowsModel
from ..progress import run_with_progress
from ..tasks import TaskRunner
from .merge import MergeDialog


def reason_text(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Duplicates", "Same phone"),
        "email": QCoreApplication.translate("Duplicates", "Same e-mail"),
        "name": QCoreApplication.translate("Duplicates", "Similar name"),
    }.get(code, code)


def _who(name: str, city: str) -> str:
    return f"{name} ({city})" if city else name


class PairsModel(RowsModel):
    """The pairs found, surest first: plain immutable rows (``Pair``), ids inside them."""

    COLUMNS = ("a", "b", "why", "score")
    rows: list[Pair]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair: Pair | None = self.row_at(index)
        if pair is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "a":
                return _who(pair.a_name, pair.a_city)
            if column == "b":
                return _who(pair.b_name, pair.b_city)
            if column == "why":
                return " · ".join(reason_text(r) for r in pair.reasons)
            return f"{pair.score}%"
        if role == Qt.ItemDataRole.ToolTipRole and column in ("a", "b"):
            return pair.a_name if column == "a" else pair.b_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header(self, column: str) -> str:
        return {
            "a": self.tr("Customer"),
            "b": self.tr("Looks like"),
            "why": self.tr("Why"),
            "score": self.tr("Match"),
        }[column]

    def drop(self, customer_ids: set[str], pair: tuple[str, str] | None = None) -> None:
        """Take out ``pair`` (either way round) and every pair that involves one of ``customer_ids``."""
        gone = set(pair or ())
        for row in range(len(self.rows) - 1, -1, -1):
            p = self.rows[row]
            if set(p.ids) == gone or p.a_id in customer_ids or p.b_id in customer_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def rename(self, customer_id: str, name: str) -> None:
        for row, p in enumerate(self.rows):
            if customer_id in p.ids:
                if p.a_id == customer_id:
                    self.rows[row] = dataclasses.replace(p, a_name=name)
                else:
                    self.rows[row] = dataclasses.replace(p, b_name=name)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def reword(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


class DuplicatesDialog(QDialog):
    merged = Signal(str)  # the survivor's id: the main window refreshes the list and the panes

    LIMIT = 2000

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = PairsModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.not_duplicate = QPushButton(self)
        self.not_duplicate.clicked.connect(self.mark_selected)
        self.merge = QPushButton(self)
        self.merge.clicked.connect(self.merge_selected)
        self.search_again = QPushButton(self)
        self.search_again.clicked.connect(self.search)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.not_duplicate, self.merge, self.search_again):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self.model.rowsRemoved.connect(lambda *_: self._enable())
        self.merge_dialog: MergeDialog | None = None
        self._state = "idle"  # idle | searching | done | cancelled
        self.resize(820, 460)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.intro.setText(
            self.tr(
                "Customers that look like the same one: the same phone or e-mail, or a similar name "
                "(full-width and traditional characters included). Merge them, or say they are not duplicates."
            )
        )
        self.not_duplicate.setText(self.tr("Not a duplicate"))
        self.not_duplicate.setToolTip(self.tr("Two different customers: never list this pair again"))
        self.merge.setText(self.tr("Merge…"))
        self.search_again.setText(self.tr("Search again"))
        self.close_button.setText(self.tr("Close"))
        self.model.reword()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- finding ----------------------------------------------------------------------------

    def search(self) -> None:
        """Search the whole profile on a reader; a progress dialog shows after a moment."""
        region, limit = self.runner.profile.settings.default_region, self.LIMIT

        def job(session: Session, progress: Progress) -> list[Pair]:
            return find_duplicate_customers(session, progress=progress, limit=limit, region=region)

        self._state = "searching"
        self._show_status()
        self.search_again.setEnabled(False)
        run_with_progress(self, self.runner, self.tr("Looking for duplicate customers…"), job, self._found,
                          on_cancel=self._cancelled, write=False)  # fmt: skip

    def _found(self, pairs: list[Pair]) -> None:
        self._state = "done"
        self.model.set_rows(pairs)
        if pairs:
            self.table.selectRow(0)
        self._show_status()
        self.search_again.setEnabled(True)

    def _cancelled(self) -> None:
        self._state = "cancelled"
        self._show_status()
        self.search_again.setEnabled(True)

    def _show_status(self) -> None:
        n = len(self.model.rows)
        if self._state == "searching":
            text = self.tr("Looking for duplicate customers…")
        elif self._state == "cancelled":
            text = self.tr("The search was stopped.")
        elif self._state == "idle":
            text = ""
        elif n == 0:
            text = self.tr("No duplicate customers found.")
        elif n >= self.LIMIT:
            text = self.tr("The %n surest pair(s) of possible duplicates.", "", n)
        else:
            text = self.tr("%n pair(s) of possible duplicates.", "", n)
        self.status.setText(text)

    # --- acting on a pair -------------------------------------------------------------------

    def selected(self) -> Pair | None:
        rows = self.table.selectionModel().selectedRows()
        pair: Pair | None = self.model.row_at(rows[0]) if rows else None
        return pair

    def _enable(self) -> None:
        has = self.selected() is not None
        self.not_duplicate.setEnabled(has)
        self.merge.setEnabled(has)

    def mark_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return

        def done(_: None) -> None:
            self.model.drop(set(), pair.ids)
            self._show_status()

        self.runner.write(lambda s: mark_not_duplicate(s, pair.a_id, pair.b_id), done)

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MergeDialog(self.runner, pair, self)
        dialog.merged_result.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, result: MergeResult) -> None:
        self.model.drop({result.loser_id}, (result.survivor_id, result.loser_id))
        if "name" in result.changed:
            self.model.rename(result.survivor_id, result.changed["name"])
        self._show_status()
        self.merged.emit(result.survivor_id)


def open_duplicates(parent: QWidget, runner: TaskRunner) -> DuplicatesDialog:
    """Show the duplicates dialog over ``parent`` and start the search (the main window's entry)."""
    dialog = DuplicatesDialog(runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.search()
    return dialog
