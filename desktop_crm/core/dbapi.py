"""Plain DBAPI executemany for bulk loads, below SQLAlchemy's per-row statement machinery."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table


def executemany(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One DBAPI executemany, values converted by each column type's own bind processor (so
    dates and JSON are stored exactly as the ORM stores them) without per-row statement work."""
    columns = [c for c in table.columns if c.key in rows[0]]
    procs = [c.type.bind_processor(conn.dialect) for c in columns]
    keyed = list(zip([c.key for c in columns], procs, strict=True))
    params = [tuple(p(r[k]) if p else r[k] for k, p in keyed) for r in rows]
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', params)
