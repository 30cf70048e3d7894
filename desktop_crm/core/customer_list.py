"""The customer list as the GUI pages through it: filtered and sorted in SQL, read a page at a
time as plain rows, so a 100k-customer territory costs one page of memory."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, exists, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from .analytics import FALLING_TREND
from .models import Customer, CustomerStats, TimelineEntry, User
from .search import substring_ids
from .search_index import search_doc
from .vocab import REAL_CONTACT_KINDS, EntryKind

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
    "segment": CustomerStats.rfm_segment,
}

# A complaint stays open this many days unless someone contacts the customer after it.
COMPLAINT_DAYS = 90


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
    # The dashboard's slices (issue 8) open the list on exactly their customers with these:
    segments: tuple[str, ...] = ()  # RFM segments (``rfm.Segment`` codes)
    satisfaction: tuple[str, ...] = ()  # the latest rating is one of these levels
    satisfaction_falling: bool = False  # the satisfaction trend is below ``FALLING_TREND``
    # A complaint in the COMPLAINT_DAYS up to this day and no contact after it (``open_complaints``)
    complaint_open_on: dt.date | None = None
    tier_changed_since: dt.date | None = None  # the ABC tier changed on or after this day
    tier_moves: tuple[str, ...] = ()  # "B>A": the ABC tier before its last change, and now
    ids: tuple[str, ...] | None = None  # only these customers (any number); None: no such limit


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
    segment: str | None = None  # RFM segment code


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
            CustomerStats.rfm_segment.label("segment"),
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
    if f.segments:
        stmt = stmt.where(CustomerStats.rfm_segment.in_(f.segments))
    if f.satisfaction:
        stmt = stmt.where(CustomerStats.satisfaction.in_(f.satisfaction))
    if f.satisfaction_falling:
        stmt = stmt.where(CustomerStats.satisfaction_trend < FALLING_TREND)
    if f.complaint_open_on is not None:
        stmt = stmt.where(Customer.id.in_(open_complaints(f.complaint_open_on)))
    if f.tier_changed_since is not None:
        stmt = stmt.where(CustomerStats.tier_changed_on >= f.tier_changed_since)
    if f.tier_moves:
        stmt = stmt.where(tier_move.in_(f.tier_moves))
    if f.ids is not None:
        stmt = stmt.where(Customer.id.in_(ids_in(f.ids)))
    return stmt


# "B>A": the stored ABC tier before its last change and now; NULL while it never changed.
tier_move = CustomerStats.tier_before + literal(">") + CustomerStats.tier


def ids_in(ids: tuple[str, ...]) -> Select[Any]:
    """These ids as a one-column select: one JSON parameter, so any number of them stays far
    below SQLite's limit of bound values (32,766 in the SQLite of Python on Windows and macOS)."""
    return select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value)


def open_complaints(on: dt.date) -> Select[str]:
    """Customers (ids, possibly repeated) with a complaint in the ``COMPLAINT_DAYS`` up to and
    including ``on`` and no real contact (a call, visit, mail...; another complaint does not
    count) after it. Reads the partial index of complaints."""
    since = dt.datetime.combine(on - dt.timedelta(days=COMPLAINT_DAYS), dt.time())
    until = dt.datetime.combine(on + dt.timedelta(days=1), dt.time())
    later = aliased(TimelineEntry)
    answered = exists().where(
        later.customer_id == TimelineEntry.customer_id,
        later.occurred_at > TimelineEntry.occurred_at,
        later.deleted.is_(False),
        later.kind.in_(sorted(k.value for k in REAL_CONTACT_KINDS if k != EntryKind.COMPLAINT)),
    )
    return select(TimelineEntry.customer_id).where(
        TimelineEntry.kind == literal_column("'complaint'"),  # literal: the partial index's term
        TimelineEntry.occurred_at >= since,
        TimelineEntry.occurred_at < until,
        TimelineEntry.deleted.is_(False),
        ~answered,
    )


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
