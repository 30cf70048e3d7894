from __future__ import annotations

import datetime as dt

from desktop_crm.core import analytics, customers, timeline, visits
from desktop_crm.core.suggestions import suggest_visits
from desktop_crm.storage.profile import Profile

DAY = dt.date(2026, 6, 30)
SHANGHAI = (31.2304, 121.4737)
HANGZHOU = (30.2741, 120.1551)


def make(profile: Profile) -> dict[str, str]:
    with profile.session() as s:

        def add(name: str, where: tuple[float, float], tier: str, last_contact_days: int | None) -> str:
            cid = customers.create_customer(
                s, name=name, latitude=where[0], longitude=where[1], tier_override=tier
            )
            if last_contact_days is not None:
                when = dt.datetime.combine(DAY - dt.timedelta(days=last_contact_days), dt.time(10))
                timeline.add_entry(s, customer_id=cid, kind="call", occurred_at=when)
            return cid

        ids = {
            "planned": add("Planned Co", SHANGHAI, "A", 100),
            "a_far": add("A far", HANGZHOU, "A", 60),  # A cadence 14: 46 days overdue
            "a_near": add("A near", (31.24, 121.48), "A", 20),  # 6 days overdue, 1 km from the plan
            "b_near": add("B near", (31.23, 121.47), "B", 200),
            "c_never": add("C never", (31.22, 121.46), "C", None),
            "a_fine": add("A fine", SHANGHAI, "A", 3),  # not due yet
        }
        visits.plan_visit(s, customer_id=ids["planned"], planned_at=dt.datetime.combine(DAY, dt.time(10)))
        analytics.refresh(s, settings=profile.settings, today=DAY)
    return ids


def test_overdue_by_tier_then_near_the_days_plan(profile: Profile) -> None:
    ids = make(profile)
    with profile.session() as s:
        got = suggest_visits(s, day=DAY)
    assert [x.customer_id for x in got] == [ids["a_near"], ids["a_far"], ids["b_near"], ids["c_never"]]
    assert got[0].overdue_days == 6 and got[0].km_to_plan is not None and got[0].km_to_plan < 2
    assert got[1].km_to_plan is not None and got[1].km_to_plan > 100
    assert got[3].overdue_days is None  # never contacted


def test_without_a_plan_the_most_overdue_come_first(profile: Profile) -> None:
    ids = make(profile)
    with profile.session() as s:
        got = suggest_visits(s, day=DAY + dt.timedelta(days=1), limit=2)
    assert [x.customer_id for x in got] == [ids["planned"], ids["a_far"]]  # 101 and 47 days over
    assert all(x.km_to_plan is None for x in got)


def test_a_customer_without_stats_yet_is_suggested_as_never_contacted(profile: Profile) -> None:
    make(profile)
    with profile.session() as s:
        fresh = customers.create_customer(
            s, name="Brand new", latitude=31.23, longitude=121.47
        )  # after refresh
        got = {x.customer_id: x for x in suggest_visits(s, day=DAY, limit=50)}
    assert got[fresh].overdue_days is None and got[fresh].tier == "C"
