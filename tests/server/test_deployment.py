"""Several server processes on one database (issue 17): what must hold across requests lives in
the database (the login limit), push answers belong to the user who pushed, sequences are 64-bit,
upgrades take an advisory lock, and each process's pool size is a setting."""

from __future__ import annotations

import datetime as dt
import os
import threading
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text, update

from desktop_crm.server import admin, auth
from desktop_crm.server import sync as service
from desktop_crm.server.app import create_app
from desktop_crm.server.cli import parser
from desktop_crm.server.db import (
    MIGRATIONS,
    POOL_ENV,
    applied_ops,
    counter,
    create_schema,
    drop_schema,
    login_failures,
    make_engine,
    metadata,
    moves,
    rows,
    users,
)

from .conftest import PG, PG_SERVER


def user(engine: Engine, name: str) -> dict[str, Any]:
    with engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.username == name)).first() is None:
            admin.add_user(conn, name, password=f"{name}-secret-1")
        return dict(conn.execute(select(users).where(users.c.username == name)).mappings().one())


def op(op_id: str, row_id: str, base_seq: int | None = None, **fields: object) -> dict[str, object]:
    return {"op_id": op_id, "table": "customers", "row_id": row_id, "op": "update" if base_seq else "insert",
            "fields": fields, "base": {}, "base_seq": base_seq, "hlc": f"{1700000000000 + (base_seq or 0)}-0000-node"}  # fmt: skip


def push(engine: Engine, who: dict[str, Any], ops: list[dict[str, object]]) -> list[dict[str, Any]]:
    with engine.begin() as conn:
        return service.push(conn, who, ops)


def test_failed_logins_count_across_processes_and_restarts(engine: Engine) -> None:
    user(engine, "ann")
    first, second = TestClient(create_app(engine)), TestClient(create_app(engine))  # two processes

    def login(http: TestClient, password: str) -> int:
        return http.post("/v1/auth/login", json={"username": "ann", "password": password}).status_code

    assert [login(first if i % 2 else second, "a wrong guess") for i in range(5)] == [401] * 5
    assert (login(first, "ann-secret-1"), login(second, "ann-secret-1")) == (429, 429)
    restarted = TestClient(create_app(engine))
    assert login(restarted, "ann-secret-1") == 429


def test_the_limit_lifts_after_its_window_and_old_failures_go(engine: Engine) -> None:
    now = [dt.datetime(2026, 3, 1, 9, 0)]
    limiter = auth.LoginLimiter(attempts=5, window=60, clock=lambda: now[0])
    with engine.begin() as conn:
        for _ in range(5):
            limiter.failed(conn, "user:ann", "ip:10.0.0.1")
        assert limiter.blocked(conn, "user:ann", "ip:10.0.0.2")  # the name, from anywhere
        assert limiter.blocked(conn, "user:bob", "ip:10.0.0.1")  # anyone, from that address
        assert not limiter.blocked(conn, "user:bob", "ip:10.0.0.2")
    now[0] += dt.timedelta(seconds=61)
    with engine.begin() as conn:
        assert not limiter.blocked(conn, "user:ann", "ip:10.0.0.1")
        limiter.failed(conn, "user:eve", "ip:10.0.0.3")
        assert conn.execute(select(func.count()).select_from(login_failures)).scalar_one() == 2


def test_an_op_id_another_user_used_gets_its_own_answer(engine: Engine) -> None:
    ann, bob = user(engine, "ann"), user(engine, "bob")
    anns = push(engine, ann, [op("same-id", "row-ann", name="Ann's customer")])
    bobs = push(engine, bob, [op("same-id", "row-bob", name="Bob's customer")])
    assert bobs[0]["status"] == "applied" and bobs[0]["seq"] != anns[0]["seq"]  # not Ann's answer
    assert push(engine, ann, [op("same-id", "row-ann", name="Ann's customer")]) == anns  # her retry: hers
    with engine.connect() as conn:
        stored = conn.execute(
            select(rows.c.id, rows.c.owner_id).where(rows.c.table_name == "customers")
        ).all()
    assert sorted(stored) == sorted([("row-ann", ann["id"]), ("row-bob", bob["id"])])


def test_sequences_go_past_32_bits(engine: Engine) -> None:
    ann, bob = user(engine, "ann"), user(engine, "bob")
    big = 2**31 + 5
    with engine.begin() as conn:
        conn.execute(update(counter).values(value=big))
    [made] = push(engine, ann, [op("new", "row-1", name="Far Ltd")])
    assert made["seq"] == big + 1
    [handed] = push(engine, ann, [op("hand", "row-1", made["seq"], owner_id=bob["id"])])  # a move
    with engine.connect() as conn:
        assert conn.execute(select(moves.c.seq)).scalar_one() == handed["seq"] > 2**31
        page = service.pull(conn, ann, since=made["seq"], limit=10)
        bobs = service.pull(conn, bob, since=big, limit=10)
    assert [(r["id"], r.get("evict")) for r in page["rows"]] == [("row-1", True)]
    assert {r["id"] for r in bobs["rows"] if r["table"] == "customers"} == {"row-1"}
    assert bobs["next"] == handed["seq"]


def test_an_upgrade_from_0002_keeps_the_data(engine: Engine) -> None:
    drop_schema(engine)
    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text("UPDATE counter SET value = 7"))
        conn.execute(text("INSERT INTO rows (table_name, id, data, stamps, seqs, writers, seq) "
                          "VALUES ('customers', 'c1', '{}', '{}', '{}', '{}', 7)"))  # fmt: skip
        conn.execute(text("INSERT INTO moves (seq, table_name, row_id) VALUES (7, 'customers', 'c1')"))
        conn.execute(text("INSERT INTO applied_ops (op_id, result) VALUES ('op-1', '{}')"))
    create_schema(engine)
    with engine.begin() as conn:
        assert conn.execute(select(counter.c.value, counter.c.moves_pruned_to)).one() == (7, 0)
        assert conn.execute(select(rows.c.seq)).scalar_one() == 7
        at = conn.execute(select(moves.c.seq, moves.c.at)).one()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        assert at[0] == 7 and abs(at[1] - now) < dt.timedelta(minutes=5)  # dated at the upgrade, in UTC
        # Answers that name no user are not carried over: nobody may get another's answer.
        assert conn.execute(select(func.count()).select_from(applied_ops)).scalar_one() == 0
        conn.execute(update(rows).values(seq=2**40))
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


@pytest.mark.skipif(
    not PG, reason="the advisory lock is PostgreSQL's; PostgreSQL at 127.0.0.1:5432 did not answer"
)
def test_servers_starting_at_once_migrate_once() -> None:
    schema = f"migrate_{os.getpid()}"
    admin_engine = make_engine(PG_SERVER)
    with admin_engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engines = [make_engine(f"{PG_SERVER}?options=-csearch_path%3D{schema}") for _ in range(4)]
    start, errors = threading.Barrier(len(engines)), []

    def migrate(e: Engine) -> None:
        start.wait()
        try:
            create_schema(e)
        except Exception as exc:  # kept, to be shown
            errors.append(repr(exc))

    try:
        threads = [threading.Thread(target=migrate, args=(e,)) for e in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        with engines[0].connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == ["0003"]
    finally:
        for e in engines:
            e.dispose()
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin_engine.dispose()


def test_the_pool_size_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # an engine connects only when used
    monkeypatch.delenv(POOL_ENV, raising=False)
    assert make_engine(url).pool.size() == 20  # type: ignore[attr-defined]
    assert make_engine(url, pool_size=7).pool.size() == 7  # type: ignore[attr-defined]
    monkeypatch.setenv(POOL_ENV, "5")
    assert make_engine(url).pool.size() == 5  # type: ignore[attr-defined]
    assert parser().parse_args(["--pool-size", "3"]).pool_size == 3
    with pytest.raises(SystemExit):
        parser().parse_args(["--pool-size", "0"])
