"""Visits as iCalendar (RFC 5545) for the rep's phone and desktop calendar.

Each event's UID is derived from the visit's id, which never changes, so importing a newer
export updates the events instead of duplicating them; SEQUENCE follows the row's clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event

from ..core.clock import parse_hlc
from ..core.visits import VisitRow

PRODID = "-//desktop-crm//visit plan//EN"
UID_DOMAIN = "desktop-crm"


def uid(visit_id: str) -> str:
    return f"visit-{visit_id}@{UID_DOMAIN}"


def visits_calendar(visits: Iterable[tuple[VisitRow, str, str, str]]) -> bytes:
    """Visits with (customer name, place, stamp of last change) as an .ics document."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for visit, customer, place, updated_at in visits:
        event = Event()
        event.add("uid", uid(visit.id))
        event.add("summary", f"{customer}: {visit.purpose}" if visit.purpose else customer)
        event.add("dtstart", visit.planned_at)  # floating local time, as the rep planned it
        event.add("dtend", visit.planned_at + dt.timedelta(minutes=visit.duration_min))
        stamp_ms = parse_hlc(updated_at)[0] if updated_at else 0
        event.add("dtstamp", dt.datetime.fromtimestamp(stamp_ms / 1000, dt.UTC))
        # SEQUENCE must grow when the event changes: seconds of the row's last change do.
        event.add("sequence", stamp_ms // 1000)
        if place:
            event.add("location", place)
        status = {"planned": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}.get(visit.status)
        if status:
            event.add("status", status)
        if visit.summary:
            event.add("description", visit.summary)
        cal.add_component(event)
    return bytes(cal.to_ical())
