"""The weekly activity report: a week's plan and what became of it, worked out by hand."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop_crm.core import customers, events, orders, timeline, visits
from desktop_crm.reports.week import read_week, render_week
from desktop_crm.storage.profile import Profile
from tests.cli.test_cli import run

MONDAY = dt.date(2026, 5, 11)


@pytest.fixture
def week(profile: Profile) -> None:
    def at(day: int, hour: int) -> dt.datetime:
        return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour))

    with profile.session() as s:
        cid = customers.create_customer(s, name="Harbor Logistics")
        done = visits.plan_visit(s, customer_id=cid, planned_at=at(0, 9))
        visits.complete_visit(s, done, completed_at=at(0, 10), summary="ok")
        visits.plan_visit(s, customer_id=cid, planned_at=at(1, 9))  # never reported: missed by Friday
        cancelled = visits.plan_visit(s, customer_id=cid, planned_at=at(1, 14))
        visits.cancel_visit(s, cancelled)
        visits.plan_visit(s, customer_id=cid, planned_at=at(6, 9))  # Sunday, still ahead on Friday
        visits.plan_visit(s, customer_id=cid, planned_at=at(7, 9))  # next week
        timeline.add_entry(s, customer_id=cid, kind="call", subject="price", occurred_at=at(2, 11))
        timeline.add_entry(s, customer_id=cid, kind="email", subject="not a call", occurred_at=at(2, 12))
        events.create_lead(s, name="Anna", captured_at=at(3, 15))
        orders.add_order(s, customer_id=cid, ordered_on=MONDAY + dt.timedelta(days=4), amount_cents=500_000)
        orders.add_order(s, customer_id=cid, ordered_on=MONDAY + dt.timedelta(days=4), amount_cents=70_000,
                         status="cancelled")  # fmt: skip


def test_the_week_day_by_day(profile: Profile, week: None) -> None:
    with profile.session() as s:
        # Asked for a Wednesday: the report covers its week, Monday to Sunday, as seen on Friday.
        report = read_week(s, MONDAY + dt.timedelta(days=2), today=MONDAY + dt.timedelta(days=4))
    assert report.start == MONDAY
    rows = [(d.planned, d.done, d.missed, d.calls, d.leads, d.orders) for d in report.days]
    assert rows == [(1, 1, 0, 0, 0, 0), (1, 0, 1, 0, 0, 0), (0, 0, 0, 1, 0, 0), (0, 0, 0, 0, 1, 0),
                    (0, 0, 0, 0, 0, 1), (0, 0, 0, 0, 0, 0), (1, 0, 0, 0, 0, 0)]  # fmt: skip
    assert report.revenue_cents == {"CNY": 500_000}  # the cancelled order does not count


def test_rendered_with_its_chart_in_both_languages(profile: Profile, week: None) -> None:
    with profile.session() as s:
        report = read_week(s, MONDAY, today=MONDAY + dt.timedelta(days=4))
    en = PdfReader(io.BytesIO(render_week(report, language="en"))).pages[0].extract_text()
    assert "Weekly activity" in en and "Visits planned and done" in en and "CN¥5,000.00" in en
    assert en.count("Mon 11") == 2  # a row of the table and a bar of the chart
    zh = PdfReader(io.BytesIO(render_week(report, language="zh"))).pages[0].extract_text()
    assert "每周工作报告" in zh and "计划与完成的拜访" in zh and zh.count("周一 11") == 2


def test_week_from_the_command_line(profile: Profile, week: None, tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "week.pdf"
    profile.close()
    done = run(
        "--profile", str(profile.path), "report", "week", "2026-05-13", "--out", str(out), "--language", "en"
    )
    assert done.returncode == 0, done.stderr
    assert (
        "week of 2026-05-11" in done.stdout
        and "Weekly activity" in PdfReader(str(out)).pages[0].extract_text()
    )


def test_a_folder_that_cannot_be_written_gets_one_line(
    profile: Profile, week: None, tmp_path: object
) -> None:
    """The reports write through the same all-or-nothing path as the exports: a refused write
    is one line, and no half file or leftover is left behind."""
    from pathlib import Path

    from tests.cli.test_cli import assert_one_line_error
    from tests.storage.test_profile import read_only_dir

    folder = Path(str(tmp_path)) / "ro"
    profile.close()
    with read_only_dir(folder):
        refused = run(
            "--profile", str(profile.path), "report", "week", "2026-05-13", "--out", str(folder / "w.pdf")
        )
        assert "cannot write" in assert_one_line_error(refused, 1)
        assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Figures", "Where the revenue is", "Tier A", "CN¥5,000.00", "Customer segments (RFM)",
                "Overdue follow-ups", "No events."]),
        ("zh", ["数据概览", "收入来自哪里", "A 级", "客户细分（RFM）", "逾期回访", "没有活动。"]),
    ],
)  # fmt: skip
def test_the_weeks_dashboard_figures_follow_on_a_page_of_their_own(
    profile: Profile, week: None, language: str, words: list[str]
) -> None:
    from desktop_crm.core import analytics

    friday = MONDAY + dt.timedelta(days=4)
    with profile.session() as s:
        analytics.refresh(s, settings=profile.settings, today=friday)
        report = read_week(s, MONDAY, today=friday, settings=profile.settings)
    assert report.figures is not None and report.figures.period.start == MONDAY
    assert report.figures.pareto.revenue_cents == 500_000  # the one order, in the base currency
    pages = PdfReader(io.BytesIO(render_week(report, language=language))).pages
    assert len(pages) >= 2
    figures = "".join(page.extract_text() for page in pages[1:])
    for word in words:
        assert word in figures, word
