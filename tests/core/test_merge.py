"""Merging two customers: field choices, the history moved, the loser tombstoned, all as outbox ops."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_crm.core import customers, events, orders, timeline, visits
from desktop_crm.core.errors import CrmError, NotFound, ValidationError
from desktop_crm.core.merge import history_counts, merge_customers, merge_fields, merged_values
from desktop_crm.core.models import Contact, Customer, Lead, Order, OutboxOp, TimelineEntry, Visit
from desktop_crm.core.search import search
from desktop_crm.storage.profile import Profile


@pytest.fixture
def ids(profile: Profile) -> dict[str, str]:
    with profile.session() as s:
        out = {
            "keep": customers.create_customer(
                s, name="北京华联商贸有限公司", phone="010 6512 3456", industry="商贸", notes="老客户",
                address="北京市朝阳区1号", latitude=39.9, longitude=116.4, relationship="partner",
            ),
            "lose": customers.create_customer(
                s, name="北京華聯商貿有限公司", phone="010 6512 9999", email="info@hualian.example.cn",
                industry="零售", notes="Met at the fair", address="北京市海淀区2号", latitude=39.95,
                longitude=116.3, relationship="transactional", city="北京",
            ),
        }  # fmt: skip
        out["zhang"] = customers.add_contact(s, customer_id=out["keep"], name="张伟", is_primary=True)
        out["li"] = customers.add_contact(s, customer_id=out["lose"], name="李娜", is_primary=True)
        out["gone"] = customers.add_contact(s, customer_id=out["lose"], name="Old Contact")
        customers.delete_contact(s, out["gone"])
        out["call"] = timeline.add_entry(s, customer_id=out["lose"], kind="call", subject="价格",
                                         occurred_at=dt.datetime(2026, 3, 1, 10))  # fmt: skip
        out["visit"] = visits.plan_visit(s, customer_id=out["lose"], planned_at=dt.datetime(2026, 4, 2, 9))
        out["order"] = orders.add_order(s, customer_id=out["lose"], ordered_on=dt.date(2026, 2, 1),
                                        amount_cents=120_000)  # fmt: skip
        out["lead"] = events.create_lead(s, name="李娜", company="北京華聯", customer_id=out["lose"])
    return out


def test_merge_form_rows_and_preview(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        fields = merge_fields(s, ids["keep"], ids["lose"])
    row = {f.field: f for f in fields}
    assert (row["name"].left, row["name"].right) == ("北京华联商贸有限公司", "北京華聯商貿有限公司")
    assert row["notes"].both == "join" and row["phone"].both == "notes" and row["city"].both is None
    assert row["email"].default == "right"  # the survivor has none: the merge fills the gap
    assert row["city"].default == "right" and row["phone"].default == "left"
    assert row["country"].same
    preview = merged_values(fields, {"phone": "both", "notes": "both"}, {"phone": "电话"})
    assert preview["phone"] == "+861065123456"
    assert preview["notes"] == "老客户\n\nMet at the fair\n\n电话: +86 10 6512 9999"
    with pytest.raises(ValidationError) as err:
        merged_values(fields, {"city": "both"})
    assert (err.value.field, err.value.code) == ("city", "single_value")
    with pytest.raises(ValidationError):
        merged_values(fields, {"nickname": "left"})
    with pytest.raises(ValidationError):
        merged_values(fields, {"name": "middle"})


def test_merge_applies_choices_and_moves_the_history(profile: Profile, ids: dict[str, str]) -> None:
    keep, lose = ids["keep"], ids["lose"]
    with profile.session() as s:
        before = history_counts(s, lose)
        start = s.scalar(select(func.max(OutboxOp.seq))) or 0
    assert before == {"contacts": 1, "timeline_entries": 2, "visits": 1, "orders": 1, "leads": 1}
    with profile.session() as s:
        result = merge_customers(
            s, survivor_id=keep, loser_id=lose,
            choices={"name": "left", "address": "right", "industry": "both", "relationship": "left",
                     "notes": "both"},
            labels={"name": "名称"}, note="合并了重复客户",
        )  # fmt: skip
    assert (result.contacts, result.timeline_entries, result.visits, result.orders, result.leads) == (
        1, 2, 1, 1, 1,
    )  # fmt: skip
    with profile.session() as s:
        survivor = s.get(Customer, keep)
        loser = s.get(Customer, lose)
        assert survivor is not None and loser is not None
        assert survivor.name == "北京华联商贸有限公司"
        assert survivor.address == "北京市海淀区2号"
        assert (survivor.latitude, survivor.longitude) == (39.95, 116.3)  # with the address it came from
        assert survivor.industry == "商贸 / 零售"
        assert survivor.relationship == "partner"
        assert survivor.email == "info@hualian.example.cn"  # not chosen: the empty one is filled
        assert survivor.phone == "+861065123456"
        assert survivor.notes == "老客户\n\nMet at the fair"
        assert loser.deleted
        for model in (Contact, TimelineEntry, Visit, Order, Lead):
            live_on_loser = (
                select(func.count())
                .select_from(model)
                .where(
                    model.customer_id == lose,
                    model.deleted.is_(False),  # type: ignore[attr-defined]
                )
            )
            assert s.scalar(live_on_loser) == 0
        assert s.get(TimelineEntry, ids["call"]).customer_id == keep  # type: ignore[union-attr]
        assert s.get(Visit, ids["visit"]).customer_id == keep  # type: ignore[union-attr]
        assert s.get(Order, ids["order"]).customer_id == keep  # type: ignore[union-attr]
        assert s.get(Lead, ids["lead"]).customer_id == keep  # type: ignore[union-attr]
        li, zhang, gone = (s.get(Contact, ids[k]) for k in ("li", "zhang", "gone"))
        assert li is not None and zhang is not None and gone is not None
        assert (li.customer_id, li.is_primary, zhang.is_primary) == (keep, False, True)
        assert gone.customer_id == lose  # a deleted contact stays where it was
        note = s.get(TimelineEntry, result.note_id)
        assert note is not None and (note.kind, note.subject, note.customer_id) == (
            "note",
            "合并了重复客户",
            keep,
        )
        assert "名称: 北京華聯商貿有限公司" in note.body
        # The moved contact is found under its new company; the merged-away customer is not found.
        assert {h.id for h in search(s, query="李娜", kinds=("contact",))} == {ids["li"]}
        assert lose not in {h.id for h in search(s, query="北京華聯商貿")}

        ops = s.scalars(select(OutboxOp).where(OutboxOp.seq > start).order_by(OutboxOp.seq)).all()
    moved = {ids[k] for k in ("li", "call", "visit", "order", "lead")}
    updates = {o.row_id: o for o in ops if o.op == "update"}
    assert moved <= set(updates)
    for row_id in moved:
        assert updates[row_id].fields["customer_id"] == keep
        assert updates[row_id].base["customer_id"] == lose
    assert updates[keep].fields["address"] == "北京市海淀区2号"
    deletes = [(o.table_name, o.row_id) for o in ops if o.op == "delete"]
    assert deletes == [("customers", lose)]
    assert {o.op for o in ops} == {"insert", "update", "delete"}  # the insert is the merge note
    assert ids["gone"] not in {o.row_id for o in ops}


def test_merge_refuses_itself_and_deleted_customers(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s, pytest.raises(ValidationError):
        merge_customers(s, survivor_id=ids["keep"], loser_id=ids["lose"], choices={"city": "both"})
    with profile.session() as s:
        with pytest.raises(CrmError, match="itself") as err:
            merge_customers(s, survivor_id=ids["keep"], loser_id=ids["keep"], choices={})
        assert err.value.code == "merge_self"
        customers.delete_customer(s, ids["lose"])
        with pytest.raises(NotFound):
            merge_customers(s, survivor_id=ids["keep"], loser_id=ids["lose"], choices={})


def test_the_same_person_on_both_records_becomes_one(profile: Profile, ids: dict[str, str]) -> None:
    with profile.session() as s:
        wang = customers.add_contact(s, customer_id=ids["keep"], name="王建国", mobile="13801112222")
        twin = customers.add_contact(s, customer_id=ids["lose"], name="王 建国", mobile="138 0111 2222",
                                     email="wang@hualian.cn", title="采购经理")  # fmt: skip
        # 张伟 is on both; the survivor's has no number: nothing says they are two people.
        zhang_too = customers.add_contact(s, customer_id=ids["lose"], name="张伟", mobile="13900001111")
        # Two 陈伟 with different mobiles are two people.
        chen = customers.add_contact(s, customer_id=ids["keep"], name="陈伟", mobile="13600000001")
        other_chen = customers.add_contact(s, customer_id=ids["lose"], name="陈伟", mobile="13600000002")
        call = timeline.add_entry(s, customer_id=ids["lose"], kind="call", subject="订货", contact_id=twin,
                                  occurred_at=dt.datetime(2026, 3, 3, 10))  # fmt: skip
    with profile.session() as s:
        merge_customers(s, survivor_id=ids["keep"], loser_id=ids["lose"], choices={})
    with profile.session() as s:
        people = s.scalars(
            select(Contact).where(Contact.customer_id == ids["keep"], Contact.deleted.is_(False))
        ).all()
        assert sorted(c.name for c in people) == ["张伟", "李娜", "王建国", "陈伟", "陈伟"]
        kept = s.get(Contact, wang)
        assert kept is not None and (kept.email, kept.title) == ("wang@hualian.cn", "采购经理")
        zhang = s.get(Contact, ids["zhang"])
        assert zhang is not None and zhang.mobile == "+8613900001111"  # filled in from the other
        assert s.get(TimelineEntry, call).contact_id == wang  # type: ignore[union-attr]
        assert s.get(Contact, twin).deleted and s.get(Contact, zhang_too).deleted  # type: ignore[union-attr]
        assert not s.get(Contact, chen).deleted and not s.get(Contact, other_chen).deleted  # type: ignore[union-attr]
