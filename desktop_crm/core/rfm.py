"""RFM: recency, frequency and monetary scores and the segments named after them (issue 8).

Pure functions over plain values; ``analytics.refresh`` feeds them from the store and keeps each
customer's segment in ``customer_stats``, so the customer list can filter and show it in SQL.

What is measured, per customer with at least one order that counts as revenue (prospects get no
score and no segment):

- recency: days since the last order, at any time (fewer days: a higher score);
- frequency: orders in the trailing 12 months;
- monetary: revenue of the trailing 12 months in the base currency (the ABC tier's figure).

Each is scored 1 to 5 by quintile among those customers (``quintile_scores``), and the segment
comes from the recency score against the mean of the other two (``rfm_segment``)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Segment(StrEnum):
    """RFM segments (the usual names; the UI words them)."""

    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL = "potential_loyalist"
    NEW = "new_customers"
    PROMISING = "promising"
    NEEDS_ATTENTION = "needs_attention"
    ABOUT_TO_SLEEP = "about_to_sleep"
    AT_RISK = "at_risk"
    CANNOT_LOSE = "cannot_lose"
    HIBERNATING = "hibernating"
    LOST = "lost"


def quintile_scores(values: Mapping[str, float]) -> dict[str, int]:
    """Score each key 1 (bottom fifth) to 5 (top fifth) by where its value ranks, higher values
    scoring higher.

    A value's position is its mid-rank: the keys below it plus half of those equal to it
    (``below + tied / 2``), as a share ``p`` of all keys; the score is ``1 + floor(5 * p)``.
    So equal values always share a score, ten distinct values score 1,1,2,2,3,3,4,4,5,5, a value
    that everyone shares scores 3 (the middle), and one key alone scores 3."""
    n = len(values)
    ordered = sorted(values.values())
    by_value: dict[float, int] = {}
    i = 0
    while i < n:
        j = i
        while j < n and ordered[j] == ordered[i]:
            j += 1
        # p = (i + (j - i) / 2) / n, in integers: 5 * p = 5 * (2i + tied) / 2n
        by_value[ordered[i]] = 1 + (5 * (2 * i + (j - i))) // (2 * n)
        i = j
    return {key: by_value[v] for key, v in values.items()}


def rfm_scores(
    recency_days: Mapping[str, int], frequency: Mapping[str, int], monetary: Mapping[str, int]
) -> dict[str, tuple[int, int, int]]:
    """(R, F, M) for every customer of ``recency_days``: quintile scores 1-5, where fewer days
    since the last order score higher and more orders and more revenue score higher. A customer
    missing from ``frequency`` or ``monetary`` counts 0 there."""
    r = quintile_scores({cid: -days for cid, days in recency_days.items()})
    f = quintile_scores({cid: frequency.get(cid, 0) for cid in recency_days})
    m = quintile_scores({cid: monetary.get(cid, 0) for cid in recency_days})
    return {cid: (r[cid], f[cid], m[cid]) for cid in recency_days}


def rfm_segment(r: int, f: int, m: int) -> Segment:
    """The segment of R, F and M scores (1-5), by the usual RFM grid: recency against the mean of
    frequency and monetary, ``FM = (F + M) // 2`` (rounded down)::

        R \\ FM   1               2               3                4          5
        5        new customers   potential       potential        champions  champions
        4        promising       potential       potential        loyal      loyal
        3        about to sleep  about to sleep  needs attention  loyal      loyal
        2        hibernating     hibernating     at risk          at risk    cannot lose
        1        lost            hibernating     at risk          at risk    cannot lose

    That is the widely used 10-segment R-by-F grid with FM in place of F, and its bottom-left
    cell (bought once, little, long ago) split off from hibernating as lost."""
    fm = (f + m) // 2
    if r <= 2:
        if fm == 5:
            return Segment.CANNOT_LOSE
        if fm >= 3:
            return Segment.AT_RISK
        return Segment.LOST if r == 1 and fm == 1 else Segment.HIBERNATING
    if r == 3:
        if fm >= 4:
            return Segment.LOYAL
        return Segment.NEEDS_ATTENTION if fm == 3 else Segment.ABOUT_TO_SLEEP
    if fm >= 4:
        return Segment.CHAMPIONS if r == 5 else Segment.LOYAL
    if fm >= 2:
        return Segment.POTENTIAL
    return Segment.NEW if r == 5 else Segment.PROMISING


def segments(
    recency_days: Mapping[str, int], frequency: Mapping[str, int], monetary: Mapping[str, int]
) -> dict[str, Segment]:
    """Every scored customer's segment."""
    return {cid: rfm_segment(*s) for cid, s in rfm_scores(recency_days, frequency, monetary).items()}
