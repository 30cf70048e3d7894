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
    }.get(field, field)
