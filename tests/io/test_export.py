"""Exports: CSV that Excel reads Chinese from, typed XLSX, vCards that phones take with their
labels, and the customer list's filter deciding what goes out."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook

from desktop_crm.core import analytics, customers, orders, timeline
from desktop_crm.core.customer_list import ListFilter
from desktop_crm.core.errors import CrmError
from desktop_crm.io.cards import read_payload
from desktop_crm.io.export import (
    contacts_for_export,
    customers_csv,
    customers_for_export,
    customers_xlsx,
    export_file,
)
from desktop_crm.io.vcards import contacts_vcard, split_name
from desktop_crm.storage.profile import Profile

TODAY = dt.date(2026, 6, 30)
# The contract with the importer: these headers, in this order.
HEADERS = [
    "Name", "Industry", "Phone", "Email", "Website", "Address", "City", "Province", "Country", "Language",
    "Currency", "Relationship", "Tier", "External ID", "Notes", "Computed tier", "Lifecycle", "Revenue 12m",
    "Last contact", "Next due",
]  # fmt: skip


def make(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        ids = {
            "hualian": customers.create_customer(
                s, name="北京华联商贸有限公司", city="北京", province="北京市", phone="010 6500 1234",
                industry="零售", notes="=1+1 不是公式\x07", external_id="K-0001",
            ),
            "harbor": customers.create_customer(
                s, name="Harbor Logistics Ltd", city="上海", tier_override="A", relationship="partner",
                language="en",
            ),
            "gone": customers.create_customer(s, name="Deleted Co", city="上海"),
        }  # fmt: skip
        orders.add_order(s, customer_id=ids["hualian"], ordered_on=TODAY, amount_cents=1_234_567)
        orders.add_order(s, customer_id=ids["harbor"], ordered_on=TODAY, amount_cents=100)
        timeline.add_entry(
            s, customer_id=ids["hualian"], kind="call", occurred_at=dt.datetime(2026, 6, 29, 9, 30)
        )
        ids["zhang"] = customers.add_contact(
            s, customer_id=ids["hualian"], name="张伟", title="采购经理", department="采购部",
            mobile="138 1234 5678", phone="010-65001234", email="zhang.wei@hualian.cn", notes="周二下午方便",
        )  # fmt: skip
        ids["ouyang"] = customers.add_contact(s, customer_id=ids["hualian"], name="欧阳娜娜", is_primary=True)
        ids["anna"] = customers.add_contact(
            s, customer_id=ids["harbor"], name="Anna Maria Schmidt", email="anna@harbor.example"
        )
        ids["gone_contact"] = customers.add_contact(
            s, customer_id=ids["gone"], name="Nobody", mobile="13900000000"
        )
        customers.delete_customer(s, ids["gone"])
        analytics.refresh(s, settings=profile.settings, today=TODAY)
    return ids


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_bom_the_importers_headers_and_chinese_intact(profile: Profile) -> None:
    make(profile)
    with profile.session() as s:
        data = customers_csv(customers_for_export(s))
    assert data.startswith(b"\xef\xbb\xbf")
    assert next(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == HEADERS
    rows = csv_rows(data)
    assert [r["Name"] for r in rows] == [
        "北京华联商贸有限公司",
        "Harbor Logistics Ltd",
    ]  # deleted one left out
    hualian, harbor = rows
    assert hualian["Phone"] == "+861065001234"  # as stored, E.164
    assert hualian["Notes"] == "=1+1 不是公式"  # the CSV keeps what is stored (the form dropped the bell)
    assert (hualian["Tier"], hualian["Computed tier"]) == ("", "A")  # no override: re-import changes nothing
    assert (harbor["Tier"], harbor["Relationship"], harbor["Language"]) == ("A", "partner", "en")
    assert hualian["Revenue 12m"] == "12345.67"
    assert hualian["Last contact"] == "2026-06-29 09:30"
    assert hualian["Next due"] and dt.date.fromisoformat(hualian["Next due"]) > TODAY
    assert hualian["Lifecycle"] == "new"


def test_xlsx_has_typed_cells_a_frozen_header_and_filters(profile: Profile) -> None:
    make(profile)
    with profile.session() as s:
        data = customers_xlsx(customers_for_export(s), currency="CNY")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:T3"
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet["A1"].font.b
    row = {h: c for h, c in zip(HEADERS, sheet[2], strict=True)}
    assert row["Name"].value == "北京华联商贸有限公司"
    assert (row["Phone"].value, row["Phone"].data_type) == ("+861065001234", "s")
    assert (row["Notes"].value, row["Notes"].data_type) == ("=1+1 不是公式", "s")  # text, not a formula
    assert row["Revenue 12m"].data_type == "n" and row["Revenue 12m"].value == pytest.approx(12345.67)
    assert "0.00" in row["Revenue 12m"].number_format and "CNY" in row["Revenue 12m"].number_format
    assert row["Last contact"].is_date and row["Last contact"].value == dt.datetime(2026, 6, 29, 9, 30)
    assert row["Next due"].is_date
    assert row["Tier"].value is None and row["Computed tier"].value == "A"


def test_the_list_filter_limits_the_rows(profile: Profile) -> None:
    make(profile)

    def names(**kw: object) -> list[str]:
        with profile.session() as s:
            return [c.name for c in customers_for_export(s, filter=ListFilter(**kw))]  # type: ignore[arg-type]

    # Harbor is A by hand, 华联 by its revenue; nobody is C.
    assert sorted(names(tiers=("A",))) == ["Harbor Logistics Ltd", "北京华联商贸有限公司"]
    assert names(tiers=("C",)) == []
    assert names(text="华联") == names(text="bjhl") == ["北京华联商贸有限公司"]
    assert names(city="上海") == ["Harbor Logistics Ltd"]
    with profile.session() as s:
        partners = [c.name for c in contacts_for_export(s, filter=ListFilter(relationships=("partner",)))]
    assert partners == ["Anna Maria Schmidt"]


def cards(data: bytes) -> list[vobject.base.Component]:
    return list(vobject.readComponents(data.decode("utf-8")))


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcards_parse_back_with_labels_and_stable_uids(profile: Profile, version: str) -> None:
    ids = make(profile)
    with profile.session() as s:
        first = contacts_vcard(contacts_for_export(s), version=version)
        second = contacts_vcard(contacts_for_export(s), version=version)
    found = cards(first)
    assert [c.fn.value for c in found] == ["欧阳娜娜", "张伟", "Anna Maria Schmidt"]  # primary first
    assert all(c.version.value == version for c in found)
    assert [c.uid.value for c in found] == [c.uid.value for c in cards(second)]
    assert found[1].uid.value == f"urn:uuid:{ids['zhang']}"
    assert len({c.uid.value for c in found}) == 3
    zhang = found[1]
    tels = {t.value: [p.lower() for p in t.params["TYPE"]] for t in zhang.tel_list}
    assert tels == {"+8613812345678": ["cell"], "+861065001234": ["work", "voice"]}
    assert zhang.email.value == "zhang.wei@hualian.cn"
    assert "work" in [p.lower() for p in zhang.email.params["TYPE"]]
    assert (zhang.n.value.family, zhang.n.value.given) == ("张", "伟")
    assert zhang.org.value == ["北京华联商贸有限公司", "采购部"]
    assert (zhang.title.value, zhang.note.value) == ("采购经理", "周二下午方便")
    anna = found[2]
    assert (anna.n.value.family, anna.n.value.given) == ("Schmidt", "Anna Maria")
    assert not hasattr(anna, "tel")
    # The app's own card reader (badge scans) takes the exported card back.
    back = read_payload(zhang.serialize())
    assert back.fields["name"] == "张伟" and back.fields["phone"] in ("+8613812345678", "+861065001234")


def test_vcard_of_deleted_customers_contacts_is_not_written(profile: Profile) -> None:
    ids = make(profile)
    with profile.session() as s:
        exported = {c.id for c in contacts_for_export(s)}
    assert ids["gone_contact"] not in exported
    assert exported == {ids["zhang"], ids["ouyang"], ids["anna"]}


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("张伟", ("张", "伟")),
        ("欧阳娜娜", ("欧阳", "娜娜")),
        ("欧阳", ("欧", "阳")),  # a two-character name is family + given
        ("王", ("", "")),
        ("张 伟 Wei", ("", "")),  # mixed: FN only
        ("Anna Maria  Schmidt", ("Schmidt", "Anna Maria")),
        ("Madonna", ("", "Madonna")),
    ],
)
def test_split_name(name: str, split: tuple[str, str]) -> None:
    assert split_name(name) == split


def test_export_file_picks_the_format_and_counts(profile: Profile, tmp_path: Path) -> None:
    make(profile)
    out = tmp_path / "out"
    out.mkdir()
    with profile.session() as s:
        written = export_file(s, out / "c.VCF", vcard_version="3.0")
        assert (written.kind, written.rows, written.customers) == ("contacts", 3, 2)
        assert b"VERSION:3.0" in (out / "c.VCF").read_bytes()
        written = export_file(s, out / "c.xlsx", filter=ListFilter(text="harbor"))
        assert (written.kind, written.rows) == ("customers", 1)
        with pytest.raises(CrmError, match=r"cannot export to \.txt"):
            export_file(s, out / "c.txt")
        with pytest.raises(CrmError, match="vCard version"):
            export_file(s, out / "c.vcf", vcard_version="2.1")
    assert sorted(p.name for p in out.iterdir()) == ["c.VCF", "c.xlsx"]
