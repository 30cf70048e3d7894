"""The dashboard's figures on paper: printed from the dashboard for its period, and as the second
part of the weekly report for the week. One story, so both show the same figures the same way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.dashboard import Dashboard, Slice
from .layout import build, para, styles
from .words import Words


def figures_story(d: Dashboard, w: Words) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    st = styles()

    def p(text: str, style: Any = st.base) -> Any:
        return para(w, text, style)

    def money(cents: int) -> str:
        return w.money(cents, d.currency)

    def table(header: list[str], rows: list[list[str]], widths: list[Any] | None = None) -> Any:
        cells = [[p(h, st.small) for h in header]]
        cells += [[p(row[0]), *(p(v, st.right) for v in row[1:])] for row in rows]
        out = Table(cells, colWidths=widths, hAlign="LEFT")
        out.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#57606a")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ]))  # fmt: skip
        return out

    def section(title: str, *body: Any) -> list[Any]:
        heading = p(title, st.heading)
        heading.keepWithNext = 1
        return [heading, *body, Spacer(1, 3 * mm)]

    def counts(slices: tuple[Slice, ...], name: Any) -> list[list[str]]:
        return [[name(s.key), f"{s.customers:,}"] for s in slices]

    pareto = d.pareto
    total = pareto.revenue_cents or 1
    revenue = section(
        w["revenue_where"],
        p(
            w["bring_80"].format(
                n=f"{pareto.customers_for_80:,}",
                of=f"{pareto.customers:,}",
                amount=money(pareto.revenue_cents),
            )
        ),
        table(
            [" ", w["customers_n"], w["revenue_n"], w["share"]],
            [
                [
                    w["tier_n"].format(t=s.key),
                    f"{s.customers:,}",
                    money(s.amount_cents),
                    f"{s.amount_cents / total:.0%}",
                ]
                for s in pareto.tiers
            ],
            [40 * mm, 28 * mm, 45 * mm, 22 * mm],
        ),
    )
    moves = "; ".join(f"{w[a]} → {w[b]}: {n:,}" for a, b, n in d.funnel.moves) or w["none"]
    follow = d.follow_up
    a_days = f"{follow.a_days_since_contact:.0f}" if follow.a_days_since_contact is not None else w["none"]
    sat = d.satisfaction
    sections: list[list[Any]] = [
        revenue,
        section(
            w["segments"], table([" ", w["customers_n"]], counts(d.rfm, w.__getitem__), [60 * mm, 28 * mm])
        ),
        section(
            w["lifecycle"],
            table([" ", w["customers_n"]], counts(d.funnel.stages, w.__getitem__), [60 * mm, 28 * mm]),
            p(f"{w['moves']}{w['colon']}{moves}", st.small),
        ),
        section(
            w["follow_up_title"],
            table(
                [w["overdue_by_tier"], w["customers_n"]],
                counts(follow.overdue, lambda k: w["tier_n"].format(t=k)),
                [60 * mm, 28 * mm],
            ),
            p(f"{w['a_days']}{w['colon']}{a_days}"),
            p(w["visits_weeks"], st.small),
            table(
                [w["week_of"], w["planned_visits"], w["done"]],
                [[w.date(x.start), f"{x.planned:,}", f"{x.done:,}"] for x in follow.weeks[-13:]],
                [60 * mm, 28 * mm, 28 * mm],
            ),
        ),
        section(
            w["satisfaction_title"],
            table([" ", w["customers_n"]], counts(sat.levels, w.__getitem__), [60 * mm, 28 * mm]),
            p(f"{w['falling']}{w['colon']}{sat.dropped.customers:,}"),
            p(f"{w['complaints_open']}{w['colon']}{sat.complaints_open.customers:,}"),
        ),
    ]
    if d.events:
        rows = [[e.name, f"{e.leads:,}", f"{e.converted:,}", money(e.revenue_cents),
                 money(e.cost_per_lead_cents) if e.cost_per_lead_cents is not None else w["none"]]
                for e in d.events]  # fmt: skip
        sections.append(section(w["events"], table([w["event"], w["leads"], w["converted"], w["revenue_n"],
                                                    w["cost_per_lead"]], rows)))  # fmt: skip
    else:
        sections.append(section(w["events"], p(w["no_events"])))
    return [flowable for part in sections for flowable in part]


def render_figures(d: Dashboard, *, language: str, company: str = "") -> bytes:
    """The dashboard's figures for its period, as a PDF."""
    from reportlab.platypus import Table

    w = Words(language)
    st = styles()
    last = d.period.end - dt.timedelta(days=1)
    title = f"{w['figures']}{w['colon']}{w.date(d.period.start)} – {w.date(last)}"
    head = Table([[para(w, company or " ", st.small), para(w, w["figures"], st.right)]],
                 colWidths=["50%", "50%"])  # fmt: skip
    return build([head, para(w, title, st.title), *figures_story(d, w)], w, title=title, author=company)
