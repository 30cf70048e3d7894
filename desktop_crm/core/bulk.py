"""The fast path for many new rows (demo data, large imports): plain executemany, with the same
records the flush hook (``changes``) writes for one row at a time: an HLC stamp, an insert
operation per row in the outbox, and the search documents."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from . import search_index
from .changes import clock_of
from .clock import new_id
from .dbapi import executemany
from .models import Synced


def _defaults(model: type[Synced]) -> list[tuple[str, Any, bool]]:
    out = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        default = column.default
        if default is None:
            out.append((column.key, None, False))
        else:
            out.append((column.key, default.arg, not default.is_scalar))
    return out


def complete(model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """Fill in the columns a row leaves out with their defaults, in place (an executemany needs
    the same columns in every row)."""
    defaults = _defaults(model)
    for row in rows:
        for key, arg, call in defaults:
            if key not in row:
                row[key] = arg(None) if call else arg


def insert_rows(session: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """Insert new rows (dicts of column values, completed in place with ids and defaults)."""
    if not rows:
        return
    clock = clock_of(session)
    table = model.__tablename__  # type: ignore[attr-defined]
    complete(model, rows)
    for row in rows:
        if not row["id"]:
            row["id"] = new_id()
        row["updated_at"] = clock.tick()
    conn = session.connection()
    executemany(conn, cast(Table, model.__table__), rows)  # type: ignore[attr-defined]
    # Insert operations are all alike (no field copies, see ``changes``): built as tuples
    # directly, this is half the cost of going through the column types.
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, table_name, row_id, op, fields, base, base_seq, hlc)"
        " VALUES (?, ?, ?, 'insert', '{}', '{}', NULL, ?)",
        [(new_id(), table, row["id"], row["updated_at"]) for row in rows],
    )
    if model in search_index.SEARCHABLE:
        search_index.reindex_rows(conn, model, rows, cascade=False)
