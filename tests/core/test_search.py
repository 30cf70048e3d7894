"""Search as a rep types it: Chinese of any length, pinyin, English prefixes, phone digits."""

from __future__ import annotations

import pytest

from desktop_crm.core import customers, events
from desktop_crm.core.search import search
from desktop_crm.storage.profile import Profile


@pytest.fixture
def ids(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        out = {
            "hualian": customers.create_customer(
                s,
                name="北京华联商贸有限公司",
                city="北京",
                phone="010 6555 1234",
                email="info@hualian.com.cn",
            ),
            "huaxia": customers.create_customer(s, name="华夏机械", city="上海"),
            "chongqing": customers.create_customer(s, name="重庆长城电子", city="重庆"),
            "harbor": customers.create_customer(
                s, name="Harbor Logistics Ltd", city="Suzhou", email="sales@harbor.com"
            ),
            "harbinger": customers.create_customer(s, name="Harbinger Foods", city="Ningbo"),
        }
        out["wang"] = customers.add_contact(
            s,
            customer_id=out["hualian"],
            name="王建华",
            mobile="13812345678",
            email="wang.jianhua@hualian.com.cn",
        )
        out["lead"] = events.create_lead(
            s, name="Lucy Chen", company="Pacific Trading", phone="+852 9123 4567"
        )
    return out


def find(profile: Profile, query: str, **kw: object) -> list[str]:
    with profile.session() as s:
        return [h.id for h in search(s, query=query, **kw)]  # type: ignore[arg-type]


def test_one_two_and_more_chinese_characters(profile: Profile, ids: dict[str, str]) -> None:
    assert set(find(profile, "华")) >= {ids["hualian"], ids["huaxia"], ids["wang"]}
    assert ids["chongqing"] not in find(profile, "华")
    two = find(profile, "华联")
    assert two[0] == ids["hualian"]
    assert ids["huaxia"] not in two
    assert find(profile, "华联商贸")[0] == ids["hualian"]
    assert find(profile, "有限公司") == [
        ids["hualian"],
        ids["wang"],
    ]  # the contact matches through its company


def test_pinyin_initials_and_full(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "bjhl")[0] == ids["hualian"]
    assert find(profile, "hualian")[0] == ids["hualian"]
    assert find(profile, "BJHL")[0] == ids["hualian"]
    assert ids["chongqing"] in find(profile, "chongqing")  # context-aware reading: 重庆 is chong
    assert find(profile, "wjh") == [ids["wang"]]


def test_english_prefix_and_substring(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "har") == [ids["harbinger"], ids["harbor"]]  # both prefixes, by name
    assert find(profile, "ha")[:2] == [ids["harbinger"], ids["harbor"]]
    assert find(profile, "logistics") == [ids["harbor"]]
    assert find(profile, "harbor logistics ltd")[0] == ids["harbor"]  # exact first


def test_exact_before_prefix_before_substring(profile: Profile) -> None:
    with profile.session() as s:
        sub = customers.create_customer(s, name="Super Acme Holdings")
        pre = customers.create_customer(s, name="Acme Holdings")
        exact = customers.create_customer(s, name="Acme")
        hits = search(s, query="acme")
    assert [h.id for h in hits] == [exact, pre, sub]
    assert [h.match for h in hits] == ["exact", "prefix", "substring"]


def test_phone_digits_in_any_format(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "13812345678") == [ids["wang"]]
    assert find(profile, "138 1234") == [ids["wang"]]
    assert find(profile, "65551234") == [ids["hualian"]]
    assert find(profile, "9123-4567") == [ids["lead"]]


def test_email_and_city(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "sales@harbor") == [ids["harbor"]]
    assert find(profile, "ningbo") == [ids["harbinger"]]
    assert ids["huaxia"] in find(profile, "上海")


def test_full_width_query_matches_half_width_text(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "ＨＡＲＢＯＲ") == [ids["harbor"]]


def test_deleted_rows_are_not_found(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        customers.delete_customer(s, ids["hualian"])
    assert find(profile, "华联") == []
    assert find(profile, "bjhl") == []
    assert find(profile, "13812345678") == []  # its contact went with it


def test_index_follows_updates_and_cascades_to_contacts(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        customers.update_customer(s, ids["hualian"], name="天津新天地贸易")
    assert find(profile, "华联") == []
    assert find(profile, "新天地")[:2] == [ids["hualian"], ids["wang"]]
    with profile.session() as s:
        hit = next(h for h in search(s, query="王建华") if h.id == ids["wang"])
    assert "天津新天地贸易" in hit.detail


def test_kinds_and_limit(profile: Profile, ids: dict[str, str]) -> None:
    assert find(profile, "华", kinds=["contact"]) == [ids["wang"]]
    assert find(profile, "lucy", kinds=["lead"]) == [ids["lead"]]
    assert len(find(profile, "华", limit=1)) == 1
    assert find(profile, "   ") == []


def test_fts_syntax_in_queries_is_literal(profile: Profile, ids: dict[str, str]) -> None:
    for query in ['"', "AND", "a*", "NEAR(", "-", "华 OR"]:
        find(profile, query)  # must not raise
    assert find(profile, 'harbor"') == []


def test_toneless_pinyin_equals_pypinyins_normal_style() -> None:
    from pypinyin import lazy_pinyin

    from desktop_crm.core.demo_words import BRAND_FIRST, BRAND_SECOND, GIVEN, INDUSTRIES_ZH, SURNAMES
    from desktop_crm.core.search_index import pinyin_syllables

    samples = ["吕布", "女装", "绿色", "重庆长城", "银行", "略", "嗯", *GIVEN, *INDUSTRIES_ZH]
    samples += [a + b for a in BRAND_FIRST for b in BRAND_SECOND] + list(SURNAMES)
    for text in samples:
        assert pinyin_syllables(text) == lazy_pinyin(text), text


def test_sort_key_orders_chinese_by_pinyin_among_latin() -> None:
    from desktop_crm.core.search_index import sort_key

    names = ["Zeta", "北京华联", "Atlas", "重庆长城", "Beta", "阿里", "ＢＥＴＡ２"]
    assert sorted(names, key=sort_key) == [
        "阿里",
        "Atlas",
        "北京华联",
        "Beta",
        "ＢＥＴＡ２",
        "重庆长城",
        "Zeta",
    ]
    assert sort_key("重庆长城") == "chong qing chang cheng"
