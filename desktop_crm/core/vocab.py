"""The domain vocabulary of DESIGN.md section 1.

The core speaks in these codes; the UI and reports word them in the user's language.
"""

from __future__ import annotations

from enum import StrEnum


class Lifecycle(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    ACTIVE = "active"
    DORMANT = "dormant"
    LOST = "lost"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Relationship(StrEnum):
    TRANSACTIONAL = "transactional"  # 买卖关系
    PREFERRED_SUPPLIER = "preferred_supplier"  # 供应关系
    PARTNER = "partner"  # 合作关系
    STRATEGIC = "strategic"  # 战略联盟


class Satisfaction(StrEnum):
    """Five levels, stored as codes; ``score`` gives 5 (best) to 1 (worst) for trends."""

    VERY_SATISFIED = "very_satisfied"  # 满意
    SATISFIED = "satisfied"  # 比较满意
    NEUTRAL = "neutral"  # 一般
    DISSATISFIED = "dissatisfied"  # 不太满意
    VERY_DISSATISFIED = "very_dissatisfied"  # 不满意

    @property
    def score(self) -> int:
        return _SATISFACTION_SCORE[self]


_SATISFACTION_SCORE = {
    Satisfaction.VERY_SATISFIED: 5,
    Satisfaction.SATISFIED: 4,
    Satisfaction.NEUTRAL: 3,
    Satisfaction.DISSATISFIED: 2,
    Satisfaction.VERY_DISSATISFIED: 1,
}


class EntryKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    MEETING = "meeting"
    COMPLAINT = "complaint"
    SERVICE_REQUEST = "service_request"
    ORDER = "order"
    NOTE = "note"
    LEAD = "lead"  # captured at an event, then converted: where the customer came from


# A note or an order record is not a conversation with the customer: it does not reset the
# follow-up clock.
REAL_CONTACT_KINDS = frozenset(
    {
        EntryKind.VISIT,
        EntryKind.CALL,
        EntryKind.EMAIL,
        EntryKind.MESSAGE,
        EntryKind.MEETING,
        EntryKind.COMPLAINT,
        EntryKind.SERVICE_REQUEST,
        EntryKind.LEAD,  # met at a show: a conversation, if a short one
    }
)


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


class OrderStatus(StrEnum):
    QUOTE = "quote"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    PAID = "paid"
    CANCELLED = "cancelled"


# Orders that count as revenue for the ABC tier and lifecycle.
REVENUE_STATUSES = frozenset({OrderStatus.ORDERED, OrderStatus.DELIVERED, OrderStatus.PAID})


class EventKind(StrEnum):
    TRADE_SHOW = "trade_show"
    PRODUCT_LAUNCH = "product_launch"
    SEMINAR = "seminar"


class LeadRating(StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"


class LeadStatus(StrEnum):
    NEW = "new"
    QUALIFIED = "qualified"
    CONVERTED = "converted"
    DISCARDED = "discarded"


class Role(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"


class Language(StrEnum):
    ZH = "zh"
    EN = "en"
