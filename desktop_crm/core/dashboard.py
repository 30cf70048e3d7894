"""The rep's dashboard (issue 8): where the value is, who is slipping away, whom to see next,
and whether the plan is kept. Plain figures for the window's charts, ``desktop-crm stats`` and the
weekly report: no Qt here. The rules are pure functions over plain values, tested on hand-made
data; ``compute`` feeds them from the store.

Every figure a chart shows can be clicked through to the customers behind it: each carries the
``ListFilter`` that opens the customer list on exactly those customers (``Slice.filter``).

The figures by customer (tier, stage, segment, follow-up, satisfaction) are read from
``customer_stats`` as the last ``analytics.refresh`` left them (a full refresh runs at start, on
a settings change and in ``desktop-crm stats``); amounts are in the base currency's cents
(``Settings.rate``). The rules: ABC tiers and the lifecycle are ``analytics``'; RFM scores and
segments are ``rfm``'s; the Pareto curve, stage moves and weeks are below."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from . import dashboard_sql as q
from .analytics import A_SHARE
from .customer_list import ListFilter
from .errors import ValidationError
from .rfm import Segment
from .settings import Settings
from .vocab import Lifecycle, Tier
from .vocab import Satisfaction as Level

__all__ = [
    "Dashboard", "EventFigures", "FollowUp", "Funnel", "Pareto", "Period", "PeriodKind", "Satisfaction",
    "Segment", "Slice", "WeekPlan", "compute", "pareto_points", "period_of", "stage_moves", "to_json",
    "week_starts",
]  # fmt: skip


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    start: dt.date  # first day
    end: dt.date  # the day after the last (half-open)


@dataclass(frozen=True, slots=True)
class Slice:
    """One bar, slice or point of a chart: a code (tier "A", a segment, a stage...), how many
    customers, an amount where it has one (revenue in the base currency's cents), and the filter
    that lists exactly those customers."""

    key: str
    customers: int
    amount_cents: int = 0
    filter: ListFilter | None = None


@dataclass(frozen=True, slots=True)
class Pareto:
    points: tuple[tuple[float, float], ...]  # (share of customers, share of revenue), 0..1, <= 200 points
    customers_for_80: int  # how many customers bring 80% of the revenue
    customers: int
    revenue_cents: int
    tiers: tuple[Slice, ...]  # A, B, C: customers and revenue
    tier_changes: tuple[Slice, ...]  # key "B>A" etc.: customers whose tier changed this month


@dataclass(frozen=True, slots=True)
class Funnel:
    stages: tuple[Slice, ...]  # prospect, new, active, dormant, lost: customers in each now
    moves: tuple[tuple[str, str, int], ...]  # (from stage, to stage, customers) over the period


@dataclass(frozen=True, slots=True)
class WeekPlan:
    start: dt.date  # the Monday
    planned: int
    done: int


@dataclass(frozen=True, slots=True)
class FollowUp:
    overdue: tuple[Slice, ...]  # by tier
    weeks: tuple[WeekPlan, ...]  # visits planned against done, week by week over the period
    a_days_since_contact: float | None  # average days since the last real contact, A customers


@dataclass(frozen=True, slots=True)
class Satisfaction:
    levels: tuple[Slice, ...]  # the five levels, best first: customers whose latest rating it is
    dropped: Slice  # customers whose satisfaction is falling
    complaints_open: Slice  # customers with a complaint in the last 90 days and no contact after it


@dataclass(frozen=True, slots=True)
class EventFigures:
    event_id: str
    name: str
    starts_on: dt.date
    leads: int
    converted: int
    revenue_cents: int  # converted customers' orders since the event, in the base currency
    cost_cents: int  # in the base currency
    cost_per_lead_cents: int | None
    converted_filter: ListFilter | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Period
    currency: str  # the base currency every amount is converted into
    today: dt.date
    pareto: Pareto
    rfm: tuple[Slice, ...]  # one per segment that has customers
    funnel: Funnel
    follow_up: FollowUp
    satisfaction: Satisfaction
    events: tuple[EventFigures, ...] = field(default=())


def period_of(
    kind: PeriodKind, today: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> Period:
    """This week (Monday on), month, quarter or year holding ``today``, or a custom span.

    For ``CUSTOM``, ``start`` is the first day and ``end`` the last day shown (inclusive, as a
    person picks them: 1 to 30 June); the Period's own ``end`` is the day after. Other kinds
    ignore ``start`` and ``end``."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.CUSTOM:
        if start is None or end is None:
            raise ValidationError("period", "required", "a custom period needs its first and last day")
        if end < start:
            raise ValidationError("period", "order", f"the period ends ({end}) before it starts ({start})")
        return Period(kind, start, end + dt.timedelta(days=1))
    if kind is PeriodKind.WEEK:
        first = today - dt.timedelta(days=today.weekday())
        return Period(kind, first, first + dt.timedelta(days=7))
    if kind is PeriodKind.YEAR:
        return Period(kind, dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1))
    months = 3 if kind is PeriodKind.QUARTER else 1
    month = (today.month - 1) // months * months  # 0-based first month of the span
    after = month + months
    return Period(
        kind, dt.date(today.year, month + 1, 1), dt.date(today.year + after // 12, after % 12 + 1, 1)
    )


# --- the rules, over plain values -------------------------------------------------------------


def pareto_points(
    revenue: Iterable[int], customers: int | None = None, *, limit: int = 200
) -> tuple[tuple[tuple[float, float], ...], int]:
    """The cumulative revenue curve and how many customers bring 80% of the revenue.

    ``revenue`` holds the customers' amounts (any order; zero or less counts as nothing);
    ``customers`` the number of customers on the curve when those without revenue are left out
    of ``revenue``. A point (x, y): the first x of the customers, largest first, bring y of the
    revenue, from (0, 0) to (1, 1); at most ``limit`` points, evenly spaced over the customers.
    The 80% count is the ABC rule's A count: customers ranked while the revenue before them is
    short of 80% (``analytics.abc_tiers``, without manual overrides)."""
    values = sorted((v for v in revenue if v > 0), reverse=True)
    n = max(customers or 0, len(values))
    if n == 0:
        return (), 0
    total = sum(values)
    cumulative = [0]
    for v in values:
        cumulative.append(cumulative[-1] + v)
    cumulative.extend([total] * (n - len(values)))
    steps = range(n + 1) if n + 1 <= limit else sorted({round(i * n / (limit - 1)) for i in range(limit)})
    points = tuple((k / n, cumulative[k] / total if total else 0.0) for k in steps)
    for_80 = sum(1 for c in cumulative[: len(values)] if c / total < A_SHARE)
    return points, for_80


STAGES = tuple(s.value for s in Lifecycle)
Totals = dict[str, tuple[int, int]]  # code -> (customers, revenue in cents)


def stage_moves(pairs: Iterable[tuple[str, str, int]]) -> tuple[tuple[str, str, int], ...]:
    """The moves among (stage before, stage now, customers): those whose stage changed, summed,
    in funnel order (prospect first) of where they came from, then of where they went."""
    moves: dict[tuple[str, str], int] = defaultdict(int)
    for was, now, n in pairs:
        if was != now and n:
            moves[was, now] += n
    order = {s: i for i, s in enumerate(STAGES)}
    ranked = sorted(moves.items(), key=lambda m: (order.get(m[0][0], 99), order.get(m[0][1], 99), m[0]))
    return tuple((was, now, n) for (was, now), n in ranked)


def week_starts(period: Period) -> list[dt.date]:
    """The Mondays of the weeks the period touches."""
    monday = period.start - dt.timedelta(days=period.start.weekday())
    return [monday + dt.timedelta(weeks=i) for i in range(((period.end - monday).days + 6) // 7)]


# --- from the store -------------------------------------------------------------------------------


def compute(
    session: Session, *, period: Period, settings: Settings, today: dt.date | None = None
) -> Dashboard:
    """Every figure of the dashboard (<= 1 s on 100k customers and 1M timeline entries).

    ``today`` (default: the date today) is the day "now" means: overdue follow-ups, the days
    since a contact, open complaints. Tier changes count from the period's start; stage moves
    compare each customer's stage on the period's start, from the orders before it, with now.
    Events are those held, at least a day of them, in the period."""
    today = today or dt.date.today()
    groups = q.stats_groups(session, today, period.start, settings)

    def totals(
        key: Callable[[q.Group], str | None], where: Callable[[q.Group], bool] = lambda _: True
    ) -> Totals:
        out: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
        for g in groups:
            k = key(g)
            if k is not None and where(g):
                out[k] = (out[k][0] + g.customers, out[k][1] + g.revenue_cents)
        return out

    by_tier = totals(lambda g: g.tier)
    pareto_curve, for_80 = pareto_points(q.revenues(session), sum(g.customers for g in groups))
    pareto = Pareto(
        points=pareto_curve,
        customers_for_80=for_80,
        customers=sum(g.customers for g in groups),
        revenue_cents=sum(g.revenue_cents for g in groups),
        tiers=tuple(Slice(t, *by_tier[t], ListFilter(tiers=(t,))) for t in Tier),
        tier_changes=tuple(
            Slice(move, n, 0, ListFilter(tier_changed_since=period.start, tier_moves=(move,)))
            for move, n in sorted(q.tier_moves(session, period.start))
        ),
    )
    by_segment = totals(lambda g: g.segment)
    rfm = tuple(
        Slice(s.value, *by_segment[s], ListFilter(segments=(s.value,))) for s in Segment if s in by_segment
    )
    by_stage = totals(lambda g: g.stage)
    funnel = Funnel(
        stages=tuple(Slice(s, *by_stage[s], ListFilter(lifecycles=(s,))) for s in STAGES),
        moves=stage_moves((g.was, g.stage, g.customers) for g in groups if g.stage is not None),
    )
    overdue = totals(lambda g: g.tier, lambda g: g.overdue)
    a_customers = [g for g in groups if g.tier == Tier.A]
    contacted = sum(g.contacted for g in a_customers)
    weeks = q.visit_weeks(session, period.start, period.end)
    follow_up = FollowUp(
        overdue=tuple(Slice(t, overdue[t][0], 0, ListFilter(tiers=(t,), overdue_on=today)) for t in Tier),
        weeks=tuple(WeekPlan(w, *weeks.get(w, (0, 0))) for w in week_starts(period)),
        a_days_since_contact=(
            round(sum(g.contact_days for g in a_customers) / contacted, 1) if contacted else None
        ),
    )
    by_level = totals(lambda g: g.level)
    satisfaction = Satisfaction(
        levels=tuple(
            Slice(lv.value, by_level[lv][0], 0, ListFilter(satisfaction=(lv.value,))) for lv in Level
        ),
        dropped=Slice(
            "falling", sum(g.customers for g in groups if g.falling), 0, ListFilter(satisfaction_falling=True)
        ),
        complaints_open=Slice(
            "complaints_open",
            q.open_complaint_customers(session, today),
            0,
            ListFilter(complaint_open_on=today),
        ),
    )
    return Dashboard(
        period=period,
        currency=settings.base_currency,
        today=today,
        pareto=pareto,
        rfm=rfm,
        funnel=funnel,
        follow_up=follow_up,
        satisfaction=satisfaction,
        events=tuple(_event(e, settings) for e in q.events(session, period.start, period.end)),
    )


def _event(e: q.EventRow, settings: Settings) -> EventFigures:
    cost = round(e.cost_cents * settings.rate(e.currency))
    return EventFigures(
        event_id=e.id,
        name=e.name,
        starts_on=e.starts_on,
        leads=e.leads,
        converted=e.converted,
        revenue_cents=q.converted_cents(e.revenue_cents, settings),
        cost_cents=cost,
        cost_per_lead_cents=round(cost / e.leads) if e.leads else None,
        converted_filter=ListFilter(ids=e.customers),
    )


# --- for scripts ------------------------------------------------------------------------------------


def _slices(slices: Sequence[Slice], amounts: bool = True) -> dict[str, Any]:
    return {s.key: {"customers": s.customers, "amount_cents": s.amount_cents} if amounts else s.customers
            for s in slices}  # fmt: skip


def to_json(d: Dashboard) -> dict[str, Any]:
    """The figures as plain JSON values (``desktop-crm stats --json``): dates in ISO form, the
    list filters left out. ``period.end`` is the day after the last."""
    return {
        "period": {
            "kind": d.period.kind.value,
            "start": d.period.start.isoformat(),
            "end": d.period.end.isoformat(),
        },
        "currency": d.currency,
        "today": d.today.isoformat(),
        "pareto": {
            "customers": d.pareto.customers,
            "revenue_cents": d.pareto.revenue_cents,
            "customers_for_80": d.pareto.customers_for_80,
            "points": [[round(x, 4), round(y, 4)] for x, y in d.pareto.points],
            "tiers": _slices(d.pareto.tiers),
            "tier_changes": _slices(d.pareto.tier_changes, amounts=False),
        },
        "rfm": _slices(d.rfm),
        "funnel": {
            "stages": _slices(d.funnel.stages),
            "moves": [{"from": a, "to": b, "customers": n} for a, b, n in d.funnel.moves],
        },
        "follow_up": {
            "overdue": _slices(d.follow_up.overdue, amounts=False),
            "weeks": [
                {"start": w.start.isoformat(), "planned": w.planned, "done": w.done}
                for w in d.follow_up.weeks
            ],
            "a_days_since_contact": d.follow_up.a_days_since_contact,
        },
        "satisfaction": {
            "levels": _slices(d.satisfaction.levels, amounts=False),
            "falling": d.satisfaction.dropped.customers,
            "complaints_open": d.satisfaction.complaints_open.customers,
        },
        "events": [
            {
                "id": e.event_id,
                "name": e.name,
                "starts_on": e.starts_on.isoformat(),
                "leads": e.leads,
                "converted": e.converted,
                "revenue_cents": e.revenue_cents,
                "cost_cents": e.cost_cents,
                "cost_per_lead_cents": e.cost_per_lead_cents,
            }
            for e in d.events
        ],
    }
