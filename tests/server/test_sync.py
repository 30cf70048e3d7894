"""Two laptops and one server, in-process: edits travel, clashes are settled the same way on both
sides and recorded, deletes stay deleted, retries change nothing, and the HTTP surface refuses
what it should."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from desktop_crm.core import customers
from desktop_crm.core.models import Conflict, Customer, OutboxOp
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import status
from desktop_crm.sync.client import Report, SyncError, Transport, sync


@pytest.fixture
def server(engine: Engine) -> Iterator[TestClient]:
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1", display_name="Ann Li")
        admin.add_user(conn, "bob", password="bob-secret-1")
        admin.add_user(conn, "gone", password="gone-secret-1")
        admin.set_active(conn, "gone", False)
    with TestClient(create_app(engine)) as client:
        yield client


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Profile, Profile]]:
    a, b = open_profile(tmp_path / "a"), open_profile(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def as_user(client: TestClient, name: str, password: str) -> Transport:
    transport = Transport(client)
    transport.login(name, password)
    return transport


def customer(profile: Profile, cid: str) -> Customer:
    with profile.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        s.expunge(row)
        return row


def test_two_laptops_sync_edits_clashes_and_deletes(
    server: TestClient, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ta, tb = as_user(server, "ann", "ann-secret-1"), as_user(server, "ann", "ann-secret-1")
    with a.session() as s:  # made before the first login: pushed, and then owned by Ann
        cid = customers.create_customer(s, name="华联商贸", city="北京", phone="010 6555 1234")
    assert sync(a, ta).pushed == 1
    assert sync(b, tb).pulled >= 1
    assert customer(b, cid).name == "华联商贸" and customer(b, cid).owner_id is not None
    assert customer(a, cid).owner_id == customer(b, cid).owner_id  # Ann's, on both laptops

    # Offline, each laptop edits a different field: both edits survive.
    with a.session() as s:
        customers.update_customer(s, cid, city="天津")
    with b.session() as s:
        customers.update_customer(s, cid, email="info@hualian.cn")
    for p, t in ((a, ta), (b, tb), (a, ta)):
        sync(p, t)
    for p in (a, b):
        assert (customer(p, cid).city, customer(p, cid).email) == ("天津", "info@hualian.cn")

    # Both edit the same field: the later edit wins on both, and the loser is a conflict record.
    with a.session() as s:
        customers.update_customer(s, cid, city="上海")
    with b.session() as s:
        customers.update_customer(s, cid, city="广州")  # later
    report_a, report_b = sync(a, ta), sync(b, tb)
    assert report_a.conflicts == 0 and report_b.conflicts == 1
    sync(a, ta)
    for p in (a, b):
        assert customer(p, cid).city == "广州"
        with p.session() as s:
            [c] = s.scalars(select(Conflict).where(Conflict.row_id == cid))
            assert (c.field, c.kept, c.lost) == ("city", "广州", "上海")

    # Ann settles it on her laptop with "keep mine": the city and the closed record reach Bob's.
    with a.session() as s:
        [c] = s.scalars(select(Conflict).where(Conflict.row_id == cid))
        status.resolve(s, c.id, use_lost=True)
    sync(a, ta)
    sync(b, tb)
    for p in (a, b):
        assert customer(p, cid).city == "上海"
        with p.session() as s:
            assert status.status(s).conflicts == 0

    # A delete stays a delete: an edit made elsewhere meanwhile does not bring it back.
    with a.session() as s:
        customers.delete_customer(s, cid)
    with b.session() as s:
        customers.update_customer(s, cid, notes="still a customer?")
    sync(a, ta)
    assert sync(b, tb).conflicts == 1
    sync(a, ta)
    for p in (a, b):
        assert customer(p, cid).deleted
    with a.session() as s, b.session() as s2:
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
        assert s2.scalar(select(func.count()).select_from(OutboxOp)) == 0

    # A conflict record is the server's: a client may close it, not rewrite it.
    with a.session() as s:
        record = s.scalars(select(Conflict.id)).first()
    answer = ta.call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": [
        {"op_id": "01a20b00-0000-7000-8000-000000000001", "table": "conflicts", "row_id": record,
         "op": "update", "fields": {"kept": "forged"}, "hlc": "1900000000000-0000-ann"},
    ]})  # fmt: skip
    assert answer["results"][0]["status"] == "rejected"


def test_a_retried_push_changes_nothing(server: TestClient, laptops: tuple[Profile, Profile]) -> None:
    a, _ = laptops
    t = as_user(server, "ann", "ann-secret-1")
    with a.session() as s:
        cid = customers.create_customer(s, name="Retry Ltd")
        customers.update_customer(s, cid, city="Suzhou")
        ops = [{"op_id": o.op_id, "table": o.table_name, "row_id": o.row_id, "op": o.op,
                "fields": o.fields or {"name": "Retry Ltd"}, "base": o.base, "base_seq": o.base_seq,
                "hlc": o.hlc} for o in s.scalars(select(OutboxOp).order_by(OutboxOp.seq))]  # fmt: skip
    body = {"schema_version": 1, "ops": ops}
    first = t.call("POST", "/v1/sync/push", json=body)
    again = t.call("POST", "/v1/sync/push", json=body)  # the answer was lost: the client retries
    assert first["results"] == again["results"]
    assert [r["status"] for r in first["results"]] == ["applied", "applied"]
    page = t.call("GET", "/v1/sync/pull", params={"since": 0})
    assert [r["data"].get("city") for r in page["rows"] if r["table"] == "customers"] == ["Suzhou"]


def test_scope_a_rep_does_not_see_or_change_another_reps_customers(
    server: TestClient, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ann, bob = as_user(server, "ann", "ann-secret-1"), as_user(server, "bob", "bob-secret-1")
    with a.session() as s:
        cid = customers.create_customer(s, name="Ann's Customer")
    sync(a, ann)
    sync(b, bob)
    with b.session() as s:
        assert s.get(Customer, cid) is None  # never reaches Bob's laptop
    forged = {"op_id": "op-forged", "table": "customers", "row_id": cid, "op": "update",
              "fields": {"city": "X"}, "base": {}, "base_seq": None, "hlc": "1900000000000-0000-bob"}  # fmt: skip
    answer = bob.call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": [forged]})
    assert answer["results"][0]["status"] == "rejected"
    users = [r["data"]["username"] for r in bob.call("GET", "/v1/sync/pull")["rows"] if r["table"] == "users"]
    assert sorted(users) == ["ann", "bob", "gone"]  # reference data is shared


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/v1/sync/pull", {}, 401),
        ("POST", "/v1/sync/push", {"json": {"schema_version": 1, "ops": []}}, 401),
        ("GET", "/v1/sync/pull", {"headers": {"Authorization": "Bearer forged"}}, 401),
    ],
)
def test_no_valid_token_no_data(server: TestClient, method: str, path: str, kwargs: dict[str, Any],
                                status: int) -> None:  # fmt: skip
    assert server.request(method, path, **kwargs).status_code == status
    assert server.get("/v1/health").status_code == 200  # the one open endpoint


def test_login_refusals_and_limits(server: TestClient) -> None:
    assert server.post("/v1/auth/login", json={"username": "ann", "password": "wrong"}).status_code == 401
    assert (
        server.post("/v1/auth/login", json={"username": "gone", "password": "gone-secret-1"}).status_code
        == 401
    )
    with pytest.raises(SyncError, match="did not accept"):
        Transport(server).login("nobody", "whatever")
    for _ in range(5):
        server.post("/v1/auth/login", json={"username": "bob", "password": "wrong"})
    blocked = server.post("/v1/auth/login", json={"username": "bob", "password": "bob-secret-1"})
    assert blocked.status_code == 429  # even the right password waits out the limit


def test_bad_requests_get_clear_answers(server: TestClient) -> None:
    t = as_user(server, "ann", "ann-secret-1")
    auth = {"Authorization": f"Bearer {t.token}"}
    assert server.post("/v1/sync/push", json={"ops": "nope"}, headers=auth).status_code == 422
    old = server.post("/v1/sync/push", json={"schema_version": 0, "ops": []}, headers=auth)
    assert old.status_code == 426
    big = server.post(
        "/v1/sync/push",
        content=b"x" * (9 * 1024 * 1024),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert big.status_code == 413
    with pytest.raises(SyncError, match="too old"):
        t.call("GET", "/v1/sync/pull", params={"schema_version": 0})


def test_a_disabled_user_loses_access_at_once(server: TestClient, engine: Engine) -> None:
    t = as_user(server, "bob", "bob-secret-1")
    assert isinstance(t.call("GET", "/v1/sync/pull"), dict)
    with engine.begin() as conn:
        admin.set_active(conn, "bob", False)
    with pytest.raises(SyncError, match="did not accept"):
        t.call("GET", "/v1/sync/pull")


def test_report_line() -> None:
    assert Report(pushed=3, pulled=5, conflicts=1).line() == (
        "pushed 3 change(s), pulled 5 row(s), 1 conflict(s) to review"
    )
