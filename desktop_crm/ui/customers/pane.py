"""The customer list pane: search as you type, quick filters, the lazy table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import analytics, customer_list, customers
from ...core.customer_list import UNOWNED, ListFilter, Owner, Place
from ...core.customers import CustomerRow
from ...core.errors import Progress, ValidationError
from ...core.vocab import Lifecycle, Relationship
from .. import i18n
from ..progress import run_with_progress
from ..tasks import TaskRunner
from ..words import lifecycle_text, relationship_text
from .badges import BadgeDelegate
from .dialog import CustomerDialog
from .model import COLUMNS, CustomerListModel, header_text
from .welcome import Welcome

COLUMN_WIDTHS = {"tier": 40, "lifecycle": 76, "city": 56, "relationship": 120, "revenue": 96, "last_contact": 92, "next_due": 92}  # fmt: skip

DEMO_CUSTOMERS = 2000
SEARCH_DELAY_MS = 150  # long enough not to query on every keystroke, short enough to feel live
# The panes beside the list follow the current customer once the rep stops on one: holding the
# down arrow, or Ctrl+End, loads one customer's timeline, not every customer's on the way.
DETAIL_DELAY_MS = 120


class CustomersPane(QWidget):
    customer_selected = Signal(str, str)  # id, name
    # From the welcome page; the main window owns these dialogs and the language.
    import_requested = Signal()
    connect_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog: CustomerDialog | None = None
        self.model = CustomerListModel(runner, self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tier = QComboBox(self)
        self.stage = QComboBox(self)
        self.relationship = QComboBox(self)
        self.place = QComboBox(self)  # provinces, each followed by its cities (loaded off-thread)
        self.owner = QComboBox(self)
        self.overdue = QCheckBox(self)
        self.clear_filters = QToolButton(self)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.count = QLabel(self)
        self._places: list[Place] = []
        self._owners: list[Owner] = []
        self._choices_due = False
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        # Only the badge columns: a Python delegate on every cell costs a paint call per cell.
        badges = BadgeDelegate(self.table)
        for column in ("tier", "next_due"):
            self.table.setItemDelegateForColumn(COLUMNS.index(column), badges)
        self.table.setAlternatingRowColors(True)
        self.table.setDragEnabled(True)  # a customer dragged onto a day of the week plans a visit
        self.table.setDragDropMode(QTableView.DragDropMode.DragOnly)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addSpacing(8)
        filters = QHBoxLayout()
        for combo in (self.tier, self.stage, self.relationship, self.place, self.owner):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(56)  # may shrink on a small screen; the open list shows the whole text
            filters.addWidget(combo)
        filters.addWidget(self.overdue)
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(filters)
        # A filter from elsewhere (a dashboard chart): what the list shows, and the way back.
        self.shown_bar = QFrame(self)
        self.shown_bar.setObjectName("shown-bar")
        self.shown_bar.setStyleSheet("#shown-bar { background: #fdf2d0; border-radius: 3px; }")
        self.shown_text = QLabel(self.shown_bar)
        self.shown_clear = QPushButton(self.shown_bar)
        self.shown_clear.clicked.connect(self._apply_filter)  # back to the filters chosen above
        shown = QHBoxLayout(self.shown_bar)
        shown.setContentsMargins(6, 2, 2, 2)
        shown.addWidget(self.shown_text, 1)
        shown.addWidget(self.shown_clear)
        self.shown_bar.hide()
        self._shown_description = ""
        layout.addWidget(self.shown_bar)
        # An empty profile (the first run) gets a welcome, not a blank grid.
        self.start = Welcome(Path(runner.profile.path).resolve(), DEMO_CUSTOMERS, self)
        self.start_demo, self.start_new = self.start.demo, self.start.create_customer
        self.start_new.clicked.connect(self.new_customer)
        self.start_demo.clicked.connect(self.load_demo)
        self.start.import_file.clicked.connect(self.import_requested)
        self.start.connect_server.clicked.connect(self.connect_requested)
        self.start.language_chosen.connect(self.language_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.start)
        layout.addWidget(self.stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.tier, self.stage, self.relationship, self.place, self.owner):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(self._show_start_if_empty)
        self.model.loaded.connect(lambda _n: self._load_choices())
        self._select_after: str | None = None
        self.model.loaded.connect(self._select_loaded)
        self._detail = QTimer(self)
        self._detail.setSingleShot(True)
        # A synchronous runner (tests) wants everything at once.
        self._detail.setInterval(0 if runner.synchronous else DETAIL_DELAY_MS)
        self._detail.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_customer())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, city, phone, e-mail or pinyin (bjhl)…"))
        refill(self.tier, [("", self.tr("All tiers"))]
               + [(c, self.tr("Tier %1").replace("%1", c)) for c in ("A", "B", "C")])  # fmt: skip
        refill(
            self.stage,
            [("", self.tr("All stages"))] + [(c.value, lifecycle_text(c.value)) for c in Lifecycle],
        )
        refill(self.relationship, [("", self.tr("All relationships"))]
               + [(c.value, relationship_text(c.value)) for c in Relationship])  # fmt: skip
        self._fill_places()
        self._fill_owners()
        self.clear_filters.setText(self.tr("Clear filters"))
        self.overdue.setText(self.tr("Overdue only"))
        self.shown_text.setText(self.tr("Showing: %1").replace("%1", self._shown_description))
        self.shown_clear.setText(self.tr("Clear"))
        self.model.retranslate()
        self._fit_columns()
        self._show_count(self.model.rowCount())

    def reload(self, select: str | None = None) -> None:
        """The list and its filter choices (places, owners), after anything changed customers.
        The choices are read once the list is in, so they never slow down the first rows.
        ``select``: the customer to select once the list is in (the one kept by a merge)."""
        self._choices_due = True
        self._select_after = select
        self.model.reload()

    def _select_loaded(self, _n: int) -> None:
        wanted, self._select_after = self._select_after, None
        row = self.model.row_of(wanted) if wanted else None
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self._show_current()  # at once: the panes still show the customer that is gone

    def _load_choices(self) -> None:
        if self._choices_due:
            self._choices_due = False
            self.runner.read(lambda s: (customer_list.places(s), customer_list.owners(s)), self._show_choices)

    def _show_choices(self, choices: tuple[list[Place], list[Owner]]) -> None:
        self._places, self._owners = choices
        self._fill_places()
        self._fill_owners()

    def _fill_places(self) -> None:
        items: list[tuple[object, str]] = [(None, self.tr("All places"))]
        by_province: dict[str, list[Place]] = {}
        for place in self._places:
            by_province.setdefault(place.province or "", []).append(place)
        for province, cities in by_province.items():
            if province:
                total = sum(p.customers for p in cities)
                items.append((place_key(province, ""), f"{province} ({total})"))
            indent = "    " if province else ""
            items += [
                (place_key(province, p.city), f"{indent}{p.city} ({p.customers})") for p in cities if p.city
            ]
        refill(self.place, items)

    def _fill_owners(self) -> None:
        items: list[tuple[object, str]] = [(None, self.tr("All owners"))]
        for owner in self._owners:
            name = owner.name if owner.id is not None else self.tr("Not assigned yet")
            items.append((owner.id if owner.id is not None else UNOWNED, f"{name} ({owner.customers})"))
        refill(self.owner, items)
        self.owner.setVisible(len(items) > 2)  # one owner (or none yet): nothing to choose

    def reset_filters(self) -> None:
        for combo in (self.tier, self.stage, self.relationship, self.place, self.owner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self._apply_filter()

    def _choose_columns(self, pos: QPoint) -> None:
        """The header's context menu: which columns to show (the name always shows)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i, column in enumerate(COLUMNS):
            if column == "name":
                continue
            action = menu.addAction(header_text(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: header.setSectionHidden(i, not shown))
        self.columns_menu = menu  # for tests
        menu.popup(header.mapToGlobal(pos))

    def _fit_columns(self) -> None:
        """Fixed widths that fit their values (sizing to contents would read every row), and
        never narrower than the header in the current language."""
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            i = COLUMNS.index(column)
            header.resizeSection(i, max(width, header.sectionSizeHint(i)))

    def _show_start_if_empty(self, n: int) -> None:
        unfiltered = self.model.filter == ListFilter()
        first_run = n == 0 and unfiltered
        if first_run:
            self.start.show_language(i18n.current())
        self.stack.setCurrentWidget(self.start if first_run else self.table)

    def load_demo(self) -> None:
        self.start_demo.setEnabled(False)
        settings = self.runner.profile.settings

        def job(session: Session, progress: Progress) -> None:
            from ...core import demo  # its word lists and phonenumbers on first use only

            if not customers.count_customers(session):  # only ever into an empty profile
                demo.generate(session, customers=DEMO_CUSTOMERS, settings=settings, progress=progress)

        def done(_: None) -> None:
            self.start_demo.setEnabled(True)
            self.reload()

        self.demo_task, _dialog = run_with_progress(
            self, self.runner, self.tr("Loading demo data…"), job, done,
            on_cancel=lambda: self.start_demo.setEnabled(True),
        )  # fmt: skip

    def refresh_stats(self) -> None:
        """The selected customer's history changed: recompute their figures and show them."""
        customer_id, settings = self.current_customer(), self.runner.profile.settings
        if customer_id is not None:
            self.runner.write(
                lambda s: analytics.refresh(s, settings=settings, customer_ids=[customer_id]),
                lambda _: self.model.refresh_rows(),
            )

    def current_customer(self) -> str | None:
        return self.model.customer_id(self.table.currentIndex().row())

    def new_customer(self) -> None:
        self._open_dialog(None)

    def edit_customer(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            return
        self.runner.read(lambda s: customers.get_customer(s, customer_id), self._open_dialog)

    def delete_customer(self) -> None:
        customer_id = self.current_customer()
        row = self.model.row_data(self.table.currentIndex().row()) if customer_id else None
        if customer_id is None or row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete customer"),
            self.tr("Delete %1 and their contact persons? Their history stays.").replace("%1", row.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.runner.write(lambda s: customers.delete_customer(s, customer_id), lambda _: self.reload())

    def _open_dialog(self, customer: CustomerRow | None) -> None:
        dialog = CustomerDialog(customer, self)
        region = self.runner.profile.settings.default_region

        def save() -> None:
            values, cid = dialog.values(), dialog.customer_id

            settings = self.runner.profile.settings

            def job(s: Session) -> None:
                if cid is None:
                    saved = customers.create_customer(s, region=region, **values)
                else:
                    customers.update_customer(s, cid, region=region, **values)
                    saved = cid
                # Its stage and follow-up date at once (its tier ranks on the next full refresh).
                analytics.refresh(s, settings=settings, customer_ids=[saved])

            def saved(_: None) -> None:
                dialog.accept()
                self.reload()

            def failed(exc: Exception) -> None:
                if isinstance(exc, ValidationError):
                    dialog.show_error(exc)  # the dialog stays open with what was typed
                else:
                    self.runner.failed.emit(exc)

            self.runner.write(job, saved, failed)

        dialog.buttons.accepted.connect(save)
        self.dialog = dialog  # the open dialog, for tests and to keep it alive
        dialog.open()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _apply_filter(self) -> None:
        self.shown_bar.hide()
        tier, stage, relationship = (c.currentData() for c in (self.tier, self.stage, self.relationship))
        province, city = (self.place.currentData() or "\t").split("\t")
        self.model.set_filter(
            ListFilter(
                text=self.search.text(),
                tiers=(tier,) if tier else (),
                lifecycles=(stage,) if stage else (),
                relationships=(relationship,) if relationship else (),
                province=province,
                city=city,
                overdue_on=dt.date.today() if self.overdue.isChecked() else None,
                owner_id=self.owner.currentData(),
            )
        )

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%n customer(s)", "", n))

    def _row_changed(self, current: object, _previous: object) -> None:
        if self._detail.interval() == 0:
            self._show_current()
        else:
            self._detail.start()

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        customer_id = self.model.customer_id(row)
        if customer_id:
            data = self.model.row_data(row)
            self.customer_selected.emit(customer_id, data.name if data else "")

    def apply_filter(self, filter: ListFilter, description: str = "") -> None:
        """Show the customers ``filter`` lets through instead of the chosen filters'; with a
        ``description``, a bar above the list says what they are until Clear or another filter."""
        self._shown_description = description
        self.shown_text.setText(self.tr("Showing: %1").replace("%1", description))
        self.shown_bar.setVisible(bool(description))
        self.model.set_filter(filter)


def place_key(province: str, city: str) -> str:
    """A place filter's choice: a province (no city), or a city within its province."""
    return f"{province}\t{city}"


def refill(combo: QComboBox, items: Sequence[tuple[object, str]]) -> None:
    """Re-word or re-fill a filter's choices, keeping the chosen one (by its data) and not
    firing a filter change while doing so."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
