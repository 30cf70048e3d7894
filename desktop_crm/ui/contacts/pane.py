"""The contact persons pane: the people at the selected customer; add, edit and delete them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import customers
from ...core.customers import ContactRow
from ...core.errors import ValidationError
from ..tasks import Task, TaskRunner
from .dialog import ContactDialog
from .model import COLUMNS, ContactsModel


def _save_contact(
    session: Session, customer_id: str, contact_id: str | None, region: str, values: dict[str, object]
) -> str:
    if contact_id is None:
        return customers.add_contact(session, customer_id=customer_id, region=region, **values)
    customers.update_contact(session, contact_id, region=region, **values)
    return contact_id


class ContactsPane(QWidget):
    changed = Signal()  # a contact person was added, edited or deleted

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.customer_id: str | None = None
        self.customer_name = ""
        self.dialog: ContactDialog | None = None
        self._loading: Task | None = None
        self._loaded = False  # the rows shown belong to ``customer_id``
        self.model = ContactsModel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # A long company name is clipped rather than widening the pane past its dock.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(72)  # an empty list still reads as columns, not a squeeze
        for column in COLUMNS:
            header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("email"), QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a contact person at this customer"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._show_title()
        self.model.retranslate()

    # Which customer

    def show_customer(self, customer_id: str | None, name: str = "") -> None:
        self.customer_id, self.customer_name = customer_id, name
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the current customer's people again; ``select`` is the id to make current."""
        if self._loading is not None:
            self._loading.cancel()  # a slow read for the customer before must not land here
            self._loading = None
        self._loaded = False
        customer_id = self.customer_id
        if customer_id is None:
            self._show_rows([], None)
            return
        self._show_title()
        self._loading = self.runner.read(
            lambda s: customers.contacts_of(s, customer_id), lambda rows: self._show_rows(rows, select)
        )

    def _show_rows(self, rows: list[ContactRow], select: str | None) -> None:
        self._loading = None
        self._loaded = self.customer_id is not None
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_title()
        self._update_buttons()

    def _show_title(self) -> None:
        self.title.setToolTip(self.customer_name)  # in full, if the label clips it
        if self.customer_id is None:
            self.title.setText(self.tr("Select a customer to see their contact persons"))
        elif self._loaded and not self.model.rows:
            self.title.setText(self.tr("No contact persons at %1 yet").replace("%1", self.customer_name))
        else:
            self.title.setText(self.tr("Contact persons at %1").replace("%1", self.customer_name))

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_customer = self.customer_id is not None
        has_row = has_customer and self.selected() is not None
        self.add_button.setEnabled(has_customer)
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)

    def selected(self) -> ContactRow | None:
        row: ContactRow | None = self.model.row_at(self.table.currentIndex())
        return row

    # Writes

    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        self._open_dialog(None)
        if self.dialog is not None and not self.model.rows:
            self.dialog.primary.setChecked(True)  # the first person is whom the rep calls

    def edit_contact(self) -> None:
        contact = self.selected()
        if contact is not None:
            self._open_dialog(contact)

    def delete_contact(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact person"),
            self.tr("Delete %1 from the contact persons? Their contact history stays.").replace(
                "%1", contact.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_: None) -> None:
            self.reload()
            self.changed.emit()

        self.runner.write(lambda s: customers.delete_contact(s, contact.id), deleted)

    def _open_dialog(self, contact: ContactRow | None) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        dialog = ContactDialog(contact, self)
        region = self.runner.profile.settings.default_region

        def save() -> None:
            values, contact_id = dialog.values(), dialog.contact_id
            dialog.set_saving(True)

            def saved(saved_id: str) -> None:
                dialog.set_saving(False)
                dialog.accept()
                self.reload(select=saved_id)
                self.changed.emit()

            def failed(exc: Exception) -> None:
                dialog.set_saving(False)
                if isinstance(exc, ValidationError):
                    dialog.show_error(exc)  # the dialog stays open with what was typed
                else:
                    self.runner.failed.emit(exc)

            self.runner.write(
                lambda s: _save_contact(s, customer_id, contact_id, region, values), saved, failed
            )

        dialog.buttons.accepted.connect(save)
        self.dialog = dialog  # the open dialog, for tests and to keep it alive
        dialog.open()
