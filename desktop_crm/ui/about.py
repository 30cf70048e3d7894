"""About: the version, where the data is, and the parts the app is built from with their
licences (read from the packages' metadata on a worker)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import Part, bundled
from .tasks import TaskRunner


class AboutDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Desktop CRM"))
        self.heading = QLabel(self.tr("Desktop CRM %1").replace("%1", __version__), self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        folder = Path(runner.profile.path).resolve()
        self.data = QLabel(self.tr("Your data: %1").replace("%1", str(folder)), self)
        self.data.setWordWrap(True)
        self.parts = QTableWidget(0, 3, self)
        self.parts.setHorizontalHeaderLabels([self.tr("Built with"), self.tr("Version"), self.tr("Licence")])
        self.parts.verticalHeader().hide()
        self.parts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.data, self.parts, buttons):
            layout.addWidget(widget)
        self.resize(720, 560)
        runner.read(lambda _s: bundled(), self.show_parts)

    def show_parts(self, parts: list[Part]) -> None:
        self.parts.setRowCount(len(parts))
        for row, part in enumerate(parts):
            for column, text in enumerate((part.name, part.version or "—", part.licence or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long licence expression in full on hover
                self.parts.setItem(row, column, item)
        self.parts.resizeColumnsToContents()
        self.parts.horizontalHeader().setStretchLastSection(True)
