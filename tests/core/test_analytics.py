"""ABC, lifecycle, cadence and satisfaction on hand-made data whose answers are worked out here."""

from __future__ import annotations

import datetime as dt
import sqlite3

from desktop_crm.core import analytics, customers, orders, timeline
from desktop_crm.core.analytics import (
    abc_tiers,
    follow_up_due,
    is_overdue,
    lifecycle_stage,
    satisfaction_trend,
)
from desktop_crm.core.models import CustomerStats
from desktop_crm.core.settings import Settings
from desktop_crm.core.vocab import Lifecycle, Tier
from desktop_crm.storage.profile import Profile

TODAY = dt.date(2026, 6, 30)
S = Settings()


def test_abc_first_80_percent_are_a_next_15_b() -> None:
    # Total 1000. Ranked: a 500 (before 0%) A, b 250 (50%) A, c 100 (75%) A -> crosses 80%,
    # d 60 (85%) B, e 40 (91%) B, f 30 (95%) C, g 20 (98%) C, h 0 C.
    revenue = {"a": 500, "b": 250, "c": 100, "d": 60, "e": 40, "f": 30, "g": 20, "h": 0}
    assert abc_tiers(revenue) == {
        "a": Tier.A, "b": Tier.A, "c": Tier.A, "d": Tier.B, "e": Tier.B, "f": Tier.C, "g": Tier.C, "h": Tier.C,
    }  # fmt: skip


def test_abc_edge_cases() -> None:
    assert abc_tiers({}) == {}
    assert abc_tiers({"only": 10}) == {"only": Tier.A}
    assert abc_tiers({"x": 0, "y": 0}) == {"x": Tier.C, "y": Tier.C}
    # Ties rank by id, so the answer does not depend on dict order.
    assert abc_tiers({"b": 50, "a": 50}) == abc_tiers({"a": 50, "b": 50}) == {"a": Tier.A, "b": Tier.A}
    five = abc_tiers({"b": 10, "a": 10, "c": 10, "d": 10, "e": 10})
    assert five["d"] == Tier.A and five["e"] == Tier.B  # e has exactly 80% ranked above it


def test_lifecycle_thresholds() -> None:
    def stage(first: int | None, last: int | None) -> Lifecycle:
        f = TODAY - dt.timedelta(days=first) if first is not None else None
        last_day = TODAY - dt.timedelta(days=last) if last is not None else None
        return lifecycle_stage(f, last_day, today=TODAY, settings=S)

    assert stage(None, None) == Lifecycle.PROSPECT
    assert stage(89, 10) == Lifecycle.NEW
    assert stage(90, 10) == Lifecycle.ACTIVE
    assert stage(400, 179) == Lifecycle.ACTIVE
    assert stage(400, 180) == Lifecycle.DORMANT
    assert stage(400, 364) == Lifecycle.DORMANT
    assert stage(400, 365) == Lifecycle.LOST
    custom = Settings(dormant_days=30, lost_days=60)
    assert (
        lifecycle_stage(
            TODAY - dt.timedelta(days=200), TODAY - dt.timedelta(days=45), today=TODAY, settings=custom
        )
        == Lifecycle.DORMANT
    )


def test_follow_up_cadence_by_tier() -> None:
    last = dt.date(2026, 6, 1)
    assert follow_up_due(last, "A", settings=S) == dt.date(2026, 6, 15)
    assert follow_up_due(last, "B", settings=S) == dt.date(2026, 7, 1)
    assert follow_up_due(last, "C", settings=S) == dt.date(2026, 8, 30)
    assert is_overdue(dt.date(2026, 6, 15), TODAY)
    assert not is_overdue(dt.date(2026, 6, 30), TODAY)  # due today is not yet overdue
    assert is_overdue(follow_up_due(None, "A", settings=S), TODAY)  # never contacted


def test_satisfaction_trend() -> None:
    assert satisfaction_trend([]) is None
    assert satisfaction_trend(["satisfied"]) is None
    assert satisfaction_trend(["very_satisfied", "dissatisfied"]) == -3.0
    # last six only: early half (3,3,3) -> late half (4,5,5): +1.67
    levels = [
        "very_dissatisfied",
        "neutral",
        "neutral",
        "neutral",
        "satisfied",
        "very_satisfied",
        "very_satisfied",
    ]
    assert satisfaction_trend(levels) == 1.67


def test_refresh_over_the_store(profile: Profile) -> None:
    with profile.session() as s:
        big = customers.create_customer(s, name="Big")
        usd = customers.create_customer(s, name="Dollar")
        small = customers.create_customer(s, name="Small", tier_override="A")
        old = customers.create_customer(s, name="Old")
        none = customers.create_customer(s, name="Prospect")
        orders.add_order(
            s, customer_id=big, ordered_on=TODAY - dt.timedelta(days=200), amount_cents=80_000_00
        )
        # 1,000 USD at 7.1 = 7,100 CNY: more than Small's, less than Big's
        orders.add_order(
            s,
            customer_id=usd,
            ordered_on=TODAY - dt.timedelta(days=10),
            amount_cents=1_000_00,
            currency="USD",
        )
        orders.add_order(
            s, customer_id=small, ordered_on=TODAY - dt.timedelta(days=30), amount_cents=1_000_00
        )
        orders.add_order(
            s,
            customer_id=small,
            ordered_on=TODAY - dt.timedelta(days=31),
            amount_cents=9_999_00,
            status="cancelled",
        )
        orders.add_order(
            s, customer_id=old, ordered_on=TODAY - dt.timedelta(days=400), amount_cents=50_000_00
        )
        timeline.add_entry(
            s,
            customer_id=big,
            kind="call",
            occurred_at=dt.datetime(2026, 6, 25, 10),
            satisfaction="satisfied",
        )
        timeline.add_entry(
            s,
            customer_id=big,
            kind="visit",
            occurred_at=dt.datetime(2026, 6, 20, 10),
            satisfaction="very_satisfied",
        )
        timeline.add_entry(s, customer_id=usd, kind="note", occurred_at=dt.datetime(2026, 6, 29, 10))
        result = analytics.refresh(s, settings=S, today=TODAY)
        stats = {st.customer_id: st for st in s.query(CustomerStats)}
    assert result.customers == 5
    assert stats[big].revenue_12m_cents == 80_000_00
    assert stats[usd].revenue_12m_cents == 7_100_00
    assert stats[small].revenue_12m_cents == 1_000_00  # the cancelled order does not count
    assert stats[old].revenue_12m_cents == 0  # outside the trailing 12 months
    # Total 88,100: Big (0% before) A; Dollar (90.8% before) B; Small (98.9%) C but overridden
    assert (stats[big].tier, stats[usd].tier, stats[small].tier) == ("A", "B", "C")
    with profile.session() as s:
        assert customers.get_customer(s, small).tier == "A"  # the manual override wins
    assert (stats[big].lifecycle, stats[usd].lifecycle, stats[old].lifecycle, stats[none].lifecycle) == (
        "dormant", "new", "lost", "prospect",
    )  # fmt: skip
    assert stats[big].last_contact_at == dt.datetime(2026, 6, 25, 10)
    assert stats[big].next_due_on == dt.date(2026, 7, 9)  # A: 14 days
    assert stats[usd].last_contact_at is None  # a note is not a contact
    assert stats[big].satisfaction == "satisfied"
    assert stats[big].satisfaction_trend == -1.0
    assert result.overdue == 4  # everyone but Big has never been contacted
    assert result.tiers == {"A": 2, "B": 1, "C": 2}


def test_a_scoped_refresh_updates_only_those_customers_and_keeps_tiers(profile: Profile) -> None:
    with profile.session() as s:
        rich = customers.create_customer(s, name="Rich")
        poor = customers.create_customer(s, name="Poor")
        orders.add_order(s, customer_id=rich, ordered_on=TODAY - dt.timedelta(days=5), amount_cents=900_00)
        orders.add_order(s, customer_id=poor, ordered_on=TODAY - dt.timedelta(days=5), amount_cents=100_00)
        analytics.refresh(s, settings=S, today=TODAY)
        # Poor now outsells Rich and calls come in for both; only Poor is refreshed.
        orders.add_order(s, customer_id=poor, ordered_on=TODAY, amount_cents=5_000_00)
        for cid in (rich, poor):
            timeline.add_entry(s, customer_id=cid, kind="call", occurred_at=dt.datetime(2026, 6, 30, 9))
        result = analytics.refresh(s, settings=S, today=TODAY, customer_ids=[poor])
        stats = {st.customer_id: st for st in s.query(CustomerStats)}
    assert result.customers == 1 and len(stats) == 2  # Rich's row is still there, untouched
    assert stats[poor].last_contact_at == dt.datetime(2026, 6, 30, 9)
    assert stats[poor].next_due_on == dt.date(2026, 6, 30) + dt.timedelta(days=S.cadence_days["B"])
    assert stats[poor].revenue_12m_cents == 5_100_00
    assert (stats[rich].tier, stats[poor].tier) == ("A", "B")  # tiers rank on the next full refresh
    assert stats[rich].last_contact_at is None


def test_a_refresh_scoped_to_more_customers_than_sqlite_can_bind_refreshes_everyone(profile: Profile) -> None:
    with profile.session() as s:
        # Python's own SQLite on Windows and macOS binds at most 32,766 values (Debian's: 250,000).
        raw = s.connection().connection.dbapi_connection
        raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)  # type: ignore[union-attr]
        cid = customers.create_customer(s, name="Pulled")
        many = [cid, *(f"not-here-{i}" for i in range(40_000))]  # a first sync's touched customers
        result = analytics.refresh(s, settings=S, today=TODAY, customer_ids=many)
        assert result.customers == 1 and s.get(CustomerStats, cid) is not None
