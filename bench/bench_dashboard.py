"""The dashboard's figures (issue 8: <= 1 s) on the 100k-customer profile with ~1M timeline
entries, beside a plain ``SELECT count(*)`` over the timeline and the full ``analytics.refresh``
that keeps the per-customer figures the dashboard reads, all measured in the same run."""

from __future__ import annotations

import datetime as dt
import statistics
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.core import analytics
from desktop_crm.core.dashboard import Period, PeriodKind, compute, period_of
from desktop_crm.core.models import Customer, TimelineEntry
from desktop_crm.storage.profile import Profile

from .common import Check, ms, rolled_back, timed

BUDGET = 1.0
RUNS = 5


def _compute(session: Session, profile: Profile, period: Period, today: dt.date) -> None:
    compute(session, period=period, settings=profile.settings, today=today)


def run(profile: Profile) -> list[Check]:
    today = dt.date.today()
    month, year = period_of(PeriodKind.MONTH, today), period_of(PeriodKind.YEAR, today)
    with rolled_back(profile) as s:  # the refresh's writes are thrown away with the rest
        customers = s.scalar(select(func.count()).select_from(Customer).where(Customer.deleted.is_(False)))
        entries = s.scalar(select(func.count()).select_from(TimelineEntry))
        # As at start or in ``desktop-crm stats``: a full refresh, then the figures.
        refresh = timed(partial(analytics.refresh, s, settings=profile.settings, today=today))
        _compute(s, profile, month, today)  # warm, as a window that has been open a while
        ours = [timed(partial(_compute, s, profile, month, today)) for _ in range(RUNS)]
        years = [timed(partial(_compute, s, profile, year, today)) for _ in range(RUNS)]
        count = [
            timed(lambda: s.scalar(select(func.count()).select_from(TimelineEntry))) for _ in range(RUNS)
        ]
    median, base = statistics.median(ours), statistics.median(count)
    return [
        Check(
            f"dashboard figures for this month, {customers:,} customers and {entries:,} timeline entries",
            f"{median:.2f} s median of {RUNS} (budget <= {BUDGET:.1f} s; this year {statistics.median(years):.2f} s)",
            f"SELECT count(*) over the timeline {ms(base)} ({median / base:.0f}x); "
            f"the full analytics.refresh before it {refresh:.2f} s",
            median <= BUDGET,
        )
    ]
