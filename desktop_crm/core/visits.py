"""Planned and past visits. Completing one records its report and lands in the timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import records, timeline
from .errors import CrmError, ValidationError
from .models import Customer, Visit
from .routing import Stop, plan_route
from .validation import choice
from .vocab import EntryKind, Satisfaction, VisitStatus


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: str
    customer_id: str
    contact_id: str | None
    owner_id: str | None
    planned_at: dt.datetime
    duration_min: int
    fixed_time: bool
    purpose: str
    status: str
    outcome: str
    summary: str
    products_discussed: str
    competitor_notes: str
    satisfaction: str | None
    next_step: str
    next_visit_date: dt.date | None
    completed_at: dt.datetime | None


def _duration(value: Any) -> int:
    minutes = int(value)
    if not 5 <= minutes <= 24 * 60:
        raise ValidationError("duration_min", "out_of_range", "must be between 5 minutes and a day")
    return minutes


_PLAN: dict[str, records.Cleaner | None] = {
    "planned_at": None,
    "duration_min": _duration,
    "fixed_time": bool,
    "purpose": lambda v: (v or "").strip(),
    "contact_id": None,
    "owner_id": None,
}
_REPORT: dict[str, records.Cleaner | None] = {
    "outcome": lambda v: (v or "").strip(),
    "summary": lambda v: v or "",
    "products_discussed": lambda v: v or "",
    "competitor_notes": lambda v: v or "",
    "satisfaction": partial(choice, enum=Satisfaction, field="satisfaction", optional=True),
    "next_step": lambda v: v or "",
    "next_visit_date": None,
}


def _row(v: Visit) -> VisitRow:
    return VisitRow(**{f: getattr(v, f) for f in VisitRow.__slots__})


def plan_visit(session: Session, *, customer_id: str, planned_at: dt.datetime, **fields: Any) -> str:
    records.get_live(session, Customer, customer_id)
    visit = Visit(customer_id=customer_id, **records.clean({"planned_at": planned_at, **fields}, _PLAN))
    session.add(visit)
    session.flush()
    return visit.id


def _open_visit(session: Session, visit_id: str) -> Visit:
    visit = records.get_live(session, Visit, visit_id)
    if visit.status != VisitStatus.PLANNED:
        raise CrmError("visit_closed", f"visit {visit_id} is already {visit.status}")
    return visit


def update_plan(session: Session, visit_id: str, **changes: Any) -> dict[str, Any]:
    """Move (``planned_at``), re-time or re-purpose a planned visit."""
    return records.apply(_open_visit(session, visit_id), records.clean(changes, _PLAN))


def cancel_visit(session: Session, visit_id: str) -> None:
    _open_visit(session, visit_id).status = VisitStatus.CANCELLED
    session.flush()


def mark_missed(session: Session, visit_id: str) -> None:
    _open_visit(session, visit_id).status = VisitStatus.MISSED
    session.flush()


def complete_visit(
    session: Session, visit_id: str, *, completed_at: dt.datetime | None = None, **report: Any
) -> str:
    """Record the visit's report; returns the id of the timeline entry it adds."""
    visit = _open_visit(session, visit_id)
    values = records.clean(report, _REPORT)
    records.apply(visit, values)
    visit.status = VisitStatus.DONE
    visit.completed_at = completed_at or dt.datetime.now().replace(microsecond=0)
    session.flush()
    return timeline.add_entry(
        session,
        customer_id=visit.customer_id,
        kind=EntryKind.VISIT,
        occurred_at=visit.completed_at,
        subject=visit.outcome or visit.purpose,
        body="\n\n".join(p for p in (visit.summary, visit.next_step) if p),
        satisfaction=visit.satisfaction,
        contact_id=visit.contact_id,
        visit_id=visit.id,
    )


def get_visit(session: Session, visit_id: str) -> VisitRow:
    return _row(records.get_live(session, Visit, visit_id))


def visits_between(session: Session, *, start: dt.datetime, end: dt.datetime) -> list[VisitRow]:
    stmt = (
        select(Visit)
        .where(Visit.planned_at >= start, Visit.planned_at < end, Visit.deleted.is_(False))
        .order_by(Visit.planned_at)
    )
    return [_row(v) for v in session.scalars(stmt)]


def plan_with_customers(
    session: Session, *, start: dt.datetime, end: dt.datetime
) -> list[tuple[VisitRow, str, str, str]]:
    """Visits in [start, end) with their customer's name, their place and their HLC stamp."""
    stmt = (
        select(Visit, Customer.name, Customer.address, Customer.city)
        .join(Customer, Customer.id == Visit.customer_id)
        .where(Visit.planned_at >= start, Visit.planned_at < end, Visit.deleted.is_(False))
        .order_by(Visit.planned_at)
    )
    return [
        (_row(v), name, ", ".join(p for p in (address, city) if p), v.updated_at)
        for v, name, address, city in session.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: str
    customer_id: str
    customer: str
    planned_at: dt.datetime
    duration_min: int
    fixed_time: bool
    purpose: str
    status: str
    latitude: float | None
    longitude: float | None


def agenda(session: Session, *, first_day: dt.date, days: int = 1) -> list[AgendaRow]:
    """The visits of ``days`` days from ``first_day``, in time order (the day view and the week)."""
    start = dt.datetime.combine(first_day, dt.time())
    stmt = (
        select(Visit, Customer.name, Customer.latitude, Customer.longitude)
        .join(Customer, Customer.id == Visit.customer_id)
        .where(
            Visit.planned_at >= start,
            Visit.planned_at < start + dt.timedelta(days=days),
            Visit.deleted.is_(False),
        )
        .order_by(Visit.planned_at, Visit.id)
    )
    return [
        AgendaRow(
            v.id,
            v.customer_id,
            name,
            v.planned_at,
            v.duration_min,
            v.fixed_time,
            v.purpose,
            v.status,
            lat,
            lon,
        )
        for v, name, lat, lon in session.execute(stmt)
    ]


def day_agenda(session: Session, *, day: dt.date) -> list[AgendaRow]:
    return agenda(session, first_day=day)


def next_free_slot(session: Session, *, day: dt.date, first_at: dt.time = dt.time(9)) -> dt.datetime:
    """When a visit dropped on a day can start: after the day's last planned visit, else at
    ``first_at``; never past 18:00 (a late slot is still better than the next day)."""
    ends = [
        a.planned_at + dt.timedelta(minutes=a.duration_min)
        for a in day_agenda(session, day=day)
        if a.status == VisitStatus.PLANNED
    ]
    slot = max([dt.datetime.combine(day, first_at), *ends])
    slot += dt.timedelta(minutes=-slot.minute % 15)  # on the quarter hour
    return min(slot, dt.datetime.combine(day, dt.time(18)))


def move_visit(session: Session, visit_id: str, *, day: dt.date) -> dt.datetime:
    """Move a planned visit to another day at the same time of day (the week view's drag)."""
    visit = _open_visit(session, visit_id)
    when = dt.datetime.combine(day, visit.planned_at.time())
    update_plan(session, visit_id, planned_at=when)
    session.flush()
    return when


def order_day(
    session: Session,
    *,
    day: dt.date,
    start: tuple[float, float] | None = None,
    first_at: dt.time = dt.time(9),
    travel_min: int = 30,
) -> tuple[list[str], float]:
    """Put the day's planned visits in route order and re-time the flexible ones one after the
    other. Fixed appointments keep their time; a flexible visit that would run into the next one
    waits until after it. Returns the order of the day and the route's kilometres."""
    planned = [a for a in day_agenda(session, day=day) if a.status == VisitStatus.PLANNED]
    located = [a for a in planned if a.latitude is not None and a.longitude is not None]
    route = plan_route(
        [Stop(a.id, a.latitude, a.longitude, a.planned_at if a.fixed_time else None) for a in located],  # type: ignore[arg-type]
        start,
    )
    by_id = {a.id: a for a in planned}
    routed = route.order + [a.id for a in planned if a not in located]  # no coordinates: at the end
    clock = dt.datetime.combine(day, first_at)
    order: list[str] = []
    deferred: list[str] = []  # flexible visits that would run into the next appointment

    def place(visit_id: str) -> None:
        nonlocal clock
        row = by_id[visit_id]
        begins = max(clock, row.planned_at) if row.fixed_time else clock
        if not row.fixed_time:
            update_plan(session, visit_id, planned_at=begins)
        clock = begins + dt.timedelta(minutes=row.duration_min + travel_min)
        order.append(visit_id)

    for i, visit_id in enumerate(routed):
        row = by_id[visit_id]
        if row.fixed_time:
            place(visit_id)
            for waiting in deferred:
                place(waiting)
            deferred.clear()
            continue
        upcoming = next((by_id[v] for v in routed[i + 1 :] if by_id[v].fixed_time), None)
        ends = clock + dt.timedelta(minutes=row.duration_min + travel_min)
        if upcoming is not None and ends > upcoming.planned_at:
            deferred.append(visit_id)
        else:
            place(visit_id)
    for waiting in deferred:
        place(waiting)
    session.flush()
    return order, route.total_km
