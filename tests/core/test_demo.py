from __future__ import annotations

import datetime as dt
from pathlib import Path

import phonenumbers
from email_validator import validate_email
from sqlalchemy import func, select

from desktop_crm.core import demo
from desktop_crm.core.models import (
    Contact,
    Customer,
    CustomerStats,
    Event,
    Lead,
    Order,
    OutboxOp,
    TimelineEntry,
    Visit,
)
from desktop_crm.core.search import search
from desktop_crm.storage.profile import Profile, open_profile

TODAY = dt.date(2026, 11, 23)


def make(path: Path, seed: int) -> Profile:
    p = open_profile(path)
    with p.session() as s:
        demo.generate(s, customers=400, seed=seed, settings=p.settings, today=TODAY)
    return p


def names(p: Profile) -> list[tuple[str, str | None]]:
    with p.session() as s:
        return list(s.execute(select(Customer.name, Customer.phone).order_by(Customer.name)).all())


def test_same_seed_same_content_other_seed_other_content(tmp_path: Path) -> None:
    a, b, c = make(tmp_path / "a", 3), make(tmp_path / "b", 3), make(tmp_path / "c", 4)
    assert names(a) == names(b)
    assert names(a) != names(c)


def test_demo_data_is_realistic_and_valid(tmp_path: Path) -> None:
    p = make(tmp_path / "p", 1)
    with p.session() as s:
        count = lambda m: s.scalar(select(func.count()).select_from(m))  # noqa: E731
        assert count(Customer) == 400
        assert count(Contact) >= 400
        assert count(Event) == 1 and count(Lead) == 30
        # Everything is in the outbox, to be pushed on the first sync.
        synced = sum(count(m) for m in (Customer, Contact, Order, TimelineEntry, Visit, Event, Lead))
        assert count(OutboxOp) == synced
        custs = s.scalars(select(Customer)).all()
        langs = {c.language for c in custs}
        assert langs == {"zh", "en"}
        for c in custs:
            assert phonenumbers.is_valid_number(phonenumbers.parse(c.phone, None)), c.phone
            assert c.latitude is not None and 18 < c.latitude < 54 and 73 < (c.longitude or 0) < 135
        for k in s.scalars(select(Contact)).all():
            assert phonenumbers.is_valid_number(phonenumbers.parse(k.mobile, None)), k.mobile
            validate_email(k.email or "", check_deliverability=False)
        # 12 months of orders, and the revenue spread gives all three tiers with few A's.
        oldest = s.scalar(select(func.min(Order.ordered_on)))
        assert oldest is not None and oldest < TODAY - dt.timedelta(days=300)
        tiers = dict(s.execute(select(CustomerStats.tier, func.count()).group_by(CustomerStats.tier)).all())
        assert 0 < tiers["A"] < tiers["B"] + tiers["C"]
        stages = {st for (st,) in s.execute(select(CustomerStats.lifecycle).distinct())}
        assert stages == {"prospect", "new", "active", "dormant", "lost"}
        planned = s.scalars(select(Visit).where(Visit.status == "planned")).all()
        assert planned and all(v.planned_at.date() > TODAY for v in planned)
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.status == "done"))
        # Searchable right away, including the showcase customer.
        assert search(s, query="bjhl")[0].name == "北京华联商贸有限公司"
        assert search(s, query="工业博览会") == []  # events are not in people search
        assert any(h.kind == "lead" for h in search(s, query="@example.com", limit=50))


def test_tiny_demo_and_a_days_visits_are_in_one_city(tmp_path: Path) -> None:
    for n in (1, 3, 5):
        tiny = open_profile(tmp_path / f"tiny{n}")
        with tiny.session() as s:
            assert demo.generate(s, customers=n, settings=tiny.settings, today=TODAY).customers == n
        tiny.close()
    p = make(tmp_path / "p", 1)
    with p.session() as s:
        days: dict[dt.date, set[str | None]] = {}
        for visit, city in s.execute(
            select(Visit, Customer.city).join(Customer).where(Visit.status == "planned")
        ).all():
            days.setdefault(visit.planned_at.date(), set()).add(city)
    assert days and all(len(cities) == 1 for cities in days.values())
