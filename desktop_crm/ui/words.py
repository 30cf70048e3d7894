"""The domain vocabulary in the user's language. The core speaks in codes (``core.vocab``);
every pane words them through these, in one translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def lifecycle_text(code: str | None) -> str:
    return {
        "prospect": QCoreApplication.translate("Vocabulary", "Prospect"),
        "new": QCoreApplication.translate("Vocabulary", "New"),
        "active": QCoreApplication.translate("Vocabulary", "Active"),
        "dormant": QCoreApplication.translate("Vocabulary", "Dormant"),
        "lost": QCoreApplication.translate("Vocabulary", "Lost"),
    }.get(code or "", "")


def segment_text(code: str | None) -> str:
    """An RFM segment (``core.rfm.Segment``); none for a customer without orders."""
    return {
        "champions": QCoreApplication.translate("Vocabulary", "Champions"),
        "loyal": QCoreApplication.translate("Vocabulary", "Loyal"),
        "potential_loyalist": QCoreApplication.translate("Vocabulary", "Potential loyalist"),
        "new_customers": QCoreApplication.translate("Vocabulary", "New customer"),
        "promising": QCoreApplication.translate("Vocabulary", "Promising"),
        "needs_attention": QCoreApplication.translate("Vocabulary", "Needs attention"),
        "about_to_sleep": QCoreApplication.translate("Vocabulary", "About to sleep"),
        "at_risk": QCoreApplication.translate("Vocabulary", "At risk"),
        "cannot_lose": QCoreApplication.translate("Vocabulary", "Cannot lose"),
        "hibernating": QCoreApplication.translate("Vocabulary", "Hibernating"),
        "lost": QCoreApplication.translate("Vocabulary", "Lost"),
    }.get(code or "", code or "")


def relationship_text(code: str) -> str:
    return {
        "transactional": QCoreApplication.translate("Vocabulary", "Transactional"),
        "preferred_supplier": QCoreApplication.translate("Vocabulary", "Preferred supplier"),
        "partner": QCoreApplication.translate("Vocabulary", "Partner"),
        "strategic": QCoreApplication.translate("Vocabulary", "Strategic alliance"),
    }.get(code, code)


def kind_text(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("Vocabulary", "Visit"),
        "call": QCoreApplication.translate("Vocabulary", "Call"),
        "email": QCoreApplication.translate("Vocabulary", "E-mail"),
        "message": QCoreApplication.translate("Vocabulary", "Message"),
        "meeting": QCoreApplication.translate("Vocabulary", "Meeting"),
        "complaint": QCoreApplication.translate("Vocabulary", "Complaint"),
        "service_request": QCoreApplication.translate("Vocabulary", "Service request"),
        "lead": QCoreApplication.translate("Vocabulary", "Lead"),
        "order": QCoreApplication.translate("Vocabulary", "Order"),
        "note": QCoreApplication.translate("Vocabulary", "Note"),
    }.get(kind, kind)


def satisfaction_text(code: str) -> str:
    return {
        "very_satisfied": QCoreApplication.translate("Vocabulary", "Very satisfied"),
        "satisfied": QCoreApplication.translate("Vocabulary", "Satisfied"),
        "neutral": QCoreApplication.translate("Vocabulary", "Neutral"),
        "dissatisfied": QCoreApplication.translate("Vocabulary", "Dissatisfied"),
        "very_dissatisfied": QCoreApplication.translate("Vocabulary", "Very dissatisfied"),
    }.get(code, code)


def order_status_text(code: str) -> str:
    return {
        "quote": QCoreApplication.translate("Vocabulary", "Quote"),
        "ordered": QCoreApplication.translate("Vocabulary", "Ordered"),
        "delivered": QCoreApplication.translate("Vocabulary", "Delivered"),
        "paid": QCoreApplication.translate("Vocabulary", "Paid"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
    }.get(code, code)


def visit_status_text(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("Vocabulary", "Planned"),
        "done": QCoreApplication.translate("Vocabulary", "Done"),
        "cancelled": QCoreApplication.translate("Vocabulary", "Cancelled"),
        "missed": QCoreApplication.translate("Vocabulary", "Missed"),
    }.get(code, code)


def field_text(field: str) -> str:
    """A synced field as a person calls it (the conflicts panel); unknown ones stay as coded."""
    return {
        "name": QCoreApplication.translate("Vocabulary", "Name"),
        "display_name": QCoreApplication.translate("Vocabulary", "Name"),
        "city": QCoreApplication.translate("Vocabulary", "City"),
        "province": QCoreApplication.translate("Vocabulary", "Province"),
        "address": QCoreApplication.translate("Vocabulary", "Address"),
        "phone": QCoreApplication.translate("Vocabulary", "Phone"),
        "mobile": QCoreApplication.translate("Vocabulary", "Mobile"),
        "email": QCoreApplication.translate("Vocabulary", "E-mail"),
        "industry": QCoreApplication.translate("Vocabulary", "Industry"),
        "notes": QCoreApplication.translate("Vocabulary", "Notes"),
        "relationship": QCoreApplication.translate("Vocabulary", "Relationship"),
        "tier_override": QCoreApplication.translate("Vocabulary", "Tier"),
        "title": QCoreApplication.translate("Vocabulary", "Title"),
        "subject": QCoreApplication.translate("Vocabulary", "Subject"),
        "planned_at": QCoreApplication.translate("Vocabulary", "Planned for"),
        "status": QCoreApplication.translate("Vocabulary", "Status"),
        "deleted": QCoreApplication.translate("Vocabulary", "Deleted"),
        "department": QCoreApplication.translate("Vocabulary", "Department"),
        "wechat": QCoreApplication.translate("Vocabulary", "WeChat"),
        "website": QCoreApplication.translate("Vocabulary", "Website"),
        "country": QCoreApplication.translate("Vocabulary", "Country"),
        "language": QCoreApplication.translate("Vocabulary", "Language"),
        "currency": QCoreApplication.translate("Vocabulary", "Currency"),
        "owner_id": QCoreApplication.translate("Vocabulary", "Owner"),
        "customer_id": QCoreApplication.translate("Vocabulary", "Customer"),
        "contact_id": QCoreApplication.translate("Vocabulary", "Contact person"),
        "event_id": QCoreApplication.translate("Vocabulary", "Event"),
        "is_primary": QCoreApplication.translate("Vocabulary", "Primary contact"),
        "kind": QCoreApplication.translate("Vocabulary", "Kind"),
        "occurred_at": QCoreApplication.translate("Vocabulary", "When"),
        "purpose": QCoreApplication.translate("Vocabulary", "Purpose"),
        "outcome": QCoreApplication.translate("Vocabulary", "Outcome"),
        "summary": QCoreApplication.translate("Vocabulary", "Summary"),
        "next_step": QCoreApplication.translate("Vocabulary", "Next step"),
        "next_visit_date": QCoreApplication.translate("Vocabulary", "Next visit on"),
        "satisfaction": QCoreApplication.translate("Vocabulary", "Satisfaction"),
        "company": QCoreApplication.translate("Vocabulary", "Company"),
        "interest": QCoreApplication.translate("Vocabulary", "Interest"),
        "rating": QCoreApplication.translate("Vocabulary", "Rating"),
        "consent": QCoreApplication.translate("Vocabulary", "Consent to be contacted"),
        "captured_at": QCoreApplication.translate("Vocabulary", "Captured"),
        "place": QCoreApplication.translate("Vocabulary", "Place"),
        "cost_cents": QCoreApplication.translate("Vocabulary", "Cost"),
        "resolved": QCoreApplication.translate("Vocabulary", "Settled"),
    }.get(field, field)


def record_kind_text(table: str) -> str:
    """What kind of record a synced table holds, as the lists of changes name it."""
    return {
        "customers": QCoreApplication.translate("Vocabulary", "Customer"),
        "contacts": QCoreApplication.translate("Vocabulary", "Contact person"),
        "timeline_entries": QCoreApplication.translate("Vocabulary", "Contact history"),
        "visits": QCoreApplication.translate("Vocabulary", "Visit"),
        "orders": QCoreApplication.translate("Vocabulary", "Order"),
        "leads": QCoreApplication.translate("Vocabulary", "Lead"),
        "events": QCoreApplication.translate("Vocabulary", "Event"),
        "conflicts": QCoreApplication.translate("Vocabulary", "Conflict"),
        "users": QCoreApplication.translate("Vocabulary", "User"),
        "territories": QCoreApplication.translate("Vocabulary", "Territory"),
    }.get(table, table)


def change_kind_text(kind: str) -> str:
    """A change waiting to be sent (``sync.status.PendingChange.kind``)."""
    return {
        "created": QCoreApplication.translate("Vocabulary", "Created"),
        "edited": QCoreApplication.translate("Vocabulary", "Edited"),
        "deleted": QCoreApplication.translate("Vocabulary", "Deleted"),
    }.get(kind, kind)
