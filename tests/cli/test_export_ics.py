"""`desktop-crm export plan.ics`: parses with icalendar, and a second export keeps the UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from desktop_crm.core import customers, visits
from desktop_crm.storage.profile import open_profile
from tests.cli.test_cli import assert_one_line_error, run


def make_profile(path: Path) -> dict[str, str]:
    p = open_profile(path)
    day = dt.datetime(2026, 3, 2)
    with p.session() as s:
        a = customers.create_customer(s, name="北京华联商贸有限公司", city="北京", address="朝阳区建国路88号")
        b = customers.create_customer(s, name="Harbor Logistics Ltd", city="上海")
        ids = {
            "first": visits.plan_visit(
                s, customer_id=a, planned_at=day.replace(hour=9), purpose="季度回访", duration_min=90
            ),
            "second": visits.plan_visit(s, customer_id=b, planned_at=day.replace(hour=14), purpose="Demo"),
            "outside": visits.plan_visit(s, customer_id=b, planned_at=day + dt.timedelta(days=30)),
        }
        visits.cancel_visit(s, ids["second"])
    p.close()
    return ids


def events(path: Path) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_export_ics_parses_and_keeps_uids(tmp_path: Path) -> None:
    ids = make_profile(tmp_path / "p")
    out = tmp_path / "plan.ics"
    proc = run("--profile", str(tmp_path / "p"), "export", str(out), "--from", "2026-03-01", "--days", "7")
    assert proc.returncode == 0, proc.stderr
    assert "2 visits" in proc.stdout
    first = events(out)
    assert [str(e["summary"]) for e in first] == [
        "北京华联商贸有限公司: 季度回访",
        "Harbor Logistics Ltd: Demo",
    ]
    assert first[0].decoded("dtstart") == dt.datetime(2026, 3, 2, 9)
    assert first[0].decoded("dtend") == dt.datetime(2026, 3, 2, 10, 30)
    assert str(first[0]["location"]) == "朝阳区建国路88号, 北京"
    assert str(first[1]["status"]) == "CANCELLED"
    assert all(ids["outside"] not in str(e["uid"]) for e in first)
    run("--profile", str(tmp_path / "p"), "export", str(out), "--from", "2026-03-01", "--days", "7")
    second = events(out)
    assert [str(e["uid"]) for e in second] == [str(e["uid"]) for e in first]
    assert str(first[0]["uid"]) == f"visit-{ids['first']}@desktop-crm"


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    make_profile(tmp_path / "p")
    line = assert_one_line_error(run("--profile", str(tmp_path / "p"), "export", str(tmp_path / "x.txt")), 1)
    assert "cannot export to .txt" in line
    line = assert_one_line_error(
        run("--profile", str(tmp_path / "p"), "export", str(tmp_path / "no" / "dir" / "p.ics")), 1
    )
    assert "cannot write" in line
    line = assert_one_line_error(
        run("--profile", str(tmp_path / "p"), "export", "p.ics", "--from", "March"), 2
    )
    assert "not a date" in line
