"""Badge and card payloads, in the shapes phones, scanners and badge printers produce
(tests/data/payloads), read into lead fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.io.cards import read_payload

PAYLOADS = Path(__file__).parent.parent / "data" / "payloads"

EXPECTED: dict[str, tuple[str, dict[str, str]]] = {
    # Android's export: vCard 2.1, UTF-8 quoted-printable with soft line breaks, a photo.
    "android_2.1_quoted_printable.vcf": ("vcard", {
        "name": "张伟", "company": "上海华联商贸有限公司", "title": "采购经理", "phone": "+86 138 0013 8000",
        "email": "zhang.wei@example.cn", "city": "上海", "province": "上海", "notes": "展会认识\nB2 hall"}),
    # An old feature phone: 2.1 in GBK, no FN, the name from N (family name first).
    "feature_phone_2.1_gbk.vcf": ("vcard", {
        "name": "陈静", "company": "广州恒信五金制品厂", "phone": "13600001111"}),
    # iPhone: 3.0, grouped properties, escaped commas, a folded NOTE, the mobile before work.
    "iphone_3.0.vcf": ("vcard", {
        "name": "John Smith", "company": "Acme Widgets International Trading Co., Ltd",
        "title": "Purchasing Manager", "phone": "+44 7700 900123", "email": "john.smith@acme-widgets.example",
        "city": "London", "province": "Greater London",
        "notes": "Met at the Canton Fair, booth 12.1 C33. Interested in the W-200 series and distributor terms."}),
    # 4.0 with a tel: URI.
    "outlook_4.0.vcf": ("vcard", {
        "name": "李娜", "company": "北京星海科技有限公司", "title": "技术总监", "phone": "+86-139-1234-5678",
        "email": "li.na@xinghai.example.cn", "city": "北京", "province": "北京"}),
    "mecard_chinese.txt": ("mecard", {
        "name": "王芳", "company": "杭州绿源环保", "phone": "13912345678", "email": "wangfang@example.com",
        "notes": "想要报价\n浙江省杭州市西湖区文三路90号"}),
    # Escaped separators; of two phones, the first.
    "mecard_escaped.txt": ("mecard", {
        "name": "Sean O'Brien", "company": "Brien & Sons: Tools", "phone": "+1 212 555 1212",
        "email": "sean@obrien.example", "notes": "Wants 20; maybe 30"}),
    "bizcard.txt": ("bizcard", {
        "name": "Sean Owen", "company": "Google", "title": "Software Engineer", "phone": "+12125551212",
        "email": "sean@google.com", "notes": "76 9th Avenue, New York, NY 10011"}),
    "plain_slashes.txt": ("text", {
        "name": "张伟", "company": "上海华联商贸有限公司", "phone": "138 0013 8000", "email": "zhang.wei@example.cn"}),
    "plain_lines.txt": ("text", {
        "name": "Maria Garcia", "company": "Iberia Foods S.L.", "title": "Export Manager",
        "phone": "+34 912 345 678", "email": "maria.garcia@iberiafoods.example"}),
    # Not cards: the caller keeps them verbatim on the lead.
    "badge_url.txt": ("unknown", {}),
    "badge_number.txt": ("unknown", {}),
    "vcard_malformed.vcf": ("unknown", {}),
}  # fmt: skip


def test_every_payload_in_the_corpus_has_an_expectation() -> None:
    assert sorted(p.name for p in PAYLOADS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_payload(name: str) -> None:
    card = read_payload((PAYLOADS / name).read_text(encoding="utf-8"))
    assert (card.format, card.fields) == EXPECTED[name]


def test_a_scanner_that_types_line_ends_as_carriage_returns() -> None:
    """Handheld scanners in keyboard mode often send CR alone between lines."""
    vcard = (PAYLOADS / "outlook_4.0.vcf").read_text(encoding="utf-8").replace("\n", "\r")
    assert read_payload(vcard).fields["name"] == "李娜"
    assert read_payload("Li Lei\rSino Parts Ltd\r13812345678").fields == {
        "name": "Li Lei", "company": "Sino Parts Ltd", "phone": "13812345678"}  # fmt: skip


def test_comma_separated_text_and_a_lone_email() -> None:
    assert read_payload("Anna Berg, Nordic Tools AB, anna@nordictools.example").fields == {
        "name": "Anna Berg", "company": "Nordic Tools AB", "email": "anna@nordictools.example"}  # fmt: skip
    assert read_payload("anna@nordictools.example") == read_payload(" anna@nordictools.example\n")
    assert read_payload("anna@nordictools.example").fields == {"email": "anna@nordictools.example"}


def test_control_characters_a_scanner_types_are_cleaned_away() -> None:
    card = read_payload("MECARD:N:Wang\x00,Li;ORG:Acme\x1d Ltd;TEL:13800138000;;")
    assert (card.format, card.fields["name"], card.fields["company"]) == ("mecard", "Li Wang", "Acme Ltd")
