"""The contact history of a customer: every touch is one entry, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import records
from .models import Customer, Order, TimelineEntry
from .validation import choice
from .vocab import EntryKind, Satisfaction


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: str
    customer_id: str
    contact_id: str | None
    kind: str
    occurred_at: dt.datetime
    subject: str
    body: str
    satisfaction: str | None
    visit_id: str | None
    order_id: str | None
    lead_id: str | None


_CLEANERS: dict[str, records.Cleaner | None] = {
    "kind": partial(choice, enum=EntryKind, field="kind"),
    "occurred_at": None,
    "subject": lambda v: (v or "").strip(),
    "body": lambda v: v or "",
    "satisfaction": partial(choice, enum=Satisfaction, field="satisfaction", optional=True),
    "contact_id": None,
    "author_id": None,
    "visit_id": None,
    "order_id": None,
    "lead_id": None,
}


def add_entry(
    session: Session,
    *,
    customer_id: str,
    kind: str,
    occurred_at: dt.datetime | None = None,
    **fields: Any,
) -> str:
    records.get_live(session, Customer, customer_id)
    values = records.clean(
        {"kind": kind, "occurred_at": occurred_at or dt.datetime.now().replace(microsecond=0), **fields},
        _CLEANERS,
    )
    entry = TimelineEntry(customer_id=customer_id, **values)
    session.add(entry)
    session.flush()
    return entry.id


def get_entry(session: Session, entry_id: str) -> EntryRow:
    entry = records.get_live(session, TimelineEntry, entry_id)
    return EntryRow(**{f: getattr(entry, f) for f in EntryRow.__slots__})


def update_entry(session: Session, entry_id: str, **changes: Any) -> dict[str, Any]:
    entry = records.get_live(session, TimelineEntry, entry_id)
    return records.apply(entry, records.clean(changes, _CLEANERS))


def delete_entry(session: Session, entry_id: str) -> None:
    records.soft_delete(session, TimelineEntry, entry_id)
    session.flush()


def restore_entry(session: Session, entry_id: str) -> None:
    """Undo of a delete: the tombstone is lifted, and sync carries that like any edit."""
    entry = session.get(TimelineEntry, entry_id)
    if entry is not None and entry.deleted:
        entry.deleted = False
        session.flush()


def entries(
    session: Session,
    *,
    customer_id: str,
    kinds: Collection[str] | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[EntryRow]:
    stmt = select(TimelineEntry).where(
        TimelineEntry.customer_id == customer_id, TimelineEntry.deleted.is_(False)
    )
    if kinds:
        stmt = stmt.where(TimelineEntry.kind.in_(list(kinds)))
    stmt = stmt.order_by(TimelineEntry.occurred_at.desc(), TimelineEntry.id.desc())
    return [
        EntryRow(**{f: getattr(e, f) for f in EntryRow.__slots__})
        for e in session.scalars(stmt.limit(limit).offset(offset))
    ]


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """An entry as the timeline shows it; an order entry carries the order's current state."""

    id: str
    kind: str
    occurred_at: dt.datetime
    subject: str
    body: str
    satisfaction: str | None
    order_amount_cents: int | None
    order_currency: str | None
    order_status: str | None


def entry_ids(session: Session, *, customer_id: str, kinds: Collection[str] | None = None) -> list[str]:
    """The customer's entries, newest first: the timeline model holds these and reads by page."""
    stmt = select(TimelineEntry.id).where(
        TimelineEntry.customer_id == customer_id, TimelineEntry.deleted.is_(False)
    )
    if kinds:
        stmt = stmt.where(TimelineEntry.kind.in_(list(kinds)))
    return list(session.scalars(stmt.order_by(TimelineEntry.occurred_at.desc(), TimelineEntry.id.desc())))


def rows(session: Session, ids: list[str]) -> list[TimelineRow]:
    """Timeline rows for these entries, in the order given."""
    found: dict[str, TimelineRow] = {}
    for start in range(0, len(ids), 500):
        stmt = (
            select(
                TimelineEntry.id,
                TimelineEntry.kind,
                TimelineEntry.occurred_at,
                TimelineEntry.subject,
                TimelineEntry.body,
                TimelineEntry.satisfaction,
                Order.amount_cents,
                Order.currency,
                Order.status,
            )
            .outerjoin(Order, Order.id == TimelineEntry.order_id)
            .where(TimelineEntry.id.in_(ids[start : start + 500]))
        )
        for r in session.execute(stmt):
            found[r[0]] = TimelineRow(*r)
    return [found[i] for i in ids if i in found]
