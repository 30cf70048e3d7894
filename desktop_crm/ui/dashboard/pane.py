"""The Dashboard tab: where the revenue is, who is slipping away, whether the follow-ups and the
visit plan are kept, how satisfied customers are and what the events brought.

The figures come from ``core.dashboard.compute`` off the GUI thread; ``show_dashboard`` only
draws a ``Dashboard``. Every bar, slice, curve and underlined number can be clicked: the pane
emits ``filter_requested`` with the customer list filter behind it and what was clicked, worded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import dashboard
from ...core.customer_list import ListFilter
from ...core.dashboard import Dashboard, Period, PeriodKind, Slice
from ..customers.model import TIER_COLOURS
from ..tasks import Task, TaskRunner
from ..words import lifecycle_text, satisfaction_text, segment_text
from .cards import Cards, label, links
from .charts import MAX_LABELS, Bars, ChartView, bar_chart, curve_chart, line_chart, ring_chart
from .events import EventsModel, amount_text, count_text
from .report import ReportButton

SATISFACTION_COLOURS = ("#1e8449", "#82c99a", "#b3b6b7", "#eb984e", "#c0392b")  # best first
RELOAD_DELAY_MS = 400  # typing a custom date: compute once the rep stops


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


class DashboardPane(QWidget):
    filter_requested = Signal(object, str)  # the ListFilter, what was clicked (worded)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.period_box = QComboBox(self)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        today = QDate.currentDate()
        self.start_edit = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.end_edit = QDateEdit(today, self)
        self._delay = QTimer(self, singleShot=True, interval=0 if runner.synchronous else RELOAD_DELAY_MS)
        self._delay.timeout.connect(self.reload)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self._delay.start())
        self.status = label(self, grey=True)
        top = QHBoxLayout()
        top.addWidget(self.period_box)
        top.addWidget(self.start_edit)
        top.addWidget(self.end_edit)
        top.addWidget(self.status, 1)
        self.report = ReportButton(runner, self, self.period, self.status.setText)
        top.addWidget(self.report)

        self.content = Cards(self)
        # Where the revenue is: the Pareto curve, the tiers, and who moved between tiers.
        self.pareto_view = ChartView(self.content, height=190)
        self.pareto_text = label(self.content)
        self.tiers = links(self.content, self._link)
        self.tier_changes = links(self.content, self._link)
        self.content.add(self.pareto_view, self.pareto_text, self.tiers, self.tier_changes)
        self.rfm_view = ChartView(self.content, height=240)
        self.rfm_note = label(self.content, size=0.9, grey=True)
        self.content.add(self.rfm_note, self.rfm_view)
        self.funnel_view = ChartView(self.content, height=180)
        self.moves = label(self.content, size=0.9)
        self.content.add(self.funnel_view, self.moves)
        self.a_days = label(self.content)
        self.overdue_caption = label(self.content, size=0.9, grey=True)
        self.overdue_view = ChartView(self.content, height=120)
        self.weeks_caption = label(self.content, size=0.9, grey=True)
        self.weeks_view = ChartView(self.content, height=190)
        self.content.add(
            self.a_days, self.overdue_caption, self.overdue_view, self.weeks_caption, self.weeks_view
        )
        self.satisfaction_view = ChartView(self.content, height=200)
        self.satisfaction_numbers = links(self.content, self._link)
        self.content.add(self.satisfaction_view, self.satisfaction_numbers)
        self.events_model = EventsModel(self)
        self.events_table = QTableView(self.content)
        self.events_table.setModel(self.events_model)
        self.events_table.verticalHeader().hide()
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.events_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events_table.clicked.connect(lambda index: self._event_clicked(index.row()))
        self.events_note = label(self.content, size=0.9, grey=True)
        self.content.add(self.events_table, self.events_note)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        self.content.fit(self.width())

        self.shown: Dashboard | None = None  # the figures on screen
        self._wanted: Period | None = None  # the period asked for last: older answers are dropped
        self._task: Task | None = None
        self._waiting = False
        self._stale = True  # computed the first time the tab shows, and when shown after changes
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.fit(self.width())

    def retranslate(self) -> None:
        chosen = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for kind, text in ((PeriodKind.WEEK, self.tr("This week")), (PeriodKind.MONTH, self.tr("This month")),
                           (PeriodKind.QUARTER, self.tr("This quarter")), (PeriodKind.YEAR, self.tr("This year")),
                           (PeriodKind.CUSTOM, self.tr("From … to …"))):  # fmt: skip
            self.period_box.addItem(text, kind)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(chosen or PeriodKind.MONTH)))
        self.period_box.blockSignals(False)
        self.start_edit.setToolTip(self.tr("First day"))
        self.end_edit.setToolTip(self.tr("Last day"))
        titles = (self.tr("Where the revenue is"), self.tr("Customer segments (RFM)"), self.tr("Lifecycle"),
                  self.tr("Follow-up discipline"), self.tr("Satisfaction"), self.tr("Events"))  # fmt: skip
        for title, text in zip(self.content.titles, titles, strict=True):
            title.setText(text)
        self.overdue_caption.setText(self.tr("Overdue follow-ups by tier"))
        self.weeks_caption.setText(self.tr("Visits per week: planned and done"))
        self.events_model.retranslate()
        self.report.retranslate()
        if self.shown is not None:
            self.show_dashboard(self.shown)
        elif self.computing:
            self.status.setText(self.tr("Computing…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Loading -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @property
    def computing(self) -> bool:
        """Figures asked for and not in yet."""
        return self._waiting

    def invalidate(self) -> None:
        """Customers, orders or the history changed: compute again now if on screen, else when
        next shown."""
        self._stale = True
        if self.isVisible():
            self._delay.start()  # once for a burst of writes

    def _period_changed(self, _index: int) -> None:
        custom = self.period_box.currentData() == PeriodKind.CUSTOM
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.reload()

    def period(self) -> Period:
        kind = PeriodKind(self.period_box.currentData() or PeriodKind.MONTH)
        if kind != PeriodKind.CUSTOM:
            return dashboard.period_of(kind, dt.date.today())
        first, last = _day(self.start_edit), _day(self.end_edit)
        first, last = min(first, last), max(first, last)
        return dashboard.period_of(kind, dt.date.today(), first, last)  # both days included

    def reload(self) -> None:
        """Compute the figures for the picked period off the GUI thread; an answer for a period
        no longer picked is dropped."""
        self._stale = False
        period = self.period()
        if self._task is not None:
            self._task.cancel()
        self._wanted, self._waiting = period, True
        self.status.setText(self.tr("Computing…"))
        self.content.setEnabled(False)
        settings = self.runner.profile.settings
        self._task = self.runner.read(
            lambda s: dashboard.compute(s, period=period, settings=settings),
            lambda d: self._computed(period, d),
            lambda exc: self._failed(period, exc),
        )

    def _computed(self, period: Period, figures: Dashboard) -> None:
        if period == self._wanted:
            self._waiting = False
            self.show_dashboard(figures)

    def _failed(self, period: Period, exc: Exception) -> None:
        if period == self._wanted:
            self._waiting = False
            self.content.setEnabled(True)
            self.status.setText(self.tr("The figures could not be computed: %1").replace("%1", str(exc)))

    # Drawing -----------------------------------------------------------------------------------

    def show_dashboard(self, d: Dashboard) -> None:
        """Draw every chart from ``d`` (also again in another language)."""
        self.shown = d
        self.content.setEnabled(True)
        last = d.period.end - dt.timedelta(days=1)
        self.status.setText(
            self.tr("%1 to %2 · amounts in %3 · click a bar, slice or underlined figure to list its customers")
            .replace("%1", f"{d.period.start:%Y-%m-%d}").replace("%2", f"{last:%Y-%m-%d}").replace("%3", d.currency)
        )  # fmt: skip
        self._show_pareto(d)
        self._show_rfm(d)
        self._show_funnel(d)
        self._show_follow_up(d)
        self._show_satisfaction(d)
        self.events_model.set_rows(d.events, d.currency)
        self.events_table.setVisible(bool(d.events))
        self.events_note.setText(
            self.tr("Click an event to list the customers its leads became.")
            if d.events
            else self.tr("No events in the period.")
        )
        rows = self.events_table.verticalHeader()
        self.events_table.setFixedHeight(
            self.events_table.horizontalHeader().sizeHint().height()
            + rows.defaultSectionSize() * max(2, len(d.events))
            + 4
        )

    def _customers(self, n: int) -> str:
        return self.tr("%n customer(s)", "", n)

    def _show_pareto(self, d: Dashboard) -> None:
        p = d.pareto
        share = p.customers_for_80 / p.customers if p.customers else 0.0
        curve_chart(self.pareto_view, p.points, mark=(share, 0.8) if p.customers else None, colour="#2874a6",
                    on_click=self._curve_clicked, tip=self._curve_tip)  # fmt: skip
        self.pareto_text.setText(
            self.tr("%1 of %2 customers (%3%) bring 80% of the revenue of %4 %5.")
            .replace("%1", count_text(p.customers_for_80)).replace("%2", count_text(p.customers))
            .replace("%3", f"{share * 100:.0f}").replace("%4", amount_text(p.revenue_cents)).replace("%5", d.currency)
        )  # fmt: skip
        lines = []
        for i, tier in enumerate(p.tiers):
            revenue_share = tier.amount_cents / p.revenue_cents * 100 if p.revenue_cents else 0.0
            colour = TIER_COLOURS.get(tier.key, "#303030")
            lines.append(
                f'<span style="color:{colour}">■</span> '
                + self.tr("%1: %2, %3% of the revenue (%4 %5)")
                .replace("%1", f'<a href="tier:{i}">{self.tr("Tier %1").replace("%1", tier.key)}</a>')
                .replace("%2", self._customers(tier.customers)).replace("%3", f"{revenue_share:.0f}")
                .replace("%4", amount_text(tier.amount_cents)).replace("%5", d.currency)
            )  # fmt: skip
        self.tiers.setText("<br>".join(lines))
        changes = ", ".join(
            f'<a href="change:{i}">{c.key.replace(">", " → ")}: {c.customers}</a>'
            for i, c in enumerate(p.tier_changes)
        )
        self.tier_changes.setText(
            self.tr("Tier changed in the period: %1").replace("%1", changes)
            if changes
            else self.tr("No customer changed tier in the period.")
        )

    def _tier_at(self, share: float) -> int | None:
        """The tier a point of the curve falls in: customers are ranked A, then B, then C."""
        tiers = self.shown.pareto.tiers if self.shown else ()
        total, seen = sum(t.customers for t in tiers), 0
        for i, tier in enumerate(tiers):
            seen += tier.customers
            if total and share <= seen / total:
                return i
        return len(tiers) - 1 if tiers else None

    def _curve_clicked(self, share: float) -> None:
        i = self._tier_at(share)
        if i is not None:
            self._link(f"tier:{i}")

    def _curve_tip(self, share: float) -> str:
        i = self._tier_at(share)
        tiers = self.shown.pareto.tiers if self.shown else ()
        if i is None:
            return ""
        return (
            self.tr("Tier %1: %2, click to list them")
            .replace("%1", tiers[i].key)
            .replace("%2", self._customers(tiers[i].customers))
        )

    def _show_rfm(self, d: Dashboard) -> None:
        self.rfm_note.setText(
            self.tr("By how recently, how often and how much they ordered")
            if d.rfm
            else self.tr("No segments yet: they are ranked from the customers' orders.")
        )
        names = [segment_text(s.key) for s in d.rfm]
        self.rfm_view.setMinimumHeight(60 + 26 * max(3, len(d.rfm)))
        bar_chart(self.rfm_view, names, [Bars(self.tr("Customers"), [s.customers for s in d.rfm], "#2874a6")],
                  horizontal=True, on_click=lambda _s, i: self._emit(d.rfm[i], self.tr("RFM: %1").replace("%1", names[i])),
                  tip=lambda _s, i: self._tip(names[i], d.rfm[i]))  # fmt: skip

    def _show_funnel(self, d: Dashboard) -> None:
        stages = d.funnel.stages
        names = [lifecycle_text(s.key) or s.key for s in stages]
        bar_chart(self.funnel_view, names, [Bars(self.tr("Customers"), [s.customers for s in stages], "#148f77")],
                  horizontal=True, on_click=lambda _s, i: self._emit(stages[i], self.tr("Lifecycle: %1").replace("%1", names[i])),
                  tip=lambda _s, i: self._tip(names[i], stages[i]))  # fmt: skip
        moves = sorted(d.funnel.moves, key=lambda m: -m[2])
        words = ", ".join(
            f"{lifecycle_text(a) or a} → {lifecycle_text(b) or b}: {n}" for a, b, n in moves[:6] if n
        )
        self.moves.setText(
            self.tr("Moves in the period: %1").replace("%1", words)
            if words
            else self.tr("No moves in the period.")
        )

    def _show_follow_up(self, d: Dashboard) -> None:
        f = d.follow_up
        days = "–" if f.a_days_since_contact is None else f"{f.a_days_since_contact:.0f}"
        self.a_days.setText(
            self.tr("%1 days on average since the last contact with an A customer")
            .replace("%1", f'<span style="font-size:xx-large; font-weight:600">{days}</span>')
        )  # fmt: skip
        tiers = [self.tr("Tier %1").replace("%1", s.key) for s in f.overdue]
        bar_chart(self.overdue_view, tiers, [Bars(self.tr("Overdue"), [s.customers for s in f.overdue], "#c0392b")],
                  horizontal=True, on_click=lambda _s, i: self._emit(f.overdue[i], self.tr("Overdue follow-up: %1").replace("%1", tiers[i])),
                  tip=lambda _s, i: self._tip(tiers[i], f.overdue[i]))  # fmt: skip
        weeks = [f"{w.start:%m-%d}" for w in f.weeks]
        plan = [Bars(self.tr("Planned"), [w.planned for w in f.weeks], "#aab7b8"),
                Bars(self.tr("Done"), [w.done for w in f.weeks], "#2874a6")]  # fmt: skip
        if len(weeks) > MAX_LABELS:  # a quarter or more: bars would be too thin to read
            line_chart(self.weeks_view, weeks, plan)
        else:
            bar_chart(self.weeks_view, weeks, plan)

    def _show_satisfaction(self, d: Dashboard) -> None:
        levels = d.satisfaction.levels
        names = [satisfaction_text(s.key) for s in levels]
        ring_chart(self.satisfaction_view,
                   [(f"{name}: {s.customers}", s.customers, colour)
                    for name, s, colour in zip(names, levels, SATISFACTION_COLOURS, strict=False)],
                   on_click=lambda i: self._emit(levels[i], self.tr("Satisfaction: %1").replace("%1", names[i])),
                   tip=lambda i: self._tip(names[i], levels[i]))  # fmt: skip
        falling, complaints = d.satisfaction.dropped, d.satisfaction.complaints_open
        big = '<a href="{href}"><span style="font-size:x-large; font-weight:600">{n}</span></a>'
        self.satisfaction_numbers.setText(
            self.tr("%1 with satisfaction falling").replace("%1", big.format(href="falling", n=falling.customers))
            + "&nbsp;" * 6
            + self.tr("%1 with a complaint open").replace("%1", big.format(href="complaints", n=complaints.customers))
        )  # fmt: skip

    def _tip(self, name: str, s: Slice) -> str:
        return self.tr("%1: %n customer(s), click to list them", "", s.customers).replace("%1", name)

    # Clicks ------------------------------------------------------------------------------------

    def _link(self, href: str) -> None:
        d = self.shown
        if d is None:
            return
        kind, _, index = href.partition(":")
        if kind == "tier":
            tier = d.pareto.tiers[int(index)]
            self._emit(tier, self.tr("Tier %1").replace("%1", tier.key))
        elif kind == "change":
            change = d.pareto.tier_changes[int(index)]
            self._emit(
                change,
                self.tr("Tier changed in the period: %1").replace("%1", change.key.replace(">", " → ")),
            )
        elif kind == "falling":
            self._emit(d.satisfaction.dropped, self.tr("Satisfaction falling"))
        elif kind == "complaints":
            self._emit(d.satisfaction.complaints_open, self.tr("Complaint open, no contact since"))

    def _event_clicked(self, row: int) -> None:
        event = self.events_model.rows[row] if 0 <= row < len(self.events_model.rows) else None
        if event is not None:
            self._emit(event.converted_filter, self.tr("Leads converted at %1").replace("%1", event.name))

    def _emit(self, what: Slice | ListFilter | None, description: str) -> None:
        filter = what.filter if isinstance(what, Slice) else what
        if filter is not None:
            self.filter_requested.emit(filter, description)
