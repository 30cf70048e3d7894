"""Scope moves: a customer handed to another rep leaves the old rep's laptop (after its pending
changes) and arrives on the new rep's with everything it had; a lead goes to its territory's rep;
a rep moved to another territory swaps one territory's customers for the other's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from desktop_crm.core import customers, search, search_index, timeline
from desktop_crm.core.errors import CrmError
from desktop_crm.core.models import (
    Attention,
    Contact,
    Customer,
    Lead,
    SyncState,
    Territory,
    TimelineEntry,
    User,
)
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import client
from desktop_crm.sync.client import Report, SyncError, Transport, pull_page, sync


@pytest.fixture
def server(engine: Engine) -> Iterator[TestClient]:
    with engine.begin() as conn:
        admin.add_territory(conn, "North", ["北京", "天津"])
        admin.add_territory(conn, "South", ["广东"])
        for name in ("ann", "bob"):
            admin.add_user(conn, name, password=f"{name}-secret-1")
    with TestClient(create_app(engine)) as http:
        yield http


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[object]:
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


def count(p: Profile, model: type, *where: object) -> int:
    with p.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def user_id(p: Profile, name: str) -> str:
    with p.session() as s:
        return str(s.scalar(select(User.id).where(User.username == name)))


def family(p: Profile, name: str, contacts: int = 2, entries: int = 3) -> str:
    with p.session() as s:
        cid = customers.create_customer(s, name=name, city="北京")
        for i in range(contacts):
            customers.add_contact(s, customer_id=cid, name=f"Contact {i}")
        for i in range(entries):
            timeline.add_entry(s, customer_id=cid, kind="call", subject=f"call {i}")
    return cid


def test_a_customer_handed_over_moves_with_its_history(server: TestClient, laptop: object) -> None:
    a, b = laptop("a"), laptop("b")  # type: ignore[operator]
    ta, tb = login(server, "ann"), login(server, "bob")
    cid = family(a, "华联商贸")
    sync(a, ta)
    sync(b, tb)
    assert count(b, Customer) == 0  # Ann's: not Bob's to see
    with a.session() as s:  # the customer is edited after its contact persons were added
        customers.update_customer(s, cid, owner_id=user_id(a, "bob"))
    report = sync(a, ta)
    assert report.evicted == 1
    assert (count(a, Customer), count(a, Contact), count(a, TimelineEntry)) == (0, 0, 0)
    sync(b, tb)
    assert (count(b, Customer), count(b, Contact), count(b, TimelineEntry)) == (1, 2, 3)

    with b.session() as s:  # and back
        customers.update_customer(s, cid, owner_id=user_id(b, "ann"), notes="yours again")
    sync(b, tb)
    sync(a, ta)
    assert (count(b, Customer), count(a, Customer), count(a, Contact), count(a, TimelineEntry)) == (
        0,
        1,
        2,
        3,
    )
    with a.session() as s:
        assert s.get(Customer, cid).notes == "yours again"  # type: ignore[union-attr]


def test_an_eviction_waits_for_the_changes_not_pushed_yet(server: TestClient, laptop: object) -> None:
    a, a2, b = laptop("a"), laptop("a2"), laptop("b")  # type: ignore[operator]
    ta, ta2, tb = login(server, "ann"), login(server, "ann"), login(server, "bob")
    cid = family(a, "Shared Trading", contacts=1, entries=0)
    sync(a, ta)
    sync(a2, ta2)
    with a.session() as s:  # offline, Ann corrects a contact person's phone
        contact = s.scalars(select(Contact.id)).one()
        customers.update_contact(s, contact, phone="13800138000")
    with a2.session() as s:  # meanwhile her other laptop hands the customer to Bob
        customers.update_customer(s, cid, owner_id=user_id(a2, "bob"))
    sync(a2, ta2)

    report = Report()
    while pull_page(a, ta, report):  # the eviction arrives before the correction went out
        pass
    assert report.evicted == 0 and count(a, Customer) == 1

    report = sync(a, ta)  # the correction is pushed (she was the owner when she made it) ...
    assert report.evicted == 1 and not report.rejected and count(a, Attention) == 0
    assert (count(a, Customer), count(a, Contact)) == (0, 0)  # ... and then the customer leaves
    sync(b, tb)
    with b.session() as s:
        assert s.scalars(select(Contact.phone)).one() == "+8613800138000"


def test_an_initial_sync_in_small_pages_keeps_foreign_keys(
    server: TestClient, laptop: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, c, d = laptop("a"), laptop("c"), laptop("d")  # type: ignore[operator]
    ta = login(server, "ann")
    cids = [family(a, f"Customer {i}") for i in range(3)]
    sync(a, ta)
    with a.session() as s:  # customers edited after their contact persons and calls
        for cid in cids:
            customers.update_customer(s, cid, notes="edited last")
    sync(a, ta)
    sync(d, login(server, "ann"))  # one page: contact persons come before their customers in it
    monkeypatch.setattr(client, "PULL_PAGE", 2)
    sync(c, login(server, "ann"))  # pages of two: a customer sorts pages after its contacts
    for p in (c, d):
        assert (count(p, Customer), count(p, Contact), count(p, TimelineEntry)) == (3, 6, 9)


def test_a_lead_goes_to_the_rep_of_its_territory(server: TestClient, laptop: object, engine: Engine) -> None:
    with engine.begin() as conn:
        admin.assign_territory(conn, "North", "bob")
    a, b = laptop("a"), laptop("b")  # type: ignore[operator]
    ta, tb = login(server, "ann"), login(server, "bob")
    with a.session() as s:  # captured at a trade show by Ann, who covers no territory
        s.add(Lead(name="王小明", company="天津机电", province="天津"))
        s.add(Lead(name="Li Na", company="Chengdu Tools", province="四川"))
        s.flush()
    report = sync(a, ta)
    assert report.pushed == 2 and report.evicted == 1
    with a.session() as s:
        assert list(s.scalars(select(Lead.name))) == ["Li Na"]  # no territory covers Sichuan
    sync(b, tb)
    with b.session() as s:
        lead = s.scalars(select(Lead)).one()
        assert (lead.name, lead.owner_id) == ("王小明", user_id(b, "bob"))


def test_a_rep_moved_to_another_territory_swaps_its_customers(
    server: TestClient, laptop: object, engine: Engine
) -> None:
    with engine.begin() as conn:
        admin.assign_territory(conn, "North", "bob")
    a, b = laptop("a"), laptop("b")  # type: ignore[operator]
    ta, tb = login(server, "ann"), login(server, "bob")
    sync(a, ta)
    with a.session() as s:
        north, south = (
            s.scalars(select(Territory.id).where(Territory.name == n)).one() for n in ("North", "South")
        )
    with a.session() as s:
        for name, territory in (("北方一", north), ("北方二", north), ("南方一", south)):
            cid = customers.create_customer(s, name=name, territory_id=territory)
            customers.add_contact(s, customer_id=cid, name=f"{name}联系人")
    sync(a, ta)
    with b.session() as s:
        customers.create_customer(s, name="Bob's own")
    sync(b, tb)
    assert names(b) == {"北方一", "北方二", "Bob's own"}
    with engine.begin() as conn:
        admin.assign_territory(conn, "South", "bob")
    report = sync(b, tb)
    assert names(b) == {"南方一", "Bob's own"} and report.evicted == 2
    assert count(b, Contact) == 1


def names(p: Profile) -> set[str]:
    with p.session() as s:
        return set(s.scalars(select(Customer.name)))


def test_a_customer_handed_over_before_it_was_ever_pushed_leaves_too(
    server: TestClient, laptop: object
) -> None:
    a, b = laptop("a"), laptop("b")  # type: ignore[operator]
    ta, tb = login(server, "ann"), login(server, "bob")
    sync(a, ta)
    cid = family(a, "Made for Bob", contacts=1, entries=1)
    with a.session() as s:
        customers.update_customer(s, cid, owner_id=user_id(a, "bob"))
    assert sync(a, ta).evicted == 1
    assert (count(a, Customer), count(a, Contact), count(a, TimelineEntry)) == (0, 0, 0)
    sync(b, tb)
    assert (count(b, Customer), count(b, Contact), count(b, TimelineEntry)) == (1, 1, 1)


def test_a_first_sync_builds_the_search_index_once_even_when_cut_short(
    server: TestClient, laptop: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a = laptop("a")  # type: ignore[operator]
    ta = login(server, "ann")
    with a.session() as s:
        for name in ("北京华联商贸", "Atlas Foods", "Beacon Tools", "厦门海鲜"):
            customers.create_customer(s, name=name)
    sync(a, ta)
    monkeypatch.setattr(client, "PULL_PAGE", 2)

    # The first sync of an empty profile stops indexing row by row; the end of the sync builds
    # the index in one go.
    c = laptop("c")  # type: ignore[operator]
    sync(c, login(server, "ann"))
    with c.session() as s:
        assert [h.name for h in search.search(s, query="bjhl")] == ["北京华联商贸"]
        assert s.get(SyncState, search_index.DEFERRED) is None

    # Cut short after a few pages: the search misses what came so far (it never errs),
    # and the next opening of the profile finishes the index.
    d_path = tmp_path / "d"
    d = open_profile(d_path)
    cut = login(server, "ann")
    pages = iter([True, True, True])  # territories, users, the first two customers
    real_call = cut.call

    def call(method: str, path: str, **kwargs: object) -> object:
        if path.endswith("/pull") and next(pages, False) is False:
            raise SyncError("offline", "the network went away")
        return real_call(method, path, **kwargs)

    cut.call = call  # type: ignore[method-assign]
    with pytest.raises(SyncError):
        sync(d, cut)
    with d.session() as s:
        assert count(d, Customer) == 2
        assert s.get(SyncState, search_index.DEFERRED) is not None
        assert search.search(s, query="华联") == []  # a substring: only the FTS index has it
    d.close()
    d = open_profile(d_path)
    with d.session() as s:
        pulled = set(s.scalars(select(Customer.name)))
        found = {h.name for q in ("华联", "tlas", "eacon", "海鲜") for h in search.search(s, query=q)}
        assert found == pulled and s.get(SyncState, search_index.DEFERRED) is None
    d.close()


def test_a_trade_shows_leads_are_shared_out_among_the_territorys_reps(
    server: TestClient, laptop: object, engine: Engine
) -> None:
    with engine.begin() as conn:
        admin.add_user(conn, "cat", password="cat-secret-1")
        for rep in ("bob", "cat"):
            admin.assign_territory(conn, "North", rep)
    a = laptop("a")  # type: ignore[operator]
    with a.session() as s:  # one push: ten leads from Beijing
        for i in range(10):
            s.add(Lead(name=f"访客{i}", company="北京展会", province="北京"))
        s.flush()
    assert sync(a, login(server, "ann")).evicted == 10
    b = laptop("b")  # type: ignore[operator]
    sync(b, login(server, "bob"))  # both cover North, so both see them all; each owns half
    with b.session() as s:
        owners = [s.get(User, o).username for o in s.scalars(select(Lead.owner_id))]  # type: ignore[union-attr]
    assert sorted(owners) == ["bob"] * 5 + ["cat"] * 5


def test_a_rep_moved_to_another_managers_team_moves_their_customers(
    server: TestClient, laptop: object, engine: Engine
) -> None:
    with engine.begin() as conn:
        for name in ("mia", "max"):
            admin.add_user(conn, name, password=f"{name}-secret-1", role="manager")
        admin.set_manager(conn, "ann", "mia")
    a, mia, max_ = laptop("a"), laptop("mia"), laptop("max")  # type: ignore[operator]
    ta, tmia, tmax = login(server, "ann"), login(server, "mia"), login(server, "max")
    family(a, "Ann's firm")
    sync(a, ta)
    sync(mia, tmia)
    sync(max_, tmax)
    assert names(mia) == {"Ann's firm"} and names(max_) == set()
    with engine.begin() as conn:
        admin.set_manager(conn, "ann", "max")
    report = sync(mia, tmia)
    assert names(mia) == set() and report.evicted == 1 and count(mia, Contact) == 0
    sync(max_, tmax)
    assert names(max_) == {"Ann's firm"} and count(max_, Contact) == 2 and count(max_, TimelineEntry) == 3
    with engine.begin() as conn:
        with pytest.raises(CrmError, match="not a manager"):
            admin.set_manager(conn, "ann", "bob")
        admin.set_manager(conn, "ann", None)
    sync(max_, tmax)
    assert names(max_) == set()
