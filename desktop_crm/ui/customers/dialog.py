"""Create or edit a customer. The service validates (the same rules as import and sync); its
error comes back with the field it names, and the dialog says what is wrong beside that field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.customers import CustomerRow
from ...core.errors import ValidationError
from ..words import relationship_text

TEXT_FIELDS = ("name", "phone", "email", "city", "province", "address")


def error_text(exc: ValidationError) -> str:
    """The core names the problem with a code; here it is worded in the user's language."""
    t = {
        "required": QCoreApplication.translate("Validation", "Required"),
        "invalid_phone": QCoreApplication.translate("Validation", "Not a valid phone number"),
        "invalid_email": QCoreApplication.translate("Validation", "Not a valid e-mail address"),
        "invalid_choice": QCoreApplication.translate("Validation", "Not one of the choices"),
        "date_order": QCoreApplication.translate("Validation", "Ends before it starts"),
    }
    return t.get(exc.code, exc.message)


class CustomerDialog(QDialog):
    def __init__(self, customer: CustomerRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer.id if customer else None
        self.edits = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.errors = {name: QLabel(self) for name in (*TEXT_FIELDS, "relationship", "tier_override")}
        for label in self.errors.values():
            label.setStyleSheet("color: #c0392b;")
            label.hide()
        self.relationship = QComboBox(self)
        for code in ("transactional", "preferred_supplier", "partner", "strategic"):
            self.relationship.addItem(relationship_text(code), code)
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("Computed from revenue"), None)
        for code in ("A", "B", "C"):
            self.tier.addItem(code, code)
        form = QFormLayout()
        labels = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "city": self.tr("City"),
            "province": self.tr("Province"),
            "address": self.tr("Address"),
        }
        for name in TEXT_FIELDS:
            form.addRow(labels[name], self.edits[name])
            form.addRow("", self.errors[name])
        form.addRow(self.tr("Relationship"), self.relationship)
        form.addRow("", self.errors["relationship"])
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow("", self.errors["tier_override"])
        # Notes: what the rep knows that has no field (imports and merges add to them too).
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))
        if customer:
            for name in TEXT_FIELDS:
                self.edits[name].setText(getattr(customer, name) or "")
            self.relationship.setCurrentIndex(max(0, self.relationship.findData(customer.relationship)))
            self.tier.setCurrentIndex(max(0, self.tier.findData(customer.tier_override)))
            self.notes.setPlainText(customer.notes)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: self.edits[name].text() for name in TEXT_FIELDS}
        out["relationship"] = self.relationship.currentData()
        out["tier_override"] = self.tier.currentData()
        out["notes"] = self.notes.toPlainText().strip()
        return out

    def show_error(self, exc: ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        # A field the form does not show: say it at the top.
        label = self.errors.get(exc.field) or self.errors["name"]
        label.setText(error_text(exc))
        label.show()
        widget = self.edits.get(exc.field)
        if widget is not None:
            widget.setFocus()
            widget.selectAll()
