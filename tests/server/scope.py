"""What a laptop must hold after everyone synced: the rows of its user's scope on the server,
each as the server has it, and nothing else (DESIGN.md 7's first invariant)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from desktop_crm.core.changes import synced_columns, to_wire
from desktop_crm.core.models import MODEL_BY_TABLE, Conflict, Customer
from desktop_crm.server import sync as service
from desktop_crm.server.db import rows, users
from desktop_crm.storage.profile import Profile

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> fields


def on_server(engine: Engine, username: str) -> Rows:
    with engine.connect() as conn:
        user = dict(conn.execute(select(users).where(users.c.username == username)).mappings().one())
        page = service.pull(conn, user, since=0, limit=1_000_000)
    found: Rows = {}
    for row in page["rows"]:
        if "data" in row:
            found.setdefault(row["table"], {})[row["id"]] = row["data"]
    return found


def on_laptop(profile: Profile) -> Rows:
    found: Rows = {}
    with profile.session() as s:
        for table, model in MODEL_BY_TABLE.items():
            columns = synced_columns(model)
            for values in s.execute(select(*(getattr(model, c) for c in columns))):
                data = {c: to_wire(v) for c, v in zip(columns, values, strict=True)}
                found.setdefault(table, {})[data["id"]] = data
        for conflict_id in s.scalars(select(Conflict.id)):
            found.setdefault("conflicts", {})[conflict_id] = {}
    return found


def assert_equal_within_scope(engine: Engine, profile: Profile, username: str) -> None:
    server, laptop = on_server(engine, username), on_laptop(profile)
    for table in sorted(set(server) | set(laptop)):
        want, have = server.get(table, {}), laptop.get(table, {})
        assert set(have) == set(want), (
            f"{username}'s laptop, {table}: missing {set(want) - set(have)}, extra {set(have) - set(want)}"
        )
        if table == "conflicts":
            continue
        for row_id, data in want.items():
            local = have[row_id]
            differ = {k: (local[k], v) for k, v in data.items() if k in local and local[k] != v}
            assert not differ, f"{username}'s laptop, {table} {row_id}: (laptop, server) {differ}"


def duplicate_customer_names(engine: Engine) -> int:
    """Customers the server holds more than once under one name (each test names them apart)."""
    with engine.connect() as conn:
        names = [
            d["name"]
            for d in conn.execute(select(rows.c.data).where(rows.c.table_name == "customers")).scalars()
        ]
    return len(names) - len(set(names))


def duplicate_customer_names_on(profile: Profile) -> int:
    with profile.session() as s:
        total = s.scalar(select(func.count()).select_from(Customer)) or 0
        distinct = s.scalar(select(func.count(func.distinct(Customer.name)))) or 0
    return int(total - distinct)
