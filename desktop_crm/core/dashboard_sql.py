"""The dashboard's reads from the store (``dashboard.compute``): a handful of GROUP BY queries
that return plain tuples, never a row per customer in Python but for the Pareto curve's amounts.

Most figures come from ``customer_stats`` (kept by ``analytics.refresh``) in one pass; each query
states its customers exactly as ``customer_list._base`` does, so a slice's ``ListFilter`` lists
the customers it counts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import Session

from .analytics import FALLING_TREND
from .customer_list import open_complaints, tier_move
from .models import Customer, CustomerStats, Event, Lead, Order, Visit
from .settings import Settings
from .vocab import REVENUE_STATUSES, LeadStatus, Lifecycle, VisitStatus

CS = CustomerStats
LIVE = Customer.deleted.is_(False)


@dataclass(frozen=True, slots=True)
class Group:
    """Live customers alike in every figure the stats pass groups by."""

    tier: str | None  # a manual override, else the ABC tier
    stage: str | None
    was: str  # the lifecycle stage on the period's first day, from the orders before it
    segment: str | None
    level: str | None  # latest satisfaction
    overdue: bool
    falling: bool
    customers: int
    revenue_cents: int
    contact_days: int  # sum over those contacted: days since the last real contact
    contacted: int


def _stage(first: Any, last: Any, at: dt.date, settings: Settings) -> ColumnElement[str]:
    """``analytics.lifecycle_stage`` as SQL over first and last order dates, on the day ``at``."""
    days = dt.timedelta
    return case(
        (last.is_(None), literal(Lifecycle.PROSPECT.value)),
        (last <= at - days(days=settings.lost_days), literal(Lifecycle.LOST.value)),
        (last <= at - days(days=settings.dormant_days), literal(Lifecycle.DORMANT.value)),
        (first > at - days(days=settings.new_days), literal(Lifecycle.NEW.value)),
        else_=literal(Lifecycle.ACTIVE.value),
    )


def stage_on(start: dt.date, settings: Settings) -> ColumnElement[str]:
    """A customer's lifecycle stage on ``start``, from the orders before it. The stored first and
    last order dates answer for customers who had not ordered yet or had stopped by then; the
    orders index answers for the others, one customer at a time."""
    live_order = Order.deleted.is_(False) & Order.status.in_(sorted(s.value for s in REVENUE_STATUSES))
    before = (
        select(_stage(func.min(Order.ordered_on), func.max(Order.ordered_on), start, settings))
        .where(Order.customer_id == Customer.id, Order.ordered_on < start, live_order)
        .scalar_subquery()
    )
    return case(
        (or_(CS.first_order_on.is_(None), CS.first_order_on >= start), literal(Lifecycle.PROSPECT.value)),
        (CS.last_order_on < start, _stage(CS.first_order_on, CS.last_order_on, start, settings)),
        else_=before,
    )


def stats_groups(session: Session, today: dt.date, start: dt.date, settings: Settings) -> list[Group]:
    """One pass over the live customers and their figures, grouped (some thousand groups for
    100k customers). Customers without a stats row have no tier, stage or segment and count as
    overdue, as in the list."""
    tier = func.coalesce(Customer.tier_override, CS.tier)
    overdue = or_(CS.next_due_on.is_(None), CS.next_due_on < today)
    falling = func.coalesce(CS.satisfaction_trend < FALLING_TREND, False)
    # Whole days from the day of the last contact (a contact dated in the future counts 0).
    days = func.max(0, func.julianday(today) - func.julianday(func.date(CS.last_contact_at)))
    keys = (tier, CS.lifecycle, stage_on(start, settings), CS.rfm_segment, CS.satisfaction, overdue, falling)
    stmt = (
        select(
            *keys,
            func.count(),
            func.sum(CS.revenue_12m_cents),
            func.sum(days),
            func.count(CS.last_contact_at),
        )
        .select_from(Customer)
        .outerjoin(CS, CS.customer_id == Customer.id)
        .where(LIVE)
        .group_by(*keys)
    )
    return [
        Group(t, st, was, seg, lv, bool(od), bool(fa), n, int(rev or 0), round(d or 0), c)
        for t, st, was, seg, lv, od, fa, n, rev, d, c in session.execute(stmt)
    ]


def revenues(session: Session) -> list[int]:
    """The live customers' positive 12-month revenues, largest first (the Pareto curve)."""
    stmt = (
        select(CS.revenue_12m_cents)
        .join(Customer, Customer.id == CS.customer_id)
        .where(LIVE, CS.revenue_12m_cents > 0)
    )
    return sorted(session.connection().execute(stmt).scalars(), reverse=True)


def tier_moves(session: Session, since: dt.date) -> list[tuple[str, int]]:
    """("B>A", customers) for ABC tiers that changed on or after ``since``."""
    stmt = (
        select(tier_move, func.count())
        .join(Customer, Customer.id == CS.customer_id)
        .where(LIVE, CS.tier_changed_on >= since, tier_move.is_not(None))
        .group_by(tier_move)
    )
    return [(move, n) for move, n in session.execute(stmt) if move is not None]


def visit_weeks(session: Session, start: dt.date, end: dt.date) -> dict[dt.date, tuple[int, int]]:
    """Monday -> (visits planned, done) for visits planned from ``start`` up to ``end``; planned
    counts every visit but a cancelled one, whatever became of it (as the weekly report does)."""
    monday = func.date(Visit.planned_at, "weekday 0", "-6 days")  # the Monday on or before
    planned = func.sum(case((Visit.status != VisitStatus.CANCELLED.value, 1), else_=0))
    done = func.sum(case((Visit.status == VisitStatus.DONE.value, 1), else_=0))
    stmt = (
        select(monday, planned, done)
        .where(
            Visit.deleted.is_(False),
            Visit.planned_at >= dt.datetime.combine(start, dt.time()),
            Visit.planned_at < dt.datetime.combine(end, dt.time()),
        )
        .group_by(monday)
    )
    return {dt.date.fromisoformat(day): (int(p), int(d)) for day, p, d in session.execute(stmt)}


def open_complaint_customers(session: Session, today: dt.date) -> int:
    stmt = select(func.count()).select_from(Customer).where(LIVE, Customer.id.in_(open_complaints(today)))
    return session.scalar(stmt) or 0


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    name: str
    starts_on: dt.date
    cost_cents: int
    currency: str
    leads: int
    converted: int
    customers: tuple[str, ...]  # the converted leads' customers
    revenue_cents: dict[str, int]  # by currency: their orders since the event began


def events(session: Session, start: dt.date, end: dt.date) -> list[EventRow]:
    """Events held (at least a day of them) from ``start`` up to ``end``, earliest first, with
    what ``lead_review.event_report`` counts for each."""
    chosen = select(Event.id).where(Event.deleted.is_(False), Event.starts_on < end, Event.ends_on >= start)
    found = session.execute(
        select(Event.id, Event.name, Event.starts_on, Event.cost_cents, Event.currency)
        .where(Event.id.in_(chosen))
        .order_by(Event.starts_on, Event.name, Event.id)
    ).all()
    if not found:
        return []
    live = Lead.deleted.is_(False) & Lead.event_id.in_(chosen)
    leads: dict[str | None, int] = defaultdict(int)
    converted_leads: dict[str | None, int] = defaultdict(int)
    for event_id, status, n in session.execute(
        select(Lead.event_id, Lead.status, func.count()).where(live).group_by(Lead.event_id, Lead.status)
    ):
        leads[event_id] += n
        converted_leads[event_id] += n if status == LeadStatus.CONVERTED else 0
    converted = (
        select(Lead.event_id, Lead.customer_id)
        .where(live, Lead.status == LeadStatus.CONVERTED.value, Lead.customer_id.is_not(None))
        .distinct()
        .subquery()
    )
    customers: dict[str | None, list[str]] = defaultdict(list)
    for event_id, customer_id in session.execute(select(converted.c.event_id, converted.c.customer_id)):
        customers[event_id].append(customer_id)
    revenue: dict[str | None, dict[str, int]] = defaultdict(dict)
    for event_id, currency, cents in session.execute(
        select(converted.c.event_id, Order.currency, func.sum(Order.amount_cents))
        .join(Order, Order.customer_id == converted.c.customer_id)
        .join(Event, Event.id == converted.c.event_id)
        .where(
            Order.deleted.is_(False),
            Order.status.in_(sorted(s.value for s in REVENUE_STATUSES)),
            Order.ordered_on >= Event.starts_on,
        )
        .group_by(converted.c.event_id, Order.currency)
    ):
        revenue[event_id][currency] = int(cents)
    return [
        EventRow(
            eid, name, starts_on, cost, currency, leads[eid], converted_leads[eid],
            tuple(sorted(customers[eid])), revenue[eid],
        )
        for eid, name, starts_on, cost, currency in found
    ]  # fmt: skip


def converted_cents(amounts: dict[str, int], settings: Settings) -> int:
    """Amounts by currency as one sum in the base currency (``Settings.rate``)."""
    return round(sum(cents * settings.rate(currency) for currency, cents in amounts.items()))
