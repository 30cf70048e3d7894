"""Events (trade shows, launches, seminars) and the leads captured at them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import records
from .errors import ValidationError
from .models import Contact, Customer, Event, Lead, SyncState, User
from .validation import choice, date_order, normalize_email, normalize_phone, required_text
from .vocab import EventKind, LeadRating, LeadStatus


def _text(value: Any) -> str | None:
    text = (value or "").strip()
    return text or None


_EVENT: dict[str, records.Cleaner | None] = {
    "name": partial(required_text, field="name"),
    "kind": partial(choice, enum=EventKind, field="kind"),
    "starts_on": None,
    "ends_on": None,
    "place": lambda v: (v or "").strip(),
    "city": _text,
    "cost_cents": int,
    "currency": lambda v: (v or "CNY").upper()[:3],
    "owner_id": None,
}


def lead_cleaners(region: str) -> dict[str, records.Cleaner | None]:
    return {
        "event_id": None,
        "name": partial(required_text, field="name"),
        "company": lambda v: (v or "").strip(),
        "title": _text,
        "phone": partial(normalize_phone, region=region, field="phone"),
        "email": partial(normalize_email, field="email"),
        "city": _text,
        "province": _text,
        "interest": lambda v: v or "",
        "rating": partial(choice, enum=LeadRating, field="rating"),
        "consent": None,
        "status": partial(choice, enum=LeadStatus, field="status"),
        "notes": lambda v: v or "",
        "raw_payload": None,
        "captured_at": None,
        "owner_id": None,
        # "This is them": the customer and contact person the duplicate check found.
        "customer_id": None,
        "contact_id": None,
    }


def create_event(
    session: Session, *, name: str, starts_on: dt.date, ends_on: dt.date | None = None, **fields: Any
) -> str:
    values = records.clean(
        {"name": name, "starts_on": starts_on, "ends_on": ends_on or starts_on, **fields}, _EVENT
    )
    date_order(values["starts_on"], values["ends_on"], field="ends_on")
    if "owner_id" not in values:
        values["owner_id"] = logged_in_user(session)
    event = Event(**values)
    session.add(event)
    session.flush()
    return event.id


def logged_in_user(session: Session) -> str | None:
    """The id of the user this profile syncs as, once the server's user list has arrived."""
    name = session.get(SyncState, "user")
    if name is None:
        return None
    return session.scalar(select(User.id).where(User.username == name.value, User.deleted.is_(False)))


def event_values(session: Session, event_id: str) -> dict[str, Any]:
    """An event's editable fields, for its form."""
    event = records.get_live(session, Event, event_id)
    return {name: getattr(event, name) for name in _EVENT}


def update_event(session: Session, event_id: str, **changes: Any) -> dict[str, Any]:
    event = records.get_live(session, Event, event_id)
    values = records.clean(changes, _EVENT)
    date_order(
        values.get("starts_on", event.starts_on), values.get("ends_on", event.ends_on), field="ends_on"
    )
    return records.apply(event, values)


def create_lead(session: Session, *, name: str, region: str = "CN", **fields: Any) -> str:
    values = records.clean({"name": name, **fields}, lead_cleaners(region))
    if values.get("event_id"):
        records.get_live(session, Event, values["event_id"])
    _check_links(session, values)
    if values.get("consent") is not None:
        values["consent_at"] = values.get("captured_at") or dt.datetime.now().replace(microsecond=0)
    lead = Lead(**values)
    session.add(lead)
    session.flush()
    return lead.id


def update_lead(session: Session, lead_id: str, *, region: str = "CN", **changes: Any) -> dict[str, Any]:
    lead = records.get_live(session, Lead, lead_id)
    values = records.clean(changes, lead_cleaners(region))
    _check_links(session, {"customer_id": lead.customer_id, "contact_id": lead.contact_id, **values})
    if "consent" in values and values["consent"] != lead.consent:
        # Consent is recorded with the time it was given or withdrawn.
        values["consent_at"] = dt.datetime.now().replace(microsecond=0)
    return records.apply(lead, values)


def get_lead(session: Session, lead_id: str) -> Lead:
    return records.get_live(session, Lead, lead_id)


def delete_lead(session: Session, lead_id: str) -> None:
    records.soft_delete(session, Lead, lead_id)
    session.flush()


def _check_links(session: Session, values: dict[str, Any]) -> None:
    """A lead linked to a contact person is linked to that person's customer too."""
    contact_id = values.get("contact_id")
    if contact_id:
        contact = records.get_live(session, Contact, contact_id)
        if values.get("customer_id") not in (None, contact.customer_id):
            raise ValidationError("contact_id", "mismatch", "that contact person works for another customer")
        values["customer_id"] = contact.customer_id
    elif values.get("customer_id"):
        records.get_live(session, Customer, values["customer_id"])


def capture_lead(
    session: Session, *, event_id: str, consent: bool | None, region: str = "CN", **fields: Any
) -> str:
    """A lead from capture mode, where the visitor must have been asked about being contacted."""
    if consent is None:
        raise ValidationError("consent", "required", "ask whether the visitor may be contacted")
    return create_lead(session, event_id=event_id, consent=consent, region=region, **fields)


@dataclass(frozen=True, slots=True)
class LeadRow:
    id: str
    name: str
    company: str
    phone: str | None
    email: str | None
    rating: str
    status: str
    captured_at: dt.datetime
    customer_id: str | None
    contact_id: str | None


def lead_rows(session: Session, event_id: str, *, limit: int | None = None) -> list[LeadRow]:
    """The event's leads, the latest first."""
    stmt = (
        select(*(getattr(Lead, f) for f in LeadRow.__slots__))
        .where(Lead.event_id == event_id, Lead.deleted.is_(False))
        .order_by(Lead.captured_at.desc(), Lead.id.desc())
        .limit(limit)
    )
    return [LeadRow(*r) for r in session.execute(stmt)]


def captured_on(session: Session, event_id: str, day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time())
    return (
        session.scalar(
            select(func.count()).where(
                Lead.event_id == event_id,
                Lead.deleted.is_(False),
                Lead.captured_at >= start,
                Lead.captured_at < start + dt.timedelta(days=1),
            )
        )
        or 0
    )
