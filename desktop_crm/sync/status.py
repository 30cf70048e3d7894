"""What the sync indicator and the conflicts panel show, and resolving a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.changes import clock_of
from ..core.errors import NotFound
from ..core.models import MODEL_BY_TABLE, Attention, Conflict, Customer, OutboxOp, SyncState, User
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


def open_conflicts(session: Session) -> list[ConflictRow]:
    names = dict(session.execute(select(User.id, User.display_name)).all())
    out = []
    for c in session.scalars(
        select(Conflict).where(Conflict.resolved.is_(False)).order_by(Conflict.at.desc())
    ):
        customer = session.get(Customer, c.customer_id) if c.customer_id else None
        out.append(ConflictRow(c.id, customer.name if customer else c.row_id, c.table_name, c.field, c.kept,
                               c.lost, names.get(c.lost_by or "", c.lost_by or ""), c.at))  # fmt: skip
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
