"""What the sync indicator and the conflicts panel show, and resolving a conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, null, select
from sqlalchemy.orm import Session

from ..core.changes import clock_of
from ..core.clock import parse_hlc
from ..core.errors import NotFound
from ..core.models import (
    MODEL_BY_TABLE,
    Attention,
    Conflict,
    Contact,
    Customer,
    Event,
    Lead,
    Order,
    OutboxOp,
    SyncState,
    Territory,
    TimelineEntry,
    User,
    Visit,
)
from .client import from_wire


@dataclass(frozen=True, slots=True)
class Status:
    pending: int  # local changes not pushed yet
    conflicts: int  # conflict records nobody has looked at
    attention: int  # rejected changes
    server: str | None
    user: str | None


def status(session: Session) -> Status:
    def count(model: Any, *where: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    saved = {k: getattr(session.get(SyncState, k), "value", None) for k in ("server", "user")}
    return Status(count(OutboxOp), count(Conflict, Conflict.resolved.is_(False)), count(Attention),
                  saved["server"], saved["user"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: str
    record: str  # the customer's name, or the row's id
    table: str
    field: str
    kept: Any
    lost: Any
    lost_by: str
    at: str
    kept_by: str = ""


def open_conflicts(session: Session) -> list[ConflictRow]:
    names = dict(session.execute(select(User.id, User.display_name)).all())
    out = []
    for c in session.scalars(
        select(Conflict).where(Conflict.resolved.is_(False)).order_by(Conflict.at.desc())
    ):
        customer = session.get(Customer, c.customer_id) if c.customer_id else None
        out.append(ConflictRow(c.id, customer.name if customer else c.row_id, c.table_name, c.field, c.kept,
                               c.lost, names.get(c.lost_by or "", c.lost_by or ""), c.at,
                               names.get(c.kept_by or "", c.kept_by or "")))  # fmt: skip
    return out


def resolve(session: Session, conflict_id: str, *, use_lost: bool) -> None:
    """Keep the value the server kept, or put the other one back: that is an ordinary edit of
    the row, which the next sync carries everywhere, and so is closing the record."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound("conflict", conflict_id)
    if use_lost:
        model = MODEL_BY_TABLE[conflict.table_name]
        row = session.get(model, conflict.row_id)
        if row is None:
            raise NotFound(conflict.table_name, conflict.row_id)
        for key, value in from_wire(model, {conflict.field: conflict.lost}).items():
            setattr(row, key, value)
    conflict.resolved = True
    # Seen and settled here means settled everywhere: the record's "resolved" syncs like an edit.
    session.add(OutboxOp(table_name="conflicts", row_id=conflict.id, op="update", fields={"resolved": True},
                         base={"resolved": False}, hlc=clock_of(session).tick()))  # fmt: skip
    session.flush()


@dataclass(frozen=True, slots=True)
class AttentionRow:
    op_id: str
    table: str
    row_id: str
    op: str
    fields: dict[str, Any]
    reason: str
    at: str


def attention_rows(session: Session) -> list[AttentionRow]:
    """Changes the server rejected, newest first: they left the queue so the rest could go."""
    return [
        AttentionRow(a.op_id, a.table_name, a.row_id, a.op, a.fields, a.reason, a.at.isoformat(sep=" ")[:16])
        for a in session.scalars(select(Attention).order_by(Attention.at.desc()))
    ]


def discard_attention(session: Session, op_id: str) -> None:
    """The user has seen it: the rejected change is dropped for good."""
    found = session.get(Attention, op_id)
    if found is not None:
        session.delete(found)
        session.flush()


@dataclass(frozen=True, slots=True)
class PendingChange:
    """One change waiting in the outbox, with what a person needs to recognise its record."""

    id: str  # the operation's id
    table: str
    row_id: str
    kind: str  # created | edited | deleted
    fields: tuple[str, ...]  # what an edit changed, in the row's column order; none for a new record
    at: dt.datetime  # when it was made, local time
    name: str  # the record's own name: a customer's, a person's, an entry's subject, an order's number
    customer: str  # the customer a contact person, visit, entry or order belongs to; "" otherwise
    moment: dt.datetime | dt.date | None  # a visit's, an entry's, an order's or an event's date
    detail: str  # a contact history entry's kind, a conflict's field; "" otherwise
    first: bool  # the record's oldest change waiting: the list names the record there


_KINDS = {"insert": "created", "update": "edited", "delete": "deleted"}


def pending_ids(session: Session) -> list[str]:
    """Every change waiting to be sent, grouped by record: records in the order their first change
    goes out, each record's changes in their own order."""
    first = (
        select(OutboxOp.row_id, func.min(OutboxOp.seq).label("first")).group_by(OutboxOp.row_id).subquery()
    )
    query = (
        select(OutboxOp.op_id)
        .join(first, first.c.row_id == OutboxOp.row_id)
        .order_by(first.c.first, OutboxOp.seq)
    )
    return list(session.scalars(query))


def pending_changes(session: Session, op_ids: Sequence[str]) -> list[PendingChange]:
    """The changes of ``op_ids`` (a page of ``pending_ids``), with their records named; changes
    sent meanwhile are left out."""
    ops = list(session.scalars(select(OutboxOp).where(OutboxOp.op_id.in_(op_ids))))
    row_ids = {op.row_id for op in ops}
    firsts = dict(
        session.execute(
            select(OutboxOp.row_id, func.min(OutboxOp.seq))
            .where(OutboxOp.row_id.in_(row_ids))
            .group_by(OutboxOp.row_id)
        ).all()
    )
    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op.table_name, set()).add(op.row_id)
    names: dict[str, tuple[str, str, Any, str]] = {}
    for table, ids in by_table.items():
        names.update(_names(session, table, ids))
    out = []
    place = {op_id: i for i, op_id in enumerate(op_ids)}
    for op in sorted(ops, key=lambda o: place[o.op_id]):
        name, customer, moment, detail = names.get(op.row_id, ("", "", None, ""))
        deleting = op.op == "delete"  # its one field, "deleted", is said by its kind
        fields = () if op.op == "insert" else tuple(k for k in op.fields if not (deleting and k == "deleted"))
        at = dt.datetime.fromtimestamp(parse_hlc(op.hlc)[0] / 1000)
        out.append(PendingChange(op.op_id, op.table_name, op.row_id, _KINDS.get(op.op, op.op), fields, at,
                                 name, customer, moment, detail, firsts.get(op.row_id) == op.seq))  # fmt: skip
    return out


def _names(session: Session, table: str, ids: set[str]) -> dict[str, tuple[str, str, Any, str]]:
    """name, customer, moment and detail of the rows of ``table`` in ``ids`` this laptop holds."""
    none = null()
    of_customer = Customer.name
    columns: tuple[Any, ...]
    joined: Any = None  # the customer a row belongs to
    if table == "customers":
        columns = (Customer.id, Customer.name, none, none, none)
    elif table == "contacts":
        columns, joined = (Contact.id, Contact.name, of_customer, none, none), Contact.customer_id
    elif table == "visits":
        columns, joined = (Visit.id, none, of_customer, Visit.planned_at, none), Visit.customer_id
    elif table == "timeline_entries":
        entry = TimelineEntry
        columns = (entry.id, entry.subject, of_customer, entry.occurred_at, entry.kind)
        joined = entry.customer_id
    elif table == "orders":
        columns, joined = (Order.id, Order.number, of_customer, Order.ordered_on, none), Order.customer_id
    elif table == "leads":
        columns = (Lead.id, Lead.name, Lead.company, Lead.captured_at, none)
    elif table == "events":
        columns = (Event.id, Event.name, none, Event.starts_on, none)
    elif table == "users":
        shown = func.coalesce(func.nullif(User.display_name, ""), User.username)
        columns = (User.id, shown, none, none, none)
    elif table == "territories":
        columns = (Territory.id, Territory.name, none, none, none)
    elif table == "conflicts":  # a conflict settled here: named by its record's customer and field
        columns = (Conflict.id, func.coalesce(Customer.name, Conflict.row_id), none, none, Conflict.field)
        joined = Conflict.customer_id
    else:
        return {}
    query = select(*columns).where(columns[0].in_(ids))
    if joined is not None:
        query = query.outerjoin(Customer, Customer.id == joined)
    return {
        row_id: (name or "", customer or "", moment, detail or "")
        for row_id, name, customer, moment, detail in session.execute(query)
    }
