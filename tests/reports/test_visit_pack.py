"""The visit pack: the day's route first, then a briefing per visit in route order."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop_crm.core import analytics, customers, orders, timeline, visits
from desktop_crm.core.errors import CrmError
from desktop_crm.reports.pack import read_pack, render_pack
from desktop_crm.storage.profile import Profile
from tests.cli.test_cli import assert_one_line_error, run

DAY = dt.date(2026, 5, 12)


@pytest.fixture
def day(profile: Profile) -> None:
    with profile.session() as s:
        plan = [
            ("华联商贸", 31.23, 121.47, 14),
            ("Harbor Logistics", 31.30, 121.50, 9),
            ("长城电子", 31.10, 121.40, 11),
        ]
        for name, lat, lon, hour in plan:
            cid = customers.create_customer(s, name=name, city="上海", latitude=lat, longitude=lon)
            customers.add_contact(
                s, customer_id=cid, name=f"{name} 联系人", title="经理", mobile="13812345678"
            )
            visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime.combine(DAY, dt.time(hour)),
                              purpose=f"purpose of {name}")  # fmt: skip
            timeline.add_entry(s, customer_id=cid, kind="call", subject=f"call with {name}",
                               occurred_at=dt.datetime(2026, 4, 20, 10))  # fmt: skip
            if name == "长城电子":
                timeline.add_entry(s, customer_id=cid, kind="complaint", subject="交货延迟三天",
                                   occurred_at=dt.datetime(2026, 4, 1, 9))  # fmt: skip
                timeline.add_entry(s, customer_id=cid, kind="complaint", subject="去年的旧投诉",
                                   occurred_at=dt.datetime(2025, 6, 1, 9))  # fmt: skip
                orders.add_order(s, customer_id=cid, ordered_on=dt.date(2026, 5, 2), amount_cents=880_000,
                                 number="SO-88", status="delivered")  # fmt: skip
        analytics.refresh(s, settings=profile.settings)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\n", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def test_route_first_then_a_briefing_per_visit_in_route_order(profile: Profile, day: None) -> None:
    with profile.session() as s:
        pack = read_pack(s, DAY)
    assert [b.customer for b in pack.visits] == ["Harbor Logistics", "长城电子", "华联商贸"]
    assert pack.visits[0].km_from_last is None and all(b.km_from_last for b in pack.visits[1:])
    text = pages(render_pack(pack, language="en"))
    assert len(text) == 4
    route = text[0]
    assert route.index("Harbor Logistics") < route.index("长城电子") < route.index("华联商贸")
    assert "Total distance" in route and "km" in route
    great_wall = text[2]
    assert "Briefing 2" in great_wall and "长城电子 联系人" in great_wall
    complaints = great_wall.split("Complaints, last 90 days")[1]
    assert "交货延迟三天" in complaints and "去年的旧投诉" not in complaints  # the last 90 days only
    assert "SO-88" in great_wall and "Delivered" in great_wall
    assert "call with 长城电子" in great_wall and "Page 3 of 4" in great_wall


def test_in_chinese(profile: Profile, day: None) -> None:
    with profile.session() as s:
        text = pages(render_pack(read_pack(s, DAY), language="zh"))
    assert "拜访资料" in text[0] and "当日路线" in text[0] and "公里" in text[0]
    assert "联系人" in text[1] and "第 2 页，共 4 页" in text[1]


def test_a_day_without_visits(profile: Profile) -> None:
    with profile.session() as s, pytest.raises(CrmError, match="no visits planned on 2026-05-13"):
        read_pack(s, dt.date(2026, 5, 13))


def test_pack_from_the_command_line(profile: Profile, day: None, tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "pack.pdf"
    profile.close()
    done = run(
        "--profile",
        str(profile.path),
        "report",
        "pack",
        DAY.isoformat(),
        "--out",
        str(out),
        "--language",
        "en",
    )
    assert done.returncode == 0, done.stderr
    assert "3 visits" in done.stdout and len(pages(out.read_bytes())) == 4
    bad = run("--profile", str(profile.path), "report", "pack", "12 May", "--out", str(out))
    assert "not a date" in assert_one_line_error(bad, 1)
