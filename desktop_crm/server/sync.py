"""Push and pull on the server (DESIGN.md section 5), on a connection inside one transaction.

Push applies a batch of operations in order. Each gets its own result, recorded with its op id in
the same transaction, so a retried push gets the same answers and changes nothing. Pull pages
through the rows in a user's scope by sequence."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import (
    ARRAY,
    Connection,
    Engine,
    String,
    Table,
    and_,
    any_,
    bindparam,
    cast,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from ..core.clock import format_hlc, new_id, parse_hlc
from ..sync.merge import merge
from . import validate
from .db import applied_ops, counter, moves, rows, territories, users

SCHEMA_VERSION = 1
# Reference data every rep pulls; the rest is scoped by owner, territory and customer.
SHARED = frozenset({"users", "territories", "events"})
TABLES = frozenset({"territories", "users", "customers", "contacts", "timeline_entries", "visits", "orders",
                    "events", "leads"})  # fmt: skip
CLIENT_WRITABLE = TABLES - {"users", "territories"}  # those come from the admin commands
# Of a conflict record (the server writes them), a client may only mark it resolved.
CLIENT_FIELDS = {"conflicts": frozenset({"resolved"})}
OWNED = frozenset({"customers", "leads", "visits", "orders", "timeline_entries"})
# Rows with a scope of their own; every row with a customer follows that customer's scope.
MOVABLE = frozenset({"customers", "leads"})
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


class Clamp:
    """A stamp from a clock running far ahead would win every clash for days: cap it. Capped
    stamps of one laptop keep the order its operations came in (a push is in the order they
    were made), so of two capped edits of a field the later one still wins."""

    def __init__(self, now_ms: int) -> None:
        self.cap = now_ms + CLOCK_LEAD_MS
        self.capped: dict[str, int] = {}  # node -> capped stamps handed out in this push

    def __call__(self, hlc: str) -> str:
        ms, _count, node = parse_hlc(hlc)
        if ms <= self.cap:
            return hlc
        n = self.capped[node] = self.capped.get(node, -1) + 1
        return format_hlc(self.cap, n, node)


def _scope_columns(table: str, data: Mapping[str, Any]) -> dict[str, Any]:
    customer = data.get("id") if table == "customers" else data.get("customer_id")
    return {
        "owner_id": data.get("owner_id"),
        "territory_id": data.get("territory_id"),
        "customer_id": customer,
    }


def _team(conn: Connection, user: Mapping[str, Any]) -> set[str]:
    """The users a manager manages (their customers are the manager's to see)."""
    if user["role"] != "manager":
        return set()
    return set(conn.execute(select(users.c.id).where(users.c.manager_id == user["id"])).scalars())


def in_scope(user: Mapping[str, Any]) -> Any:
    """SQL condition: the rows ``user`` may see. A customer's contact persons, timeline, visits,
    orders and conflicts go with the customer: whoever sees it sees them, and nobody else.
    Written so that it is checked row by row (a primary-key lookup of the row's customer): a
    pull walks the sequence index and stops after a page, instead of gathering a whole scope."""
    if user["role"] == "admin":
        return rows.c.seq.is_not(None)
    customer = rows.alias("customer")

    def own(t: Any) -> Any:
        owner_match: Any = t.c.owner_id == user["id"]
        if user["role"] == "manager":
            owner_match = or_(
                owner_match, t.c.owner_id.in_(select(users.c.id).where(users.c.manager_id == user["id"]))
            )
        return or_(owner_match, and_(t.c.territory_id.is_not(None), t.c.territory_id == user["territory_id"]))

    via_customer = exists().where(
        customer.c.table_name == "customers", customer.c.id == rows.c.customer_id, own(customer)
    )
    return or_(
        rows.c.table_name.in_(SHARED),
        and_(rows.c.customer_id.is_not(None), via_customer),
        and_(rows.c.customer_id.is_(None), own(rows)),
    )


def sees(user: Mapping[str, Any], team: set[str], owner: str | None, territory: str | None) -> bool:
    """``in_scope`` for one scope (owner, territory), in Python: for a row's scope before a move."""
    if user["role"] == "admin":
        return True
    return (
        owner == user["id"] or owner in team or (territory is not None and territory == user["territory_id"])
    )


Key = tuple[str, str]  # table, row id


class _Batch:
    """One push: the rows it touches, read (and, on PostgreSQL, locked) before the counter is
    locked, changed in memory op by op, and written with one statement per kind at the end. The
    counter row, which every push waits for, is held for the Python merge and those few
    statements only."""

    def __init__(self, conn: Connection, user: Mapping[str, Any], ops: list[Mapping[str, Any]]) -> None:
        self.conn, self.user, self.team = conn, user, _team(conn, user)
        keys: set[Key] = set()
        for op in ops:
            if op["table"] in CLIENT_WRITABLE or op["table"] in CLIENT_FIELDS:
                keys.add((op["table"], op["row_id"]))
                for field, parent in PARENTS.items():  # for the scope and reference checks
                    if isinstance(op["fields"].get(field), str):
                        keys.add((parent, op["fields"][field]))
        self.rows: dict[Key, dict[str, Any]] = {}
        ordered = sorted(keys)  # locks taken in one order: two pushes cannot deadlock on them
        for table in sorted({t for t, _ in ordered}):
            ids = [i for t, i in ordered if t == table]
            for start in range(0, len(ids), 500):
                # One table per statement: an index lookup per id, where a (table, id) list
                # would be planned as a union of scans.
                stmt = select(rows).where(
                    rows.c.table_name == table, _among(conn, rows.c.id, ids[start : start + 500])
                )
                for r in conn.execute(stmt.order_by(rows.c.id).with_for_update()).mappings():
                    self.rows[(r["table_name"], r["id"])] = dict(r)
        self.new: set[Key] = set()
        self.inserting = [op["row_id"] for op in ops if op["op"] == "insert"]
        self.ids: dict[str, str] | None = None  # id -> table, of the rows ``inserting`` names
        self.dirty: dict[Key, None] = {}  # in order of first change
        self.moves: list[dict[str, Any]] = []
        self.applied: list[dict[str, Any]] = []
        self._territories: list[tuple[Any, ...]] | None = None
        self._reps: dict[str, list[str]] = {}  # territory -> its active reps
        self._load: dict[str, int] = {}  # rep -> leads they own

    def was_visible(self, holder: str, base_seq: int | None) -> bool:
        """A change made offline before a customer (or lead) left the user's scope, that is,
        based on a sequence older than the move (this batch's or an earlier one), still counts:
        the user was entitled to it then."""
        newer = base_seq or 0
        earlier = self.conn.execute(
            select(moves.c.old_owner_id, moves.c.old_territory_id).where(
                moves.c.table_name.in_(MOVABLE), moves.c.row_id == holder, moves.c.seq > newer
            )
        ).all()
        here = [(m["old_owner_id"], m["old_territory_id"]) for m in self.moves
                if m["row_id"] == holder and m["seq"] > newer]  # fmt: skip
        return any(sees(self.user, self.team, owner, territory) for owner, territory in [*here, *earlier])

    def route_lead(self, fields: dict[str, Any]) -> None:
        """A lead whose province lies in a territory goes to that territory's rep: the one who
        pushed it if they work there, else the territory's rep with the fewest leads (counting
        those this batch has handed out, so a trade show's leads are shared out)."""
        province = fields.get("province")
        if not province:
            return
        if self._territories is None:  # read once a batch, on its first lead
            self._territories = [
                tuple(r) for r in self.conn.execute(select(territories.c.id, territories.c.provinces))
            ]
        territory_id = next((t for t, provinces in self._territories if province in (provinces or [])), None)
        if territory_id is None:
            return
        fields["territory_id"] = territory_id
        if territory_id not in self._reps:
            reps = list(self.conn.execute(
                select(users.c.id)
                .where(users.c.territory_id == territory_id, users.c.role == "rep", users.c.active.is_(True))
                .order_by(users.c.username)
            ).scalars())  # fmt: skip
            self._reps[territory_id] = reps
            self._load.update(dict.fromkeys(reps, 0))
            self._load.update(self.conn.execute(
                select(rows.c.owner_id, func.count())
                .where(rows.c.table_name == "leads", rows.c.owner_id.in_(reps))
                .group_by(rows.c.owner_id)
            ).all())  # fmt: skip
        reps = self._reps[territory_id]
        if not reps or self.user["id"] in reps:
            return
        owner = min(reps, key=lambda r: self._load[r])
        self._load[owner] += 1
        fields["owner_id"] = owner

    def row(self, table: str, row_id: str | None) -> dict[str, Any] | None:
        return self.rows.get((table, row_id)) if row_id else None

    def visible(self, row: Mapping[str, Any]) -> bool:
        """``in_scope`` for a row as this batch has left it."""
        if self.user["role"] == "admin" or row["table_name"] in SHARED:
            return True
        holder: Mapping[str, Any] | None = (
            self.row("customers", row["customer_id"]) if row["customer_id"] else row
        )
        if holder is None and row["customer_id"]:
            found = (
                self.conn.execute(
                    select(rows).where(rows.c.table_name == "customers", rows.c.id == row["customer_id"])
                )
                .mappings()
                .first()
            )
            holder = dict(found) if found else None
        return holder is not None and sees(self.user, self.team, holder["owner_id"], holder["territory_id"])

    def put(self, row: dict[str, Any], *, new: bool = False) -> None:
        key = (row["table_name"], row["id"])
        self.rows[key] = row
        self.dirty[key] = None
        if new:
            self.new.add(key)

    def write(self, seq: Sequencer) -> None:
        inserts = [self.rows[k] for k in self.dirty if k in self.new]
        updates = [self.rows[k] for k in self.dirty if k not in self.new]
        if self.conn.dialect.name == "postgresql":
            # One statement, so the counter row is held for one round trip and the commit.
            self.conn.execute(_PG_WRITE, {
                "inserts": _dumps(inserts), "updates": _dumps(updates), "moves": _dumps(self.moves),
                "applied": _dumps(self.applied), "counter": seq.value,
            })  # fmt: skip
            return
        if inserts:
            self.conn.execute(insert(rows), inserts)
        if updates:
            stmt = update(rows).where(
                rows.c.table_name == bindparam("r_table_name"), rows.c.id == bindparam("r_id")
            )
            self.conn.execute(
                stmt.values({c: bindparam(f"r_{c}") for c in _UPDATED}),
                [{f"r_{c}": v for c, v in r.items()} for r in updates],
            )
        if self.moves:
            self.conn.execute(insert(moves), self.moves)
        if self.applied:
            self.conn.execute(insert(applied_ops), self.applied)
        seq.save()


def _dumps(value: Any) -> str:
    # orjson: ten times the json module's speed, inside the counter lock. (Row keys read back
    # are SQLAlchemy's str subclass for column names, hence OPT_NON_STR_KEYS.)
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


_UPDATED = ("data", "stamps", "seqs", "writers", "seq", "owner_id", "territory_id", "customer_id")


def _pg_write() -> Any:
    """A push's writes on PostgreSQL: each list travels as one JSON parameter of a short
    statement (psycopg parses a long multi-row INSERT again on every call, and a statement per
    row costs a round trip each)."""

    def insert_from(table: Table, param: str, skip: tuple[str, ...] = ()) -> str:
        columns = ", ".join(c.name for c in table.columns if c.name not in skip)
        return (f"INSERT INTO {table.name} ({columns}) SELECT {columns} "
                f"FROM json_populate_recordset(NULL::{table.name}, CAST(:{param} AS json))")  # fmt: skip

    assignments = ", ".join(f"{c} = u.{c}" for c in _UPDATED)
    return text(
        f"WITH i AS ({insert_from(rows, 'inserts')}), "
        f"u AS (UPDATE rows SET {assignments} "
        "FROM json_populate_recordset(NULL::rows, CAST(:updates AS json)) AS u "
        "WHERE rows.table_name = u.table_name AND rows.id = u.id), "
        f"m AS ({insert_from(moves, 'moves', skip=('id', 'at'))}), "  # "at": its default
        f"a AS ({insert_from(applied_ops, 'applied', skip=('at',))}), "
        "c AS (UPDATE counter SET value = :counter WHERE id = 1) "
        "SELECT 1"
    )


_PG_WRITE = _pg_write()


def _among(conn: Connection, column: Any, values: list[str]) -> Any:
    """``column IN values``; on PostgreSQL as ``= ANY(array)``, one parameter: psycopg parses a
    statement with hundreds of parameters again on every call."""
    if conn.dialect.name == "postgresql":
        return column == any_(cast(values, ARRAY(String)))
    return column.in_(values)


def _applied(conn: Connection, user_id: str, op_ids: list[str]) -> dict[str, Any]:
    """The answers already given to this user's ops (another user's op of the same id is not
    theirs: it is applied on its own)."""
    found: dict[str, Any] = {}
    for start in range(0, len(op_ids), 500):
        chunk = op_ids[start : start + 500]
        found.update(
            conn.execute(
                select(applied_ops.c.op_id, applied_ops.c.result).where(
                    applied_ops.c.user_id == user_id, _among(conn, applied_ops.c.op_id, chunk)
                )
            ).all()
        )
    return found


def push(conn: Connection, user: Mapping[str, Any], ops: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    ops = list(ops)
    ids = [op["op_id"] for op in ops]
    done = _applied(conn, user["id"], ids)
    # Each op's values against their columns, before any is read with or stored: a bad op is
    # refused with its reason, and the rest of the batch goes on.
    problems = [None if op["op_id"] in done else validate.check_op(op) for op in ops]
    batch = _Batch(conn, user, [op for op, bad in zip(ops, problems, strict=True)
                                if op["op_id"] not in done and bad is None])  # fmt: skip
    # From here to the commit, pushes take turns. A retry of this push that committed since
    # ``done`` was read makes the write below fail on applied_ops' key (``commit_push``).
    seq = Sequencer(conn)
    clamp = Clamp(time.time_ns() // 1_000_000)
    results: dict[int, dict[str, Any]] = {}

    def answer(i: int, outcome: dict[str, Any]) -> None:
        results[i] = done[ops[i]["op_id"]] = result = {"op_id": ops[i]["op_id"], **outcome}
        batch.applied.append({"user_id": user["id"], "op_id": ops[i]["op_id"], "result": result})

    # An op naming a contact person that a later op of the batch moves to its customer (a merge,
    # or a row pushed as it is now while the person's move is still queued) waits for the end of
    # the batch, with the ops after it on the same row; checked again then, it is let through or
    # rejected. A check, not a guess: what the later ops did is what it sees.
    held: list[int] = []
    waiting: set[Key] = set()
    held_ids: set[str] = set()
    stamps: dict[int, str] = {}
    for i, (op, bad) in enumerate(zip(ops, problems, strict=True)):
        if op["op_id"] in done:  # a retry: the same answer, nothing applied twice
            results[i] = done[op["op_id"]]
            continue
        if bad:
            answer(i, {"status": "rejected", "reason": bad})
            continue
        stamps[i] = clamp(op["hlc"])  # in the order the ops were made, held or not
        if (op["table"], op["row_id"]) in waiting or op["op_id"] in held_ids:
            held.append(i)
            continue
        outcome = _apply(batch, op, seq, stamps[i], hold=True)
        if outcome["status"] == "held":
            held.append(i)
            waiting.add((op["table"], op["row_id"]))
            held_ids.add(op["op_id"])
            continue
        answer(i, outcome)
    for i in held:
        if ops[i]["op_id"] in done:  # the same op twice in the batch
            results[i] = done[ops[i]["op_id"]]
        else:
            answer(i, _apply(batch, ops[i], seq, stamps[i]))
    batch.write(seq)
    return [results[i] for i in range(len(ops))]


def commit_push(
    engine: Engine, user_of: Callable[[Connection], Mapping[str, Any]], ops: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """``push`` in its own transaction, for the user ``user_of`` finds in it (the token check),
    run again if a retry of the same operations committed while it ran (the second run finds
    them applied and gives their answers)."""
    for attempt in range(3):
        try:
            with engine.begin() as conn:
                return push(conn, user_of(conn), ops)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _apply(
    batch: _Batch, op: Mapping[str, Any], seq: Sequencer, hlc: str, *, hold: bool = False
) -> dict[str, Any]:
    user = batch.user
    table, row_id, fields = op["table"], op["row_id"], dict(op["fields"])
    if table in CLIENT_FIELDS:
        if op["op"] != "update" or not set(fields) <= CLIENT_FIELDS[table]:
            return {
                "status": "rejected",
                "reason": f"only {', '.join(sorted(CLIENT_FIELDS[table]))} of {table} can be changed by a client",
            }
    elif table not in CLIENT_WRITABLE:
        return {"status": "rejected", "reason": f"{table} cannot be changed by a client"}
    if (op.get("base_seq") or 0) > seq.start:
        # A base the server never handed out would pass every field as "seen": no merge at all.
        return {"status": "rejected", "reason": "base_seq: beyond the server's sequence"}
    current = batch.row(table, row_id)
    if current is None:
        if op["op"] != "insert":
            return {"status": "rejected", "reason": f"no {table} row {row_id} on the server"}
        bad = _bad_reference(batch, op, fields, None)
        if bad:
            return {"status": "held"} if hold else {"status": "rejected", "reason": bad}
        if table in OWNED and not fields.get("owner_id"):
            fields["owner_id"] = user["id"]  # data made before the first login is the syncing user's
        first = seq.next()
        if table == "leads" and not fields.get("customer_id"):
            batch.route_lead(fields)
        fields["id"] = row_id
        fields["updated_at"] = hlc  # the server's stamp, bounded like every stamp it keeps
        scope = _scope_columns(table, fields)
        # A lead linked to a customer is seen with that customer, whoever owns it: no move.
        alone = table == "customers" or (table in MOVABLE and not scope["customer_id"])
        if alone and not sees(user, batch.team, scope["owner_id"], scope["territory_id"]):
            # Made on this laptop for someone else (routed, or handed over before it was ever
            # pushed): it leaves the laptop it was made on.
            batch.moves.append({
                "seq": first, "table_name": table, "row_id": row_id, "old_owner_id": user["id"],
                "old_territory_id": None, "new_owner_id": scope["owner_id"], "new_territory_id": scope["territory_id"],
            })  # fmt: skip
        batch.put({
            "table_name": table, "id": row_id, "data": fields, "stamps": dict.fromkeys(fields, hlc),
            "seqs": dict.fromkeys(fields, first), "writers": dict.fromkeys(fields, user["id"]), "seq": first,
            **scope,
        }, new=True)  # fmt: skip
        return {"status": "applied", "seq": first, "updated_at": hlc}
    holder = row_id if table in MOVABLE and not current["customer_id"] else current["customer_id"]
    if not batch.visible(current) and not batch.was_visible(holder, op.get("base_seq")):
        return {"status": "rejected", "reason": "the row is not yours"}
    bad = _bad_reference(batch, op, fields, current)
    if bad:
        return {"status": "held"} if hold else {"status": "rejected", "reason": bad}
    fields.pop("id", None)
    out = merge(current=current["data"], stamps=current["stamps"], seqs=current["seqs"], incoming=fields,
                hlc=hlc, seen_seq=op.get("base_seq"))  # fmt: skip
    n = seq.next() if out.changes or out.clashes else None
    if n is not None:
        # Also on a clash that changed nothing: the row is sent again, so a laptop holding the
        # losing value (pulled past the winner while its own edit waited) takes the kept one.
        data = {**current["data"], **out.changes}
        if out.changes and table in CLIENT_WRITABLE:
            data["updated_at"] = max(str(data.get("updated_at") or ""), hlc)
        scope = _scope_columns(table, data)
        if table in MOVABLE and (scope["owner_id"], scope["territory_id"]) != (
            current["owner_id"],
            current["territory_id"],
        ):
            batch.moves.append({
                "seq": n, "table_name": table, "row_id": row_id, "old_owner_id": current["owner_id"],
                "old_territory_id": current["territory_id"], "new_owner_id": scope["owner_id"],
                "new_territory_id": scope["territory_id"],
            })  # fmt: skip
        batch.put({
            **current, "data": data, "stamps": {**current["stamps"], **out.stamps},
            "seqs": {**current["seqs"], **dict.fromkeys(out.changes, n)},
            "writers": {**current["writers"], **dict.fromkeys(out.changes, user["id"])}, "seq": n, **scope,
        })  # fmt: skip
    for clash in out.clashes:
        _record_clash(batch, seq, table, row_id, current, clash, hlc)
    result: dict[str, Any] = {"status": out.status, "seq": n}
    stamp = batch.rows[(table, row_id)]["data"].get("updated_at")
    if stamp:
        result["updated_at"] = stamp  # the laptop keeps the server's stamp, not its own
    if out.clashes:
        result["clashes"] = [{"field": c.field, "kept": c.kept, "lost": c.lost, "yours_kept": c.incoming_won}
                             for c in out.clashes]  # fmt: skip
    return result


def _bad_reference(batch: _Batch, op: Mapping[str, Any], fields: Mapping[str, Any],
                   current: Mapping[str, Any] | None) -> str | None:  # fmt: skip
    """Scope and foreign keys, on an update as on an insert: the customer a row is put under is
    one the user sees, its contact person works for that customer, its event exists. A row that
    breaks the last two fails the foreign key check of every laptop that pulls it, and stops
    that laptop's sync."""
    table = op["table"]
    columns = validate.COLUMNS.get(table, {})
    before: Mapping[str, Any] = current["data"] if current else {}
    customer = fields["customer_id"] if "customer_id" in fields else before.get("customer_id")
    moved = "customer_id" in columns and customer != before.get("customer_id")
    if (
        moved
        and customer
        and not batch.visible({"table_name": "customers", "customer_id": customer})
        and not batch.was_visible(customer, op.get("base_seq"))
    ):
        return "customer_id: the customer is not yours"
    contact = fields["contact_id"] if "contact_id" in fields else before.get("contact_id")
    if "contact_id" in columns and contact and ("contact_id" in fields or moved):
        person = _known(batch, "contacts", contact)
        if person is None:
            return "contact_id: no such contact person"
        if person["data"].get("customer_id") != customer:
            # Also when only the customer changes: the person stays with their own customer.
            field = "contact_id" if "contact_id" in fields else "customer_id"
            return f"{field}: the contact person works for another customer"
    event = fields.get("event_id")
    if "event_id" in columns and event and _known(batch, "events", event) is None:
        return "event_id: no such event"
    if current is None:
        other = _id_taken(batch, table, op["row_id"])
        if other:
            return f"id: a row of {other} has it already"
    return None


def _id_taken(batch: _Batch, table: str, row_id: str) -> str | None:
    """The other table a new row's id is in: a laptop keys its search index and pulled pages by
    the id alone. The ids are read once a batch, after the counter lock (no push can add one
    before this one commits); an id this check lets through is this table's from then on."""
    if batch.ids is None:
        batch.ids = {}
        # Every table named: the primary key (table, id) is then the index that finds the ids.
        anywhere = rows.c.table_name.in_(sorted(TABLES | set(CLIENT_FIELDS)))
        for start in range(0, len(batch.inserting), 500):
            chunk = _among(batch.conn, rows.c.id, batch.inserting[start : start + 500])
            found = batch.conn.execute(select(rows.c.table_name, rows.c.id).where(anywhere, chunk))
            batch.ids.update((i, t) for t, i in found)
    other = batch.ids.setdefault(row_id, table)
    return other if other != table else None


def _known(batch: _Batch, table: str, row_id: str) -> Mapping[str, Any] | None:
    """A row as this batch has left it, or as stored (read after the counter lock: no push can
    change it before this one commits)."""
    found = batch.row(table, row_id)
    if found is None:
        stored = batch.conn.execute(
            select(rows).where(rows.c.table_name == table, rows.c.id == row_id)
        ).mappings().first()  # fmt: skip
        found = dict(stored) if stored else None
    return found


def _record_clash(batch: _Batch, seq: Sequencer, table: str, row_id: str, current: Mapping[str, Any],
                  clash: Any, hlc: str) -> None:  # fmt: skip
    """A conflict record is a row like any other: it reaches everyone who sees the customer."""
    user = batch.user
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
    batch.put({
        "table_name": "conflicts", "id": data["id"], "data": data, "stamps": {}, "seqs": {}, "writers": {},
        "seq": seq.next(), "owner_id": current["owner_id"], "territory_id": current["territory_id"],
        "customer_id": data["customer_id"],
    }, new=True)  # fmt: skip


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


# Fields naming another synced row that must exist on the laptop first (its foreign keys).
PARENTS = {"customer_id": "customers", "contact_id": "contacts", "event_id": "events"}


# A cursor from PASS up marks a pull from the start (a first sync, a resync) under way, at
# ``cursor - PASS``: it brings the whole scope as it stands, so neither the moves it started after
# nor their pruning concern it; a stale cursor that low would. Its last page ends at the counter.
PASS = 1 << 62


def pull(conn: Connection, user: Mapping[str, Any], *, since: int, limit: int) -> dict[str, Any]:
    """A page of the rows in the user's scope after ``since``, in sequence order, with, at the
    sequence of each scope move: an eviction of a row the user no longer sees, or a customer
    the user now sees together with everything it already had."""
    # The counter first: every row up to it has committed (writers hold it until they commit),
    # so reading rows up to it, in a later statement, cannot miss one.
    top, pruned_to = conn.execute(
        select(counter.c.value, counter.c.moves_pruned_to).where(counter.c.id == 1)
    ).one()
    passing = since == 0 or since >= PASS
    since = since - PASS if since >= PASS else since
    if since > top or (not passing and since < pruned_to):
        # Older than the pruned moves, or beyond the counter (a database restored from a backup).
        return full_resync(top)
    scope = in_scope(user)
    if not passing:
        moved = conn.execute(
            select(moves.c.seq, moves.c.old_territory_id, moves.c.old_owner_id)
            .where(moves.c.table_name == "users", moves.c.row_id == user["id"], moves.c.seq > since,
                   moves.c.seq <= top)
            .order_by(moves.c.seq)
        ).all()  # fmt: skip
        if moved:
            return _resync(conn, user, scope, moved, top)
    found = conn.execute(
        select(rows.c.table_name, rows.c.id, rows.c.seq, rows.c.data)
        .with_hint(rows, "INDEXED BY ix_rows_seq", "sqlite")  # else it sorts the whole scope
        .where(rows.c.seq > since, rows.c.seq <= top, scope)
        .order_by(rows.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(found) > limit
    found = found[:limit]
    # Past rows out of scope too, once the page is the last one.
    end = found[-1][2] if more else top
    items: list[tuple[int, int, dict[str, Any]]] = [
        (n, 0, {"table": t, "id": i, "seq": n, "data": d}) for t, i, n, d in found
    ]
    team = _team(conn, user)
    for m in conn.execute(
        select(moves).where(moves.c.seq > since, moves.c.seq <= end, moves.c.table_name != "users")
        .order_by(moves.c.seq, moves.c.id)
    ).mappings():  # fmt: skip
        before = sees(user, team, m["old_owner_id"], m["old_territory_id"])
        after = sees(user, team, m["new_owner_id"], m["new_territory_id"])
        if before and not after:
            items.append(
                (m["seq"], 1, {"table": m["table_name"], "id": m["row_id"], "seq": m["seq"], "evict": True})
            )
        elif after and not before and m["table_name"] == "customers":
            family = conn.execute(
                select(rows.c.table_name, rows.c.id, rows.c.seq, rows.c.data).where(
                    rows.c.customer_id == m["row_id"],
                    or_(rows.c.seq <= m["seq"], rows.c.table_name == "customers"),
                    scope,
                )
            ).all()
            items.extend((m["seq"], 1, {"table": t, "id": i, "seq": n, "data": d}) for t, i, n, d in family)
    items.sort(key=lambda item: item[:2])
    page = [item for _, _, item in items]
    if not passing and since < _pruned_to(conn):
        # Pruned since the counter was read: the moves read above may have lacked some.
        return full_resync(top)
    answer = {"rows": _parents(conn, scope, page, end) + page, "next": PASS + end if passing and more else end,
              "more": more}  # fmt: skip
    if passing and more:
        answer["top"] = top  # where a laptop that knows passes goes on from once this one ends
    return answer


def full_resync(top: int) -> dict[str, Any]:
    """The answer to a cursor older than the pruned moves: which rows left the laptop's scope
    since is no longer known, so it pulls its whole scope again and drops what does not come
    back ("sweep", ``desktop_crm.sync.resync``) unless it has changes of its own to push."""
    return {"rows": [], "next": PASS, "more": True, "resync": True, "sweep": True, "top": top}


def _pruned_to(conn: Connection) -> int:
    return int(conn.execute(select(counter.c.moves_pruned_to).where(counter.c.id == 1)).scalar_one())


def _parents(conn: Connection, scope: Any, page: list[dict[str, Any]], end: int) -> list[dict[str, Any]]:
    """Rows the page's rows point to that come in a later page (a customer edited after its
    contact persons were added): sent first, so the laptop can keep its foreign keys."""
    have = {(r["table"], r["id"]) for r in page if "data" in r}
    wanted = {
        (table, r["data"][key])
        for r in page if "data" in r
        for key, table in PARENTS.items()
        if r["data"].get(key) and (table, r["data"][key]) not in have
    }  # fmt: skip
    if not wanted:
        return []
    found = conn.execute(
        select(rows.c.table_name, rows.c.id, rows.c.seq, rows.c.data).where(
            or_(*(and_(rows.c.table_name == t, rows.c.id.in_([i for tt, i in wanted if tt == t]))
                  for t in {t for t, _ in wanted})),
            rows.c.seq > end,
            scope,
        )
    ).all()  # fmt: skip
    return [{"table": t, "id": i, "seq": n, "data": d} for t, i, n, d in found]


def _resync(
    conn: Connection, user: Mapping[str, Any], scope: Any, moved: Sequence[Any], top: int
) -> dict[str, Any]:
    """The user's territory or team changed: drop the rows of the old territory, or of the rep
    who left the team, that the user no longer sees, and pull everything in scope again from the
    start (the laptop's rows are idempotent images)."""
    seq = max(n for n, _, _ in moved)
    old = [t for _, t, _ in moved if t is not None]
    left = [o for _, _, o in moved if o is not None]
    gone = conn.execute(
        select(rows.c.table_name, rows.c.id).where(
            rows.c.table_name.in_(MOVABLE),
            or_(rows.c.territory_id.in_(old), rows.c.owner_id.in_(left)),
            ~scope,
        )
    ).all()
    return {
        "rows": [{"table": t, "id": i, "seq": seq, "evict": True} for t, i in gone],
        "next": PASS,  # a pass: pulled from the start, its pages are not taken for stale cursors
        "more": True,
        "resync": True,
        # And the laptop drops what the pass does not bring back: a row that left the old
        # territory for a third place since the laptop's cursor is in none of the lists above.
        "sweep": True,
        "top": top,
    }
