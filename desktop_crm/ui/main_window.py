"""The main window hosts the panes and wires their signals; it holds no domain logic."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from ..core.errors import CrmError
from .customers.pane import CustomersPane
from .tasks import TaskRunner
from .timeline.pane import TimelinePane


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.customers = CustomersPane(runner, self)
        self.timeline = TimelinePane(runner, self)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.customers)
        self.splitter.addWidget(self.timeline)
        self.splitter.setSizes([620, 380])  # proportions until the user moves it (then remembered)
        self.setCentralWidget(self.splitter)
        self.customers.customer_selected.connect(self.timeline.show_customer)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.customers.focus_search)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.timeline.log_call)
        runner.failed.connect(self._show_error)
        self.retranslate()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        panes = settings.value("window/panes")
        if isinstance(panes, QByteArray):
            self.splitter.restoreState(panes)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desktop CRM"))
        self.find_action.setText(self.tr("Find customer"))
        self.customers.retranslate()
        self.timeline.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_error(self, exc: object) -> None:
        message = exc.message if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(self, self.tr("Something went wrong"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/panes", self.splitter.saveState())
        self.runner.wait()
        super().closeEvent(event)
