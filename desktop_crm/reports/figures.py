"""The dashboard's figures on paper: printed from the dashboard for its period, and as the second
part of the weekly report for the week. One story, so both show the same figures the same way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.dashboard import Dashboard, Slice
from .layout import build, para, styles
from .words import Words

FIGURE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "figures": "Figures", "revenue_where": "Where the revenue is",
        "bring_80": "{n} of {of} customers bring 80% of the revenue ({amount}).",
        "customers_n": "Customers", "revenue_n": "Revenue", "share": "Share",
        "segments": "Customer segments (RFM)", "lifecycle": "Lifecycle", "moves": "Moves in the period",
        "follow_up_title": "Follow-up discipline", "overdue_by_tier": "Overdue follow-ups",
        "a_days": "Average days since the last contact with an A customer",
        "visits_weeks": "Visits planned and done, week by week", "week_of": "Week of",
        "satisfaction_title": "Satisfaction", "falling": "Satisfaction falling",
        "complaints_open": "Complaint open, no contact since", "events": "Events", "event": "Event",
        "leads": "Leads", "converted": "Converted", "cost_per_lead": "Cost per lead", "no_events": "No events.",
        "tier_n": "Tier {t}",
        "champions": "Champions", "loyal": "Loyal", "potential_loyalist": "Potential loyalist",
        "new_customers": "New customer", "promising": "Promising", "needs_attention": "Needs attention",
        "about_to_sleep": "About to sleep", "at_risk": "At risk", "cannot_lose": "Cannot lose",
        "hibernating": "Hibernating",
    },
    "zh": {
        "figures": "数据概览", "revenue_where": "收入来自哪里",
        "bring_80": "{of} 个客户中的 {n} 个带来了 80% 的收入（{amount}）。",
        "customers_n": "客户数", "revenue_n": "收入", "share": "占比",
        "segments": "客户细分（RFM）", "lifecycle": "生命周期", "moves": "本期变化",
        "follow_up_title": "跟进执行情况", "overdue_by_tier": "逾期回访",
        "a_days": "A 级客户平均未联系天数",
        "visits_weeks": "每周计划与完成的拜访", "week_of": "周起始",
        "satisfaction_title": "满意度", "falling": "满意度下降",
        "complaints_open": "投诉未处理，之后未联系", "events": "活动", "event": "活动",
        "leads": "线索", "converted": "已转化", "cost_per_lead": "每条线索成本", "no_events": "没有活动。",
        "tier_n": "{t} 级",
        "champions": "重要价值客户", "loyal": "忠诚客户", "potential_loyalist": "潜力客户",
        "new_customers": "新客户", "promising": "有潜力的新客户", "needs_attention": "需要关注",
        "about_to_sleep": "即将沉睡", "at_risk": "有流失风险", "cannot_lose": "不能失去的客户",
        "hibernating": "沉睡客户",
    },
}  # fmt: skip


def figures_story(d: Dashboard, w: Words) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    st = styles()
    words = FIGURE_WORDS[w.language]

    def t(key: str) -> str:
        return words.get(key) or w[key]

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
        # Not KeepTogether: ``build`` lays the story out twice (to count pages), and a KeepTogether
        # moved to the next page in the first pass cannot be laid out again in the second.
        heading = p(title, st.heading)
        heading.keepWithNext = 1
        return [heading, *body, Spacer(1, 3 * mm)]

    def counts(slices: tuple[Slice, ...], name: Any) -> list[list[str]]:
        return [[name(s.key), f"{s.customers:,}"] for s in slices]

    pareto = d.pareto
    total = pareto.revenue_cents or 1
    revenue = section(
        t("revenue_where"),
        p(
            t("bring_80").format(
                n=f"{pareto.customers_for_80:,}",
                of=f"{pareto.customers:,}",
                amount=money(pareto.revenue_cents),
            )
        ),
        table(
            [" ", t("customers_n"), t("revenue_n"), t("share")],
            [
                [
                    t("tier_n").format(t=s.key),
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
        section(t("segments"), table([" ", t("customers_n")], counts(d.rfm, t), [60 * mm, 28 * mm])),
        section(
            t("lifecycle"),
            table([" ", t("customers_n")], counts(d.funnel.stages, w.__getitem__), [60 * mm, 28 * mm]),
            p(f"{t('moves')}{w['colon']}{moves}", st.small),
        ),
        section(
            t("follow_up_title"),
            table(
                [t("overdue_by_tier"), t("customers_n")],
                counts(follow.overdue, lambda k: t("tier_n").format(t=k)),
                [60 * mm, 28 * mm],
            ),
            p(f"{t('a_days')}{w['colon']}{a_days}"),
            table(
                [t("week_of"), w["planned_visits"], w["done"]],
                [[w.date(x.start), f"{x.planned:,}", f"{x.done:,}"] for x in follow.weeks[-13:]],
                [60 * mm, 28 * mm, 28 * mm],
            ),
        ),
        section(
            t("satisfaction_title"),
            table([" ", t("customers_n")], counts(sat.levels, w.__getitem__), [60 * mm, 28 * mm]),
            p(f"{t('falling')}{w['colon']}{sat.dropped.customers:,}"),
            p(f"{t('complaints_open')}{w['colon']}{sat.complaints_open.customers:,}"),
        ),
    ]
    if d.events:
        rows = [[e.name, f"{e.leads:,}", f"{e.converted:,}", money(e.revenue_cents),
                 money(e.cost_per_lead_cents) if e.cost_per_lead_cents is not None else w["none"]]
                for e in d.events]  # fmt: skip
        sections.append(section(t("events"), table([t("event"), t("leads"), t("converted"), t("revenue_n"),
                                                    t("cost_per_lead")], rows)))  # fmt: skip
    else:
        sections.append(section(t("events"), p(t("no_events"))))
    return [flowable for part in sections for flowable in part]


def render_figures(d: Dashboard, *, language: str, company: str = "") -> bytes:
    """The dashboard's figures for its period, as a PDF."""
    from reportlab.platypus import Table

    w = Words(language)
    st = styles()
    last = d.period.end - dt.timedelta(days=1)
    title = f"{FIGURE_WORDS[w.language]['figures']}{w['colon']}{w.date(d.period.start)} – {w.date(last)}"
    head = Table([[para(w, company or " ", st.small), para(w, FIGURE_WORDS[w.language]["figures"], st.right)]],
                 colWidths=["50%", "50%"])  # fmt: skip
    return build([head, para(w, title, st.title), *figures_story(d, w)], w, title=title, author=company)
