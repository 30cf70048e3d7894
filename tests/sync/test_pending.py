"""What waits to be sent (issue 17, item 4): the outbox as a rep reads it, grouped by record, a page
at a time."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import insert, select

from desktop_crm.core import customers, events, timeline, visits
from desktop_crm.core.clock import new_id
from desktop_crm.core.models import OutboxOp
from desktop_crm.storage.profile import Profile
from desktop_crm.sync.status import PendingChange, pending_changes, pending_ids


def test_changes_are_grouped_by_record_and_named_as_a_rep_knows_them(profile: Profile) -> None:
    with profile.session() as s:
        atlas = customers.create_customer(s, name="Atlas Foods", city="上海")
        beacon = customers.create_customer(s, name="Beacon Ltd")
        customers.add_contact(s, customer_id=atlas, name="Li Wei")
        visits.plan_visit(s, customer_id=atlas, planned_at=dt.datetime(2025, 3, 4, 10, 30))
    with profile.session() as s:
        customers.update_customer(s, atlas, city="杭州", phone="+86 21 5555 0101")
        timeline.add_entry(s, customer_id=atlas, kind="call", subject="Prices for spring")
        customers.delete_customer(s, beacon)
        events.create_lead(s, name="Zhang Wei", company="Acme Trading")
    with profile.session() as s:
        ids = pending_ids(s)
        assert len(ids) == len(list(s.scalars(select(OutboxOp.op_id))))  # every change, once
        rows = pending_changes(s, ids)
    assert [r.id for r in rows] == ids  # in the order asked for
    seen = [(r.table, r.name or r.customer, r.kind, r.fields, r.first) for r in rows]
    assert seen == [
        ("customers", "Atlas Foods", "created", (), True),
        ("customers", "Atlas Foods", "edited", ("phone", "city"), False),  # the same record, next
        ("customers", "Beacon Ltd", "created", (), True),
        ("customers", "Beacon Ltd", "deleted", (), False),  # "deleted" is its kind, not a field
        ("contacts", "Li Wei", "created", (), True),
        ("visits", "Atlas Foods", "created", (), True),
        ("timeline_entries", "Prices for spring", "created", (), True),
        ("leads", "Zhang Wei", "created", (), True),
    ]
    contact, visit, entry, lead = rows[4:]
    assert contact.customer == "Atlas Foods"
    assert visit.moment == dt.datetime(2025, 3, 4, 10, 30)
    assert (entry.customer, entry.detail) == ("Atlas Foods", "call")
    assert lead.customer == "Acme Trading"  # a lead's company
    assert all(
        isinstance(r, PendingChange) and abs(r.at - dt.datetime.now()) < dt.timedelta(minutes=5) for r in rows
    )


def test_a_page_of_twenty_thousand_changes_is_read_by_its_ids(profile: Profile) -> None:
    """A week at a trade show, offline: the ids come in one query, and a page of rows costs the
    same with 25,000 changes waiting as with 25."""
    with profile.session() as s:
        atlas = customers.create_customer(s, name="Atlas Foods")
        hlc = s.scalar(select(OutboxOp.hlc))
        s.execute(insert(OutboxOp), [
            {"op_id": new_id(), "table_name": "customers", "row_id": atlas, "op": "update",
             "fields": {"notes": f"note {i}"}, "base": {}, "hlc": hlc}
            for i in range(25_000)
        ])  # fmt: skip
    with profile.session() as s:
        started = time.perf_counter()
        ids = pending_ids(s)
        page = pending_changes(s, ids[12_000:12_200])
        took = time.perf_counter() - started
    assert len(ids) == 25_001 and len(page) == 200
    assert {r.name for r in page} == {"Atlas Foods"} and not any(r.first for r in page)
    assert page[0].fields == ("notes",)
    assert took < 2.0, f"{took:.2f} s"  # milliseconds in fact; this only catches a query gone quadratic
