"""Records every change to a synced row, inside the flush that writes it.

An insert operation carries no copy of the row: push sends the row as it is then, which is never
wrong for a row the server has not seen (later edits ride along; their own operations then find
nothing left to change). Updates and deletes carry the changed fields and their base values for
the three-way merge.

Hooked on the profile's session factory, so no code path that goes through a session can change
data without stamping its hybrid-clock ``updated_at``, writing its outbox operation and keeping the
search index in step, all in the same transaction as the change (DESIGN.md section 5). Sync sets
``session.info[APPLYING_REMOTE]`` while it applies pulled rows, which must not echo back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from . import search_index
from .clock import HybridClock, new_id
from .errors import CrmError
from .models import OutboxOp, Synced

_UNKNOWN = object()  # an attribute set without its old value loaded
CLOCK = "clock"
APPLYING_REMOTE = "applying_remote"


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


def to_wire(value: Any) -> Any:
    """A column value as JSON (outbox and sync payloads)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def synced_columns(model: type[Synced]) -> list[str]:
    return [c.key for c in inspect(model).column_attrs if c.key not in model.LOCAL_FIELDS]


def fill_defaults(obj: Synced) -> None:
    """Apply column defaults now rather than at INSERT time, so the outbox sees final values."""
    mapper = inspect(type(obj))
    for attr in mapper.column_attrs:
        if attr.key in obj.__dict__:
            continue
        default = attr.columns[0].default
        if default is None:
            setattr(obj, attr.key, None)
        elif default.is_scalar:
            setattr(obj, attr.key, default.arg)
        else:
            setattr(obj, attr.key, default.arg(None))


def clock_of(session: Session) -> HybridClock:
    clock = session.info.get(CLOCK)
    if not isinstance(clock, HybridClock):
        raise RuntimeError("session was not opened through a profile: no clock to stamp changes")
    return clock


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    clock = clock_of(session)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise CrmError("hard_delete", f"{type(obj).__name__} rows are soft-deleted, never removed")
    for obj in list(session.new):
        if isinstance(obj, Synced):
            fill_defaults(obj)
            if not obj.id:
                obj.id = new_id()
            obj.updated_at = clock.tick()
            session.add(_op(obj, "insert", {}, {}, clock))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            new, base = _changed_fields(session, obj)
            if not new:
                continue
            obj.updated_at = clock.tick()
            kind = "delete" if new.get("deleted") is True else "update"
            session.add(_op(obj, kind, new, base, clock))


def _changed_fields(session: Session, obj: Synced) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    new: dict[str, Any] = {}
    base: dict[str, Any] = {}
    unknown: list[str] = []
    for key in synced_columns(type(obj)):
        if key == "updated_at":
            continue
        hist = state.attrs[key].history
        if not hist.added:
            continue
        old = hist.deleted[0] if hist.deleted else _UNKNOWN
        if old is not _UNKNOWN and old == hist.added[0]:
            continue
        new[key] = to_wire(hist.added[0])
        if old is _UNKNOWN:
            unknown.append(key)  # set on an expired object: the database still has the base
        else:
            base[key] = to_wire(old)
    if unknown:
        table = type(obj).__table__  # type: ignore[attr-defined]
        with session.no_autoflush:
            row = session.execute(select(*(table.c[k] for k in unknown)).where(table.c.id == obj.id)).one()
        for key, old in zip(unknown, row, strict=True):
            if old == new[key]:
                del new[key]
            else:
                base[key] = to_wire(old)
    return new, base


def _op(obj: Synced, kind: str, new: dict[str, Any], base: dict[str, Any], clock: HybridClock) -> OutboxOp:
    return OutboxOp(
        table_name=type(obj).__tablename__,  # type: ignore[attr-defined]
        row_id=obj.id,
        op=kind,
        fields=new,
        base=base,
        base_seq=obj.server_seq,
        hlc=obj.updated_at,
    )


def _after_flush(session: Session, _ctx: object) -> None:
    # Runs for pulled rows too: the index must follow whatever lands in the tables.
    touched = [o for o in (*session.new, *session.dirty) if isinstance(o, search_index.SEARCHABLE)]
    if touched:
        search_index.reindex_objects(session.connection(), touched)
