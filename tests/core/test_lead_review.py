"""After the show: converting leads, qualifying them, and what the event brought in."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_crm.core import customers, events, lead_review, orders, timeline
from desktop_crm.core.errors import ValidationError
from desktop_crm.core.models import Contact, Customer, Lead
from desktop_crm.storage.profile import Profile

SHOW = dt.date(2026, 10, 15)


@pytest.fixture
def show(profile: Profile) -> str:
    with profile.session() as s:
        return events.create_event(
            s,
            name="广交会 2026 秋季",
            starts_on=SHOW,
            ends_on=SHOW + dt.timedelta(days=4),
            cost_cents=1_000_000,
        )


def lead(profile: Profile, event_id: str, name: str, **fields: object) -> str:
    with profile.session() as s:
        return events.create_lead(s, event_id=event_id, name=name, consent=True,
                                  captured_at=dt.datetime(2026, 10, 16, 10, 30), **fields)  # fmt: skip


def test_a_lead_becomes_a_customer_and_contact_person(profile: Profile, show: str) -> None:
    lead_id = lead(profile, show, "王芳", company="杭州绿源环保", title="采购经理", phone="139 1234 5678",
                   email="wangfang@lvyuan.example", city="杭州", province="浙江", interest="W-200 滤芯",
                   notes="要报价")  # fmt: skip
    with profile.session() as s:
        done = lead_review.convert(s, lead_id)
    assert done.new_customer and done.new_contact
    with profile.session() as s:
        customer = customers.get_customer(s, done.customer_id)
        [contact] = customers.contacts_of(s, done.customer_id)
        converted = s.get(Lead, lead_id)
        assert converted is not None
        entries = timeline.rows(s, timeline.entry_ids(s, customer_id=done.customer_id))
    assert (customer.name, customer.city, customer.province) == ("杭州绿源环保", "杭州", "浙江")
    assert (contact.name, contact.title, contact.mobile, contact.email) == (
        "王芳", "采购经理", "+8613912345678", "wangfang@lvyuan.example")  # fmt: skip
    assert (converted.status, converted.customer_id, converted.contact_id) == (
        "converted", done.customer_id, done.contact_id)  # fmt: skip
    # The customer's history starts where the lead came from: the show, on the day it was met.
    [entry] = entries
    assert (entry.kind, entry.subject, entry.occurred_at) == (
        "lead",
        "广交会 2026 秋季",
        dt.datetime(2026, 10, 16, 10, 30),
    )
    assert entry.body == "W-200 滤芯\n要报价"


def test_a_lead_attached_to_the_person_the_duplicate_check_found(profile: Profile, show: str) -> None:
    with profile.session() as s:
        firm = customers.create_customer(s, name="上海华联商贸有限公司")
        zhang = customers.add_contact(s, customer_id=firm, name="张伟", mobile="13800138000")
    lead_id = lead(profile, show, "张伟", company="上海华联", phone="13800138000")
    with profile.session() as s:
        done = lead_review.convert(s, lead_id, contact_id=zhang)
    assert (done.customer_id, done.contact_id, done.new_customer, done.new_contact) == (
        firm,
        zhang,
        False,
        False,
    )
    with profile.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
        with pytest.raises(ValidationError, match="converted already"):
            lead_review.convert(s, lead_id)


def test_a_contact_person_of_another_customer_is_refused(profile: Profile, show: str) -> None:
    with profile.session() as s:
        a = customers.create_customer(s, name="A 公司")
        b = customers.create_customer(s, name="B 公司")
        at_b = customers.add_contact(s, customer_id=b, name="李娜")
    lead_id = lead(profile, show, "李娜")
    with pytest.raises(ValidationError, match="another customer"), profile.session() as s:
        lead_review.convert(s, lead_id, customer_id=a, contact_id=at_b)
    with profile.session() as s:  # nothing half-done: the lead is still open, A has nobody
        assert s.get(Lead, lead_id).status == "new"  # type: ignore[union-attr]
        assert customers.contacts_of(s, a) == []


def test_qualify_discard_and_the_event_report(profile: Profile, show: str) -> None:
    hot = lead(profile, show, "Hot One", company="Alpha Ltd", rating="hot")
    warm = lead(profile, show, "Warm One", company="Beta Ltd")
    cold = lead(profile, show, "Cold One", company="Gamma Ltd", rating="cold")
    other = lead(profile, show, "Converted Too", company="Delta GmbH", rating="hot")
    with profile.session() as s:
        assert lead_review.set_status(s, [hot, warm], "qualified") == 2
        assert lead_review.set_status(s, [cold], "discarded") == 1
        alpha = lead_review.convert(s, hot).customer_id
        delta = lead_review.convert(s, other).customer_id
        assert lead_review.set_status(s, [hot], "discarded") == 0  # converted stays converted
        orders.add_order(
            s, customer_id=alpha, ordered_on=SHOW + dt.timedelta(days=20), amount_cents=3_000_000
        )
        orders.add_order(s, customer_id=alpha, ordered_on=SHOW - dt.timedelta(days=200), amount_cents=999_999)
        orders.add_order(s, customer_id=alpha, ordered_on=SHOW + dt.timedelta(days=30), amount_cents=500_000,
                         status="cancelled")  # fmt: skip
        orders.add_order(s, customer_id=delta, ordered_on=SHOW + dt.timedelta(days=9), amount_cents=120_000,
                         currency="EUR")  # fmt: skip
        report = lead_review.event_report(s, show)
    assert (report.leads, report.qualified, report.converted, report.discarded, report.hot) == (4, 3, 2, 1, 2)
    # Orders since the show only, cancelled ones not, each currency apart.
    assert report.revenue_cents == {"CNY": 3_000_000, "EUR": 120_000}
    assert report.cost_per_lead_cents == 250_000


def test_a_new_event_belongs_to_the_logged_in_rep(profile: Profile) -> None:
    from desktop_crm.core.models import Event, SyncState, User

    with profile.session() as s:
        before = events.create_event(s, name="Before login", starts_on=SHOW)
        s.add(User(username="ann", display_name="Ann"))
        s.add(SyncState(key="user", value="ann"))
    with profile.session() as s:
        after = events.create_event(s, name="After login", starts_on=SHOW)
        ann = s.scalars(select(User.id).where(User.username == "ann")).one()
        owners = {e.name: e.owner_id for e in s.scalars(select(Event).where(Event.id.in_([before, after])))}
    assert owners == {"Before login": None, "After login": ann}
