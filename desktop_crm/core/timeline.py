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
from .models import Customer, TimelineEntry
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
