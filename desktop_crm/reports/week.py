"""The weekly activity report for a manager: what the week's plan became, day by day, with a
chart of visits planned against done, the orders taken, and the customers who need attention;
then the dashboard's figures for the week (``figures``), when the caller gives the settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.dashboard import Dashboard, PeriodKind, compute, period_of
from ..core.models import Customer, CustomerStats, Lead, Order, TimelineEntry, Visit
from ..core.settings import Settings
from ..core.vocab import REVENUE_STATUSES
from .figures import figures_story
from .layout import build, para, styles
from .words import Words


@dataclass
class Day:
    day: dt.date
    planned: int = 0  # visits planned for the day, whatever became of them
    done: int = 0
    missed: int = 0  # planned, past, and neither done nor cancelled
    calls: int = 0
    leads: int = 0
    orders: int = 0


@dataclass
class WeekReport:
    start: dt.date
    company: str
    days: list[Day]
    revenue_cents: dict[str, int] = field(default_factory=dict)  # orders taken this week, by currency
    overdue: int = 0  # customers whose follow-up fell due by the week's end
    dropped: list[tuple[str, str | None]] = field(default_factory=list)  # satisfaction falling: name, level
    figures: Dashboard | None = None  # the dashboard's, for the week


def read_week(
    session: Session,
    start: dt.date,
    *,
    company: str = "",
    today: dt.date | None = None,
    settings: Settings | None = None,
) -> WeekReport:
    start = start - dt.timedelta(days=start.weekday())  # the Monday of that week
    end = start + dt.timedelta(days=7)
    t0, t1 = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    today = today or dt.date.today()
    days = {start + dt.timedelta(days=i): Day(start + dt.timedelta(days=i)) for i in range(7)}

    def on(moment: dt.datetime | dt.date) -> Day:
        return days[moment.date() if isinstance(moment, dt.datetime) else moment]

    live = Visit.deleted.is_(False)
    for planned_at, status in session.execute(
        select(Visit.planned_at, Visit.status).where(live, Visit.planned_at >= t0, Visit.planned_at < t1)
    ):
        d = on(planned_at)
        d.planned += status != "cancelled"
        d.done += status == "done"
        d.missed += status == "missed" or (status == "planned" and planned_at.date() < today)
    for (when,) in session.execute(
        select(TimelineEntry.occurred_at).where(TimelineEntry.kind == "call", TimelineEntry.deleted.is_(False),
                                                TimelineEntry.occurred_at >= t0, TimelineEntry.occurred_at < t1)
    ):  # fmt: skip
        on(when).calls += 1
    for (when,) in session.execute(
        select(Lead.captured_at).where(Lead.deleted.is_(False), Lead.captured_at >= t0, Lead.captured_at < t1)
    ):
        on(when).leads += 1
    revenue: dict[str, int] = {}
    for ordered_on, cents, currency in session.execute(
        select(Order.ordered_on, Order.amount_cents, Order.currency).where(
            Order.deleted.is_(False), Order.ordered_on >= start, Order.ordered_on < end,
            Order.status.in_(REVENUE_STATUSES),
        )
    ):  # fmt: skip
        on(ordered_on).orders += 1
        revenue[currency] = revenue.get(currency, 0) + cents
    overdue = session.scalar(
        select(func.count()).select_from(CustomerStats).join(Customer, Customer.id == CustomerStats.customer_id)
        .where(Customer.deleted.is_(False), CustomerStats.next_due_on < end)
    ) or 0  # fmt: skip
    dropped = [
        (name, level)
        for name, level in session.execute(
            select(Customer.name, CustomerStats.satisfaction)
            .join(CustomerStats, CustomerStats.customer_id == Customer.id)
            .where(Customer.deleted.is_(False), CustomerStats.satisfaction_trend < -0.2)
            .order_by(CustomerStats.satisfaction_trend, Customer.name)
            .limit(15)
        )
    ]
    figures = None
    if settings is not None:
        figures = compute(session, period=period_of(PeriodKind.WEEK, start), settings=settings, today=today)
    return WeekReport(start, company, list(days.values()), revenue, overdue, dropped, figures)


def render_week(report: WeekReport, *, language: str) -> bytes:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    from .fonts import document_font

    w = Words(language)
    st = styles()
    font, _ = document_font()

    def p(text: str | None, style: Any = st.base) -> Any:
        return para(w, text, style)

    end = report.start + dt.timedelta(days=6)
    title = f"{w['week_report']}{w['colon']}{w.date(report.start)} – {w.date(end)}"
    names = [w.weekday(d.day) for d in report.days]
    header = [p(x, st.small) for x in (" ", w["planned_visits"], w["done"], w["missed"], w["calls"], w["new_leads"],
                                       w["orders_n"])]  # fmt: skip
    rows = [[p(n), *(p(str(v), st.right) for v in (d.planned, d.done, d.missed, d.calls, d.leads, d.orders))]
            for n, d in zip(names, report.days, strict=True)]  # fmt: skip
    totals = [
        sum(getattr(d, k) for d in report.days)
        for k in ("planned", "done", "missed", "calls", "leads", "orders")
    ]
    rows.append([p(w["week_total"]), *(p(str(v), st.right) for v in totals)])
    table = Table([header, *rows], colWidths=[None, 26 * mm, 20 * mm, 20 * mm, 20 * mm, 22 * mm, 20 * mm])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#57606a")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.HexColor("#57606a")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f6f8fa")]),
    ]))  # fmt: skip

    chart_box = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    # (reportlab's stubs type positions as int; millimetres are floats)
    chart.x, chart.y, chart.width, chart.height = (
        round(12 * mm),
        round(10 * mm),
        round(120 * mm),
        round(48 * mm),
    )
    chart.data = [[d.planned for d in report.days], [d.done for d in report.days]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, max(chart.data[0] + [1]) // 5)
    chart.bars[0].fillColor = colors.HexColor("#9ecbff")
    chart.bars[1].fillColor = colors.HexColor("#0b4f8a")
    legend = Legend()
    legend.x, legend.y, legend.fontName = round(138 * mm), round(50 * mm), font
    legend.colorNamePairs = [
        (chart.bars[0].fillColor, w["planned_visits"]),
        (chart.bars[1].fillColor, w["done"]),
    ]
    chart_box.add(chart)
    chart_box.add(legend)

    revenue = ", ".join(w.money(v, c) for c, v in sorted(report.revenue_cents.items())) or w["none"]
    story: list[Any] = [
        Table([[p(report.company or " ", st.small), p(w["week_report"], st.right)]], colWidths=["50%", "50%"]),
        p(title, st.title), Spacer(1, 3 * mm), table, Spacer(1, 4 * mm), p(w["chart_title"], st.heading), chart_box,
        p(w["orders_taken_week"], st.heading), p(revenue),
        p(w["overdue_customers"], st.heading), p(str(report.overdue)),
        p(w["satisfaction_dropped"], st.heading),
        p("\n".join(f"{name}  ({w[level] if level else w['none']})" for name, level in report.dropped)),
    ]  # fmt: skip
    if report.figures is not None:
        story += [
            PageBreak(),
            p(w["figures"], st.title),
            *figures_story(report.figures, w),
        ]
    return build(story, w, title=title, author=report.company)
