"""A push that took its sequence first but commits last is not skipped by a pull in between
(DESIGN.md 5: sequences follow commit order)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, select

from desktop_crm.server import admin
from desktop_crm.server import sync as service
from desktop_crm.server.db import users


def op(op_id: str, name: str) -> dict[str, object]:
    return {"op_id": op_id, "table": "customers", "row_id": f"row-{op_id}", "op": "insert",
            "fields": {"name": name}, "base": {}, "base_seq": None, "hlc": "1700000000000-0000-node"}  # fmt: skip


def test_a_slow_transaction_is_not_skipped(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite runs one writing transaction at a time (BEGIN IMMEDIATE): nothing interleaves")
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1")
        ann = dict(conn.execute(select(users).where(users.c.username == "ann")).mappings().one())
    with engine.connect() as reader:
        start = service.pull(reader, ann, since=0, limit=100)["next"]
        reader.rollback()
    slow = engine.connect()
    slow.begin()
    slow_result = service.push(slow, ann, [op("slow", "Slow Ltd")])  # took its sequence; not committed
    fast_done = threading.Event()

    def fast() -> None:
        with engine.begin() as conn:
            service.push(conn, ann, [op("fast", "Fast Ltd")])  # waits for the counter row
        fast_done.set()

    worker = threading.Thread(target=fast)
    worker.start()
    assert not fast_done.wait(0.5)  # blocked behind the slow transaction, not ahead of it
    with engine.connect() as reader:
        between = service.pull(reader, ann, since=start, limit=100)
        reader.rollback()
    assert [r["id"] for r in between["rows"]] == []  # nothing committed yet: nothing to see
    assert between["next"] == start  # and the cursor does not move past the slow sequence
    slow.commit()
    slow.close()
    worker.join(10)
    assert fast_done.is_set()
    with engine.connect() as reader:
        after = service.pull(reader, ann, since=between["next"], limit=100)
    got = [r["id"] for r in after["rows"]]
    assert got == ["row-slow", "row-fast"] and slow_result[0]["seq"] < after["rows"][1]["seq"]


def test_a_retry_racing_its_original_gets_the_same_answers(engine: Engine) -> None:
    """The laptop gave up waiting and sent the push again while the first one still ran: the
    retry waits, then answers from what the first one did, and nothing is applied twice."""
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite runs one writing transaction at a time (BEGIN IMMEDIATE): nothing interleaves")
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1")
        ann = dict(conn.execute(select(users).where(users.c.username == "ann")).mappings().one())
    ops = [op("first", "First Ltd"), op("second", "Second Ltd")]
    original = engine.connect()
    original.begin()
    first_answers = service.push(original, ann, ops)
    retried: list[list[dict[str, object]]] = []
    worker = threading.Thread(
        target=lambda: retried.append(service.commit_push(engine, lambda conn: ann, ops))
    )
    worker.start()
    worker.join(0.5)
    assert worker.is_alive()  # waiting for the original to finish
    original.commit()
    original.close()
    worker.join(10)
    assert retried == [first_answers]
    with engine.connect() as reader:
        page = service.pull(reader, ann, since=0, limit=100)
    assert sorted(r["id"] for r in page["rows"] if r["table"] == "customers") == ["row-first", "row-second"]
