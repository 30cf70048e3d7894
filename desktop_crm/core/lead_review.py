"""After the show: qualify or discard leads, hand them to reps, convert them into customers and
contact persons, and count what an event brought in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import records, timeline
from .customers import add_contact, create_customer
from .errors import ValidationError
from .models import Contact, Customer, Event, Lead, Order, User
from .vocab import REVENUE_STATUSES, EntryKind, LeadStatus


def set_status(session: Session, lead_ids: Collection[str], status: str) -> int:
    """Qualify or discard (or reopen) leads; a converted lead keeps its status."""
    status = LeadStatus(status).value
    if status == LeadStatus.CONVERTED:
        raise ValidationError("status", "invalid_choice", "a lead becomes converted by converting it")
    changed = 0
    for lead_id in lead_ids:
        lead = records.get_live(session, Lead, lead_id)
        if lead.status != LeadStatus.CONVERTED and lead.status != status:
            records.apply(lead, {"status": status})
            changed += 1
    session.flush()
    return changed


def team(session: Session) -> list[tuple[str, str]]:
    """The active users leads can be handed to (synced from the server): id and name."""
    rows = session.execute(
        select(User.id, User.display_name, User.username).where(
            User.active.is_(True), User.deleted.is_(False)
        )
    )
    return sorted(((uid, display or username) for uid, display, username in rows), key=lambda u: u[1])


def assign(session: Session, lead_ids: Collection[str], owner_id: str | None) -> None:
    if owner_id is not None:
        records.get_live(session, User, owner_id)
    for lead_id in lead_ids:
        records.apply(records.get_live(session, Lead, lead_id), {"owner_id": owner_id})
    session.flush()


@dataclass(frozen=True, slots=True)
class Converted:
    customer_id: str
    contact_id: str
    new_customer: bool
    new_contact: bool


def convert(
    session: Session,
    lead_id: str,
    *,
    customer_id: str | None = None,
    contact_id: str | None = None,
    region: str = "CN",
) -> Converted:
    """Make the lead a customer and contact person, or attach it to an existing customer (and
    contact person, when the duplicate check found them). The lead keeps links to both, and the
    customer's timeline gets an entry for the lead, dated when it was captured."""
    lead = records.get_live(session, Lead, lead_id)
    if lead.status == LeadStatus.CONVERTED:
        raise ValidationError("status", "already_converted", "this lead was converted already")
    # Linked while capturing ("this is them"): attach to those, unless told otherwise.
    if customer_id is None and contact_id is None:
        customer_id, contact_id = lead.customer_id, lead.contact_id
    if contact_id and not customer_id:
        customer_id = records.get_live(session, Contact, contact_id).customer_id
    new_customer = customer_id is None
    if customer_id is None:
        customer_id = create_customer(
            session,
            region=region,
            name=lead.company or lead.name,
            city=lead.city,
            province=lead.province,
            email=None if lead.company else lead.email,
            owner_id=lead.owner_id,
        )
    else:
        records.get_live(session, Customer, customer_id)
    new_contact = contact_id is None
    if contact_id is None:
        contact_id = add_contact(
            session,
            customer_id=customer_id,
            region=region,
            name=lead.name,
            title=lead.title,
            mobile=lead.phone,
            email=lead.email,
            notes=lead.notes,
        )
    elif records.get_live(session, Contact, contact_id).customer_id != customer_id:
        raise ValidationError("contact_id", "mismatch", "that contact person works for another customer")
    event = session.get(Event, lead.event_id) if lead.event_id else None
    timeline.add_entry(
        session,
        customer_id=customer_id,
        kind=EntryKind.LEAD,
        occurred_at=lead.captured_at.replace(microsecond=0),
        subject=event.name if event else "",
        body="\n".join(x for x in (lead.interest, lead.notes) if x),
        contact_id=contact_id,
        lead_id=lead.id,
        author_id=lead.owner_id,
    )
    records.apply(
        lead, {"status": LeadStatus.CONVERTED.value, "customer_id": customer_id, "contact_id": contact_id}
    )
    session.flush()
    return Converted(customer_id, contact_id, new_customer, new_contact)


@dataclass(frozen=True, slots=True)
class EventReport:
    event_id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    leads: int
    qualified: int  # qualified or converted
    converted: int
    discarded: int
    hot: int
    cost_cents: int
    currency: str
    revenue_cents: dict[str, int]  # by currency: orders of the converted customers since the event

    @property
    def cost_per_lead_cents(self) -> int | None:
        return round(self.cost_cents / self.leads) if self.leads else None


def event_report(session: Session, event_id: str) -> EventReport:
    event = records.get_live(session, Event, event_id)
    live = (Lead.event_id == event_id) & Lead.deleted.is_(False)
    counts: dict[str, int] = {
        status: n
        for status, n in session.execute(select(Lead.status, func.count()).where(live).group_by(Lead.status))
    }
    hot = session.scalar(select(func.count()).where(live, Lead.rating == "hot")) or 0
    converted = select(Lead.customer_id).where(live, Lead.status == LeadStatus.CONVERTED).distinct()
    revenue = {
        currency: total
        for currency, total in session.execute(
            select(Order.currency, func.sum(Order.amount_cents))
            .where(
                Order.customer_id.in_(converted), Order.deleted.is_(False), Order.ordered_on >= event.starts_on,
                Order.status.in_(REVENUE_STATUSES),
            )
            .group_by(Order.currency)
        )
    }  # fmt: skip
    return EventReport(
        event_id=event.id,
        name=event.name,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        leads=sum(counts.values()),
        qualified=counts.get("qualified", 0) + counts.get("converted", 0),
        converted=counts.get("converted", 0),
        discarded=counts.get("discarded", 0),
        hot=hot,
        cost_cents=event.cost_cents,
        currency=event.currency,
        revenue_cents={c: int(v) for c, v in revenue.items()},
    )


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    name: str
    starts_on: dt.date
    leads: int


def find_events(session: Session, text: str = "") -> list[EventRow]:
    """Events whose id is ``text`` or whose name contains it (all, given nothing), latest first."""
    leads = select(func.count()).where(Lead.event_id == Event.id, Lead.deleted.is_(False)).scalar_subquery()
    stmt = select(Event.id, Event.name, Event.starts_on, leads).where(Event.deleted.is_(False))
    if text:
        stmt = stmt.where((Event.id == text) | Event.name.contains(text, autoescape=True))
    rows = session.execute(stmt.order_by(Event.starts_on.desc(), Event.name)).all()
    return [EventRow(i, name, start, n) for i, name, start, n in rows]
