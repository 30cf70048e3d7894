"""ABC tier, lifecycle stage, follow-up cadence and satisfaction trend (DESIGN.md section 1),
and the RFM segment (``rfm``).

The rules are pure functions over plain values, tested on hand-made data; ``refresh`` feeds them
from the store and keeps the results in ``customer_stats`` for the list to filter and sort on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from .dbapi import executemany
from .models import Customer, CustomerStats, Order, TimelineEntry
from .rfm import segments
from .settings import Settings
from .vocab import REAL_CONTACT_KINDS, REVENUE_STATUSES, Lifecycle, Satisfaction, Tier

A_SHARE = 0.80
Q = TypeVar("Q")
B_SHARE = 0.95
# A satisfaction trend below this is falling (the dashboard, the weekly report, the list filter).
FALLING_TREND = -0.2


def abc_tiers(revenue: Mapping[str, int]) -> dict[str, Tier]:
    """A: the customers that together bring the first 80% of revenue; B: the next 15%; C: the rest.

    A customer is A while the revenue of everyone ranked above it is still short of 80%, so the
    customer that crosses the line is A too. Equal revenue ranks by id, so ties are stable."""
    total = sum(v for v in revenue.values() if v > 0)
    tiers: dict[str, Tier] = {}
    before = 0
    for cid, amount in sorted(revenue.items(), key=lambda kv: (-kv[1], kv[0])):
        if amount <= 0 or total == 0:
            tiers[cid] = Tier.C
            continue
        share = before / total
        tiers[cid] = Tier.A if share < A_SHARE else Tier.B if share < B_SHARE else Tier.C
        before += amount
    return tiers


def lifecycle_stage(
    first_order: dt.date | None, last_order: dt.date | None, *, today: dt.date, settings: Settings
) -> Lifecycle:
    if first_order is None or last_order is None:
        return Lifecycle.PROSPECT
    silent = (today - last_order).days
    if silent >= settings.lost_days:
        return Lifecycle.LOST
    if silent >= settings.dormant_days:
        return Lifecycle.DORMANT
    if (today - first_order).days < settings.new_days:
        return Lifecycle.NEW
    return Lifecycle.ACTIVE


def follow_up_due(last_contact: dt.date | None, tier: str, *, settings: Settings) -> dt.date | None:
    """The day the next contact is due; None when there has never been one (due at once)."""
    if last_contact is None:
        return None
    return last_contact + dt.timedelta(days=settings.cadence_days.get(tier, 90))


def is_overdue(due: dt.date | None, today: dt.date) -> bool:
    return due is None or due < today


def satisfaction_trend(levels: Sequence[str]) -> float | None:
    """Mean score of the latest half minus the earlier half (at most 3 each), oldest first.

    Positive: improving; negative: slipping; None: fewer than two ratings."""
    scores = [Satisfaction(v).score for v in levels][-6:]
    if len(scores) < 2:
        return None
    half = len(scores) // 2
    early, late = scores[: len(scores) - half], scores[len(scores) - half :]
    return round(sum(late) / len(late) - sum(early) / len(early), 2)


@dataclass(frozen=True, slots=True)
class RefreshResult:
    customers: int
    tiers: dict[str, int]
    lifecycles: dict[str, int]
    overdue: int


# Beyond this many customers a scoped refresh becomes a full one (an IN list that long would
# also pass SQLite's limit of 32,766 bound values).
SCOPED_LIMIT = 5000


def refresh(
    session: Session,
    *,
    settings: Settings,
    today: dt.date | None = None,
    customer_ids: Collection[str] | None = None,
) -> RefreshResult:
    """Recompute the derived figures into ``customer_stats``: every customer's, or only those of
    ``customer_ids`` after a write that touched them (a logged call moves the follow-up date at
    once). A scoped refresh keeps the stored ABC tiers and RFM segments: both rank a customer
    against all the others, so they move on the next full refresh (start, settings,
    ``desktop-crm stats``). A full refresh that moves a customer's ABC tier records the tier
    before and the day (``tier_before``, ``tier_changed_on``); otherwise those stay as stored."""
    today = today or dt.date.today()
    ids = list(customer_ids) if customer_ids is not None else None
    if ids is not None and len(ids) > SCOPED_LIMIT:
        ids = None  # a first sync touches everyone: the full refresh is cheaper, and ranks tiers

    def scoped(stmt: Q, column: Any) -> Q:
        return stmt if ids is None else cast(Q, cast(Any, stmt).where(column.in_(ids)))

    since = today - dt.timedelta(days=365)
    live = Order.deleted.is_(False) & Order.status.in_([s.value for s in REVENUE_STATUSES])

    revenue: dict[str, float] = defaultdict(float)
    frequency: dict[str, int] = defaultdict(int)  # orders in the trailing 12 months
    for cid, currency, cents, n in session.execute(
        scoped(
            select(Order.customer_id, Order.currency, func.sum(Order.amount_cents), func.count()),
            Order.customer_id,
        )
        .where(live, Order.ordered_on > since)
        .group_by(Order.customer_id, Order.currency)
    ):
        revenue[cid] += cents * settings.rate(currency)
        frequency[cid] += n
    span = {
        cid: (first, last)
        for cid, first, last in session.execute(
            scoped(
                select(Order.customer_id, func.min(Order.ordered_on), func.max(Order.ordered_on)),
                Order.customer_id,
            )
            .where(live)
            .group_by(Order.customer_id)
        )
    }
    last_contact = dict(
        session.execute(
            scoped(
                select(TimelineEntry.customer_id, func.max(TimelineEntry.occurred_at)),
                TimelineEntry.customer_id,
            )
            .where(
                TimelineEntry.deleted.is_(False),
                TimelineEntry.kind.in_([k.value for k in REAL_CONTACT_KINDS]),
            )
            .group_by(TimelineEntry.customer_id)
        ).all()
    )
    ratings: dict[str, list[str]] = defaultdict(list)
    for cid, level in session.execute(
        scoped(select(TimelineEntry.customer_id, TimelineEntry.satisfaction), TimelineEntry.customer_id)
        .where(TimelineEntry.deleted.is_(False), TimelineEntry.satisfaction.is_not(None))
        .order_by(TimelineEntry.customer_id, TimelineEntry.occurred_at)
    ):
        if level:
            ratings[cid].append(level)

    customers = session.execute(
        scoped(select(Customer.id, Customer.tier_override), Customer.id).where(Customer.deleted.is_(False))
    ).all()
    stored: dict[str, tuple[str, str | None, str | None, dt.date | None]] = {
        cid: (tier, segment, before, changed_on)
        for cid, tier, segment, before, changed_on in session.execute(
            scoped(
                select(
                    CustomerStats.customer_id,
                    CustomerStats.tier,
                    CustomerStats.rfm_segment,
                    CustomerStats.tier_before,
                    CustomerStats.tier_changed_on,
                ),
                CustomerStats.customer_id,
            )
        )
    }
    segment: dict[str, str | None]
    if ids is None:
        computed = {
            cid: t.value
            for cid, t in abc_tiers({cid: round(revenue.get(cid, 0)) for cid, _ in customers}).items()
        }
        buyers = [cid for cid, _ in customers if cid in span]
        segment = {
            cid: s.value
            for cid, s in segments(
                {cid: (today - span[cid][1]).days for cid in buyers},
                frequency,
                {cid: round(revenue.get(cid, 0)) for cid in buyers},
            ).items()
        }
    else:
        computed = {cid: stored[cid][0] if cid in stored else Tier.C.value for cid, _ in customers}
        segment = {cid: stored[cid][1] for cid, _ in customers if cid in stored}
    rows = []
    tiers: dict[str, int] = defaultdict(int)
    stages: dict[str, int] = defaultdict(int)
    overdue = 0
    for cid, override in customers:
        first, last = span.get(cid, (None, None))
        was, _, before, changed_on = stored.get(cid, (None, None, None, None))
        if was is not None and was != computed[cid]:
            before, changed_on = was, today
        stage = lifecycle_stage(first, last, today=today, settings=settings)
        tier = override or computed[cid]
        contact = last_contact.get(cid)
        due = follow_up_due(contact.date() if contact else None, tier, settings=settings)
        levels = ratings.get(cid, [])
        rows.append(
            {
                "customer_id": cid,
                "revenue_12m_cents": round(revenue.get(cid, 0)),
                "tier": computed[cid],
                "lifecycle": stage.value,
                "first_order_on": first,
                "last_order_on": last,
                "last_contact_at": contact,
                "next_due_on": due,
                "satisfaction": levels[-1] if levels else None,
                "satisfaction_trend": satisfaction_trend(levels),
                "rfm_segment": segment.get(cid),
                "tier_before": before,
                "tier_changed_on": changed_on,
            }
        )
        tiers[tier] += 1
        stages[stage.value] += 1
        overdue += is_overdue(due, today)
    session.execute(scoped(delete(CustomerStats), CustomerStats.customer_id))
    if rows:
        executemany(session.connection(), cast(Table, CustomerStats.__table__), rows)
    return RefreshResult(len(rows), dict(tiers), dict(stages), overdue)
