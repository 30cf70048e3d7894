"""Settings: language, phone region, follow-up cadence per tier, lifecycle thresholds, currency.

Values are checked by ``Settings.validated`` (core); a bad one is named beside its field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.settings import Settings
from .. import i18n


def _days(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 3650)
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, profile: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.region = QLineEdit(settings.default_region, self)
        self.region.setMaxLength(2)
        self.cadence = {tier: _days(settings.cadence_days.get(tier, 90)) for tier in ("A", "B", "C")}
        self.new_days = _days(settings.new_days)
        self.dormant_days = _days(settings.dormant_days)
        self.lost_days = _days(settings.lost_days)
        self.currency = QComboBox(self)
        for code in sorted(settings.fx_rates):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(settings.base_currency)))
        self.company = QLineEdit(settings.company_name, self)
        self.company.setMaxLength(200)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Phone region (for numbers without +)"), self.region)
        for tier, box in self.cadence.items():
            form.addRow(self.tr("Follow up tier %1 every (days)").replace("%1", tier), box)
        form.addRow(self.tr("New customer: first order within (days)"), self.new_days)
        form.addRow(self.tr("Dormant: no order for (days)"), self.dormant_days)
        form.addRow(self.tr("Lost: no order for (days)"), self.lost_days)
        form.addRow(self.tr("Currency for totals"), self.currency)
        form.addRow(self.tr("Your company (printed on reports)"), self.company)
        # Where the data is: for backups, and to find it when something goes wrong.
        self.profile = profile
        if profile is not None:
            self.location = QLabel(str(profile), self)
            self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.open_folder = QPushButton(self.tr("Open folder"), self)
            self.open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(profile)))
            )
            row = QHBoxLayout()
            row.addWidget(self.location, 1)
            row.addWidget(self.open_folder)
            form.addRow(self.tr("Data folder"), row)
        self.about = QPushButton(self.tr("About Desktop CRM…"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.about, QDialogButtonBox.ButtonRole.HelpRole)  # the window opens it
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.result_settings: Settings | None = None

    def values(self) -> Settings:
        return dataclasses.replace(
            self.original,
            language=self.language.currentData(),
            default_region=self.region.text().strip().upper(),
            cadence_days={tier: box.value() for tier, box in self.cadence.items()},
            new_days=self.new_days.value(),
            dormant_days=self.dormant_days.value(),
            lost_days=self.lost_days.value(),
            base_currency=self.currency.currentData(),
            company_name=self.company.text().strip(),
        )

    def _check(self) -> None:
        try:
            self.result_settings = self.values().validated()
        except ValidationError as exc:
            self.error.setText(self._word(exc))
            self.error.show()
            return
        self.accept()

    def _word(self, exc: ValidationError) -> str:
        return {
            "default_region": self.tr("Phone region: not a two-letter region code such as CN, HK or US"),
            "cadence_A": self.tr("Follow-up for tier A: between 1 and 3650 days"),
            "cadence_B": self.tr("Follow-up for tier B: between 1 and 3650 days"),
            "cadence_C": self.tr("Follow-up for tier C: between 1 and 3650 days"),
            "new_days": self.tr("New customer: at least 1 day"),
            "dormant_days": self.tr("Dormant must come before lost"),
        }.get(exc.field, exc.message)
