"""Dropping what left the rep's scope (DESIGN.md 5): a customer handed to another rep, a lead
routed to its territory's rep, a territory the rep no longer covers. A customer goes with its
contact persons, timeline, visits, orders, leads and conflict records. Nothing with a change
that is not pushed yet is dropped: that waits for the next sync, after the push."""

from __future__ import annotations

import json
from enum import Enum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.models import (
    MODEL_BY_TABLE,
    Conflict,
    Contact,
    Customer,
    CustomerStats,
    Lead,
    Order,
    OutboxOp,
    SyncState,
    TimelineEntry,
    Visit,
)
from ..core.search_index import search_doc

FAMILY = (Contact, TimelineEntry, Visit, Order, Lead)  # rows that go where their customer goes
LATER = "evict_later"  # sync_state key: evictions waiting for a push, as JSON [table, id, seq]


class Outcome(Enum):
    DROPPED = "dropped"
    ABSENT = "absent"  # not here, or back in scope since: nothing to do
    WAITING = "waiting"  # local changes to push first


def evict(session: Session, table: str, row_id: str, seq: int) -> tuple[Outcome, set[str]]:
    """Drop the row (a customer with its family); returns what happened and the ids dropped."""
    model = MODEL_BY_TABLE.get(table)
    obj = session.get(model, row_id) if model is not None else None
    if model is None or obj is None:
        return Outcome.ABSENT, set()
    if obj.server_seq is not None and obj.server_seq > seq:
        return Outcome.ABSENT, set()  # a later image came: it is in scope again
    ids = {row_id}
    if model is Customer:
        for child in FAMILY:
            ids.update(session.scalars(select(child.id).where(child.customer_id == row_id)))
    if session.scalar(select(OutboxOp.seq).where(OutboxOp.row_id.in_(ids)).limit(1)) is not None:
        return Outcome.WAITING, set()
    if model is Customer:
        for child in FAMILY:
            session.execute(delete(child).where(child.customer_id == row_id))
        session.execute(delete(CustomerStats).where(CustomerStats.customer_id == row_id))
        session.execute(delete(Conflict).where(Conflict.customer_id == row_id))
    session.execute(delete(model).where(model.id == row_id))
    session.execute(delete(search_doc).where(search_doc.c.ref_id.in_(ids)))
    return Outcome.DROPPED, ids


def postpone(session: Session, table: str, row_id: str, seq: int) -> None:
    waiting = _waiting(session)
    waiting.append((table, row_id, seq))
    session.merge(SyncState(key=LATER, value=json.dumps(waiting)))


def retry(session: Session) -> list[str]:
    """Evictions that waited for a push; returns the ids dropped now."""
    waiting = _waiting(session)
    if not waiting:
        return []
    dropped: list[str] = []
    still: list[tuple[str, str, int]] = []
    for table, row_id, seq in waiting:
        outcome, _ = evict(session, table, row_id, seq)
        if outcome is Outcome.WAITING:
            still.append((table, row_id, seq))
        elif outcome is Outcome.DROPPED:
            dropped.append(row_id)
    session.merge(SyncState(key=LATER, value=json.dumps(still)))
    return dropped


def _waiting(session: Session) -> list[tuple[str, str, int]]:
    found = session.get(SyncState, LATER)
    return [(str(t), str(i), int(n)) for t, i, n in json.loads(found.value)] if found and found.value else []
