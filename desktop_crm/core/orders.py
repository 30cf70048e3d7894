"""Orders. Each one also appears in its customer's timeline."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import records, timeline
from .errors import ValidationError
from .models import Customer, Order, TimelineEntry
from .validation import choice
from .vocab import EntryKind, OrderStatus


def _amount(value: Any) -> int:
    cents = int(value)
    if cents < 0:
        raise ValidationError("amount_cents", "negative", "must not be negative")
    return cents


_CLEANERS: dict[str, records.Cleaner | None] = {
    "number": lambda v: (v or "").strip(),
    "ordered_on": None,
    "amount_cents": _amount,
    "currency": lambda v: (v or "CNY").upper()[:3],
    "status": partial(choice, enum=OrderStatus, field="status"),
    "description": lambda v: v or "",
    "owner_id": None,
}


def add_order(
    session: Session, *, customer_id: str, ordered_on: dt.date, amount_cents: int, **fields: Any
) -> str:
    records.get_live(session, Customer, customer_id)
    values = records.clean(
        {"ordered_on": ordered_on, "amount_cents": amount_cents, "status": "ordered", **fields},
        _CLEANERS,
    )
    order = Order(customer_id=customer_id, **values)
    session.add(order)
    session.flush()
    timeline.add_entry(
        session,
        customer_id=customer_id,
        kind=EntryKind.ORDER,
        occurred_at=dt.datetime.combine(order.ordered_on, dt.time(9)),
        subject=order.number,
        order_id=order.id,
    )
    return order.id


def update_order(session: Session, order_id: str, **changes: Any) -> dict[str, Any]:
    return records.apply(records.get_live(session, Order, order_id), records.clean(changes, _CLEANERS))


def delete_order(session: Session, order_id: str) -> None:
    records.soft_delete(session, Order, order_id)
    for entry in session.scalars(select(TimelineEntry).where(TimelineEntry.order_id == order_id)):
        entry.deleted = True
    session.flush()
