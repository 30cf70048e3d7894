"""The duplicate check beside the capture form: the same person typed again, differently."""

from __future__ import annotations

import pytest

from desktop_crm.core import customers, events
from desktop_crm.core.duplicates import likely_duplicates, name_key
from desktop_crm.storage.profile import Profile


@pytest.fixture
def ids(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        out = {
            "hualian": customers.create_customer(
                s,
                name="上海华联商贸有限公司",
                city="上海",
                phone="021 6555 1234",
                email="info@hualian.example.cn",
            ),
            "acme": customers.create_customer(s, name="Acme Widgets Ltd", city="Suzhou"),
            "other": customers.create_customer(s, name="华夏机械", city="上海"),
        }
        out["zhang"] = customers.add_contact(
            s,
            customer_id=out["hualian"],
            name="张伟",
            mobile="13800138000",
            email="zhang.wei@hualian.example.cn",
        )
        out["smith"] = customers.add_contact(s, customer_id=out["acme"], name="John Smith", title="Buyer")
        out["lucy"] = events.create_lead(
            s, name="Lucy Chen", company="Pacific Trading", phone="+852 9123 4567"
        )
    return out


def test_the_same_mobile_in_another_format(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        found = likely_duplicates(s, name="Zhang Wei", phone="+86 138-0013-8000")
    assert found[0].id == ids["zhang"] and "phone" in found[0].reasons and found[0].score == 100


def test_a_chinese_name_in_full_width_characters(profile: Profile, ids: dict[str, str]) -> None:
    """Typed with a full-width space, at the company written with full-width brackets and
    spaces: still 张伟 of 上海华联."""
    assert name_key("张　伟") == name_key("张伟")
    with profile.session() as s:
        found = likely_duplicates(s, name="张　伟", company="上海华联商贸有限公司（总部）")
    assert [(m.id, m.reasons) for m in found[:2]] == [
        (ids["zhang"], ("name", "company")),
        (ids["hualian"], ("company",)),
    ]


def test_email_case_and_a_lead_seen_before(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        by_mail = likely_duplicates(s, name="Wei Zhang", email="Zhang.Wei@Hualian.example.cn")
        by_lead = likely_duplicates(s, name="Lucy  Chen", company="Pacific Trading Co.")
    assert by_mail[0].id == ids["zhang"] and by_mail[0].reasons == ("email",)
    assert by_lead[0].id == ids["lucy"] and by_lead[0].kind == "lead"


def test_a_typo_in_a_latin_name_at_the_same_company(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        found = likely_duplicates(s, name="John Smyth", company="Acme Widgets Ltd.")
    assert found[0].id in (ids["smith"], ids["acme"])
    assert {m.id for m in found} >= {ids["smith"], ids["acme"]}


def test_strangers_and_half_typed_input_find_nothing(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        assert (
            likely_duplicates(s, name="Maria Garcia", company="Iberia Foods", phone="+34 912 345 678") == []
        )
        assert likely_duplicates(s, name="张", phone="138") == []  # one character, half a number
        assert likely_duplicates(s, name="") == []
    with profile.session() as s:
        # The lead being edited is not its own duplicate.
        assert likely_duplicates(s, name="Lucy Chen", company="Pacific Trading", exclude=ids["lucy"]) == []
