from __future__ import annotations

import datetime as dt

from desktop_crm.core import analytics, customer_list, customers, orders, timeline
from desktop_crm.core.customer_list import ListFilter
from desktop_crm.storage.profile import Profile

TODAY = dt.date(2026, 6, 30)


def make(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        ids = {
            "big": customers.create_customer(s, name="Beta Big", city="上海", province="上海市"),
            "mid": customers.create_customer(s, name="Alpha Mid", city="杭州", relationship="partner"),
            "small": customers.create_customer(s, name="北京华联", city="北京", tier_override="A"),
            "none": customers.create_customer(s, name="Gamma None", city="上海"),
        }
        orders.add_order(s, customer_id=ids["big"], ordered_on=TODAY, amount_cents=90_000)
        orders.add_order(s, customer_id=ids["mid"], ordered_on=TODAY, amount_cents=9_000)
        orders.add_order(s, customer_id=ids["small"], ordered_on=TODAY, amount_cents=100)
        timeline.add_entry(s, customer_id=ids["big"], kind="call", occurred_at=dt.datetime(2026, 6, 29, 9))
        gone = customers.create_customer(s, name="Deleted Co", city="上海")
        customers.delete_customer(s, gone)
        analytics.refresh(s, settings=profile.settings, today=TODAY)
    return ids


def ids_for(profile: Profile, **kw: object) -> list[str]:
    sort = kw.pop("sort", "name")
    desc = kw.pop("descending", False)
    with profile.session() as s:
        return customer_list.ordered_ids(s, filter=ListFilter(**kw), sort=sort, descending=desc)  # type: ignore[arg-type]


def test_sorting_in_sql_with_nulls_last(profile: Profile) -> None:
    c = make(profile)
    # Chinese sorts by pinyin among Latin names: Alpha, 北京华联 (bei jing...), Beta, Gamma.
    assert ids_for(profile) == [c["mid"], c["small"], c["big"], c["none"]]
    assert ids_for(profile, descending=True) == [c["none"], c["big"], c["small"], c["mid"]]
    assert ids_for(profile, sort="revenue", descending=True) == [c["big"], c["mid"], c["small"], c["none"]]
    # Only Big has been contacted; the never-contacted have no due date and sort last.
    assert ids_for(profile, sort="next_due")[0] == c["big"]


def test_filters(profile: Profile) -> None:
    c = make(profile)
    assert ids_for(profile, text="华联") == [c["small"]]
    assert ids_for(profile, text="bjhl") == [c["small"]]
    assert ids_for(profile, text="zzz") == []
    assert ids_for(profile, city="上海") == [c["big"], c["none"]]  # the deleted one is gone
    assert ids_for(profile, relationships=("partner",)) == [c["mid"]]
    assert set(ids_for(profile, tiers=("A",))) == {c["big"], c["small"]}  # small by override
    assert ids_for(profile, lifecycles=("prospect",)) == [c["none"]]
    assert set(ids_for(profile, overdue_on=TODAY)) == {c["mid"], c["small"], c["none"]}


def test_rows_come_in_the_order_asked_with_tier_source(profile: Profile) -> None:
    c = make(profile)
    with profile.session() as s:
        rows = customer_list.rows(s, [c["small"], c["big"], "missing"])
    assert [r.id for r in rows] == [c["small"], c["big"]]
    assert (rows[0].tier, rows[0].tier_is_manual) == ("A", True)
    assert (rows[1].tier, rows[1].tier_is_manual, rows[1].revenue_12m_cents) == ("A", False, 90_000)


def test_places_and_owners_for_the_filters(profile: Profile) -> None:
    make(profile)
    with profile.session() as s:
        places = customer_list.places(s)
        owners = customer_list.owners(s)
    # The busiest province first; the deleted customer is not counted.
    assert [(p.province, p.city, p.customers) for p in places] == [
        (None, "上海", 1), (None, "北京", 1), (None, "杭州", 1), ("上海市", "上海", 1),
    ]  # fmt: skip
    assert [(o.id, o.customers) for o in owners] == [(None, 4)]
