"""Contact persons as vCards for the rep's phone: 4.0 (RFC 6350) or 3.0 (RFC 2426) for older
phones. Phones keep their labels (mobile: TYPE=cell, the office line: TYPE=work,voice), e-mail is
TYPE=work, and each card's UID is derived from the contact person's id, which never changes, so
importing a newer export updates the phone's contacts instead of duplicating them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import vobject

from ..core.search_index import has_cjk

VERSIONS = ("4.0", "3.0")
PRODID = "-//desktop-crm//contacts//EN"
UID_DOMAIN = "desktop-crm"

# Two-character family names (复姓) that are still met; any other Chinese name's family name is
# its first character.
COMPOUND_SURNAMES = frozenset(
    ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
     "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里")
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContactCard:
    id: str
    customer_id: str
    name: str
    company: str  # the customer's name
    title: str | None
    department: str | None
    phone: str | None  # the office line
    mobile: str | None
    email: str | None
    notes: str


def uid(contact_id: str) -> str:
    """A URI, as vCard 4.0 wants: ``urn:uuid:`` for the ids the app makes (UUIDs)."""
    try:
        return uuid.UUID(contact_id).urn
    except ValueError:
        return f"urn:x-{UID_DOMAIN}:contact:{contact_id}"


def split_name(name: str) -> tuple[str, str]:
    """(family, given) for the structured N property, or ("", "") when the name cannot be split
    with confidence (FN still carries it whole).

    Chinese names run family name first with no space (张伟: 张 + 伟, 欧阳娜娜: 欧阳 + 娜娜);
    Latin ones given names first (Anna Maria Schmidt: Schmidt + Anna Maria)."""
    name = " ".join(name.split())
    if has_cjk(name):
        if " " in name or len(name) < 2:
            return "", ""
        cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:cut], name[cut:]
    *given, family = name.split(" ") if name else [""]
    return (family, " ".join(given)) if given else ("", family)


def contact_card(contact: ContactCard, *, version: str = "4.0") -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = PRODID
    card.add("uid").value = uid(contact.id)
    card.add("fn").value = contact.name
    family, given = split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("org").value = [contact.company, contact.department] if contact.department else [contact.company]
    if contact.title:
        card.add("title").value = contact.title
    for number, kinds in ((contact.mobile, ["cell"]), (contact.phone, ["work", "voice"])):
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.params["TYPE"] = kinds
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        # 3.0 names the address kind (INTERNET), which 4.0 dropped.
        email.params["TYPE"] = ["work"] if version == "4.0" else ["internet", "work"]
    if contact.notes:
        card.add("note").value = contact.notes
    return card


def contacts_vcard(contacts: Iterable[ContactCard], *, version: str = "4.0") -> bytes:
    """One .vcf document with a card per contact person, UTF-8 with CRLF line ends."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not one of {VERSIONS}")
    return "".join(contact_card(c, version=version).serialize() for c in contacts).encode("utf-8")
