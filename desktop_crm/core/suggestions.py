"""Whom to visit on a day (DESIGN.md section 1, cadence): customers overdue for a follow-up
first, A before B before C, and among those the ones near the visits already planned that day,
so a suggestion fits the route instead of adding a second trip across town."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .models import Customer, CustomerStats, Visit
from .routing import km
from .vocab import VisitStatus

TIER_RANK = {"A": 0, "B": 1, "C": 2}
NEAR_KM = 10.0  # distances are compared in 10 km steps: nearer than that counts as "near"


@dataclass(frozen=True, slots=True)
class Suggestion:
    customer_id: str
    name: str
    city: str | None
    tier: str
    overdue_days: int | None  # None: never contacted
    km_to_plan: float | None  # to the nearest visit planned that day; None when none is planned


def suggest_visits(
    session: Session, *, day: dt.date, limit: int = 20, candidates: int = 500
) -> list[Suggestion]:
    start = dt.datetime.combine(day, dt.time())
    planned = session.execute(
        select(Visit.customer_id, Customer.latitude, Customer.longitude)
        .join(Customer, Customer.id == Visit.customer_id)
        .where(
            Visit.planned_at >= start,
            Visit.planned_at < start + dt.timedelta(days=1),
            Visit.status == VisitStatus.PLANNED,
            Visit.deleted.is_(False),
        )
    ).all()
    planned_ids = {cid for cid, _, _ in planned}
    stops = [(lat, lon) for _, lat, lon in planned if lat is not None and lon is not None]
    tier = func.coalesce(Customer.tier_override, CustomerStats.tier, "C")
    due = CustomerStats.next_due_on
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.city, Customer.latitude, Customer.longitude, tier, due)
        .outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)  # no stats yet: never contacted
        .where(Customer.deleted.is_(False), or_(due.is_(None), due < day))
        .order_by(tier, due.asc().nulls_first())
        .limit(candidates + len(planned_ids))
    ).all()
    out = []
    for cid, name, city, lat, lon, t, due_on in rows:
        if cid in planned_ids:
            continue
        near = (
            min((km((lat, lon), s) for s in stops), default=None)
            if lat is not None and lon is not None
            else None
        )
        out.append(Suggestion(cid, name, city, t, (day - due_on).days if due_on else None, near))

    def rank(s: Suggestion) -> tuple[int, int, int]:
        distance = int(s.km_to_plan // NEAR_KM) if s.km_to_plan is not None else 10**6
        overdue = s.overdue_days if s.overdue_days is not None else 10**6  # never contacted: most overdue
        return TIER_RANK.get(s.tier, 3), distance, -overdue

    return sorted(out, key=rank)[:limit]
