"""Pulls from the start that take several pages ("passes": a first sync, a resync after a
territory change) end, and what changed while they ran reaches the laptop at its next pull."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from desktop_crm.core import customers
from desktop_crm.core.models import Customer, SyncState, Territory, User
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import client, resync
from desktop_crm.sync.client import Report, Transport, pull_page, sync

from .scope import assert_equal_within_scope


@pytest.fixture
def server(engine: Engine) -> Iterator[TestClient]:
    with engine.begin() as conn:
        admin.add_territory(conn, "North", ["北京"])
        admin.add_territory(conn, "South", ["广东"])
        for name in ("ann", "bob"):
            admin.add_user(conn, name, password=f"{name}-secret-1")
        admin.assign_territory(conn, "North", "bob")
    with TestClient(create_app(engine)) as http:
        yield http


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Any]:
    opened: list[Profile] = []

    def make(name: str) -> Profile:
        opened.append(open_profile(tmp_path / name))
        return opened[-1]

    yield make
    for p in opened:
        p.close()


def login(http: TestClient, name: str) -> Transport:
    t = Transport(http)
    t.login(name, f"{name}-secret-1")
    return t


def names(p: Profile) -> set[str]:
    with p.session() as s:
        return set(s.scalars(select(Customer.name)))


def seed(a: Profile, ta: Transport) -> dict[str, str]:
    """Ann makes customers in each territory: North 0-2, then South 0-2, then North 3-5."""
    sync(a, ta)
    with a.session() as s:
        territory = {t.name: t.id for t in s.scalars(select(Territory))}
    for where, numbers in (("North", range(3)), ("South", range(3)), ("North", range(3, 6))):
        with a.session() as s:
            for i in numbers:
                customers.create_customer(s, name=f"{where} {i}", territory_id=territory[where])
        sync(a, ta)
    return territory


def test_a_territory_change_resyncs_over_several_pages(
    server: TestClient, laptop: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages of the resync start below the territory change's sequence: they are a pass, not
    a stale cursor that would start the resync again, and again."""
    a, b = laptop("a"), laptop("b")
    ta, tb = login(server, "ann"), login(server, "bob")
    seed(a, ta)
    monkeypatch.setattr(client, "PULL_PAGE", 2)
    sync(b, tb)
    assert names(b) == {f"North {i}" for i in range(6)}
    with engine.begin() as conn:
        admin.assign_territory(conn, "South", "bob")
    report = sync(b, tb)
    assert names(b) == {"South 0", "South 1", "South 2"} and report.evicted == 6
    assert_equal_within_scope(engine, b, "bob")


def test_what_changes_while_a_pass_runs_comes_at_the_next_pull(
    server: TestClient, laptop: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("a"), laptop("b")
    ta, tb = login(server, "ann"), login(server, "bob")
    seed(a, ta)
    monkeypatch.setattr(client, "PULL_PAGE", 2)
    report = Report()
    while not {"North 0", "North 1", "North 2"} <= names(b):  # Bob's first sync is cut short ...
        assert pull_page(b, tb, report)
    with b.session() as s:
        assert s.get(SyncState, resync.PASS) is not None
    with a.session() as s:  # ... while Ann's laptop hands a northern customer to herself
        moved = s.scalars(select(Customer.id).where(Customer.name == "North 1")).one()
        customers.update_customer(s, moved, territory_id=None, owner_id=s.scalars(
            select(User.id).where(User.username == "ann")).one())  # fmt: skip
    sync(a, ta)
    with engine.begin() as conn:  # and Bob moves to the south
        admin.assign_territory(conn, "South", "bob")
    sync(b, tb)  # the first sync ends, and its cursor goes back to where it began
    sync(b, tb)  # the territory change, as any change
    assert names(b) == {"South 0", "South 1", "South 2"}
    assert_equal_within_scope(engine, b, "bob")
    with b.session() as s:
        assert s.get(SyncState, resync.PASS) is None
