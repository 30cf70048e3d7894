"""The timeline pane: the selected customer's contact history, a kind filter, quick entry, and
edit and delete with undo (Ctrl+Z): a delete only sets the tombstone, so undo lifts it again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import timeline
from ...core.errors import ValidationError
from ...core.timeline import EntryRow
from ...core.vocab import EntryKind
from ..icons import icon, kind_icon
from ..tasks import TaskRunner
from ..words import kind_text
from .dialog import EntryDialog
from .model import COLUMNS, TimelineModel


class _Write(QUndoCommand):
    """An undoable write: ``redo`` and ``undo`` are jobs for the runner; the model reloads after."""

    def __init__(self, pane: TimelinePane, text: str, redo: Callable[[Session], Any],
                 undo: Callable[[Session], Any]) -> None:  # fmt: skip
        super().__init__(text)
        self.pane, self._redo, self._undo = pane, redo, undo

    def redo(self) -> None:
        self.pane.runner.write(self._redo, lambda _: self.pane.after_write())

    def undo(self) -> None:
        self.pane.runner.write(self._undo, lambda _: self.pane.after_write())


class TimelinePane(QWidget):
    changed = Signal()  # an entry was added, changed, deleted or restored
    message = Signal(str)  # for the status bar

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog: EntryDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.model = TimelineModel(runner, self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(40)  # a long name must not widen the window
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
        for column, width in {"day": 86, "time": 46, "kind": 96, "detail": 150}.items():
            header.resizeSection(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)

        # "Log a call" in three keystrokes: Ctrl+L, the subject, Enter.
        self.log_call = QAction(self)
        self.log_call.setShortcut(QKeySequence("Ctrl+L"))
        self.log_call.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_call.triggered.connect(self.start_call)
        self.addAction(self.log_call)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.new_button = QPushButton(icon("kind-note"), "", self)
        self.edit_button = QPushButton(icon("edit"), "", self)
        self.delete_button = QPushButton(icon("delete"), "", self)
        self.delete_entry_action = QAction(self.table)
        self.delete_entry_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table's Del
        self.delete_entry_action.triggered.connect(self.delete_entry)
        self.table.addAction(self.delete_entry_action)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.quick)
        layout.addWidget(self.table)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self.kind.currentIndexChanged.connect(self._refilter)
        self.quick.returnPressed.connect(self._save_call)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in EntryKind:
            self.kind.addItem(kind_icon(kind.value), kind_text(kind.value), kind.value)
        self.kind.setCurrentIndex(max(0, current))
        self.kind.blockSignals(False)
        if self.model.customer_id is None:
            self.title.setText(self.tr("Select a customer to see their history"))
        self.quick.setPlaceholderText(self.tr("Log a call: type what it was about, Enter saves (Ctrl+L)"))
        self.log_call.setText(self.tr("Log a call"))
        self.new_button.setText(self.tr("New entry…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._enable()
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

    def _enable(self) -> None:
        self.new_button.setEnabled(self.model.customer_id is not None)
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_id(self) -> str | None:
        return self.model.id_at(self.table.currentIndex().row())

    def after_write(self) -> None:
        self.model.reload()
        self.changed.emit()

    def _save_call(self) -> None:
        customer_id, subject = self.model.customer_id, self.quick.text().strip()
        if customer_id is None or not subject:
            return
        self.quick.clear()
        self.runner.write(
            lambda s: timeline.add_entry(s, customer_id=customer_id, kind=EntryKind.CALL, subject=subject),
            lambda _entry_id: self.after_write(),
        )

    def new_entry(self) -> None:
        if self.model.customer_id is not None:
            self._open_dialog(None)

    def edit_entry(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.runner.read(lambda s: timeline.get_entry(s, entry_id), self._open_dialog)

    def _open_dialog(self, entry: EntryRow | None) -> None:
        customer_id = self.model.customer_id
        if customer_id is None:
            return
        dialog = EntryDialog(entry, self)
        self.dialog = dialog

        def save() -> None:
            changes = dialog.changes()
            if entry is not None and not changes:
                dialog.accept()
                return

            def job(s: Session) -> object:
                if entry is None:
                    return timeline.add_entry(s, customer_id=customer_id, **changes)
                return timeline.update_entry(s, entry.id, **changes)

            def saved(result: object) -> None:
                dialog.accept()
                # Already written: the undo stack gets the inverse, and a redo that repeats it.
                if entry is None:
                    new_id = str(result)
                    command = _Done(self, self.tr("New entry"), lambda s: timeline.restore_entry(s, new_id),
                                    lambda s: timeline.delete_entry(s, new_id))  # fmt: skip
                else:
                    before = {k: getattr(entry, k) for k in changes}
                    command = _Done(self, self.tr("Edit entry"), job,
                                    lambda s: timeline.update_entry(s, entry.id, **before))  # fmt: skip
                self.undo_stack.push(command)
                self.after_write()

            def failed(exc: Exception) -> None:
                if isinstance(exc, ValidationError):
                    dialog.show_error(exc)
                else:
                    self.runner.failed.emit(exc)

            self.runner.write(job, saved, failed)

        dialog.buttons.accepted.connect(save)
        dialog.open()

    def delete_entry(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        delete = _Write(self, self.tr("Delete entry"), lambda s: timeline.delete_entry(s, entry_id),
                        lambda s: timeline.restore_entry(s, entry_id))  # fmt: skip
        self.undo_stack.push(delete)
        self.message.emit(self.tr("Entry deleted. Undo with Ctrl+Z."))


class _Done(_Write):
    """A write that already happened (an edit saved from its dialog): pushing it does not redo it."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        super().redo()
