"""A profile made at schema 0005 opens at 0006 (issue 8's dashboard columns), data intact."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop_crm.core import analytics
from desktop_crm.core.models import CustomerStats
from desktop_crm.storage import migrate
from desktop_crm.storage.profile import make_engine, open_profile


def test_a_0005_profile_gains_the_dashboard_columns(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    db = root / "crm.sqlite"
    engine = make_engine(db)
    migrate.upgrade(engine, target="0005")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO customers (id, name, country, language, currency, relationship, notes, updated_at, deleted)"
            " VALUES ('c-1', 'Old Customer', 'CN', 'zh', 'CNY', 'transactional', '', '0000000000001-0000-x', 0)"
        )
        conn.execute(
            "INSERT INTO orders (id, customer_id, number, ordered_on, amount_cents, currency, status, description,"
            " updated_at, deleted) VALUES ('o-1', 'c-1', '', '2026-06-20', 100000, 'CNY', 'paid', '', 'x', 0)"
        )
        conn.execute(
            "INSERT INTO customer_stats (customer_id, revenue_12m_cents, tier, lifecycle)"
            " VALUES ('c-1', 100000, 'B', 'new')"
        )
    p = open_profile(root)
    try:
        assert migrate.current_revision(p.engine) == "0006" == migrate.HEAD
        assert len(list((root / "backups").glob("crm-0005-*.sqlite"))) == 1
        with p.session() as s:
            stats = s.get(CustomerStats, "c-1")
            assert stats is not None and (stats.tier, stats.revenue_12m_cents) == ("B", 100000)
            assert (stats.rfm_segment, stats.tier_before, stats.tier_changed_on) == (None, None, None)
            analytics.refresh(s, settings=p.settings, today=dt.date(2026, 6, 30))
            stats = s.get(CustomerStats, "c-1")
            assert stats is not None
            # The first refresh after the upgrade ranks it (alone: needs attention) and sees its
            # tier move from the stored B to A.
            assert (stats.rfm_segment, stats.tier, stats.tier_before) == ("needs_attention", "A", "B")
            assert stats.tier_changed_on == dt.date(2026, 6, 30)
        with sqlite3.connect(db) as conn:
            names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_customer_stats_rfm_segment", "ix_timeline_complaints"} <= names
    finally:
        p.close()
