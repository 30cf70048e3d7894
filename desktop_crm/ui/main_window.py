"""The main window hosts the panes and wires their signals; it holds no domain logic."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from ..io.export import Written  # openpyxl and vobject load on the first export, not at start

from ..core import analytics
from ..core.customer_list import ListFilter
from ..core.errors import CrmError
from ..core.visits import plan_with_customers
from ..io.files import write_file
from . import i18n
from .contacts.pane import ContactsPane
from .customers.pane import CustomersPane
from .dashboard.charts import chart_icon
from .dashboard.pane import DashboardPane
from .icons import icon
from .leads.pane import LeadsPane
from .settings.dialog import SettingsDialog
from .sync.changes import ChangesDialog
from .sync.controller import SyncController
from .sync.widgets import AttentionDialog, ConflictsDialog, LoginDialog, SyncIndicator
from .tasks import TaskRunner
from .timeline.pane import TimelinePane
from .visits.pane import VisitsPane


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.customers = CustomersPane(runner, self)
        self.timeline = TimelinePane(runner, self)
        self.visits = VisitsPane(runner, self)
        self.contacts = ContactsPane(runner, self)
        self.leads = LeadsPane(runner, self)
        self.dashboard = DashboardPane(runner, self)  # computes when its tab first shows
        self.tabs = QTabWidget(self)
        # Five tabs on a narrow side pane: titles shorten rather than hide a tab behind arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.timeline, icon("kind-call"), "")
        self.tabs.addTab(self.visits, icon("plan-visit"), "")
        self.tabs.addTab(self.contacts, icon("contact-person"), "")
        self.tabs.addTab(self.leads, icon("kind-lead"), "")
        # Beside the list, so a chart clicked shows its customers at once, on the left. Its tab
        # shows only its icon: a fifth title would widen the smallest window by a tab's width.
        self.tabs.addTab(self.dashboard, chart_icon(), "")
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.customers)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([620, 380])  # proportions until the user moves it (then remembered)
        self.setCentralWidget(self.splitter)
        self._list_split: list[int] | None = None  # the rep's own split while the dashboard shows
        self._working_tab = 0  # the tab before the dashboard: a click on a chart goes back to it
        self.tabs.currentChanged.connect(self._fit_split)
        self.customers.customer_selected.connect(self.timeline.show_customer)
        self.customers.customer_selected.connect(self.visits.set_customer)
        self.customers.customer_selected.connect(self.contacts.show_customer)
        # A new touch moves "last contact" and "follow-up due": the list shows the new figures.
        self.timeline.changed.connect(self.customers.refresh_stats)
        self.visits.changed.connect(self.customers.refresh_stats)
        self.timeline.message.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.visits.changed.connect(self.timeline.model.reload)  # a visit report lands in the timeline
        self.visits.planned.connect(lambda message: self.statusBar().showMessage(message, 5000))
        self.leads.message.connect(lambda message: self.statusBar().showMessage(message, 5000))
        self.leads.customers_changed.connect(self.customers.model.reload)
        self.leads.customers_changed.connect(self.timeline.model.reload)
        self.dashboard.filter_requested.connect(self.show_filtered)
        self.customers.import_requested.connect(self.open_import)
        self.customers.connect_requested.connect(self.open_login)
        self.customers.language_chosen.connect(self.choose_language)
        # Any write (an edit, a sync, an import, a merge) may move the figures: computed again
        # at once if the dashboard is on screen, else when it next shows.
        runner.wrote.connect(self.dashboard.invalidate)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.customers.focus_search)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main-toolbar")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.customers.new_customer)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.customers.edit_customer)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.customers.delete_customer)
        # Del deletes what has the focus: a customer only from the customer list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.customers.addAction(self.delete_action)
        self.plan_action = QAction(self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.plan_action.triggered.connect(self.plan_visit)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self.quit_action = QAction(self)  # Ctrl+Q as in other Linux apps; closing saves as the X does
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        toolbar.addAction(self.timeline.log_call)
        toolbar.addAction(self.timeline.undo_action)  # undoes timeline edits and deletes
        toolbar.addAction(self.plan_action)
        self.export_plan_action = QAction(self)
        self.export_plan_action.triggered.connect(self.export_plan)
        toolbar.addAction(self.export_plan_action)
        # Data in and out, and its upkeep: import a sheet, export the list, merge duplicates.
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_customers)
        self.export_contacts_action = QAction(self)
        self.export_contacts_action.triggered.connect(lambda: self.export_customers(contacts=True))
        self.duplicates_action = QAction(self)
        self.duplicates_action.triggered.connect(self.open_duplicates)
        self.data_button = QToolButton(self)
        self.data_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.data_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.data_button.setIcon(icon("data"))
        data_menu = QMenu(self.data_button)
        data_menu.addActions([self.import_action, self.export_action, self.export_contacts_action])
        data_menu.addSeparator()
        data_menu.addAction(self.duplicates_action)
        self.data_button.setMenu(data_menu)
        toolbar.addWidget(self.data_button)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        for action, name in ((self.new_action, "new-customer"), (self.edit_action, "edit"),
                             (self.delete_action, "delete"), (self.find_action, "find"),
                             (self.timeline.log_call, "log-call"), (self.plan_action, "plan-visit"),
                             (self.export_plan_action, "export-calendar"), (self.settings_action, "settings")):  # fmt: skip
            action.setIcon(icon(name))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync = SyncController(runner, self)
        self.sync_indicator = SyncIndicator(self.sync, self)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.sync_action = QAction(icon("sync"), "", self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.sync.sync_now)
        self.login_action = QAction(self)
        self.login_action.triggered.connect(self.open_login)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.attention_action = QAction(self)
        self.attention_action.triggered.connect(self.open_attention)
        toolbar.addSeparator()
        toolbar.addAction(self.sync_action)
        self.sync.needs_login.connect(self.open_login)
        self.sync.synced.connect(self._after_sync)
        self.sync_indicator.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sync_indicator.addActions(
            [self.sync_action, self.login_action, self.conflicts_action, self.attention_action]
        )
        self.sync_indicator.open_pending.connect(self.open_changes)
        self.sync_indicator.open_conflicts.connect(self.open_conflicts)
        self.sync_indicator.open_attention.connect(self.open_attention)
        runner.failed.connect(self._show_error)
        # After any write the count of changes to send is read again, once for a burst of writes.
        self._recount = QTimer(self, singleShot=True, interval=300)
        self._recount.timeout.connect(self.sync.refresh_status)
        runner.wrote.connect(self._recount.start)
        self.retranslate()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # first start: room for the toolbar and the list's columns, within the screen
            screen = self.screen().availableGeometry()
            self.resize(min(1360, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        panes = settings.value("window/panes")
        if isinstance(panes, QByteArray):
            self.splitter.restoreState(panes)
        columns = settings.value("customers/columns")  # which columns, their order and widths
        if isinstance(columns, QByteArray):
            self.customers.table.horizontalHeader().restoreState(columns)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desktop CRM"))
        self.find_action.setText(self.tr("Find customer"))
        self.new_action.setText(self.tr("New customer"))
        self.edit_action.setText(self.tr("Edit customer"))
        self.delete_action.setText(self.tr("Delete customer"))
        self.export_plan_action.setText(self.tr("Export visit plan…"))
        self.plan_action.setText(self.tr("Plan a visit"))
        self.sync_action.setText(self.tr("Sync now"))
        self.login_action.setText(self.tr("Log in to sync…"))
        self.conflicts_action.setText(self.tr("Conflicts…"))
        self.attention_action.setText(self.tr("Needs attention…"))
        self.settings_action.setText(self.tr("Settings…"))
        self.quit_action.setText(self.tr("Quit"))
        self.data_button.setText(self.tr("Data"))
        self.data_button.setToolTip(
            self.tr("Import customers and contacts, export the list, merge duplicates")
        )
        self.import_action.setText(self.tr("Import customers, contacts or leads…"))
        self.export_action.setText(self.tr("Export the customers in the list…"))
        self.export_contacts_action.setText(self.tr("Export their contact persons for a phone (vCard)…"))
        self.duplicates_action.setText(self.tr("Find and merge duplicates…"))
        self.customers.retranslate()
        self.timeline.retranslate()
        self.visits.retranslate()
        self.contacts.retranslate()
        self.leads.retranslate()
        self.tabs.setTabText(0, self.tr("Contact history"))
        self.tabs.setTabText(1, self.tr("Visit plan"))
        self.tabs.setTabText(2, self.tr("Contact persons"))
        self.tabs.setTabText(3, self.tr("Leads"))
        self.tabs.setTabToolTip(
            4, self.tr("Dashboard: the figures of a period, each a click from its customers")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_about(self) -> None:
        from .about import AboutDialog

        self.about_dialog = AboutDialog(self.runner, self)
        self.about_dialog.open()

    def open_login(self) -> None:
        last = self.sync.last
        self.login_dialog = LoginDialog(self.sync, last.server or "" if last else "", last.user or "" if last else "",
                                        self)  # fmt: skip
        self.login_dialog.open()

    def open_conflicts(self) -> None:
        self.conflicts_dialog = ConflictsDialog(self.runner, self)
        self.conflicts_dialog.finished.connect(lambda _r: self.sync.refresh_status())
        self.conflicts_dialog.open()

    def open_changes(self) -> None:
        self.changes_dialog = ChangesDialog(self.runner, self)
        self.changes_dialog.open()

    def open_attention(self) -> None:
        self.attention_dialog = AttentionDialog(self.runner, self)
        self.attention_dialog.finished.connect(lambda _r: self.sync.refresh_status())
        self.attention_dialog.open()

    def _after_sync(self) -> None:
        """Pulled rows may touch anything on screen: read it again (selection and filters stay)."""
        self.customers.model.refresh_rows()
        self.timeline.model.reload()
        self.visits.reload()
        self.leads.load_events()

    def _fit_split(self, index: int) -> None:
        """Charts want width: while the dashboard shows, it takes three fifths of the window (two
        columns of charts) and the list the rest; any other tab brings the rep's split back."""
        dashboard = self.tabs.widget(index) is self.dashboard
        if dashboard and self._list_split is None:
            self._list_split = self.splitter.sizes()
            total = sum(self._list_split)
            left = min(self._list_split[0], max(total * 2 // 5, 420))
            self.splitter.setSizes([left, total - left])
        elif not dashboard:
            self._working_tab = index
            if self._list_split is not None:
                self.splitter.setSizes(self._list_split)
                self._list_split = None

    def show_filtered(self, filter: ListFilter, description: str) -> None:
        """A dashboard figure clicked: the list shows its customers and says so, at its own width
        again, beside the tab the rep worked in (the dashboard stays one click away)."""
        self.customers.apply_filter(filter, description)
        self.tabs.setCurrentIndex(self._working_tab)
        self.statusBar().showMessage(self.tr("Customer list: %1").replace("%1", description), 8000)

    def plan_visit(self) -> None:
        self.tabs.setCurrentWidget(self.visits)
        self.visits.plan()

    def open_settings(self) -> None:
        profile = self.runner.profile
        dialog = SettingsDialog(profile.settings, self, Path(profile.path).resolve())
        dialog.about.clicked.connect(self.open_about)
        self.settings_dialog = dialog

        def accepted() -> None:
            new = dialog.result_settings
            if new is None:
                return
            old, profile.settings = profile.settings, new
            app = QApplication.instance()
            if new.language != old.language and app is not None:
                i18n.install(app, i18n.pick(new.language))  # re-words every open window

            # Cadence and thresholds change tiers, stages and due dates: recompute, then show.
            def job(session: Session) -> None:
                profile.save_settings()
                analytics.refresh(session, settings=new)

            self.runner.write(job, lambda _: self.customers.model.reload())

        dialog.accepted.connect(accepted)
        dialog.open()

    def choose_language(self, language: str) -> None:
        """The welcome page's choice: shown at once, kept in the profile like Settings' choice."""
        profile = self.runner.profile
        profile.settings = dataclasses.replace(profile.settings, language=language)
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, i18n.pick(language))
        self.runner.write(lambda _s: profile.save_settings(), lambda _: None)

    def export_plan(self) -> None:
        """The next 14 days of visits as an .ics file; the query and the write run off the GUI thread."""
        default = str(Path.home() / f"visits-{dt.date.today():%Y-%m-%d}.ics")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export visit plan"), default, self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        start = dt.datetime.combine(dt.date.today(), dt.time())

        def job(session: Session) -> int:
            from ..io.ical import visits_calendar  # icalendar on first use, not at start-up

            visits = plan_with_customers(session, start=start, end=start + dt.timedelta(days=14))
            write_file(Path(path), visits_calendar(visits))
            return len(visits)

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("%n visit(s) exported to %1", "", count).replace("%1", path))

        self.runner.read(job, done)

    def open_import(self) -> None:
        from .importing import open_import

        dialog = open_import(self, self.runner)
        if dialog is not None:
            self.import_dialog = dialog
            dialog.imported.connect(self._after_import)

    def _after_import(self, result: object) -> None:
        self.customers.model.reload()
        self.leads.load_events()  # the dialog itself says what was imported

    def export_customers(self, contacts: bool = False) -> None:
        from .exporting import export_customers

        export_customers(self, self.runner, self.customers.model.filter, self._exported, contacts=contacts)

    def _exported(self, written: Written) -> None:
        rows, path = written.rows, str(written.path)
        if written.kind == "contacts":
            text = self.tr("%n contact person(s) exported to %1", "", rows)
        else:
            text = self.tr("%n customer(s) exported to %1", "", rows)
        self.statusBar().showMessage(text.replace("%1", path), 8000)

    def open_duplicates(self) -> None:
        from .duplicates import open_duplicates

        self.duplicates_dialog = open_duplicates(self, self.runner)
        self.duplicates_dialog.merged.connect(self._after_merge)

    def _after_merge(self, survivor_id: str) -> None:
        """One customer is gone, and its history, visits and people now belong to the one kept:
        read the list again and show the kept one."""
        self.customers.reload(select=survivor_id)
        self.visits.reload()

    def _show_error(self, exc: object) -> None:
        message = exc.message if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(self, self.tr("Something went wrong"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self._list_split is not None:  # the split to remember is the rep's own
            self.splitter.setSizes(self._list_split)
        self.settings.setValue("window/panes", self.splitter.saveState())
        self.settings.setValue("customers/columns", self.customers.table.horizontalHeader().saveState())
        self.sync.stop()  # at its next step: the window does not wait for a whole sync
        self.runner.wait()
        super().closeEvent(event)
