"""The timeline pane: the selected customer's contact history, a kind filter, quick entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import timeline
from ...core.vocab import EntryKind
from ..tasks import TaskRunner
from ..words import kind_text
from .model import COLUMNS, TimelineModel


class TimelinePane(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = TimelineModel(runner, self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.kind = QComboBox(self)
        self.quick = QLineEdit(self)
        self.quick.setEnabled(False)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in {"day": 88, "time": 46, "kind": 72, "detail": 150}.items():
            header.resizeSection(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)

        # "Log a call" in three keystrokes: Ctrl+L, the subject, Enter.
        self.log_call = QAction(self)
        self.log_call.setShortcut(QKeySequence("Ctrl+L"))
        self.log_call.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_call.triggered.connect(self.start_call)
        self.addAction(self.log_call)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.quick)
        layout.addWidget(self.table)
        self.kind.currentIndexChanged.connect(self._refilter)
        self.quick.returnPressed.connect(self._save_call)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in EntryKind:
            self.kind.addItem(kind_text(kind.value), kind.value)
        self.kind.setCurrentIndex(max(0, current))
        self.kind.blockSignals(False)
        self.quick.setPlaceholderText(self.tr("Log a call: type what it was about, Enter saves (Ctrl+L)"))
        self.log_call.setText(self.tr("Log a call"))
        if self.model.customer_id is None:
            self.title.setText(self.tr("Select a customer to see their history"))
        self.model.repaint_all()

    def show_customer(self, customer_id: str | None, name: str = "") -> None:
        self.quick.setEnabled(customer_id is not None)
        self.title.setText(name or self.tr("Select a customer to see their history"))
        kind = self.kind.currentData()
        self.model.show_customer(customer_id, (kind,) if kind else ())

    def start_call(self) -> None:
        if self.model.customer_id is not None:
            self.quick.setFocus()

    def _refilter(self) -> None:
        self.show_customer(self.model.customer_id, self.title.text())

    def _save_call(self) -> None:
        customer_id, subject = self.model.customer_id, self.quick.text().strip()
        if customer_id is None or not subject:
            return
        self.quick.clear()
        self.runner.write(
            lambda s: timeline.add_entry(s, customer_id=customer_id, kind=EntryKind.CALL, subject=subject),
            lambda _entry_id: self.model.reload(),
        )
