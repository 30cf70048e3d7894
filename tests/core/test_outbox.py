"""The outbox contract sync relies on: every change writes its operation in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_crm.core import customers, events, orders, timeline, visits
from desktop_crm.core.changes import APPLYING_REMOTE
from desktop_crm.core.errors import CrmError
from desktop_crm.core.models import Customer, OutboxOp
from desktop_crm.storage.profile import Profile


def ops(profile: Profile) -> list[OutboxOp]:
    with profile.session() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.seq)))


def test_every_kind_of_row_writes_an_insert_op(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="上海华联", phone="021 5555 1234")
        kid = customers.add_contact(s, customer_id=cid, name="王芳", mobile="13812345678")
        oid = orders.add_order(s, customer_id=cid, ordered_on=dt.date(2026, 1, 5), amount_cents=1000)
        vid = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 2, 1, 10))
        eid = events.create_event(s, name="工博会", starts_on=dt.date(2026, 9, 1))
        lid = events.create_lead(s, name="Tom", event_id=eid, consent=False)
    inserted = {(o.table_name, o.row_id) for o in ops(profile) if o.op == "insert"}
    assert {
        ("customers", cid),
        ("contacts", kid),
        ("orders", oid),
        ("visits", vid),
        ("events", eid),
        ("leads", lid),
    } <= inserted
    # The order also landed in the timeline, and that is an operation too.
    assert any(t == "timeline_entries" for t, _ in inserted)
    first = ops(profile)[0]
    with profile.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert (first.hlc, first.row_id, row.phone) == (row.updated_at, cid, "+862155551234")


def test_update_records_changed_fields_with_their_base_values(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Old Name", city="Suzhou")
    with profile.session() as s:
        customers.update_customer(s, cid, name="New Name", city="Suzhou")
    last = ops(profile)[-1]
    assert (last.op, last.row_id) == ("update", cid)
    assert last.fields == {"name": "New Name"}  # city did not change: not sent
    assert last.base == {"name": "Old Name"}
    with profile.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert row.updated_at == last.hlc


def test_update_of_an_expired_object_still_knows_its_base(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
    with profile.sessions() as s, s.begin():
        obj = s.get(Customer, cid)
        assert obj is not None
        s.expire(obj)
        obj.name = "B"  # set without loading: the base comes from the database
    assert ops(profile)[-1].base == {"name": "A"}


def test_soft_delete_writes_a_delete_op_and_cascades_to_contacts(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Gone Ltd")
        kid = customers.add_contact(s, customer_id=cid, name="Ann")
    with profile.session() as s:
        customers.delete_customer(s, cid)
    deletes = {o.row_id for o in ops(profile) if o.op == "delete"}
    assert deletes == {cid, kid}


def test_no_op_when_nothing_changes(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Same")
    before = len(ops(profile))
    with profile.session() as s:
        assert customers.update_customer(s, cid, name="Same") == {}
    assert len(ops(profile)) == before


def test_hard_delete_is_refused(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="X")
    with pytest.raises(CrmError), profile.session() as s:
        obj = s.get(Customer, cid)
        s.delete(obj)
        s.flush()


def test_a_failed_transaction_leaves_neither_row_nor_op(profile: Profile) -> None:
    with pytest.raises(RuntimeError), profile.session() as s:
        customers.create_customer(s, name="Half")
        raise RuntimeError("crash before commit")
    assert ops(profile) == []
    with profile.session() as s:
        assert customers.count_customers(s) == 0


def test_applying_pulled_rows_writes_no_op(profile: Profile) -> None:
    with profile.sessions() as s, s.begin():
        s.info[APPLYING_REMOTE] = True
        s.add(Customer(id="remote-1", name="From server", updated_at="x", deleted=False, server_seq=7))
    assert ops(profile) == []


def test_timeline_delete_and_restore_are_both_recorded(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="C")
        eid = timeline.add_entry(s, customer_id=cid, kind="call", subject="hello")
    with profile.session() as s:
        timeline.delete_entry(s, eid)
    with profile.session() as s:
        timeline.restore_entry(s, eid)
    kinds = [(o.op, o.fields.get("deleted")) for o in ops(profile) if o.row_id == eid]
    assert kinds == [("insert", None), ("delete", True), ("update", False)]


def test_updates_and_deletes_of_every_kind_write_ops(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="C")
        made = {
            "contacts": customers.add_contact(s, customer_id=cid, name="K"),
            "timeline_entries": timeline.add_entry(s, customer_id=cid, kind="call"),
            "orders": orders.add_order(s, customer_id=cid, ordered_on=dt.date(2026, 1, 1), amount_cents=1),
            "visits": visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 1, 2, 9)),
            "events": events.create_event(s, name="E", starts_on=dt.date(2026, 1, 3)),
        }
        made["leads"] = events.create_lead(s, name="L", event_id=made["events"])
    with profile.session() as s:
        customers.update_contact(s, made["contacts"], title="CTO")
        timeline.update_entry(s, made["timeline_entries"], subject="about pumps")
        orders.update_order(s, made["orders"], status="paid")
        visits.update_plan(s, made["visits"], purpose="demo")
        events.update_event(s, made["events"], place="Hall 3")
        events.update_lead(s, made["leads"], rating="hot")
    updates = {(o.table_name, o.row_id): (o.fields, o.base) for o in ops(profile) if o.op == "update"}
    assert updates[("contacts", made["contacts"])] == ({"title": "CTO"}, {"title": None})
    assert updates[("orders", made["orders"])] == ({"status": "paid"}, {"status": "ordered"})
    assert updates[("visits", made["visits"])] == ({"purpose": "demo"}, {"purpose": ""})
    assert updates[("events", made["events"])] == ({"place": "Hall 3"}, {"place": ""})
    assert updates[("leads", made["leads"])] == ({"rating": "hot"}, {"rating": "warm"})
    assert updates[("timeline_entries", made["timeline_entries"])][0] == {"subject": "about pumps"}
    with profile.session() as s:
        customers.delete_contact(s, made["contacts"])
        timeline.delete_entry(s, made["timeline_entries"])
        orders.delete_order(s, made["orders"])
        events.delete_lead(s, made["leads"])
    deleted = {(o.table_name, o.row_id) for o in ops(profile) if o.op == "delete"}
    assert {(t, made[t]) for t in ("contacts", "timeline_entries", "orders", "leads")} <= deleted
    # Every op's HLC is unique and they were handed out in order.
    stamps = [o.hlc for o in ops(profile)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
