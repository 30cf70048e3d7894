"""The customer list as the GUI pages through it: filtered and sorted in SQL, read a page at a
time as plain rows, so a 100k-customer territory costs one page of memory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select
from sqlalchemy.orm import Session

from .models import Customer, CustomerStats, User
from .search import substring_ids
from .search_index import search_doc, sort_key

# Sortable columns and their SQL; the id breaks ties so pages never overlap or skip rows.
SORT_COLUMNS = {
    "name": search_doc.c.sort_key,
    "city": Customer.city,
    "tier": func.coalesce(Customer.tier_override, CustomerStats.tier),
    "lifecycle": CustomerStats.lifecycle,
    "relationship": Customer.relationship,
    "revenue": CustomerStats.revenue_12m_cents,
    "last_contact": CustomerStats.last_contact_at,
    "next_due": CustomerStats.next_due_on,
}


@dataclass(frozen=True, slots=True)
class ListFilter:
    text: str = ""
    tiers: tuple[str, ...] = ()
    lifecycles: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    city: str = ""
    province: str = ""
    overdue_on: dt.date | None = None  # only customers overdue for a follow-up on this day
    owner_id: str | None = None  # UNOWNED: customers nobody owns yet (before the first sync)


UNOWNED = ""


@dataclass(frozen=True, slots=True)
class ListRow:
    id: str
    name: str
    city: str | None
    province: str | None
    phone: str | None
    relationship: str
    tier: str | None
    tier_is_manual: bool
    lifecycle: str | None
    revenue_12m_cents: int
    last_contact_at: dt.datetime | None
    next_due_on: dt.date | None


def _base(f: ListFilter) -> Select[*tuple[Any, ...]]:
    tier = func.coalesce(Customer.tier_override, CustomerStats.tier)
    stmt: Select[*tuple[Any, ...]] = (
        select(
            Customer.id,
            Customer.name,
            Customer.city,
            Customer.province,
            Customer.phone,
            Customer.relationship,
            tier.label("tier"),
            Customer.tier_override.is_not(None).label("tier_is_manual"),
            CustomerStats.lifecycle,
            func.coalesce(CustomerStats.revenue_12m_cents, 0).label("revenue_12m_cents"),
            CustomerStats.last_contact_at,
            CustomerStats.next_due_on,
        )
        .outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
        .outerjoin(search_doc, search_doc.c.ref_id == Customer.id)
        .where(Customer.deleted.is_(False))
    )
    if f.text.strip():
        ids = substring_ids(f.text, kind="customer")
        if ids is not None:
            stmt = stmt.where(Customer.id.in_(select(ids.c.ref_id)))
        else:  # a query with no searchable term matches nothing
            stmt = stmt.where(literal_column("0") == 1)
    if f.tiers:
        stmt = stmt.where(tier.in_(f.tiers))
    if f.lifecycles:
        stmt = stmt.where(CustomerStats.lifecycle.in_(f.lifecycles))
    if f.relationships:
        stmt = stmt.where(Customer.relationship.in_(f.relationships))
    if f.city:
        stmt = stmt.where(Customer.city == f.city)
    if f.province:
        stmt = stmt.where(Customer.province == f.province)
    if f.overdue_on is not None:
        due = CustomerStats.next_due_on
        stmt = stmt.where(or_(due.is_(None), due < f.overdue_on))
    if f.owner_id == UNOWNED:
        stmt = stmt.where(Customer.owner_id.is_(None))
    elif f.owner_id is not None:
        stmt = stmt.where(Customer.owner_id == f.owner_id)
    return stmt


def ordered_ids(
    session: Session, *, filter: ListFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    """Every matching customer's id in list order: the model holds these and loads rows by page."""
    column = SORT_COLUMNS[sort]
    key = column.desc() if descending else column.asc()
    stmt = _base(filter).with_only_columns(Customer.id).order_by(key.nulls_last(), Customer.id)
    return list(session.scalars(stmt))


def rows(session: Session, ids: list[str]) -> list[ListRow]:
    """The list rows of these customers, in the order given (deleted ones are left out)."""
    found = {
        r.id: ListRow(**r._mapping)
        for start in range(0, len(ids), 500)
        for r in session.execute(_base(ListFilter()).where(Customer.id.in_(ids[start : start + 500])))
    }
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True, slots=True)
class Place:
    province: str | None
    city: str | None
    customers: int


def places(session: Session) -> list[Place]:
    """Where the customers are, by province then city, for the list's place filter."""
    stmt = (
        select(Customer.province, Customer.city, func.count())
        .where(Customer.deleted.is_(False))
        .group_by(Customer.province, Customer.city)
    )
    found = [Place(*r) for r in session.execute(stmt)]
    return sorted(found, key=lambda p: (sort_key(p.province or ""), sort_key(p.city or "")))


@dataclass(frozen=True, slots=True)
class Owner:
    id: str | None  # None: customers nobody owns yet
    name: str
    customers: int


def owners(session: Session) -> list[Owner]:
    """The owners of listed customers, by name; customers without one come first."""
    stmt = (
        select(Customer.owner_id, User.display_name, User.username, func.count())
        .outerjoin(User, User.id == Customer.owner_id)
        .where(Customer.deleted.is_(False))
        .group_by(Customer.owner_id, User.display_name, User.username)
    )
    found = [Owner(oid, display or username or "", n) for oid, display, username, n in session.execute(stmt)]
    return sorted(found, key=lambda o: (o.id is not None, sort_key(o.name)))
