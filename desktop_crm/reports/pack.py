"""The visit pack: a day on the road on paper. A first page with the day's route and the
distances between stops, then a one-page briefing per visit in route order: who the customer
is to us, whom to ask for, what happened lately, and what is open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import CrmError, Progress
from ..core.models import Contact, Customer, CustomerStats, Order, TimelineEntry, Visit
from ..core.routing import km
from ..core.validation import format_phone
from .layout import build, para, styles
from .visit import Person
from .words import Words

RECENT = 5
COMPLAINT_DAYS = 90
OPEN_ORDERS = ("quote", "ordered", "delivered")


@dataclass(frozen=True, slots=True)
class Briefing:
    time: dt.datetime
    customer: str
    address: str
    purpose: str
    km_from_last: float | None
    tier: str
    stage: str
    relationship: str
    revenue_cents: int
    satisfaction: str | None
    trend: float | None
    next_due: dt.date | None
    contacts: list[Person]
    recent: list[tuple[dt.datetime, str, str]]  # when, kind, subject
    open_orders: list[tuple[dt.date, str, str, int, str]]  # date, number, status, cents, currency
    complaints: list[tuple[dt.datetime, str]]


@dataclass(frozen=True, slots=True)
class VisitPack:
    day: dt.date
    company: str
    currency: str  # of the revenue figures (the profile's base currency)
    visits: list[Briefing]

    @property
    def total_km(self) -> float:
        return sum(b.km_from_last or 0.0 for b in self.visits)


def read_pack(session: Session, day: dt.date, *, company: str = "", currency: str = "CNY",
              progress: Progress | None = None) -> VisitPack:  # fmt: skip
    """The day's briefings; ``progress`` hears each one read, of all of them and the drawing after."""
    start = dt.datetime.combine(day, dt.time())
    planned = list(session.execute(
        select(Visit, Customer)
        .join(Customer, Customer.id == Visit.customer_id)
        .where(Visit.planned_at >= start, Visit.planned_at < start + dt.timedelta(days=1),
               Visit.deleted.is_(False), Visit.status != "cancelled")
        .order_by(Visit.planned_at)  # the route order: the plan's times follow it
    ).all())  # fmt: skip
    if not planned:
        raise CrmError("no_visits", f"no visits planned on {day.isoformat()}")
    briefings = []
    last: tuple[float, float] | None = None
    for n, (visit, c) in enumerate(planned):
        if progress:
            progress(n, len(planned) + 1)
        here = (c.latitude, c.longitude) if c.latitude is not None and c.longitude is not None else None
        leg = km(last, here) if last and here else None
        last = here or last
        stats = session.get(CustomerStats, c.id)
        people = session.scalars(
            select(Contact).where(Contact.customer_id == c.id, Contact.deleted.is_(False))
            .order_by(Contact.is_primary.desc(), Contact.name).limit(4)
        )  # fmt: skip
        entries = select(TimelineEntry).where(
            TimelineEntry.customer_id == c.id, TimelineEntry.deleted.is_(False)
        )
        recent = session.scalars(entries.order_by(TimelineEntry.occurred_at.desc()).limit(RECENT))
        complaints = session.scalars(
            entries.where(TimelineEntry.kind == "complaint",
                          TimelineEntry.occurred_at >= start - dt.timedelta(days=COMPLAINT_DAYS))
            .order_by(TimelineEntry.occurred_at.desc())
        )  # fmt: skip
        orders = session.scalars(
            select(Order).where(Order.customer_id == c.id, Order.deleted.is_(False), Order.status.in_(OPEN_ORDERS))
            .order_by(Order.ordered_on.desc()).limit(6)
        )  # fmt: skip
        briefings.append(Briefing(
            time=visit.planned_at, customer=c.name,
            address=" ".join(x for x in (c.province, c.city, c.address) if x), purpose=visit.purpose,
            km_from_last=leg, tier=(c.tier_override or (stats.tier if stats else "")),
            stage=stats.lifecycle if stats else "", relationship=c.relationship,
            revenue_cents=stats.revenue_12m_cents if stats else 0,
            satisfaction=stats.satisfaction if stats else None, trend=stats.satisfaction_trend if stats else None,
            next_due=stats.next_due_on if stats else None,
            contacts=[Person(p.name, p.title or "", format_phone(p.mobile or p.phone)) for p in people],
            recent=[(e.occurred_at, e.kind, e.subject) for e in recent],
            open_orders=[(o.ordered_on, o.number, o.status, o.amount_cents, o.currency) for o in orders],
            complaints=[(e.occurred_at, e.subject) for e in complaints],
        ))  # fmt: skip
    return VisitPack(day, company, currency, briefings)


def render_pack(pack: VisitPack, *, language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    w = Words(language)
    st = styles()

    def p(text: str | None, style: Any = st.base) -> Any:
        return para(w, text, style)

    grid = TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])  # fmt: skip

    def distance(value: float | None) -> str:
        return w["km"].format(n=f"{value:.1f}") if value is not None else ""

    title = f"{w['visit_pack']}{w['colon']}{w.date(pack.day)}"
    route = [[p(w["stop"], st.small), p(w["time"], st.small), p(w["customer"], st.small), p(w["purpose"], st.small),
              p(w["distance"], st.small)]]  # fmt: skip
    for n, b in enumerate(pack.visits, 1):
        route.append([p(str(n)), p(w.time(b.time)), p(f"{b.customer}\n{b.address}"), p(b.purpose),
                      p(distance(b.km_from_last), st.right)])  # fmt: skip
    table = Table(route, colWidths=[10 * mm, 16 * mm, None, 48 * mm, 26 * mm], repeatRows=1)
    table.setStyle(grid)
    story: list[Any] = [
        Table([[p(pack.company or " ", st.small), p(w["visit_pack"], st.right)]], colWidths=["50%", "50%"]),
        p(title, st.title), p(w["route"], st.heading), table, Spacer(1, 3 * mm),
        p(f"{w['total']}{w['colon']}{distance(pack.total_km)}", st.small),
    ]  # fmt: skip
    for n, b in enumerate(pack.visits, 1):
        trend = (
            ""
            if b.trend is None
            else w["trend_up" if b.trend > 0.2 else "trend_down" if b.trend < -0.2 else "trend_flat"]
        )
        if b.next_due is None:
            due = ""
        else:
            due = w["overdue" if b.next_due < pack.day else "due"].format(d=w.date(b.next_due))
        facts = [
            (w["time"], f"{w.time(b.time)}  ({w['stop']} {n})"), (w["place"], b.address), (w["purpose"], b.purpose),
            (w["tier"], b.tier), (w["stage"], w[b.stage] if b.stage else ""),
            (w["relationship"], w[b.relationship]), (w["revenue"], w.money(b.revenue_cents, pack.currency)),
            (w["satisfaction"], " · ".join(x for x in (w[b.satisfaction] if b.satisfaction else "", trend) if x)),
            (w["follow_up"], due),
        ]  # fmt: skip
        facts_table = Table([[p(k, st.small), p(v)] for k, v in facts], colWidths=[38 * mm, None])
        facts_table.setStyle(grid)
        story += [PageBreak(), p(f"{w['briefing']} {n}{w['colon']}{b.customer}", st.title), facts_table,
                  p(w["contacts"], st.heading)]  # fmt: skip
        story.append(p("\n".join(", ".join(x for x in (c.name, c.title, c.phone) if x) for c in b.contacts)))
        story.append(p(w["recent"], st.heading))
        story.append(p("\n".join(f"{w.date(t.date())}  {w[k]}  {s}" for t, k, s in b.recent)))
        story.append(p(w["open_orders"], st.heading))
        story.append(p("\n".join(f"{w.date(d)}  {num}  {w[status]}  {w.money(cents, cur)}"
                                 for d, num, status, cents, cur in b.open_orders)))  # fmt: skip
        story.append(p(w["complaints"], st.heading))
        story.append(p("\n".join(f"{w.date(t.date())}  {s}" for t, s in b.complaints)))
    return build(story, w, title=title, author=pack.company)
