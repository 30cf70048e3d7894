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
from .search_index import search_doc

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


def filtered_select(filter: ListFilter, *columns: Any) -> Select[*tuple[Any, ...]]:
    """The customers the list's filter lets through, with these columns instead of the list's
    (customers outer-joined with their figures, ``CustomerStats``): for exports, unordered."""
    return _base(filter).with_only_columns(*columns)


def ordered_ids(
    session: Session, *, filter: ListFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    """Every matching customer's id in list order: the model holds these and loads rows by page."""
    if sort == "name" and filter == ListFilter(text=filter.text):
        # The common case (the list as it opens, or a search) reads the order off an index.
        by_name = select(search_doc.c.ref_id).where(search_doc.c.kind == "customer")
        if filter.text.strip():
            ids = substring_ids(filter.text, kind="customer")
            if ids is None:
                return []
            by_name = by_name.where(search_doc.c.ref_id.in_(select(ids.c.ref_id)))
        order = (search_doc.c.sort_key, search_doc.c.ref_id)
        return list(session.scalars(by_name.order_by(*(c.desc() if descending else c for c in order))))
    column = SORT_COLUMNS[sort]
    key = column.desc() if descending else column.asc()
    stmt = _base(filter).with_only_columns(Customer.id)
    if sort == "name":  # the name's sort key lives in the search index
        stmt = stmt.outerjoin(search_doc, search_doc.c.ref_id == Customer.id)
    stmt = stmt.order_by(key.nulls_last(), Customer.id)
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
    """Where the customers are, for the list's place filter: the provinces with the most customers
    first, and within each its cities the same way (no pinyin sort: that would load pypinyin's
    dictionaries, some 40 MB, into a window that has no other use for them)."""
    stmt = (
        select(Customer.province, Customer.city, func.count())
        .where(Customer.deleted.is_(False))
        .group_by(Customer.province, Customer.city)
    )
    found = [Place(*r) for r in session.execute(stmt)]
    totals: dict[str | None, int] = {}
    for place in found:
        totals[place.province] = totals.get(place.province, 0) + place.customers
    return sorted(found, key=lambda p: (-totals[p.province], p.province or "", -p.customers, p.city or ""))


@dataclass(frozen=True, slots=True)
class Owner:
    id: str | None  # None: customers nobody owns yet
    name: str
    customers: int


def owners(session: Session) -> list[Owner]:
    """The owners of listed customers, most customers first; customers without one come first."""
    counts = session.execute(
        select(Customer.owner_id, func.count()).where(Customer.deleted.is_(False)).group_by(Customer.owner_id)
    ).all()  # from the owner index alone; names are looked up for the few owners found
    names = {
        uid: display or username
        for uid, display, username in session.execute(
            select(User.id, User.display_name, User.username).where(
                User.id.in_([oid for oid, _ in counts if oid is not None])
            )
        )
    }
    found = [Owner(oid, names.get(oid, "") if oid else "", n) for oid, n in counts]
    return sorted(found, key=lambda o: (o.id is not None, -o.customers, o.name))
