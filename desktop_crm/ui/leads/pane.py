"""The Leads tab: events, their leads, capture mode, and the review after the show (qualify,
discard, convert) with what the event brought in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import analytics, events, lead_review
from ...core.duplicates import Match, likely_duplicates
from ...core.errors import ValidationError
from ...core.validation import format_phone
from ..customers.dialog import error_text
from ..tasks import TaskRunner
from .capture import CaptureWindow

COLUMNS = ("captured", "name", "company", "phone", "rating", "status")


class EventDialog(QDialog):
    """A new event: name, kind, place, dates and cost."""

    def __init__(self, values: dict[str, Any] | None = None, team: list[tuple[str, str]] | None = None,
                 me: str | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.name = QLineEdit(self)
        # Whose event it is: one of the team synced from the server (none before the first sync).
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("Nobody yet"), None)
        for uid, who in team or []:
            self.owner.addItem(who, uid)
        self.kind = QComboBox(self)
        for code, text in (("trade_show", self.tr("Trade show")), ("product_launch", self.tr("Product launch")),
                           ("seminar", self.tr("Seminar"))):  # fmt: skip
            self.kind.addItem(text, code)
        self.place = QLineEdit(self)
        self.city = QLineEdit(self)
        today = QDate.currentDate()
        self.starts, self.ends = QDateEdit(today, self), QDateEdit(today, self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 1e9)
        self.cost.setDecimals(2)
        self.currency = QLineEdit("CNY", self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind), (self.tr("Place"), self.place),
                              (self.tr("City"), self.city), (self.tr("From"), self.starts), (self.tr("To"), self.ends),
                              (self.tr("Cost"), self.cost), (self.tr("Currency"), self.currency),
                              (self.tr("Owner"), self.owner)):  # fmt: skip
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Edit event") if values else self.tr("New event"))
        if values:
            self.name.setText(values["name"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
            self.place.setText(values["place"] or "")
            self.city.setText(values["city"] or "")
            for edit, day in ((self.starts, values["starts_on"]), (self.ends, values["ends_on"])):
                edit.setDate(QDate(day.year, day.month, day.day))
            self.cost.setValue(values["cost_cents"] / 100)
            self.currency.setText(values["currency"])
        owner = values["owner_id"] if values else me  # a new event is the rep's own
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)) if owner else 0)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(), "kind": self.kind.currentData(), "place": self.place.text(),
            "city": self.city.text(), "starts_on": self.starts.date().toPython(),
            "ends_on": self.ends.date().toPython(), "cost_cents": round(self.cost.value() * 100),
            "currency": self.currency.text(), "owner_id": self.owner.currentData(),
        }  # fmt: skip

    def show_error(self, exc: ValidationError) -> None:
        names = {"name": self.tr("Name"), "ends_on": self.tr("To")}
        self.error.setText(f"{names.get(exc.field, exc.field)}: {error_text(exc)}")
        self.error.show()


class LeadsPane(QWidget):
    customers_changed = Signal()  # converted leads made or touched customers
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.event_box = QComboBox(self)
        # Long event names must not widen the whole window: the box shows what fits.
        self.event_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(12)
        self.event_box.currentIndexChanged.connect(lambda _i: self.load_leads())
        self.new_event = QPushButton(self)
        self.new_event.clicked.connect(lambda: self.add_event())
        self.edit_event = QPushButton(self)
        self.edit_event.clicked.connect(self.change_event)
        self.capture = QPushButton(self)
        self.capture.clicked.connect(self.start_capture)
        self.results = QLabel(self)
        self.results.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.qualify = QPushButton(self)
        self.qualify.clicked.connect(lambda: self._set_status("qualified"))
        self.discard = QPushButton(self)
        self.discard.clicked.connect(lambda: self._set_status("discarded"))
        self.convert = QPushButton(self)
        self.convert.clicked.connect(self.convert_selected)
        self.assign = QPushButton(self)
        self.assign.clicked.connect(self.assign_selected)
        self.link = QPushButton(self)
        self.link.clicked.connect(self.link_selected)
        top = QHBoxLayout()
        top.addWidget(self.new_event)
        top.addWidget(self.edit_event)
        top.addWidget(self.capture)
        top.addStretch(1)
        # Two rows of two: the side pane stays narrow enough for a small laptop screen.
        actions = QGridLayout()
        for i, button in enumerate((self.qualify, self.discard, self.link, self.convert, self.assign)):
            actions.addWidget(button, i // 2, i % 2)
        actions.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_box)
        layout.addLayout(top)
        layout.addWidget(self.results)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.lead_ids: list[str] = []
        self.capture_window: CaptureWindow | None = None
        self.retranslate()
        self.load_events()

    def retranslate(self) -> None:
        self.new_event.setText(self.tr("New event…"))
        self.edit_event.setText(self.tr("Edit…"))
        self.assign.setText(self.tr("Assign…"))
        self.link.setText(self.tr("Known?…"))
        self.link.setToolTip(
            self.tr("Look for the selected lead among customers and contact persons, to convert onto them")
        )
        self.assign.setToolTip(self.tr("Hand the selected leads to a colleague"))
        self.capture.setText(self.tr("Capture leads"))
        self.qualify.setText(self.tr("Qualify"))
        self.discard.setText(self.tr("Discard"))
        self.convert.setText(self.tr("Convert"))
        self.convert.setToolTip(self.tr("Make the selected leads customers and contact persons"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Captured"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Phone"),
                self.tr("Rating"),
                self.tr("Status"),
            ]
        )
        if hasattr(self, "_shown"):
            self._show(*self._shown)

    def current_event(self) -> str | None:
        data = self.event_box.currentData()
        return data if isinstance(data, str) else None

    def load_events(self, select: str | None = None) -> None:
        def done(rows: list[lead_review.EventRow]) -> None:
            keep = select or self.current_event()
            self.event_box.blockSignals(True)
            self.event_box.clear()
            for r in rows:
                self.event_box.addItem(f"{r.name}  ({r.starts_on:%Y-%m-%d})", r.id)
            self.event_box.setCurrentIndex(max(0, self.event_box.findData(keep)))
            self.event_box.blockSignals(False)
            self.capture.setEnabled(bool(rows))
            self.edit_event.setEnabled(bool(rows))
            self.load_leads()

        self.runner.read(lambda s: lead_review.find_events(s), done)

    def load_leads(self) -> None:
        event_id = self.current_event()
        if event_id is None:
            self._show([], None)
            return

        def job(session: Session) -> tuple[list[events.LeadRow], lead_review.EventReport]:
            return events.lead_rows(session, event_id), lead_review.event_report(session, event_id)

        self.runner.read(job, lambda result: self._show(*result))

    def _show(self, rows: list[events.LeadRow], report: lead_review.EventReport | None) -> None:
        self._shown = (rows, report)  # to word again in another language
        ratings = {"hot": self.tr("Hot"), "warm": self.tr("Warm"), "cold": self.tr("Cold")}
        statuses = {"new": self.tr("New"), "qualified": self.tr("Qualified"), "converted": self.tr("Converted"),
                    "discarded": self.tr("Discarded")}  # fmt: skip
        self.lead_ids = [r.id for r in rows]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (f"{r.captured_at:%m-%d %H:%M}", r.name, r.company, format_phone(r.phone),
                     ratings.get(r.rating, r.rating), statuses.get(r.status, r.status))  # fmt: skip
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if report is None:
            self.results.setText(self.tr("No events yet: add one, then capture its leads."))
            return
        revenue = (
            ", ".join(f"{v / 100:,.2f} {c}" for c, v in sorted(report.revenue_cents.items()))
            or f"0.00 {report.currency}"
        )
        per_lead = report.cost_per_lead_cents
        self.results.setText(
            self.tr("%1 leads · %2 qualified · %3 converted · revenue %4 · cost per lead %5")
            .replace("%1", str(report.leads)).replace("%2", str(report.qualified))
            .replace("%3", str(report.converted)).replace("%4", revenue)
            .replace("%5", "-" if per_lead is None else f"{per_lead / 100:,.2f} {report.currency}")
        )  # fmt: skip

    def selected(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.lead_ids[r] for r in rows if r < len(self.lead_ids)]

    def _set_status(self, status: str) -> None:
        ids = self.selected()
        if ids:
            self.runner.write(lambda s: lead_review.set_status(s, ids, status), lambda _n: self.load_leads())

    def convert_selected(self) -> None:
        """Each selected lead becomes a customer and contact person, or joins the ones it was
        linked to while capturing ("this is them"). Converted ones are passed over."""
        ids = self.selected()
        if not ids:
            return
        region = self.runner.profile.settings.default_region

        settings = self.runner.profile.settings

        def job(session: Session) -> int:
            touched = []
            for lead_id in ids:
                if events.get_lead(session, lead_id).status != "converted":
                    touched.append(lead_review.convert(session, lead_id, region=region).customer_id)
            # Tier, stage and last contact of the new (or joined) customers, for the list.
            analytics.refresh(session, settings=settings, customer_ids=touched)
            return len(touched)

        def done(count: int) -> None:
            self.message.emit(self.tr("%n lead(s) converted", "", count))
            self.load_leads()
            self.customers_changed.emit()

        self.runner.write(job, done)

    def assign_selected(self) -> None:
        ids = self.selected()
        if not ids:
            return

        def choose(team: list[tuple[str, str]]) -> None:
            if not team:
                QMessageBox.information(self, self.tr("Assign leads"),
                                        self.tr("No colleagues yet: they arrive with the first sync."))  # fmt: skip
                return
            names = [name for _, name in team]
            name, ok = QInputDialog.getItem(self, self.tr("Assign leads"),
                                            self.tr("%n lead(s) to:", "", len(ids)), names, 0, False)  # fmt: skip
            if ok:
                owner = team[names.index(name)][0]
                self.runner.write(lambda s: lead_review.assign(s, ids, owner), lambda _r: self.load_leads())

        self.runner.read(lead_review.team, choose)

    def link_selected(self) -> None:
        """The duplicate check for a lead after the show: pick who it is, and Convert then joins
        that customer (and contact person) instead of making new ones."""
        ids = self.selected()
        if not ids:
            return
        lead_id, region = ids[0], self.runner.profile.settings.default_region

        def job(session: Session) -> list[Match]:
            lead = events.get_lead(session, lead_id)
            found = likely_duplicates(session, name=lead.name, company=lead.company, phone=lead.phone,
                                      email=lead.email, region=region, exclude=lead_id)  # fmt: skip
            return [m for m in found if m.kind != "lead"]

        def choose(found: list[Match]) -> None:
            kinds = {"customer": self.tr("Customer"), "contact": self.tr("Contact person")}
            items = [self.tr("Nobody: a new customer")] + [
                f"{m.name} ({kinds[m.kind]}) {m.detail}" for m in found
            ]
            item, ok = QInputDialog.getItem(self, self.tr("Known?"), self.tr("This lead is:"), items,
                                            1 if found else 0, False)  # fmt: skip
            if not ok:
                return
            m = found[items.index(item) - 1] if items.index(item) else None
            link: dict[str, Any] = {
                "customer_id": m.id if m and m.kind == "customer" else None,
                "contact_id": m.id if m and m.kind == "contact" else None,
            }
            self.runner.write(lambda s: events.update_lead(s, lead_id, **link), lambda _r: self.load_leads())

        self.runner.read(job, choose)

    def change_event(self) -> None:
        event_id = self.current_event()
        if event_id is not None:
            self.runner.read(
                lambda s: events.event_values(s, event_id), lambda v: self.add_event(event_id, v)
            )

    def add_event(self, event_id: str | None = None, current: dict[str, Any] | None = None) -> None:
        self.runner.read(lambda s: (lead_review.team(s), events.logged_in_user(s)),
                         lambda found: self._open_event_dialog(event_id, current, *found))  # fmt: skip

    def _open_event_dialog(self, event_id: str | None, current: dict[str, Any] | None,
                           team: list[tuple[str, str]], me: str | None) -> None:  # fmt: skip
        dialog = EventDialog(current, team, me, self)
        self.event_dialog = dialog

        def save() -> None:
            values = dialog.values()

            def failed(exc: Exception) -> None:
                if isinstance(exc, ValidationError):
                    dialog.show_error(exc)
                    dialog.open()
                else:
                    self.runner.failed.emit(exc)

            def job(session: Session) -> str:
                if event_id is None:
                    return events.create_event(session, **values)
                events.update_event(session, event_id, **values)
                return event_id

            self.runner.write(job, self.load_events, failed)

        dialog.accepted.connect(save)
        dialog.open()

    def start_capture(self) -> None:
        event_id = self.current_event()
        if event_id is None:
            return
        self.capture_window = CaptureWindow(self.runner, event_id, self.event_box.currentText(), self)
        self.capture_window.saved.connect(lambda _id: self.load_leads())
        self.capture_window.setWindowState(self.capture_window.windowState() | Qt.WindowState.WindowMaximized)
        self.capture_window.open()
