"""The dashboard's figures (issue 8) on hand-made data whose answers are worked out here, in the
comments, from the rules: ABC in ``analytics``, RFM in ``rfm``, the rest in ``dashboard``."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

import pytest
from sqlalchemy import update

from desktop_crm.core import analytics, customer_list, customers, orders, timeline
from desktop_crm.core.customer_list import ListFilter
from desktop_crm.core.dashboard import (
    Dashboard,
    Period,
    PeriodKind,
    Segment,
    Slice,
    compute,
    pareto_points,
    period_of,
    stage_moves,
    to_json,
    week_starts,
)
from desktop_crm.core.errors import ValidationError
from desktop_crm.core.models import CustomerStats, Event, Lead, Visit
from desktop_crm.core.rfm import quintile_scores, rfm_scores, rfm_segment
from desktop_crm.core.settings import Settings
from desktop_crm.storage.profile import Profile

TODAY = dt.date(2026, 6, 30)  # a Tuesday
JUNE = Period(PeriodKind.MONTH, dt.date(2026, 6, 1), dt.date(2026, 7, 1))  # starts on a Monday
S = Settings()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def at(days: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(ago(days), dt.time(hour))


# --- the pure rules -----------------------------------------------------------------------------


def test_period_of_each_kind() -> None:
    day = dt.date(2026, 11, 26)  # a Thursday in the fourth quarter
    assert period_of(PeriodKind.WEEK, day) == Period(
        PeriodKind.WEEK, dt.date(2026, 11, 23), dt.date(2026, 11, 30)
    )
    assert period_of(PeriodKind.MONTH, day) == Period(
        PeriodKind.MONTH, dt.date(2026, 11, 1), dt.date(2026, 12, 1)
    )
    assert period_of(PeriodKind.MONTH, dt.date(2026, 12, 31)).end == dt.date(2027, 1, 1)
    assert period_of(PeriodKind.QUARTER, day) == Period(
        PeriodKind.QUARTER, dt.date(2026, 10, 1), dt.date(2027, 1, 1)
    )
    assert period_of(PeriodKind.QUARTER, dt.date(2026, 5, 2)).start == dt.date(2026, 4, 1)
    assert period_of(PeriodKind.YEAR, day) == Period(
        PeriodKind.YEAR, dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    )
    assert period_of(PeriodKind.WEEK, dt.date(2026, 11, 23)).start == dt.date(2026, 11, 23)  # a Monday
    # A custom period is given by its first and last day, both shown; it holds the day after.
    custom = period_of(PeriodKind.CUSTOM, day, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert custom == Period(PeriodKind.CUSTOM, dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    with pytest.raises(ValidationError):
        period_of(PeriodKind.CUSTOM, day, dt.date(2026, 6, 2), dt.date(2026, 6, 1))
    with pytest.raises(ValidationError):
        period_of(PeriodKind.CUSTOM, day)


def test_week_starts_cover_the_weeks_a_period_touches() -> None:
    assert week_starts(JUNE) == [dt.date(2026, 6, d) for d in (1, 8, 15, 22, 29)]
    # November 2026 begins on a Sunday: the week of Monday 26 October holds its first day.
    nov = period_of(PeriodKind.MONTH, dt.date(2026, 11, 5))
    assert week_starts(nov)[0] == dt.date(2026, 10, 26) and week_starts(nov)[-1] == dt.date(2026, 11, 30)
    assert week_starts(period_of(PeriodKind.WEEK, TODAY)) == [dt.date(2026, 6, 29)]


def test_quintile_scores_by_mid_rank() -> None:
    # Ten distinct values: two to a fifth.
    assert list(quintile_scores({str(v): v for v in range(10)}).values()) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    # Ties share a score: position = below + tied/2 of n = 5. Value 1: (0 + 1.5) / 5 = 0.3 -> 2;
    # value 2: (3 + 0.5) / 5 = 0.7 -> 4; value 3: (4 + 0.5) / 5 = 0.9 -> 5.
    assert quintile_scores({"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}) == {
        "a": 2,
        "b": 2,
        "c": 2,
        "d": 4,
        "e": 5,
    }
    assert quintile_scores({"only": 7}) == {"only": 3}  # one customer alone sits in the middle
    assert set(quintile_scores({"x": 5, "y": 5, "z": 5}).values()) == {3}
    assert quintile_scores({}) == {}


def test_rfm_scores_recency_fewer_days_score_higher() -> None:
    scores = rfm_scores({"recent": 1, "old": 300}, {"recent": 1, "old": 9}, {"old": 500})
    # Two customers: positions 0.25 and 0.75 -> scores 2 and 4. "recent" lacks a monetary figure: 0.
    assert scores == {"recent": (4, 2, 2), "old": (2, 4, 4)}


# The grid of ``rfm_segment``: rows R 5..1, columns FM 1..5, FM = (F + M) // 2.
GRID = """
new         potential   potential   champions   champions
promising   potential   potential   loyal       loyal
asleep      asleep      attention   loyal       loyal
hibernating hibernating at_risk     at_risk     cannot_lose
lost        hibernating at_risk     at_risk     cannot_lose
"""
NAMES = {
    "new": Segment.NEW, "potential": Segment.POTENTIAL, "champions": Segment.CHAMPIONS,
    "promising": Segment.PROMISING, "loyal": Segment.LOYAL, "asleep": Segment.ABOUT_TO_SLEEP,
    "attention": Segment.NEEDS_ATTENTION, "hibernating": Segment.HIBERNATING, "at_risk": Segment.AT_RISK,
    "cannot_lose": Segment.CANNOT_LOSE, "lost": Segment.LOST,
}  # fmt: skip


def test_rfm_segment_grid() -> None:
    rows = [line.split() for line in GRID.strip().splitlines()]
    for r, row in zip((5, 4, 3, 2, 1), rows, strict=True):
        for fm, name in zip((1, 2, 3, 4, 5), row, strict=True):
            assert rfm_segment(r, fm, fm) == NAMES[name], (r, fm)
    assert rfm_segment(5, 5, 4) == Segment.CHAMPIONS  # FM = 9 // 2 = 4
    assert rfm_segment(2, 4, 1) == Segment.HIBERNATING  # FM = 5 // 2 = 2
    assert rfm_segment(1, 2, 1) == Segment.LOST  # FM = 1


def test_pareto_points() -> None:
    # 100, 60, 40 and two customers with nothing: total 200.
    points, for_80 = pareto_points([40, 100, 0, 60], customers=5)
    assert points == ((0, 0), (0.2, 0.5), (0.4, 0.8), (0.6, 1.0), (0.8, 1.0), (1.0, 1.0))
    # A: the revenue before 100 is 0%, before 60 is 50% (< 80%), before 40 is 80%: not short.
    assert for_80 == 2
    assert pareto_points([]) == ((), 0)
    assert pareto_points([], customers=2) == (((0, 0), (0.5, 0.0), (1.0, 0.0)), 0)
    many, _ = pareto_points(range(1, 1001))
    assert len(many) == 200 and many[0] == (0, 0) and many[-1] == (1.0, 1.0)
    assert all(a[0] < b[0] and a[1] <= b[1] for a, b in itertools.pairwise(many))


def test_stage_moves_keep_changes_in_funnel_order() -> None:
    pairs = [("active", "dormant", 2), ("prospect", "new", 1), ("new", "new", 4), ("new", "active", 1),
             ("active", "dormant", 1), ("dormant", "lost", 0)]  # fmt: skip
    assert stage_moves(pairs) == (("prospect", "new", 1), ("new", "active", 1), ("active", "dormant", 3))


# --- ten customers, worked out by hand ---------------------------------------------------------
#
# Today is Tuesday 30 June 2026; the period is June (1 June is a Monday, 29 days ago). Amounts in
# yuan (CNY, the base currency); USD 7.1, EUR 7.7, HKD 0.91 (the default rate table).
#
# name  orders (days ago x yuan)                       12-month revenue  orders in 12 months
# Ada   5, 40, 80, 150, 300 x 10,000                    50,000            5
# Bo    10, 100, 200 x 8,000                            24,000            3
# Cai   3 x 400                                         400               1
# Dan   200, 250, 280, 320 x 9,000                      36,000            4
# Eve   400, 500 x 20,000 (more than a year ago)        0                 0
# Fay   60 x 1,000 (tier set to A by hand)              1,000             1
# Gus   30, 120 x 2,000                                 4,000             2
# Hal   190, 220, 260 x 500                             1,500             3
# Ivy   a cancelled order only: a prospect              0                 0
# Jon   100: USD 1,000 = 7,100; 15: EUR 500 = 3,850     10,950            2
#
# ABC over 127,850 (ranked; the share of the revenue before each): Ada 0% A, Dan 39% A, Bo 67% A,
# Jon 86% B, Gus 95% B, Hal 98% C, Fay 99% C, Cai 99.7% C, Eve and Ivy nothing: C.
# 3 customers bring 80%. With Fay's manual A: A = Ada, Bo, Dan, Fay (111,000); B = Gus, Jon
# (14,950); C = Cai, Eve, Hal, Ivy (1,900).
#
# RFM among the 9 who ever ordered (Ivy has no score). n = 9, score = 1 + floor(5 * (below +
# tied/2) / 9); nine distinct values score 1,1,2,2,3,4,4,5,5 from the worst up.
#   R, days since the last order, fewest best: Eve 400, Dan 200, Hal 190, Fay 60, Gus 30, Jon 15,
#     Bo 10, Ada 5, Cai 3 -> Eve 1, Dan 1, Hal 2, Fay 2, Gus 3, Jon 4, Bo 4, Ada 5, Cai 5.
#   F, orders in 12 months: 0 Eve: (0 + .5)/9 -> 1; 1 Cai, Fay: (1 + 1)/9 -> 2; 2 Gus, Jon:
#     (3 + 1)/9 -> 3; 3 Bo, Hal: (5 + 1)/9 -> 4; 4 Dan: 7.5/9 -> 5; 5 Ada: 8.5/9 -> 5.
#   M, 12-month revenue: Eve 0, Cai 400, Fay 1,000, Hal 1,500, Gus 4,000, Jon 10,950, Bo 24,000,
#     Dan 36,000, Ada 50,000 -> Eve 1, Cai 1, Fay 2, Hal 2, Gus 3, Jon 4, Bo 4, Dan 5, Ada 5.
#   Segments, FM = (F + M) // 2: Ada 5,5,5 champions; Bo 4,4,4 loyal; Cai 5,2,1 FM 1 new customer;
#     Dan 1,5,5 cannot lose; Eve 1,1,1 lost; Fay 2,2,2 hibernating; Gus 3,3,3 needs attention;
#     Hal 2,4,2 FM 3 at risk; Jon 4,3,4 FM 3 potential loyalist.
#
# Lifecycle now (new < 90 days since the first order, dormant >= 180 days without, lost >= 365):
#   Ada active, Bo active, Cai new, Dan dormant, Eve lost, Fay new, Gus active, Hal dormant,
#   Ivy prospect, Jon active.
# On 1 June, from the orders before it (29 days less): Ada last 11 days before, first 271: active;
#   Bo active; Cai none: prospect; Dan last 171 days before (< 180): active; Eve lost; Fay first
#   31: new; Gus first 91: active; Hal last 161: active; Ivy prospect; Jon first 71: new.
#   Moves: prospect > new (Cai), new > active (Jon), active > dormant (Dan, Hal).
#
# Contacts (days ago) and ratings:
#   Ada visit 50 satisfied, call 3 very satisfied          last 3   trend +1
#   Bo  visit 80 very satisfied, visit 20 neutral          last 20  trend -2: falling
#   Cai complaint 95 (too old to be open), note 1          last 95
#   Dan email 10 satisfied; a complaint 1, deleted         last 10
#   Eve complaint 2, note 1 (a note is no contact): open   last 2
#   Fay never contacted
#   Gus meeting 40 neutral, meeting 5 dissatisfied         last 5   trend -1: falling
#   Hal call 100 very dissatisfied, complaint 20: open     last 20
#   Ivy complaint 10, call 5: answered                     last 5
#   Jon complaint 50, call 40 satisfied: answered          last 40
# Follow-up due (A 14, B 30, C 90 days): overdue are Bo (A, due 6 days ago), Fay (A, never),
#   Jon (B, due 10 days ago), Cai (C, due 5 days ago). A customers' days since contact:
#   Ada 3, Bo 20, Dan 10 (Fay never): 11.0 on average.
# Latest ratings: very satisfied Ada; satisfied Dan, Jon; neutral Bo; dissatisfied Gus;
#   very dissatisfied Hal.
#
# Zed: a customer deleted after the last refresh (its stats row stays) with an open complaint:
#   counted nowhere.

NAMES_10 = ("Ada", "Bo", "Cai", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon")


def ten_customers(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        c = {n: customers.create_customer(s, name=n) for n in NAMES_10}
        customers.update_customer(s, c["Fay"], tier_override="A")
        zed = customers.create_customer(s, name="Zed")

        def order(name: str, days: int, yuan: int, currency: str = "CNY", status: str = "ordered") -> None:
            orders.add_order(s, customer_id=c[name], ordered_on=ago(days), amount_cents=yuan * 100,
                             currency=currency, status=status)  # fmt: skip

        for d in (5, 40, 80, 150, 300):
            order("Ada", d, 10_000)
        for d in (10, 100, 200):
            order("Bo", d, 8_000)
        order("Cai", 3, 400)
        for d in (200, 250, 280, 320):
            order("Dan", d, 9_000)
        for d in (400, 500):
            order("Eve", d, 20_000)
        order("Fay", 60, 1_000)
        for d in (30, 120):
            order("Gus", d, 2_000)
        for d in (190, 220, 260):
            order("Hal", d, 500)
        order("Ivy", 5, 99_999, status="cancelled")
        order("Jon", 100, 1_000, "USD")
        order("Jon", 15, 500, "EUR")

        def touch(name: str, kind: str, days: int, level: str | None = None) -> str:
            return timeline.add_entry(s, customer_id=c.get(name, zed), kind=kind, occurred_at=at(days),
                                      satisfaction=level)  # fmt: skip

        touch("Ada", "visit", 50, "satisfied")
        touch("Ada", "call", 3, "very_satisfied")
        touch("Bo", "visit", 80, "very_satisfied")
        touch("Bo", "visit", 20, "neutral")
        touch("Cai", "complaint", 95)
        touch("Cai", "note", 1)
        touch("Dan", "email", 10, "satisfied")
        timeline.delete_entry(s, touch("Dan", "complaint", 1))
        touch("Eve", "complaint", 2)
        touch("Eve", "note", 1)
        touch("Gus", "meeting", 40, "neutral")
        touch("Gus", "meeting", 5, "dissatisfied")
        touch("Hal", "call", 100, "very_dissatisfied")
        touch("Hal", "complaint", 20)
        touch("Ivy", "complaint", 10)
        touch("Ivy", "call", 5)
        touch("Jon", "complaint", 50)
        touch("Jon", "call", 40, "satisfied")
        touch("Zed", "complaint", 1)

        # Visits (June's weeks start on the 1st, 8th, 15th, 22nd and 29th).
        for day, status, deleted in [
            (dt.date(2026, 5, 29), "done", False),  # before the period
            (dt.date(2026, 6, 2), "done", False),
            (dt.date(2026, 6, 3), "cancelled", False),  # was never going to happen: not planned
            (dt.date(2026, 6, 10), "done", False),
            (dt.date(2026, 6, 11), "missed", False),
            (dt.date(2026, 6, 12), "planned", False),  # past and not reported: planned, not done
            (dt.date(2026, 6, 16), "done", True),  # deleted
            (dt.date(2026, 6, 23), "done", False),
            (dt.date(2026, 6, 30), "planned", False),
            (dt.date(2026, 7, 1), "planned", False),  # after the period
        ]:
            s.add(Visit(customer_id=c["Ada"], planned_at=dt.datetime.combine(day, dt.time(9)), status=status,
                        deleted=deleted))  # fmt: skip

        # Events: one overlapping the period's start, one in it with leads, one without; one before.
        def event(name: str, first: dt.date, last: dt.date, cost: int, currency: str) -> str:
            e = Event(name=name, starts_on=first, ends_on=last, cost_cents=cost * 100, currency=currency)
            s.add(e)
            s.flush()
            return e.id

        fair = event("May fair", dt.date(2026, 5, 30), dt.date(2026, 6, 2), 1_000, "HKD")
        expo = event("Expo", dt.date(2026, 6, 5), dt.date(2026, 6, 7), 5_000, "USD")
        event("Seminar", dt.date(2026, 6, 20), dt.date(2026, 6, 20), 0, "CNY")
        spring = event("Spring show", dt.date(2026, 4, 10), dt.date(2026, 4, 12), 9_000, "CNY")
        for ev, status, customer in [
            (fair, "new", None),
            (expo, "converted", c["Cai"]),
            (expo, "converted", c["Jon"]),
            (expo, "new", None),
            (expo, "discarded", None),
            (spring, "converted", c["Ada"]),
        ]:
            s.add(Lead(event_id=ev, name="visitor", status=status, customer_id=customer))

        analytics.refresh(s, settings=S, today=TODAY)
        # As last month's refresh left them: Bo was B, Jon C; Gus's tier last moved in May.
        before: list[tuple[str, dict[str, object]]] = [
            ("Bo", {"tier": "B"}),
            ("Jon", {"tier": "C"}),
            ("Gus", {"tier_before": "A", "tier_changed_on": dt.date(2026, 5, 15)}),
        ]
        for name, values in before:
            s.execute(update(CustomerStats).where(CustomerStats.customer_id == c[name]).values(**values))
        analytics.refresh(s, settings=S, today=TODAY)
        customers.delete_customer(s, zed)
    return c


def listed(profile: Profile, f: ListFilter | None) -> list[str]:
    assert f is not None
    with profile.session() as s:
        return customer_list.ordered_ids(s, filter=f)


def names(c: dict[str, str], ids: list[str]) -> set[str]:
    by_id = {v: k for k, v in c.items()}
    return {by_id.get(i, i) for i in ids}


def all_slices(d: Dashboard) -> list[Slice]:
    return [*d.pareto.tiers, *d.pareto.tier_changes, *d.rfm, *d.funnel.stages, *d.follow_up.overdue,
            *d.satisfaction.levels, d.satisfaction.dropped, d.satisfaction.complaints_open]  # fmt: skip


def test_the_ten_customers(profile: Profile) -> None:
    c = ten_customers(profile)
    with profile.session() as s:
        d = compute(s, period=JUNE, settings=S, today=TODAY)
    assert (d.period, d.currency, d.today) == (JUNE, "CNY", TODAY)

    p = d.pareto
    assert (p.customers, p.revenue_cents, p.customers_for_80) == (10, 127_850_00, 3)
    # Largest first: 50,000, 36,000, 24,000, 10,950, 4,000, 1,500, 1,000, 400, 0, 0.
    cumulative = [0, 50_000, 86_000, 110_000, 120_950, 124_950, 126_450, 127_450, 127_850, 127_850, 127_850]
    assert p.points == tuple((k / 10, v / 127_850) for k, v in enumerate(cumulative))
    assert [(t.key, t.customers, t.amount_cents) for t in p.tiers] == [
        ("A", 4, 111_000_00), ("B", 2, 14_950_00), ("C", 4, 1_900_00),
    ]  # fmt: skip
    assert [(t.key, t.customers) for t in p.tier_changes] == [("B>A", 1), ("C>B", 1)]

    assert [(r.key, r.customers, r.amount_cents) for r in d.rfm] == [
        ("champions", 1, 50_000_00), ("loyal", 1, 24_000_00), ("potential_loyalist", 1, 10_950_00),
        ("new_customers", 1, 400_00), ("needs_attention", 1, 4_000_00), ("at_risk", 1, 1_500_00),
        ("cannot_lose", 1, 36_000_00), ("hibernating", 1, 1_000_00), ("lost", 1, 0),
    ]  # fmt: skip
    segment_of = {r.key: names(c, listed(profile, r.filter)) for r in d.rfm}
    assert segment_of == {
        "champions": {"Ada"}, "loyal": {"Bo"}, "potential_loyalist": {"Jon"}, "new_customers": {"Cai"},
        "needs_attention": {"Gus"}, "at_risk": {"Hal"}, "cannot_lose": {"Dan"}, "hibernating": {"Fay"},
        "lost": {"Eve"},
    }  # fmt: skip

    assert [(st.key, st.customers) for st in d.funnel.stages] == [
        ("prospect", 1), ("new", 2), ("active", 4), ("dormant", 2), ("lost", 1),
    ]  # fmt: skip
    assert d.funnel.moves == (("prospect", "new", 1), ("new", "active", 1), ("active", "dormant", 2))

    f = d.follow_up
    assert [(o.key, o.customers) for o in f.overdue] == [("A", 2), ("B", 1), ("C", 1)]
    assert {o.key: names(c, listed(profile, o.filter)) for o in f.overdue} == {
        "A": {"Bo", "Fay"}, "B": {"Jon"}, "C": {"Cai"},
    }  # fmt: skip
    assert [(w.start.day, w.planned, w.done) for w in f.weeks] == [(1, 1, 1), (8, 3, 1), (15, 0, 0), (22, 1, 1),
                                                                   (29, 1, 0)]  # fmt: skip
    assert f.a_days_since_contact == 11.0

    sat = d.satisfaction
    assert [(lv.key, lv.customers) for lv in sat.levels] == [
        ("very_satisfied", 1), ("satisfied", 2), ("neutral", 1), ("dissatisfied", 1), ("very_dissatisfied", 1),
    ]  # fmt: skip
    assert names(c, listed(profile, sat.levels[1].filter)) == {"Dan", "Jon"}
    assert sat.dropped.customers == 2 and names(c, listed(profile, sat.dropped.filter)) == {"Bo", "Gus"}
    assert sat.complaints_open.customers == 2
    assert names(c, listed(profile, sat.complaints_open.filter)) == {"Eve", "Hal"}

    # Events held in June: the May fair (overlapping its first days), the Expo, the Seminar.
    # May fair: 1 lead, HKD 1,000 = 910 yuan. Expo: 4 leads, 2 converted (Cai and Jon); revenue
    # since 5 June: Cai's 400 + Jon's EUR 500 = 3,850 (his USD order of 100 days ago is older);
    # cost USD 5,000 = 35,500, per lead 8,875. Seminar: no leads, no cost.
    assert [(e.name, e.leads, e.converted, e.revenue_cents, e.cost_cents, e.cost_per_lead_cents)
            for e in d.events] == [
        ("May fair", 1, 0, 0, 910_00, 910_00),
        ("Expo", 4, 2, 4_250_00, 35_500_00, 8_875_00),
        ("Seminar", 0, 0, 0, 0, None),
    ]  # fmt: skip
    assert names(c, listed(profile, d.events[1].converted_filter)) == {"Cai", "Jon"}
    assert listed(profile, d.events[2].converted_filter) == []  # nobody converted: an empty list

    # Every slice's filter lists exactly the customers it counts.
    for sl in all_slices(d):
        assert len(listed(profile, sl.filter)) == sl.customers, sl
    assert names(c, listed(profile, ListFilter(tier_changed_since=JUNE.start))) == {"Bo", "Jon"}
    assert names(c, listed(profile, ListFilter(tier_changed_since=dt.date(2026, 5, 1)))) == {
        "Bo",
        "Jon",
        "Gus",
    }


def test_the_stored_figures_and_the_list(profile: Profile) -> None:
    c = ten_customers(profile)
    with profile.session() as s:
        stats = {st.customer_id: st for st in s.query(CustomerStats)}
        rows = {r.id: r for r in customer_list.rows(s, list(c.values()))}
        # A scoped refresh (after a logged call) keeps the segment and the tier change as stored.
        timeline.add_entry(s, customer_id=c["Bo"], kind="call", occurred_at=at(0))
        analytics.refresh(s, settings=S, today=TODAY, customer_ids=[c["Bo"], c["Ivy"]])
        bo = s.get(CustomerStats, c["Bo"])
        assert bo is not None
        assert (bo.rfm_segment, bo.tier_before, bo.tier_changed_on, bo.tier) == ("loyal", "B", TODAY, "A")
        assert bo.next_due_on == TODAY + dt.timedelta(days=14)
        # A full refresh that moves no tier keeps the last change and its day.
        analytics.refresh(s, settings=S, today=TODAY + dt.timedelta(days=1))
        gus = s.get(CustomerStats, c["Gus"])
        assert gus is not None and (gus.tier_before, gus.tier_changed_on) == ("A", dt.date(2026, 5, 15))
    assert stats[c["Ivy"]].rfm_segment is None  # no order: no segment
    assert (stats[c["Jon"]].tier_before, stats[c["Jon"]].tier, stats[c["Jon"]].tier_changed_on) == (
        "C",
        "B",
        TODAY,
    )
    assert stats[c["Ada"]].tier_before is None  # never changed
    assert (rows[c["Dan"]].segment, rows[c["Ivy"]].segment) == ("cannot_lose", None)
    assert names(c, listed(profile, ListFilter(segments=("lost", "cannot_lose")))) == {"Eve", "Dan"}
    assert listed(profile, ListFilter(tier_moves=("C>B",))) == [c["Jon"]]
    with profile.session() as s:
        ordered = customer_list.ordered_ids(s, filter=ListFilter(), sort="segment")
    # Segment codes sort alphabetically, customers without one last.
    assert ordered[0] == c["Hal"] and ordered[-1] == c["Ivy"]  # at_risk first


def test_any_number_of_ids_in_a_filter(profile: Profile) -> None:
    with profile.session() as s:
        raw = s.connection().connection.dbapi_connection
        raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)  # type: ignore[union-attr]
        a = customers.create_customer(s, name="A")
        customers.create_customer(s, name="B")
        many = (a, *(f"not-here-{i}" for i in range(40_000)))
        assert customer_list.ordered_ids(s, filter=ListFilter(ids=many)) == [a]
        assert customer_list.ordered_ids(s, filter=ListFilter(ids=())) == []
        assert len(customer_list.ordered_ids(s, filter=ListFilter(ids=None))) == 2


# --- edge cases ---------------------------------------------------------------------------------


def test_an_empty_profile(profile: Profile) -> None:
    with profile.session() as s:
        d = compute(s, period=JUNE, settings=S, today=TODAY)
    assert (d.pareto.points, d.pareto.customers, d.pareto.customers_for_80, d.pareto.revenue_cents) == (
        (),
        0,
        0,
        0,
    )
    assert [t.customers for t in d.pareto.tiers] == [0, 0, 0] and d.pareto.tier_changes == ()
    assert d.rfm == () and d.funnel.moves == () and d.events == ()
    assert [st.customers for st in d.funnel.stages] == [0] * 5
    assert d.follow_up.a_days_since_contact is None and len(d.follow_up.weeks) == 5
    assert d.satisfaction.dropped.customers == d.satisfaction.complaints_open.customers == 0
    assert to_json(d)["pareto"]["points"] == []


def test_customers_without_orders(profile: Profile) -> None:
    with profile.session() as s:
        for n in ("P", "Q", "R"):
            customers.create_customer(s, name=n)
        analytics.refresh(s, settings=S, today=TODAY)
        d = compute(s, period=JUNE, settings=S, today=TODAY)
    assert d.pareto.points == ((0, 0), (1 / 3, 0.0), (2 / 3, 0.0), (1.0, 0.0))
    assert (d.pareto.customers, d.pareto.revenue_cents, d.pareto.customers_for_80) == (3, 0, 0)
    assert [(t.key, t.customers) for t in d.pareto.tiers] == [("A", 0), ("B", 0), ("C", 3)]
    assert d.rfm == ()  # no orders, no scores
    assert (d.funnel.stages[0].key, d.funnel.stages[0].customers, d.funnel.moves) == ("prospect", 3, ())
    assert [(o.key, o.customers) for o in d.follow_up.overdue] == [("A", 0), ("B", 0), ("C", 3)]


def test_one_customer(profile: Profile) -> None:
    with profile.session() as s:
        only = customers.create_customer(s, name="Only")
        orders.add_order(s, customer_id=only, ordered_on=ago(10), amount_cents=500_00)
        analytics.refresh(s, settings=S, today=TODAY)
        d = compute(s, period=JUNE, settings=S, today=TODAY)
    assert d.pareto.points == ((0, 0), (1.0, 1.0)) and d.pareto.customers_for_80 == 1
    # Alone, every score is the middle one: 3, 3, 3 -> needs attention.
    assert [(r.key, r.customers) for r in d.rfm] == [("needs_attention", 1)]
    assert d.funnel.moves == (("prospect", "new", 1),)  # ordered in June for the first time


def test_ties_share_tiers_and_scores(profile: Profile) -> None:
    with profile.session() as s:
        twins = [customers.create_customer(s, name=n) for n in ("Twin 1", "Twin 2")]
        small = customers.create_customer(s, name="Small")
        for cid in twins:
            orders.add_order(s, customer_id=cid, ordered_on=ago(10), amount_cents=1_000_00)
        orders.add_order(s, customer_id=small, ordered_on=ago(200), amount_cents=10_00)
        analytics.refresh(s, settings=S, today=TODAY)
        d = compute(s, period=JUNE, settings=S, today=TODAY)
        stats = {st.customer_id: st for st in s.query(CustomerStats)}
    # Total 2,010: twin 1 0% before, twin 2 49.8% before: both A; Small 99.5%: C.
    assert [stats[t].tier for t in twins] == ["A", "A"] and stats[small].tier == "C"
    # R: Small 200 days (0.5/3 -> 1), the twins 10 days ((1 + 1)/3 -> 4); F: all 1 order: 3;
    # M: Small (0.5/3 -> 1), the twins (2/3 -> 4). Twins 4,3,4: FM 3, potential; Small 1,3,1: FM 2.
    assert {stats[t].rfm_segment for t in twins} == {"potential_loyalist"}
    assert stats[small].rfm_segment == "hibernating"
    assert d.pareto.customers_for_80 == 2


def test_amounts_in_another_base_currency(profile: Profile) -> None:
    usd = Settings(base_currency="USD")
    with profile.session() as s:
        cid = customers.create_customer(s, name="Yuan Co")
        orders.add_order(
            s, customer_id=cid, ordered_on=ago(10), amount_cents=7_100_00
        )  # CNY 7,100 = USD 1,000
        orders.add_order(
            s, customer_id=cid, ordered_on=ago(9), amount_cents=100_00, currency="EUR"
        )  # USD 108.45
        s.add(Event(name="Show", starts_on=ago(20), ends_on=ago(20), cost_cents=1_420_00, currency="CNY"))
        s.add(Lead(event_id=s.query(Event.id).scalar(), name="x", status="converted", customer_id=cid))
        analytics.refresh(s, settings=usd, today=TODAY)
        d = compute(s, period=JUNE, settings=usd, today=TODAY)
    assert d.currency == "USD"
    assert d.pareto.revenue_cents == 1_108_45  # 1,000 + 100 * 7.7 / 7.1
    (show,) = d.events
    assert (show.cost_cents, show.cost_per_lead_cents, show.revenue_cents) == (200_00, 200_00, 1_108_45)


def test_json_for_scripts(profile: Profile) -> None:
    ten_customers(profile)
    with profile.session() as s:
        j = to_json(compute(s, period=JUNE, settings=S, today=TODAY))
    assert j["period"] == {"kind": "month", "start": "2026-06-01", "end": "2026-07-01"}
    assert j["pareto"]["tiers"]["A"] == {"customers": 4, "amount_cents": 111_000_00}
    assert j["pareto"]["tier_changes"] == {"B>A": 1, "C>B": 1}
    assert j["rfm"]["champions"]["customers"] == 1
    assert j["funnel"]["moves"][0] == {"from": "prospect", "to": "new", "customers": 1}
    assert j["follow_up"]["overdue"] == {"A": 2, "B": 1, "C": 1}
    assert j["satisfaction"]["complaints_open"] == 2
    assert j["events"][1]["cost_per_lead_cents"] == 8_875_00


def test_stages_on_the_period_start_agree_with_the_lifecycle_rule(profile: Profile) -> None:
    """The SQL that dates each customer's stage back to the period's start says what
    ``analytics.lifecycle_stage`` says over the orders before it, on random order histories."""
    import random

    rng = random.Random(8)
    start = dt.date(2026, 4, 1)
    history: dict[str, list[tuple[dt.date, str]]] = {}
    with profile.session() as s:
        for i in range(80):
            cid = customers.create_customer(s, name=f"C{i}")
            history[cid] = []
            for _ in range(rng.choice((0, 1, 2, 4))):
                # Around every threshold of the rule, counted from the period's start, and after it.
                shift = rng.choice(
                    (-500, -366, -365, -364, -181, -180, -179, -91, -90, -89, -30, -1, 0, 10, 60)
                )
                day = start + dt.timedelta(days=shift)
                status = rng.choice(("ordered", "paid", "cancelled", "quote"))
                orders.add_order(s, customer_id=cid, ordered_on=day, amount_cents=100, status=status)
                history[cid].append((day, status))
        analytics.refresh(s, settings=S, today=TODAY)
        d = compute(s, period=Period(PeriodKind.CUSTOM, start, TODAY), settings=S, today=TODAY)
        now = dict(s.query(CustomerStats.customer_id, CustomerStats.lifecycle).all())
    pairs = []
    for cid, placed in history.items():
        before = [day for day, status in placed if day < start and status in ("ordered", "paid")]
        was = analytics.lifecycle_stage(
            min(before, default=None), max(before, default=None), today=start, settings=S
        )
        pairs.append((was.value, now[cid], 1))
    assert d.funnel.moves == stage_moves(pairs) and d.funnel.moves
