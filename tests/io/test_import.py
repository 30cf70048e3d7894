"""Importing the files people bring: Chinese Excel CSVs, Google and Outlook exports, phone vCards,
sheets with bad rows. Each file in tests/data/import is in the shape the tool writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.core import customers
from desktop_crm.core.models import Contact, Customer, OutboxOp
from desktop_crm.core.search import search
from desktop_crm.io.importer import ImportRejected, ImportResult, import_table
from desktop_crm.io.mapping import guess
from desktop_crm.io.tables import read_csv, read_table
from desktop_crm.storage.profile import Profile, open_profile

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    yield p
    p.close()


def run(profile: Profile, name: str, kind: str, **options: object) -> ImportResult:
    table = read_table(DATA / name)
    with profile.session() as s:
        return import_table(s, table, kind=kind, mapping=guess(table.headers, kind), **options)  # type: ignore[arg-type]


def count(profile: Profile, model: type[Customer] | type[Contact]) -> int:
    with profile.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0


def test_a_chinese_excel_csv_is_read_as_gb18030_with_its_quoted_newlines() -> None:
    table = read_table(DATA / "customers_gb18030.csv")
    assert table.source.startswith("CSV, GB18030")
    assert table.headers[:3] == ["客户名称", "联系人", "电话"]
    assert [r.line for r in table.rows] == [2, 3, 5, 6]  # the address of line 3 runs onto line 4
    assert table.rows[1].cells[4] == "静安区南京西路1266号\n恒隆广场2座"
    assert table.rows[1].cells[8] == '说"好"的'


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("名称;城市\n华联;北京\n".encode("utf-8-sig"), "UTF-8 (BOM)"),
        ("名称\t城市\n华联\t北京\n".encode("utf-16"), "UTF-16"),
        ("名称,城市\n华联,北京\n".encode(), "UTF-8"),
    ],
)
def test_encodings_and_delimiters_are_detected(data: bytes, encoding: str) -> None:
    table = read_csv(data)
    assert table.source.split(", ")[1] == encoding
    assert table.headers == ["名称", "城市"] and table.rows[0].cells == ("华联", "北京")


def test_bytes_that_are_no_text_are_refused_not_imported_as_nonsense() -> None:
    from desktop_crm.core.errors import CrmError

    with pytest.raises(CrmError, match="neither UTF-8 nor GB18030"):
        read_csv(bytes(range(128, 256)) * 40)


def test_customers_with_their_contact_persons_import_once(profile: Profile) -> None:
    result = run(profile, "customers_gb18030.csv", "customers", region="CN")
    assert (result.created, result.updated, result.rejected) == (4, 0, [])
    assert count(profile, Customer) == 4 and count(profile, Contact) == 3
    with profile.session() as s:
        hits = search(s, query="bjhl")  # pinyin initials: the new customers are in the search index
        assert any(h.name == "北京华联商厦股份有限公司" for h in hits)
        cid = s.scalar(select(Customer.id).where(Customer.name == "上海锦江贸易有限公司"))
        assert cid is not None
        shanghai = customers.get_customer(s, cid)
        assert shanghai.phone == "+862162581234" and shanghai.address == "静安区南京西路1266号\n恒隆广场2座"
        (li,) = customers.contacts_of(s, cid)
        assert (li.name, li.mobile, li.is_primary) == ("李娜", "+8613912345678", True)
        # Imported rows sync like typed ones: an insert operation each.
        ops = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.op == "insert"))
        assert ops == 4 + 3
    again = run(profile, "customers_gb18030.csv", "customers")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert count(profile, Customer) == 4 and count(profile, Contact) == 3


def test_a_changed_row_updates_the_customer_it_matches(profile: Profile, tmp_path: Path) -> None:
    run(profile, "customers_gb18030.csv", "customers")
    text = (
        (DATA / "customers_gb18030.csv")
        .read_bytes()
        .decode("gb18030")
        .replace("0571-87001234", "0571-87009999")
    )
    changed = tmp_path / "changed.csv"
    changed.write_bytes(text.encode("gb18030"))
    table = read_table(changed)
    with profile.session() as s:
        result = import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 3)
    with profile.session() as s:
        assert s.scalar(select(Customer.phone).where(Customer.city == "杭州")) == "+8657187009999"


def test_bad_rows_stop_the_import_and_are_each_reported(profile: Profile) -> None:
    with pytest.raises(ImportRejected) as caught:
        run(profile, "customers_bad_rows.csv", "customers")
    rejected = caught.value.result.rejected
    assert [r.line for r in rejected] == [3, 4, 5, 7]
    assert "phone" in rejected[0].reason and "email" in rejected[1].reason
    assert "name" in rejected[2].reason and "tier" in rejected[3].reason
    assert count(profile, Customer) == 0
    csv_text = caught.value.result.errors_csv().decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "line,reason" and csv_text.splitlines()[1].startswith("3,")


def test_skipping_invalid_rows_imports_only_the_good_ones(profile: Profile) -> None:
    result = run(profile, "customers_bad_rows.csv", "customers", skip_invalid=True)
    assert result.created == 2 and len(result.rejected) == 4 and result.written
    with profile.session() as s:
        names = set(s.scalars(select(Customer.name)))
        tier = s.scalar(select(Customer.tier_override).where(Customer.name == "Second, Good"))
    assert names == {"Good Farm Ltd.", "Second, Good"} and tier == "C"


def test_a_dry_run_counts_but_changes_nothing(profile: Profile) -> None:
    table = read_table(DATA / "customers_gb18030.csv")
    with profile.session() as s:
        result = import_table(
            s, table, kind="customers", mapping=guess(table.headers, "customers"), dry_run=True
        )
        s.rollback()  # what the callers do with a dry run's session
    assert result.created == 4 and not result.written
    assert count(profile, Customer) == 0


def test_google_contacts_keep_mobile_and_office_numbers_apart(profile: Profile) -> None:
    result = run(profile, "google_contacts.csv", "contacts", skip_invalid=True)
    assert result.created == 2 and result.customers_created == 2
    assert [r.line for r in result.rejected] == [5]  # Tom Baker has no company
    with profile.session() as s:
        anna = s.scalars(select(Contact).where(Contact.name == "Anna Schmidt")).one()
        zhang = s.scalars(select(Contact).where(Contact.name == "张伟")).one()
        company = s.get(Customer, zhang.customer_id)
    assert (anna.mobile, anna.phone, anna.title) == ("+4915123456789", "+49301234567", "Purchasing Manager")
    assert (zhang.mobile, zhang.phone, zhang.email) == (
        "+8613812345678",
        "+8657487654321",
        "zhang.wei@tiancheng.cn",
    )
    assert zhang.notes == "zw@163.com"  # Google's second address is kept, not dropped
    assert company is not None and company.name == "宁波天城软件集团有限公司"
    with profile.session() as s:  # a new customer takes the address on its first contact's row
        atlas = s.get(Customer, anna.customer_id)
        assert atlas is not None and (atlas.city, atlas.address) == (
            "Berlin",
            "Unter den Linden 5\n10117 Berlin",
        )
    assert anna.notes == "Met at Canton Fair"


def test_outlook_contacts_take_the_job_title_not_mr(profile: Profile) -> None:
    result = run(profile, "outlook_contacts.csv", "contacts")
    assert result.created == 2
    with profile.session() as s:
        david = s.scalars(select(Contact).where(Contact.name == "David Miller")).one()
        liu = s.scalars(select(Contact).where(Contact.name == "刘芳")).one()
    assert (david.title, david.department, david.mobile) == ("Sales Director", "Sales", "+8613923456789")
    assert (liu.title, liu.phone) == ("采购经理", "+8675583001234")


@pytest.mark.parametrize(
    ("name", "person", "mobile", "phone"),
    [
        ("apple_contacts.vcf", "Mei Chen", "+14155550132", "+14155550100"),
        ("apple_contacts.vcf", "赵敏", "+8618602801234", None),
        ("android_contacts.vcf", "孙丽", "+8615902712345", "+862787654321"),
        ("android_contacts.vcf", "Luis Garcia", "+34612345678", None),
    ],
)
def test_phone_vcards_import_with_their_labels(
    profile: Profile, name: str, person: str, mobile: str, phone: str | None
) -> None:
    assert run(profile, name, "contacts").created == 2
    with profile.session() as s:
        contact = s.scalars(select(Contact).where(Contact.name == person)).one()
    assert (contact.mobile, contact.phone) == (mobile, phone)


def test_a_malformed_vcard_is_reported_by_its_line(profile: Profile) -> None:
    with pytest.raises(ImportRejected) as caught:
        run(profile, "malformed.vcf", "contacts")
    assert [r.line for r in caught.value.result.rejected] == [7, 19]
    assert "END:VCARD" in caught.value.result.rejected[1].reason
    result = run(profile, "malformed.vcf", "contacts", skip_invalid=True)
    assert result.created == 2 and count(profile, Contact) == 2


def test_an_xlsx_sheet_with_numbers_for_phones_imports(profile: Profile, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(["客户名称", "城市", "电话", "客户编号"])
    sheet.append(["济南鲁信化工有限公司", "济南", 13805311234, 1001])  # Excel stores typed numbers
    sheet.append([None, None, None, None])
    sheet.append(["青岛海达贸易有限公司", "青岛", "0532-85001234", 1002])
    path = tmp_path / "customers.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.source == "XLSX, 客户" and [r.line for r in table.rows] == [2, 4]
    mapping = guess(table.headers, "customers")
    assert mapping == ["name", "city", "phone", "external_id"]
    with profile.session() as s:
        result = import_table(s, table, kind="customers", mapping=mapping)
    assert result.created == 2
    with profile.session() as s:
        assert s.scalar(select(Customer.phone).where(Customer.external_id == "1001")) == "+8613805311234"
    with profile.session() as s:  # matched by the external id, the default key when there is one
        assert import_table(s, table, kind="customers", mapping=mapping).unchanged == 2


def test_the_same_firm_twice_in_a_file_is_one_customer(profile: Profile) -> None:
    table = read_csv(b"Name,City,Notes\nAcme,Jinan,first\nACME ,jinan,second\n")
    with profile.session() as s:
        result = import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"))
    assert (result.created, result.updated) == (1, 1)
    with profile.session() as s:
        assert list(s.scalars(select(Customer.notes))) == ["second"]


def test_a_row_without_the_key_is_rejected_rather_than_added_again_and_again(profile: Profile) -> None:
    table = read_csv(b"Name,Email\nAcme,sales@acme.example\nNoMail Co.,\n")
    with profile.session() as s, pytest.raises(ImportRejected) as caught:
        import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"), key="email")
    assert [(r.line, r.reason.split(":")[0]) for r in caught.value.result.rejected] == [(3, "email")]


def test_external_ids_match_only_when_every_row_has_one(profile: Profile) -> None:
    """Our own export has an External ID column, empty for customers typed in the app."""
    table = read_csv(b"Name,City,External ID\nAcme,Jinan,\nBeta,Qingdao,B-7\n")
    for _ in range(2):
        with profile.session() as s:
            result = import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"))
    assert (result.created, result.unchanged) == (0, 2)


def test_leads_import_onto_their_event_and_match_by_email(profile: Profile) -> None:
    import datetime as dt

    from desktop_crm.core import events
    from desktop_crm.core.models import Lead

    with profile.session() as s:
        fair = events.create_event(s, name="Canton Fair 2026", starts_on=dt.date(2026, 10, 15))
    sheet = (
        "姓名,公司,手机,邮箱,展会,意向\n"
        "张伟,宁波天城软件集团有限公司,138 1234 5678,zhang.wei@tiancheng.cn,canton fair 2026,包装机\n"
        "Anna Schmidt,Atlas Foods Inc.,+49 151 23456789,anna@atlasfoods.com,,\n"
        "李娜,上海锦江贸易有限公司,,lina@jinjiang.com.cn,No Such Show,\n"
    ).encode("gb18030")
    table = read_csv(sheet)
    mapping = guess(table.headers, "leads")
    assert mapping == ["name", "company", "mobile", "email", "event", "interest"]
    with profile.session() as s, pytest.raises(ImportRejected) as caught:
        import_table(s, table, kind="leads", mapping=mapping)
    assert [(r.line, r.problems) for r in caught.value.result.rejected] == [
        (4, (("event", "unknown_event"),))
    ]
    with profile.session() as s:
        result = import_table(s, table, kind="leads", mapping=mapping, skip_invalid=True)
    assert result.created == 2
    with profile.session() as s:
        zhang = s.scalars(select(Lead).where(Lead.name == "张伟")).one()
        assert (zhang.event_id, zhang.phone, zhang.interest) == (fair, "+8613812345678", "包装机")
        assert zhang.consent is None  # nobody asked this visitor: unknown, not yes
        again = import_table(s, table, kind="leads", mapping=mapping, skip_invalid=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("customers_gb18030.csv", "customers"),  # 客户名称 first, 联系人 beside it
        ("customers_bad_rows.csv", "customers"),
        ("google_contacts.csv", "contacts"),  # people named apart, their firm beside them
        ("outlook_contacts.csv", "contacts"),
        ("android_contacts.vcf", "contacts"),
    ],
)
def test_what_a_file_holds_is_guessed_from_its_headers(name: str, kind: str) -> None:
    from desktop_crm.io.mapping import guess_kind

    path = DATA / name
    assert guess_kind(read_table(path).headers, path.suffix) == kind
