"""`desktop-crm event`: what a trade show brought in, from the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from desktop_crm.core import customers, events, lead_review, orders
from desktop_crm.storage.profile import open_profile
from tests.cli.test_cli import assert_one_line_error, run


def test_event_report_in_words_and_json(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    with profile.session() as s:
        fair = events.create_event(
            s, name="Canton Fair 2026", starts_on=dt.date(2026, 10, 15), cost_cents=900_000
        )
        events.create_event(s, name="Canton Seminar", starts_on=dt.date(2026, 3, 1))
        leads = [
            events.create_lead(s, event_id=fair, name=f"Visitor {i}", company=f"Firm {i}") for i in range(3)
        ]
        done = lead_review.convert(s, leads[0])
        customers.update_customer(s, done.customer_id, city="Guangzhou")
        orders.add_order(
            s, customer_id=done.customer_id, ordered_on=dt.date(2026, 11, 2), amount_cents=1_234_500
        )
    profile.close()
    where = ["--profile", str(tmp_path / "p")]

    words = run(*where, "event", "report", "Fair")
    assert words.returncode == 0, words.stderr
    assert "leads captured: 3" in words.stdout and "converted: 1" in words.stdout
    assert "12,345.00 CNY" in words.stdout and "per lead: 3,000.00 CNY" in words.stdout

    data = json.loads(run(*where, "event", "report", "Canton Fair 2026", "--json").stdout)
    assert (data["leads"], data["converted"], data["revenue_cents"], data["cost_per_lead_cents"]) == (
        3, 1, {"CNY": 1_234_500}, 300_000)  # fmt: skip

    listed = run(*where, "event", "list").stdout.splitlines()
    assert [line.split("  ")[1] for line in listed] == ["Canton Fair 2026", "Canton Seminar"]  # latest first

    assert "2 events match 'Canton'" in assert_one_line_error(run(*where, "event", "report", "Canton"), 1)
    assert "no event matches 'Expo'" in assert_one_line_error(run(*where, "event", "report", "Expo"), 1)
