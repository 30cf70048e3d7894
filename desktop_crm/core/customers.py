"""Customers and their contact persons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import records
from .models import Contact, Customer, CustomerStats
from .validation import choice, normalize_email, normalize_phone, required_text
from .vocab import Language, Relationship, Tier


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: str
    name: str
    industry: str | None
    phone: str | None
    email: str | None
    website: str | None
    address: str | None
    city: str | None
    province: str | None
    country: str
    latitude: float | None
    longitude: float | None
    language: str
    currency: str
    relationship: str
    tier_override: str | None
    owner_id: str | None
    external_id: str | None
    notes: str
    tier: str | None  # the override if set, else the computed one
    lifecycle: str | None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: str
    customer_id: str
    name: str
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    wechat: str | None
    is_primary: bool
    notes: str


# Legal forms at the end of a company name: a tight view (the week's cells) can leave them out.
_LEGAL_FORM = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|"
    r"[\s,]+(?:Co\.,?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Ltd\.?|Inc\.?|LLC|GmbH|Corp\.?|Co\.))$",
    re.IGNORECASE,
)


def short_name(name: str) -> str:
    """宁波天城软件集团有限公司 -> 宁波天城软件集团; "Atlas Foods (Jinan) Inc." -> "Atlas Foods (Jinan)"."""
    short = _LEGAL_FORM.sub("", name).strip()
    return short or name


def _text(value: Any) -> str | None:
    text = (value or "").strip()
    return text or None


def customer_cleaners(region: str) -> dict[str, records.Cleaner | None]:
    return {
        "name": partial(required_text, field="name"),
        "industry": _text,
        "phone": partial(normalize_phone, region=region, field="phone"),
        "email": partial(normalize_email, field="email"),
        "website": _text,
        "address": _text,
        "city": _text,
        "province": _text,
        "country": lambda v: (v or "CN").upper()[:2],
        "latitude": None,
        "longitude": None,
        "language": partial(choice, enum=Language, field="language"),
        "currency": lambda v: (v or "CNY").upper()[:3],
        "relationship": partial(choice, enum=Relationship, field="relationship"),
        "tier_override": partial(choice, enum=Tier, field="tier_override", optional=True),
        "owner_id": None,
        "territory_id": None,
        "external_id": _text,
        "notes": lambda v: v or "",
    }


def contact_cleaners(region: str) -> dict[str, records.Cleaner | None]:
    return {
        "name": partial(required_text, field="name"),
        "title": _text,
        "department": _text,
        "phone": partial(normalize_phone, region=region, field="phone"),
        "mobile": partial(normalize_phone, region=region, field="mobile"),
        "email": partial(normalize_email, field="email"),
        "wechat": _text,
        "is_primary": bool,
        "notes": lambda v: v or "",
    }


def create_customer(session: Session, *, region: str = "CN", **fields: Any) -> str:
    values = records.clean({"name": fields.pop("name", None), **fields}, customer_cleaners(region))
    customer = Customer(**values)
    session.add(customer)
    session.flush()
    return customer.id


def update_customer(
    session: Session, customer_id: str, *, region: str = "CN", **changes: Any
) -> dict[str, Any]:
    customer = records.get_live(session, Customer, customer_id)
    return records.apply(customer, records.clean(changes, customer_cleaners(region)))


def delete_customer(session: Session, customer_id: str) -> None:
    """Tombstone the customer and its contact persons (history stays, as a record of the past)."""
    records.soft_delete(session, Customer, customer_id)
    for contact in session.scalars(
        select(Contact).where(Contact.customer_id == customer_id, Contact.deleted.is_(False))
    ):
        contact.deleted = True
    session.flush()


def get_customer(session: Session, customer_id: str) -> CustomerRow:
    customer = records.get_live(session, Customer, customer_id)
    stats = session.get(CustomerStats, customer_id)
    return CustomerRow(
        **{f: getattr(customer, f) for f in CustomerRow.__slots__ if hasattr(Customer, f)},
        tier=customer.tier_override or (stats.tier if stats else None),
        lifecycle=stats.lifecycle if stats else None,
    )


def count_customers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer).where(Customer.deleted.is_(False))) or 0


def add_contact(session: Session, *, customer_id: str, region: str = "CN", **fields: Any) -> str:
    records.get_live(session, Customer, customer_id)
    values = records.clean({"name": fields.pop("name", None), **fields}, contact_cleaners(region))
    contact = Contact(customer_id=customer_id, **values)
    session.add(contact)
    session.flush()
    if contact.is_primary:
        _demote_other_primaries(session, contact)
    return contact.id


def update_contact(
    session: Session, contact_id: str, *, region: str = "CN", **changes: Any
) -> dict[str, Any]:
    contact = records.get_live(session, Contact, contact_id)
    changed = records.apply(contact, records.clean(changes, contact_cleaners(region)))
    if changed.get("is_primary"):
        _demote_other_primaries(session, contact)
    return changed


def _demote_other_primaries(session: Session, primary: Contact) -> None:
    """A customer has one primary contact: naming a new one demotes the one before (as ordinary
    edits, so sync carries them)."""
    for other in session.scalars(
        select(Contact).where(
            Contact.customer_id == primary.customer_id,
            Contact.id != primary.id,
            Contact.is_primary.is_(True),
            Contact.deleted.is_(False),
        )
    ):
        other.is_primary = False
    session.flush()


def delete_contact(session: Session, contact_id: str) -> None:
    records.soft_delete(session, Contact, contact_id)
    session.flush()


def contacts_of(session: Session, customer_id: str) -> list[ContactRow]:
    rows = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id, Contact.deleted.is_(False))
        .order_by(Contact.is_primary.desc(), Contact.name)
    )
    return [ContactRow(**{f: getattr(c, f) for f in ContactRow.__slots__}) for c in rows]
