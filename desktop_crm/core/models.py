"""Typed SQLAlchemy 2 models of the local store.

Every synced table carries the sync columns of DESIGN.md section 4 (``Synced``). Rows are never
hard-deleted: ``deleted`` is the tombstone that sync carries to the other side. Enumerated fields
hold the codes of ``vocab``; datetimes are naive local wall time (a 10:00 visit stays at 10:00),
while ``updated_at`` is the hybrid logical clock that orders edits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .clock import new_id


class Base(DeclarativeBase):
    pass


class Synced:
    """Columns of every row that sync carries. ``updated_at`` is stamped by the change recorder."""

    # Fields that only this laptop knows about and never travel in an outbox operation.
    LOCAL_FIELDS: ClassVar[frozenset[str]] = frozenset({"server_seq"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    updated_at: Mapped[str] = mapped_column(String(48), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_seq: Mapped[int | None] = mapped_column(Integer, default=None)


class Territory(Synced, Base):
    __tablename__ = "territories"

    name: Mapped[str] = mapped_column(String(200))
    provinces: Mapped[list[str]] = mapped_column(JSON, default=list)


class User(Synced, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(100))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="rep")
    territory_id: Mapped[str | None] = mapped_column(String(36), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Customer(Synced, Base):
    __tablename__ = "customers"
    # The place filter's choices and the province/city filter read this index, not the table.
    __table_args__ = (Index("ix_customers_place", "province", "city", "deleted"),)

    name: Mapped[str] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    website: Mapped[str | None] = mapped_column(String(300), default=None)
    address: Mapped[str | None] = mapped_column(String(500), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    province: Mapped[str | None] = mapped_column(String(100), default=None)
    country: Mapped[str] = mapped_column(String(2), default="CN")
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    language: Mapped[str] = mapped_column(String(8), default="zh")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    relationship: Mapped[str] = mapped_column(String(32), default="transactional")
    tier_override: Mapped[str | None] = mapped_column(String(1), default=None)
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    territory_id: Mapped[str | None] = mapped_column(String(36), default=None)
    external_id: Mapped[str | None] = mapped_column(String(100), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(Synced, Base):
    """A contact person at a customer."""

    __tablename__ = "contacts"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200), default=None)
    department: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    mobile: Mapped[str | None] = mapped_column(String(64), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    wechat: Mapped[str | None] = mapped_column(String(100), default=None)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class TimelineEntry(Synced, Base):
    """One touch with a customer. Append-mostly: sync never clashes on creation."""

    __tablename__ = "timeline_entries"
    __table_args__ = (
        Index("ix_timeline_customer_time", "customer_id", "occurred_at"),
        # Complaints are a few in a hundred entries: the dashboard's open complaints read this
        # small partial index, not a million rows (queries must say kind = 'complaint' literally).
        Index(
            "ix_timeline_complaints", "occurred_at", "customer_id", sqlite_where=text("kind = 'complaint'")
        ),
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    kind: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(32), default=None)
    author_id: Mapped[str | None] = mapped_column(String(36), default=None)
    visit_id: Mapped[str | None] = mapped_column(String(36), default=None)
    order_id: Mapped[str | None] = mapped_column(String(36), default=None)
    lead_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Visit(Synced, Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_planned", "planned_at"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    planned_at: Mapped[dt.datetime] = mapped_column(DateTime)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    # A fixed appointment keeps its time when a day's route is reordered.
    fixed_time: Mapped[bool] = mapped_column(Boolean, default=False)
    purpose: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    outcome: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    products_discussed: Mapped[str] = mapped_column(Text, default="")
    competitor_notes: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(32), default=None)
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_visit_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Order(Synced, Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_customer_date", "customer_id", "ordered_on"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    number: Mapped[str] = mapped_column(String(64), default="")
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    # Money is exact: integer minor units (fen, cents) with the currency beside it.
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    status: Mapped[str] = mapped_column(String(16), default="ordered")
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Event(Synced, Base):
    """A trade show, product launch or seminar."""

    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="trade_show")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Lead(Synced, Base):
    __tablename__ = "leads"

    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    province: Mapped[str | None] = mapped_column(String(100), default=None)
    interest: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str] = mapped_column(String(8), default="warm")
    # None means "not asked": a lead without consent is marked as such, never assumed.
    consent: Mapped[bool | None] = mapped_column(Boolean, default=None)
    consent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    status: Mapped[str] = mapped_column(String(16), default="new")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A scanned payload the parser did not understand is kept verbatim, never lost.
    raw_payload: Mapped[str | None] = mapped_column(Text, default=None)
    captured_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), default=None)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Territory,
    User,
    Customer,
    Contact,
    TimelineEntry,
    Visit,
    Order,
    Event,
    Lead,
)
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


# --- local-only tables: never synced -------------------------------------------------------


class OutboxOp(Base):
    """One local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Unique by construction (UUIDv7); only the server looks operations up by it, so no index
    # here: on a 100k-customer demo load that index alone was 64 MB.
    op_id: Mapped[str] = mapped_column(String(36), default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    # New values of the changed fields, and what they were before (the merge's base).
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    hlc: Mapped[str] = mapped_column(String(48))  # also when the change was made


class SyncState(Base):
    """Small key/value facts about this profile: node id, pull cursor, logged-in user."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """A clash the server decided (DESIGN.md 5): the value kept, the value lost, who and when.
    Written by the server, pulled like a row; resolving it is an ordinary edit of the row."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept: Mapped[Any] = mapped_column(JSON, default=None)
    lost: Mapped[Any] = mapped_column(JSON, default=None)
    kept_by: Mapped[str | None] = mapped_column(String(36), default=None)
    lost_by: Mapped[str | None] = mapped_column(String(36), default=None)
    lost_at: Mapped[str] = mapped_column(String(48), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    at: Mapped[str] = mapped_column(String(32), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class Attention(Base):
    """An operation the server rejected: out of the queue so it never blocks the rest, kept here
    with the reason until somebody looks at it (the "needs attention" list)."""

    __tablename__ = "sync_attention"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class CustomerStats(Base):
    """Figures derived from orders and contacts, recomputed locally by ``analytics.refresh``.

    Kept in a table so that the customer list can filter and sort by them in SQL."""

    __tablename__ = "customer_stats"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    revenue_12m_cents: Mapped[int] = mapped_column(Integer, default=0)  # in the base currency
    tier: Mapped[str] = mapped_column(String(1), default="C", index=True)
    lifecycle: Mapped[str] = mapped_column(String(16), default="prospect", index=True)
    first_order_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    last_order_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    next_due_on: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
    satisfaction: Mapped[str | None] = mapped_column(String(32), default=None)
    satisfaction_trend: Mapped[float | None] = mapped_column(default=None)
    # RFM segment (``rfm.Segment``), None for a customer without orders; a full refresh ranks it.
    rfm_segment: Mapped[str | None] = mapped_column(String(24), default=None, index=True)
    # The ABC tier (``tier``, without a manual override) before its last change, and the day of
    # that change; None while the tier has not changed since the customer's first refresh.
    tier_before: Mapped[str | None] = mapped_column(String(1), default=None)
    tier_changed_on: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
