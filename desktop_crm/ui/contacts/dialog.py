"""Create or edit a contact person. The service validates phone numbers and e-mail addresses
(the same rules as import and sync); its error names the field, and the dialog says what is
wrong beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.customers import ContactRow
from ...core.errors import ValidationError
from ...core.validation import format_phone
from ..customers.dialog import error_text

TEXT_FIELDS = ("name", "title", "department", "phone", "mobile", "email", "wechat")
PHONE_FIELDS = ("phone", "mobile")
ERROR_STYLE = "color: #c0392b;"


class ContactDialog(QDialog):
    def __init__(self, contact: ContactRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact.id if contact else None
        self.edits = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.primary = QCheckBox(self.tr("Primary contact at this customer"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.errors = {name: QLabel(self) for name in TEXT_FIELDS}
        # A field the form does not show (a code the core adds later): said above the form.
        self.general_error = QLabel(self)
        for label in (*self.errors.values(), self.general_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        for name, edit in self.edits.items():
            edit.textEdited.connect(self.errors[name].hide)  # typing clears the old complaint
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 010 6555 1234"))
        self.edits["mobile"].setPlaceholderText(self.tr("e.g. 138 1234 5678"))
        self.edits["email"].setPlaceholderText(self.tr("name@example.com"))

        labels = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "department": self.tr("Department"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "wechat": self.tr("WeChat"),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            form.addRow(labels[name], self.edits[name])
            form.addRow("", self.errors[name])
        form.addRow("", self.primary)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit contact person") if contact else self.tr("New contact person"))
        if contact:
            for name in TEXT_FIELDS:
                value = getattr(contact, name)
                # Stored as E.164; shown the way a person reads it (it saves back unchanged).
                self.edits[name].setText(format_phone(value) if name in PHONE_FIELDS else value or "")
            self.primary.setChecked(contact.is_primary)
            self.notes.setPlainText(contact.notes)
        self.resize(440, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: self.edits[name].text() for name in TEXT_FIELDS}
        out["is_primary"] = self.primary.isChecked()
        out["notes"] = self.notes.toPlainText()
        return out

    def set_saving(self, saving: bool) -> None:
        """While a save runs, Save is off: a second click must not store the person twice."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setEnabled(not saving)

    def show_error(self, exc: ValidationError) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        label = self.errors.get(exc.field, self.general_error)
        label.setText(error_text(exc))
        label.show()
        edit = self.edits.get(exc.field)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()
