"""Push and pull on the server (DESIGN.md section 5), on a connection inside one transaction.

Push applies a batch of operations in order. Each gets its own result, recorded with its op id in
the same transaction, so a retried push gets the same answers and changes nothing. Pull pages
through the rows in a user's scope by sequence."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from ..core.clock import format_hlc, new_id, parse_hlc
from ..sync.merge import merge
from .db import applied_ops, counter, rows, users

SCHEMA_VERSION = 1
# Reference data every rep pulls; the rest is scoped by owner, territory and customer.
SHARED = frozenset({"users", "territories", "events"})
TABLES = frozenset({"territories", "users", "customers", "contacts", "timeline_entries", "visits", "orders",
                    "events", "leads"})  # fmt: skip
CLIENT_WRITABLE = TABLES - {"users", "territories"}  # those come from the admin commands
OWNED = frozenset({"customers", "leads", "visits", "orders", "timeline_entries"})
CLOCK_LEAD_MS = 5 * 60 * 1000  # a client clock may run ahead of the server's by this much


class Sequencer:
    """Hands out sequences from the counter row, locked (FOR UPDATE) until the transaction ends."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.value = int(
            conn.execute(select(counter.c.value).where(counter.c.id == 1).with_for_update()).scalar_one()
        )
        self.start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        if self.value != self.start:
            self.conn.execute(update(counter).where(counter.c.id == 1).values(value=self.value))


def clamp(hlc: str, now_ms: int) -> str:
    """A stamp from a clock running far ahead would win every clash for days: cap it."""
    ms, count, node = parse_hlc(hlc)
    return hlc if ms <= now_ms + CLOCK_LEAD_MS else format_hlc(now_ms + CLOCK_LEAD_MS, count, node)


def _scope_columns(table: str, data: Mapping[str, Any]) -> dict[str, Any]:
    customer = data.get("id") if table == "customers" else data.get("customer_id")
    return {
        "owner_id": data.get("owner_id"),
        "territory_id": data.get("territory_id"),
        "customer_id": customer,
    }


def in_scope(user: Mapping[str, Any]) -> Any:
    """SQL condition: the rows ``user`` may see."""
    if user["role"] == "admin":
        return rows.c.seq.is_not(None)
    owners = [user["id"]]
    owner_match: Any = rows.c.owner_id.in_(owners)
    if user["role"] == "manager":
        owner_match = or_(
            owner_match, rows.c.owner_id.in_(select(users.c.id).where(users.c.manager_id == user["id"]))
        )
    own = or_(
        owner_match, and_(rows.c.territory_id.is_not(None), rows.c.territory_id == user["territory_id"])
    )
    customers = select(rows.c.id).where(rows.c.table_name == "customers", own)
    return or_(rows.c.table_name.in_(SHARED), own, rows.c.customer_id.in_(customers))


def _visible(conn: Connection, user: Mapping[str, Any], table: str, row_id: str) -> bool:
    found = conn.execute(
        select(rows.c.id).where(rows.c.table_name == table, rows.c.id == row_id, in_scope(user))
    ).first()
    return found is not None


def push(conn: Connection, user: Mapping[str, Any], ops: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    seq = Sequencer(conn)
    now_ms = time.time_ns() // 1_000_000
    results = []
    for op in ops:
        done = conn.execute(select(applied_ops.c.result).where(applied_ops.c.op_id == op["op_id"])).scalar()
        if done is not None:  # a retry: the same answer, nothing applied twice
            results.append(done)
            continue
        result = {"op_id": op["op_id"], **_apply(conn, user, op, seq, clamp(op["hlc"], now_ms))}
        conn.execute(insert(applied_ops).values(op_id=op["op_id"], result=result))
        results.append(result)
    seq.save()
    return results


def _apply(conn: Connection, user: Mapping[str, Any], op: Mapping[str, Any], seq: Sequencer,
           hlc: str) -> dict[str, Any]:  # fmt: skip
    table, row_id, fields = op["table"], op["row_id"], dict(op["fields"])
    if table not in CLIENT_WRITABLE:
        return {"status": "rejected", "reason": f"{table} cannot be changed by a client"}
    current = (
        conn.execute(select(rows).where(rows.c.table_name == table, rows.c.id == row_id)).mappings().first()
    )
    if current is None:
        if op["op"] != "insert":
            return {"status": "rejected", "reason": f"no {table} row {row_id} on the server"}
        if (
            table != "customers"
            and fields.get("customer_id")
            and not _visible(conn, user, "customers", fields["customer_id"])
        ):
            return {"status": "rejected", "reason": "the customer is not yours"}
        if table in OWNED and not fields.get("owner_id"):
            fields["owner_id"] = user["id"]  # data made before the first login is the syncing user's
        fields["id"] = row_id
        first = seq.next()
        conn.execute(insert(rows).values(
            table_name=table, id=row_id, data=fields, stamps=dict.fromkeys(fields, hlc),
            seqs=dict.fromkeys(fields, first), writers=dict.fromkeys(fields, user["id"]), seq=first,
            **_scope_columns(table, fields),
        ))  # fmt: skip
        return {"status": "applied", "seq": first}
    if not _visible(conn, user, table, row_id):
        return {"status": "rejected", "reason": "the row is not yours"}
    fields.pop("id", None)
    out = merge(current=current["data"], stamps=current["stamps"], seqs=current["seqs"], incoming=fields,
                hlc=hlc, seen_seq=op.get("base_seq"))  # fmt: skip
    n = seq.next() if out.changes or out.clashes else None
    if out.changes and n is not None:
        data = {**current["data"], **out.changes}
        conn.execute(
            update(rows)
            .where(rows.c.table_name == table, rows.c.id == row_id)
            .values(
                data=data,
                stamps={**current["stamps"], **out.stamps},
                seqs={**current["seqs"], **dict.fromkeys(out.changes, n)},
                writers={**current["writers"], **dict.fromkeys(out.changes, user["id"])},
                seq=n,
                **_scope_columns(table, data),
            )
        )
    for clash in out.clashes:
        _record_clash(conn, seq, user, table, row_id, current, clash, hlc)
    result: dict[str, Any] = {"status": out.status, "seq": n}
    if out.clashes:
        result["clashes"] = [{"field": c.field, "kept": c.kept, "lost": c.lost, "yours_kept": c.incoming_won}
                             for c in out.clashes]  # fmt: skip
    return result


def _record_clash(conn: Connection, seq: Sequencer, user: Mapping[str, Any], table: str, row_id: str,
                  current: Any, clash: Any, hlc: str) -> None:  # fmt: skip
    """A conflict record is a row like any other: it reaches everyone who sees the customer."""
    other = current["writers"].get(clash.field)
    data = {
        "id": new_id(), "table": table, "row_id": row_id, "field": clash.field,
        "kept": clash.kept, "lost": clash.lost,
        "kept_by": user["id"] if clash.incoming_won else other,
        "lost_by": other if clash.incoming_won else user["id"],
        "lost_at": clash.lost_hlc, "decided_at": hlc,
        "customer_id": row_id if table == "customers" else current["data"].get("customer_id"),
        "at": dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "resolved": False,
    }  # fmt: skip
    n = seq.next()
    conn.execute(insert(rows).values(
        table_name="conflicts", id=data["id"], data=data, stamps={}, seqs={}, writers={}, seq=n,
        owner_id=current["owner_id"], territory_id=current["territory_id"], customer_id=data["customer_id"],
    ))  # fmt: skip


def publish(conn: Connection, table: str, data: Mapping[str, Any], *, by: str = "server") -> int:
    """Write reference data (users, territories) from the admin commands as synced rows."""
    seq = Sequencer(conn)
    n = seq.next()
    existing = conn.execute(
        select(rows.c.id).where(rows.c.table_name == table, rows.c.id == data["id"])
    ).first()
    values = {"data": dict(data), "stamps": {}, "seqs": dict.fromkeys(data, n), "writers": dict.fromkeys(data, by),
              "seq": n, **_scope_columns(table, data)}  # fmt: skip
    if existing:
        conn.execute(update(rows).where(rows.c.table_name == table, rows.c.id == data["id"]).values(**values))
    else:
        conn.execute(insert(rows).values(table_name=table, id=data["id"], **values))
    seq.save()
    return n


def pull(conn: Connection, user: Mapping[str, Any], *, since: int, limit: int) -> dict[str, Any]:
    # The counter first: every row up to it has committed (writers hold it until they commit),
    # so reading rows up to it, in a later statement, cannot miss one.
    top = conn.execute(select(counter.c.value).where(counter.c.id == 1)).scalar_one()
    page = conn.execute(
        select(rows.c.table_name, rows.c.id, rows.c.seq, rows.c.data)
        .where(rows.c.seq > since, rows.c.seq <= top, in_scope(user))
        .order_by(rows.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(page) > limit
    page = page[:limit]
    return {
        "rows": [{"table": t, "id": i, "seq": s, "data": d} for t, i, s, d in page],
        # Past rows out of scope too, once the page is the last one.
        "next": page[-1][2] if more else top,
        "more": more,
    }
