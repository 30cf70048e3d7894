"""Pruning the server's bookkeeping after its retention (issue 17): old push answers, expired
tokens and old scope moves go, and a laptop away longer than the retention still syncs
correctly: it pulls its whole scope again and drops what left it, with nothing lost (its offline
edits arrive) and nothing duplicated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text, update

from desktop_crm.core import customers, timeline
from desktop_crm.core.models import Contact, Customer, SyncState, TimelineEntry, User
from desktop_crm.server import admin, auth
from desktop_crm.server import sync as service
from desktop_crm.server.app import create_app
from desktop_crm.server.cli import main
from desktop_crm.server.db import applied_ops, counter, moves, tokens, users
from desktop_crm.server.prune import prune
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import client, resync
from desktop_crm.sync.client import SyncError, Transport, sync

from .scope import assert_equal_within_scope, duplicate_customer_names, duplicate_customer_names_on


@pytest.fixture
def server(engine: Engine) -> Iterator[TestClient]:
    with engine.begin() as conn:
        for name in ("ann", "bob"):
            admin.add_user(conn, name, password=f"{name}-secret-1")
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


def family(p: Profile, name: str) -> str:
    with p.session() as s:
        cid = customers.create_customer(s, name=name, city="北京")
        customers.add_contact(s, customer_id=cid, name=f"{name} contact")
        timeline.add_entry(s, customer_id=cid, kind="call", subject=f"{name} call")
    return cid


def user_id(p: Profile, name: str) -> str:
    with p.session() as s:
        return str(s.scalar(select(User.id).where(User.username == name)))


def cursor(p: Profile) -> int:
    with p.session() as s:
        found = s.get(SyncState, "pull_cursor")
        return int(found.value) if found else 0


def sweep_state(p: Profile) -> list[str]:
    with p.session() as s:
        return list(s.scalars(select(SyncState.key).where(SyncState.key.startswith(resync.PASS))))


def age(engine: Engine, days: int) -> None:
    """Everything the server dated happened ``days`` earlier: the retention passes."""
    with engine.begin() as conn:
        for table in (applied_ops, moves):
            conn.execute(update(table).values(at=table.c.at - dt.timedelta(days=days)))


def away_and_back(server: TestClient, laptop: Any, engine: Engine) -> dict[str, Any]:
    """Ann's laptop ``a`` is away for 100 days while her other laptop hands one customer to Bob,
    edits another and makes a third; ``a`` edited offline meanwhile. Then the server prunes."""
    a, a2, b = laptop("a"), laptop("a2"), laptop("b")
    ta, ta2, tb = login(server, "ann"), login(server, "ann"), login(server, "bob")
    stays, leaves = family(a, "Stays Ltd"), family(a, "Leaves Ltd")
    sync(a, ta)
    sync(a2, ta2)
    sync(b, tb)
    left_at = cursor(a)
    with a2.session() as s:
        customers.update_customer(s, leaves, owner_id=user_id(a2, "bob"))
        customers.update_customer(s, stays, notes="edited on the other laptop")
    new = family(a2, "New Ltd")
    sync(a2, ta2)
    with a.session() as s:  # offline on the laptop that is away
        customers.update_customer(s, stays, city="天津")
    age(engine, 100)
    with engine.begin() as conn:
        pruned = prune(conn)
    return {"a": a, "a2": a2, "b": b, "ta": ta, "ta2": ta2, "tb": tb, "stays": stays, "leaves": leaves,
            "new": new, "left_at": left_at, "pruned": pruned}  # fmt: skip


def test_a_laptop_away_longer_than_the_retention_resyncs(
    server: TestClient, laptop: Any, engine: Engine
) -> None:
    w = away_and_back(server, laptop, engine)
    assert w["pruned"].moves >= 1 and w["pruned"].horizon > w["left_at"]
    a, a2, b = w["a"], w["a2"], w["b"]

    report = sync(a, w["ta"])

    assert report.pushed == 1 and report.evicted == 1  # its edit went; the handed-over customer left
    with a.session() as s:
        assert set(s.scalars(select(Customer.name))) == {"Stays Ltd", "New Ltd"}
        stays = s.get(Customer, w["stays"])
        assert stays is not None and (stays.city, stays.notes) == ("天津", "edited on the other laptop")
        assert (
            s.scalar(select(func.count()).select_from(Contact).where(Contact.customer_id == w["leaves"])) == 0
        )
    for p, t in ((a2, w["ta2"]), (b, w["tb"])):
        sync(p, t)
    for p, name in ((a, "ann"), (a2, "ann"), (b, "bob")):
        assert_equal_within_scope(engine, p, name)
        assert duplicate_customer_names_on(p) == 0
    assert duplicate_customer_names(engine) == 0
    with b.session() as s:  # Bob has the customer with its history
        assert s.scalar(select(func.count()).select_from(TimelineEntry).where(
            TimelineEntry.customer_id == w["leaves"])) == 1  # fmt: skip
    assert sweep_state(a) == []  # the pass is over
    again = sync(a, w["ta"])  # and the next sync is an ordinary one
    assert (again.pulled, again.evicted) == (0, 0)


def test_without_the_sweep_the_customer_that_left_would_stay(
    server: TestClient, laptop: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above has teeth: with the moves pruned, only the sweep removes the customer."""
    w = away_and_back(server, laptop, engine)
    monkeypatch.setattr(resync, "note", lambda *_args: 0)
    sync(w["a"], w["ta"])
    with w["a"].session() as s:
        assert s.get(Customer, w["leaves"]) is not None


def test_a_resync_cut_short_goes_on_and_still_sweeps(
    server: TestClient, laptop: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = away_and_back(server, laptop, engine)
    monkeypatch.setattr(client, "PULL_PAGE", 3)  # the pass takes several pages
    calls = {"pulls": 0}
    real = w["ta"].call

    def flaky(method: str, path: str, **kwargs: Any) -> Any:
        if path == "/v1/sync/pull":
            calls["pulls"] += 1
            if calls["pulls"] == 3:
                raise SyncError("offline", "the train went into a tunnel")
        return real(method, path, **kwargs)

    w["ta"].call = flaky
    with pytest.raises(SyncError):
        sync(w["a"], w["ta"])
    assert resync.PASS in sweep_state(w["a"])  # half way through the pass
    report = sync(w["a"], w["ta"])
    assert report.evicted == 1
    assert_equal_within_scope(engine, w["a"], "ann")
    assert sweep_state(w["a"]) == []


def test_the_server_answers_an_old_cursor_with_a_full_resync(server: TestClient, engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(update(counter).values(value=50, moves_pruned_to=40))
        ann = dict(conn.execute(select(users).where(users.c.username == "ann")).mappings().one())
    with engine.connect() as conn:

        def pull(since: int) -> dict[str, Any]:
            return service.pull(conn, ann, since=since, limit=10)

        assert pull(39) == service.full_resync(50) == {
            "rows": [], "next": service.PASS, "more": True, "resync": True, "sweep": True, "top": 50}  # fmt: skip
        assert pull(51) == service.full_resync(50)  # beyond the counter: a database restored from a backup
        assert pull(0)["next"] == 50  # a first sync: as ever
        assert "resync" not in pull(40)  # the moves it needs are all there
        # A pass under way below the horizon is not a stale cursor: its pages go on.
        assert "resync" not in pull(service.PASS + 10) and pull(service.PASS + 10)["next"] == 50


def test_prune_keeps_what_is_within_the_retention(server: TestClient, engine: Engine) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    login(server, "ann")  # a live token
    t = login(server, "bob")
    t.call("POST", "/v1/auth/logout")  # a revoked one
    with engine.begin() as conn:
        bob = conn.execute(select(users.c.id).where(users.c.username == "bob")).scalar_one()
        auth.issue_token(conn, bob, now=now - dt.timedelta(days=auth.TOKEN_DAYS + 1))  # an expired one
        conn.execute(applied_ops.insert(), [
            {"user_id": bob, "op_id": "old", "result": {}, "at": now - dt.timedelta(days=31)},
            {"user_id": bob, "op_id": "recent", "result": {}, "at": now - dt.timedelta(days=29)},
        ])  # fmt: skip
        conn.execute(moves.insert(), [
            {"seq": 5, "table_name": "customers", "row_id": "c1", "at": now - dt.timedelta(days=91)},
            {"seq": 7, "table_name": "customers", "row_id": "c2", "at": now - dt.timedelta(days=89)},
        ])  # fmt: skip
    with engine.begin() as conn:
        pruned = prune(conn, now=now)
    assert (pruned.applied_ops, pruned.tokens, pruned.moves, pruned.horizon) == (1, 2, 1, 5)
    with engine.connect() as conn:
        assert list(conn.execute(select(applied_ops.c.op_id)).scalars()) == ["recent"]
        assert conn.execute(select(func.count()).select_from(tokens)).scalar_one() == 1
        assert list(conn.execute(select(moves.c.seq)).scalars()) == [7]
    with engine.begin() as conn:  # nothing more is due: the horizon stays where it is
        assert prune(conn, now=now).horizon == 5


def test_the_prune_command(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    url = engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "prune", "--applied-days", "7", "--moves-days", "30"]) == 0
    assert "pruned 0 push answer(s), 0 token(s), 0 move(s)" in capsys.readouterr().out
    with engine.connect() as conn:  # the command ran against this database
        assert conn.execute(text("SELECT count(*) FROM applied_ops")).scalar_one() == 0
