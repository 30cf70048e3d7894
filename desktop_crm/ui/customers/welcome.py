"""The first run: an empty profile shows a short welcome instead of a blank grid. The language
is the system's until the rep picks another here (or in Settings); then the ways to start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import i18n


class Welcome(QWidget):
    language_chosen = Signal(str)  # a code of i18n.LANGUAGES

    def __init__(self, data_folder: Path, demo_customers: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_folder = data_folder
        self._demo_customers = demo_customers
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():  # each in its own language
            self.language.addItem(name, code)
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        self.demo = QPushButton(self)
        self.import_file = QPushButton(self)
        self.connect_server = QPushButton(self)
        self.create_customer = QPushButton(self)
        self.folder = QLabel(self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.intro, self.folder):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.intro.setMaximumWidth(520)  # lines a reader's eye can follow

        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        buttons = QVBoxLayout()
        for button in (self.demo, self.import_file, self.connect_server, self.create_customer):
            button.setMinimumWidth(260)
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        # Centred by stretches, not by an alignment flag: an aligned item loses its height for
        # width, and the wrapped text its last line.
        intro_row = QHBoxLayout()
        intro_row.addStretch(1)
        intro_row.addWidget(self.intro, 10)
        intro_row.addStretch(1)
        layout.addLayout(intro_row)
        layout.addLayout(language_row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.folder)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Desktop CRM"))
        self.intro.setText(self.tr(
            "Your customers, visits and contact history, on this computer: it works without a "
            "network and syncs with your team's server when there is one. How would you like to start?"
        ))  # fmt: skip
        self.language_label.setText(self.tr("Language:"))
        self.demo.setText(self.tr("Try it with demo data (%1 customers)").replace("%1", str(self._demo_customers)))
        self.import_file.setText(self.tr("Import customers from a file…"))
        self.connect_server.setText(self.tr("Connect to your team's server…"))
        self.create_customer.setText(self.tr("Create a customer"))
        self.folder.setText(self.tr("Your data is kept in %1").replace("%1", str(self._data_folder)))

    def show_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
