"""A laptop never clashes with itself (issue 17): its own offline edits, made before or after a
push whose answer was lost, are its history, not someone else's write. Only two different
laptops writing the same field make a conflict record, and then exactly one. Every laptop ends
with the server's ``updated_at``. On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from desktop_crm.core import customers
from desktop_crm.core.clock import parse_hlc
from desktop_crm.core.models import Conflict, Customer, OutboxOp
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import rows
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import status
from desktop_crm.sync.client import CLOCK_LEAD_MS, SyncError, Transport, sync

HOUR, DAY = 3_600_000, 86_400_000


class LosesAnswers(Transport):
    """Its next push reaches the server, which commits, but the answer never comes back."""

    lose_next = False

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        answer = super().call(method, path, **kwargs)
        if method == "POST" and path.endswith("/push") and self.lose_next:
            self.lose_next = False
            raise SyncError("offline", "the answer was lost")
        return answer


@pytest.fixture
def server(engine: Engine) -> Iterator[TestClient]:
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1")
    with TestClient(create_app(engine)) as client:
        yield client


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Profile, Profile]]:
    a, b = open_profile(tmp_path / "a"), open_profile(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def login(client: TestClient) -> LosesAnswers:
    t = LosesAnswers(client, retries=0)
    t.login("ann", "ann-secret-1")
    return t


def server_row(engine: Engine, cid: str) -> dict[str, Any]:
    with engine.connect() as conn:
        data: dict[str, Any] = conn.execute(select(rows.c.data).where(rows.c.id == cid)).scalar_one()
    return data


def conflicts(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(rows).where(rows.c.table_name == "conflicts")) or 0


def local(profile: Profile, cid: str) -> Customer:
    with profile.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        s.expunge(row)
        return row


def edit(profile: Profile, cid: str, **values: Any) -> None:
    with profile.session() as s:
        customers.update_customer(s, cid, **values)


def test_created_offline_and_edited_twice_syncs_without_a_clash(
    server: TestClient, engine: Engine, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ta, tb = login(server), login(server)
    with a.session() as s:
        cid = customers.create_customer(s, name="华联商贸", city="北京")
    edit(a, cid, city="天津")
    edit(a, cid, city="上海", notes="两次")
    report = sync(a, ta)
    assert report.conflicts == 0 and conflicts(engine) == 0
    sync(b, tb)
    assert server_row(engine, cid)["city"] == local(b, cid).city == local(a, cid).city == "上海"
    stamp = server_row(engine, cid)["updated_at"]
    assert local(a, cid).updated_at == local(b, cid).updated_at == stamp


def test_edits_after_a_lost_answer_and_across_pulls_are_never_a_clash(
    server: TestClient, engine: Engine, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ta, tb = login(server), login(server)
    with a.session() as s:
        cid = customers.create_customer(s, name="Atlas", city="Xiamen")
    ta.lose_next = True
    with pytest.raises(SyncError):
        sync(a, ta)  # the server has it; the laptop does not know
    edit(a, cid, city="Fuzhou")
    edit(a, cid, city="Quanzhou")
    sync(a, ta)
    edit(a, cid, city="Putian")  # after a pull of its own rows, based on their sequence
    edit(a, cid, city="Sanming")
    with a.session() as s:
        customers.delete_customer(s, cid)
    with a.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        row.deleted = False  # restored, all offline
    edit(a, cid, industry="Retail")
    sync(a, ta)
    sync(b, tb)
    assert conflicts(engine) == 0
    for p in (a, b):
        row = local(p, cid)
        assert (row.city, row.industry, row.deleted) == ("Sanming", "Retail", False)
        assert row.updated_at == server_row(engine, cid)["updated_at"]


def test_two_laptops_on_one_field_make_exactly_one_conflict_record(
    server: TestClient, engine: Engine, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ta, tb = login(server), login(server)
    with a.session() as s:
        cid = customers.create_customer(s, name="Beacon", city="A0")
    sync(a, ta)
    sync(b, tb)
    edit(a, cid, city="A1")
    edit(b, cid, city="B1")  # later
    sync(a, ta)
    assert sync(b, tb).conflicts == 1
    sync(a, ta)
    assert conflicts(engine) == 1
    for p in (a, b):
        assert local(p, cid).city == "B1"
        with p.session() as s:
            [c] = s.scalars(select(Conflict))
            assert (c.field, c.kept, c.lost) == ("city", "B1", "A1")
            assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
        assert local(p, cid).updated_at == server_row(engine, cid)["updated_at"]


def test_an_edit_against_a_delete_is_one_clash_that_can_restore_the_row(
    server: TestClient, engine: Engine, laptops: tuple[Profile, Profile]
) -> None:
    a, b = laptops
    ta, tb = login(server), login(server)
    with a.session() as s:
        cid = customers.create_customer(s, name="Delta", city="Wuhan")
    sync(a, ta)
    sync(b, tb)
    with a.session() as s:
        customers.delete_customer(s, cid)
    edit(b, cid, city="Changsha", notes="still buying")
    sync(a, ta)
    sync(b, tb)
    sync(a, ta)
    assert conflicts(engine) == 1
    assert server_row(engine, cid)["deleted"] is True
    with b.session() as s:
        [c] = s.scalars(select(Conflict))
        assert (c.field, c.kept, c.lost) == ("deleted", True, False)
        status.resolve(s, c.id, use_lost=True)  # keep mine: the customer comes back, edited
    sync(b, tb)
    sync(a, ta)
    for p in (a, b):
        row = local(p, cid)
        assert (row.deleted, row.city, row.notes) == (False, "Changsha", "still buying")


def test_a_base_beyond_the_servers_sequence_is_rejected(server: TestClient, laptops: tuple[Profile, Profile]) -> None:
    a, _ = laptops
    ta = login(server)
    with a.session() as s:
        cid = customers.create_customer(s, name="Echo", city="Xi'an")
    sync(a, ta)
    answer = ta.call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": [
        {"op_id": "01a20b00-0000-7000-8000-0000000000aa", "table": "customers", "row_id": cid, "op": "update",
         "fields": {"city": "Lanzhou"}, "base_seq": 10**12, "hlc": "1900000000000-0000-ann"},
    ]})  # fmt: skip
    [result] = answer["results"]
    assert result["status"] == "rejected" and "base_seq" in result["reason"]


def skewed(profile: Profile, by_ms: int) -> None:
    """This laptop's computer clock runs ``by_ms`` off the true time."""
    profile.clock._wall_ms = lambda: time.time_ns() // 1_000_000 + by_ms  # type: ignore[method-assign]


def test_a_clock_running_ahead_is_capped_in_order_and_reported(
    server: TestClient, engine: Engine, laptops: tuple[Profile, Profile]
) -> None:
    a, _ = laptops
    ta = login(server)
    skewed(a, HOUR)
    with a.session() as s:
        cid = customers.create_customer(s, name="Foxtrot", city="C0")
    sync(a, ta)
    edit(a, cid, city="C1")
    edit(a, cid, city="C2")  # both capped to the same server time: the later must still win
    report = sync(a, ta)
    assert report.conflicts == 0 and server_row(engine, cid)["city"] == "C2"
    assert abs(report.clock_off_ms - HOUR) < 60_000 and "ahead of the server" in report.line()
    stamp_ms, _, _ = parse_hlc(server_row(engine, cid)["updated_at"])
    assert stamp_ms <= time.time_ns() // 1_000_000 + CLOCK_LEAD_MS  # nothing an hour ahead is kept


def test_a_clock_running_behind_is_corrected_for_the_next_edits(
    server: TestClient, tmp_path: Path, laptops: tuple[Profile, Profile]
) -> None:
    a, _ = laptops
    ta = login(server)
    skewed(a, -DAY)
    with a.session() as s:
        cid = customers.create_customer(s, name="Golf")
    report = sync(a, ta)
    assert abs(report.clock_off_ms + DAY) < 60_000 and "behind the server" in report.line()
    edit(a, cid, city="Hefei")
    with a.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        stamp_ms, _, _ = parse_hlc(row.updated_at)
    assert abs(stamp_ms - time.time_ns() // 1_000_000) < 60_000  # stamped by the server's time
    a.close()
    again = open_profile(tmp_path / "a")  # the correction is kept in the profile
    try:
        assert abs(again.clock.offset_ms - DAY) < 60_000
    finally:
        again.close()
