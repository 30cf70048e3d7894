"""The duplicate finder over the whole profile, and "not a duplicate" remembered."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_crm.core import customers
from desktop_crm.core.dedupe import (
    EMAIL,
    NAME,
    PHONE,
    Pair,
    find_duplicate_customers,
    firm_keys,
    mark_not_duplicate,
    not_duplicates,
)
from desktop_crm.core.errors import Cancelled, CrmError, NotFound
from desktop_crm.core.models import Customer
from desktop_crm.storage.profile import Profile


@pytest.fixture
def ids(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        made = {
            key: customers.create_customer(s, name=name, city=city)
            for key, name, city in (
                ("hualian", "北京华联商贸有限公司", "北京"),
                ("hualian_trad", "北京華聯商貿有限公司", "北京"),
                ("abc_wide", "ＡＢＣ　Co.", "Shenzhen"),
                ("abc", "ABC Co.", "Shenzhen"),
                ("acme", "Acme Co., Ltd.", "Suzhou"),
                ("acme_long", "ACME Company Limited", "Suzhou"),
                ("blue", "Bluewater Trading (Ningbo) Inc.", "Ningbo"),
                ("blue_typo", "Bluewatr Trading (Ningbo) Inc.", "Ningbo"),
                ("shanghai", "上海华联商贸有限公司", "上海"),
                ("shanghai_branch", "华联商贸（上海）有限公司", "上海"),
                # Clearly different, however alike they look.
                ("huacheng", "上海华成商贸有限公司", "上海"),
                ("xiamen", "Atlas Foods (Xiamen) Inc.", "Xiamen"),
                ("xian", "Atlas Foods (Xi'an) Inc.", "Xi'an"),
                ("store12", "Summit Store 12", "Hangzhou"),
                ("store13", "Summit Store 13", "Hangzhou"),
            )
        }
        made["phone_a"] = customers.create_customer(s, name="Harbor Instruments", phone="010 6512 3456")
        # An imported number kept as it was entered: another format of the same one.
        imported = Customer(name="海港仪器", phone="+86 (10) 6512-3456")
        s.add(imported)
        s.flush()
        made["phone_b"] = imported.id
        made["mail_a"] = customers.create_customer(s, name="Nordic Tools AB", email="Sales@nordic.example")
        made["mail_b"] = customers.create_customer(s, name="Nordisk Verktyg", email="sales@nordic.example")
        gone = customers.create_customer(s, name="ABC Co., Ltd.")
        customers.delete_customer(s, gone)
    return made


def by_ids(pairs: list[Pair]) -> dict[frozenset[str], Pair]:
    return {frozenset(p.ids): p for p in pairs}


def test_name_keys_fold_width_script_and_legal_form() -> None:
    assert firm_keys("北京華聯商貿有限公司") == firm_keys("北京华联商贸股份有限公司") == ("北京华联商贸", "")
    assert firm_keys("ＡＢＣ　Co., Ltd.") == firm_keys("abc company limited") == ("abc", "")
    assert firm_keys("华联商贸（上海）有限公司") == ("华联商贸", "上海")
    assert firm_keys("The Acme Corporation (Shenzhen) GmbH") == ("acme", "shenzhen")
    assert firm_keys("Limited") == ("limited", "")  # nothing but a legal form: kept as it is


def test_finds_the_duplicates_and_only_those(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        pairs = find_duplicate_customers(s)
    found = by_ids(pairs)
    expected = {
        ("hualian", "hualian_trad"): (NAME,),
        ("abc_wide", "abc"): (NAME,),
        ("acme", "acme_long"): (NAME,),
        ("blue", "blue_typo"): (NAME,),
        ("shanghai", "shanghai_branch"): (NAME,),
        ("phone_a", "phone_b"): (PHONE,),
        ("mail_a", "mail_b"): (EMAIL,),
    }
    assert {frozenset(ids[k] for k in pair): why for pair, why in expected.items()} == {
        key: p.reasons for key, p in found.items()
    }
    for p in pairs:
        assert p.a_id < p.b_id  # the older record first
    assert found[frozenset((ids["hualian"], ids["hualian_trad"]))].score == 100
    assert found[frozenset((ids["blue"], ids["blue_typo"]))].score < 100
    # Surest first: a name-only match ranks by how alike the names are.
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    pair = found[frozenset((ids["phone_a"], ids["phone_b"]))]
    assert {pair.a_name, pair.b_name} == {"Harbor Instruments", "海港仪器"}
    assert 70 <= pair.score < 100


def test_not_a_duplicate_is_remembered(profile: Profile, ids: dict[str, str]) -> None:
    acme = frozenset((ids["acme"], ids["acme_long"]))
    with profile.session() as s:
        mark_not_duplicate(s, ids["acme_long"], ids["acme"])  # either order
        mark_not_duplicate(s, ids["acme"], ids["acme_long"])  # twice is once
    with profile.session() as s:
        found = by_ids(find_duplicate_customers(s))
        stored = s.execute(select(not_duplicates.c.a_id, not_duplicates.c.b_id)).all()
    assert acme not in found
    assert frozenset((ids["hualian"], ids["hualian_trad"])) in found
    assert stored == [tuple(sorted(acme))]


def test_marking_needs_two_live_customers(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        with pytest.raises(CrmError, match="itself"):
            mark_not_duplicate(s, ids["abc"], ids["abc"])
        with pytest.raises(NotFound):
            mark_not_duplicate(s, ids["abc"], "no-such-id")


def test_progress_is_reported_and_can_stop_the_search(profile: Profile, ids: dict[str, str]) -> None:
    seen: list[tuple[int, int]] = []
    with profile.session() as s:
        pairs = find_duplicate_customers(s, progress=lambda done, total: seen.append((done, total)), limit=2)
    assert len(pairs) == 2
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert all(done <= total for done, total in seen)

    def stop(done: int, _total: int) -> None:
        if done > 0:
            raise Cancelled()

    with profile.session() as s, pytest.raises(Cancelled):
        find_duplicate_customers(s, progress=stop)


def test_a_shared_switchboard_number_pairs_nobody(profile: Profile) -> None:
    with profile.session() as s:
        for n in range(25):
            customers.create_customer(s, name=f"连锁门店 {n}号", phone="021 5555 1234")
        assert find_duplicate_customers(s) == []
