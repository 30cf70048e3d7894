"""Services validate their input, name the field that is wrong, and keep related records in step."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.core import customers, events, orders, timeline, visits
from desktop_crm.core.errors import CrmError, NotFound, ValidationError
from desktop_crm.storage.profile import Profile


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"name": "X", "phone": "12345"}, "phone", "invalid_phone"),
        ({"name": "X", "phone": "call me"}, "phone", "invalid_phone"),
        ({"name": "X", "email": "not-an-email"}, "email", "invalid_email"),
        ({"name": "X", "relationship": "friends"}, "relationship", "invalid_choice"),
        ({"name": "X", "tier_override": "D"}, "tier_override", "invalid_choice"),
        ({"name": "X", "colour": "red"}, "colour", "unknown_field"),
    ],
)
def test_bad_customer_input_names_the_field(
    profile: Profile, fields: dict[str, str], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as err, profile.session() as s:
        customers.create_customer(s, **fields)
    assert (err.value.field, err.value.code) == (field, code)
    with profile.session() as s:
        assert customers.count_customers(s) == 0  # nothing half-written


def test_control_characters_typed_or_pasted_into_a_form_are_cleaned_away(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Null\x00 Trading", notes="line\none\x1b[0m\ttab \ud800")
        customers.update_customer(s, cid, city="Bei\x07jing")
        row = customers.get_customer(s, cid)
    assert (row.name, row.city) == ("Null Trading", "Beijing")
    assert row.notes == "line\none[0m\ttab \ufffd"  # tab and newline kept; a broken character shown


def test_phones_and_emails_are_normalised_with_the_region(profile: Profile) -> None:
    with profile.session() as s:
        cn = customers.create_customer(s, name="A", phone="(010) 6555-1234", email=" Info@Example.COM ")
        us = customers.create_customer(s, name="B", phone="415 555 2671", region="US")
        a, b = customers.get_customer(s, cn), customers.get_customer(s, us)
    assert a.phone == "+861065551234"
    assert a.email == "info@example.com"  # email-validator's normalised form, trimmed
    assert b.phone == "+14155552671"


def test_missing_rows_are_reported(profile: Profile) -> None:
    with pytest.raises(NotFound, match=r"^no customer with id nope$"), profile.session() as s:
        customers.update_customer(s, "nope", name="x")
    with pytest.raises(NotFound, match=r"^no timeline entry with id e1$"), profile.session() as s:
        timeline.delete_entry(s, "e1")
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
        customers.delete_customer(s, cid)
    with pytest.raises(NotFound), profile.session() as s:
        customers.get_customer(s, cid)
    with pytest.raises(NotFound), profile.session() as s:
        customers.add_contact(s, customer_id=cid, name="late")


def test_completing_a_visit_lands_in_the_timeline(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
        vid = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 2, 10), purpose="Demo")
        visits.update_plan(s, vid, planned_at=dt.datetime(2026, 3, 3, 14))
        entry_id = visits.complete_visit(
            s, vid, outcome="Trial agreed", summary="Went well", satisfaction="satisfied",
            next_step="Send quote", next_visit_date=dt.date(2026, 4, 1), completed_at=dt.datetime(2026, 3, 3, 15),
        )  # fmt: skip
        visit = visits.get_visit(s, vid)
        [entry] = timeline.entries(s, customer_id=cid)
    assert (visit.status, visit.planned_at, visit.next_visit_date) == (
        "done",
        dt.datetime(2026, 3, 3, 14),
        dt.date(2026, 4, 1),
    )
    assert entry.id == entry_id
    assert (entry.kind, entry.subject, entry.satisfaction, entry.visit_id) == (
        "visit",
        "Trial agreed",
        "satisfied",
        vid,
    )
    assert "Went well" in entry.body and "Send quote" in entry.body
    with pytest.raises(CrmError), profile.session() as s:
        visits.cancel_visit(s, vid)  # a done visit cannot be cancelled


def test_visit_status_changes_and_week_query(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
        a = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 2, 9))
        b = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 4, 9), fixed_time=True)
        visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 9, 9))
        visits.cancel_visit(s, a)
        visits.mark_missed(s, b)
        week = visits.visits_between(s, start=dt.datetime(2026, 3, 2), end=dt.datetime(2026, 3, 9))
    assert [(v.id, v.status, v.fixed_time) for v in week] == [(a, "cancelled", False), (b, "missed", True)]
    with pytest.raises(ValidationError), profile.session() as s:
        visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 2, 9), duration_min=0)


def test_orders_appear_in_the_timeline_and_leave_with_it(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
        oid = orders.add_order(
            s, customer_id=cid, ordered_on=dt.date(2026, 1, 2), amount_cents=5000, number="SO1"
        )
        assert [(e.kind, e.order_id) for e in timeline.entries(s, customer_id=cid)] == [("order", oid)]
        orders.delete_order(s, oid)
        assert timeline.entries(s, customer_id=cid) == []
    with pytest.raises(ValidationError), profile.session() as s:
        orders.add_order(s, customer_id=cid, ordered_on=dt.date(2026, 1, 2), amount_cents=-1)


def test_timeline_filters_and_orders_newest_first(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="A")
        for day, kind in [(1, "call"), (3, "email"), (2, "complaint")]:
            timeline.add_entry(s, customer_id=cid, kind=kind, occurred_at=dt.datetime(2026, 1, day))
        assert [e.kind for e in timeline.entries(s, customer_id=cid)] == ["email", "complaint", "call"]
        assert [e.kind for e in timeline.entries(s, customer_id=cid, kinds=["call"])] == ["call"]
        assert [e.kind for e in timeline.entries(s, customer_id=cid, limit=1, offset=1)] == ["complaint"]
    with pytest.raises(ValidationError), profile.session() as s:
        timeline.add_entry(s, customer_id=cid, kind="telepathy")


def test_events_and_lead_consent(profile: Profile) -> None:
    with pytest.raises(ValidationError) as err, profile.session() as s:
        events.create_event(s, name="Fair", starts_on=dt.date(2026, 5, 3), ends_on=dt.date(2026, 5, 1))
    assert err.value.field == "ends_on"
    with profile.session() as s:
        eid = events.create_event(s, name="Fair", starts_on=dt.date(2026, 5, 1), ends_on=dt.date(2026, 5, 3))
        asked = events.create_lead(
            s, name="Li", event_id=eid, consent=True, captured_at=dt.datetime(2026, 5, 1, 11)
        )
        unasked = events.create_lead(s, name="Wu", event_id=eid)
        from desktop_crm.core.models import Lead

        yes, unknown = s.get(Lead, asked), s.get(Lead, unasked)
        assert yes is not None and unknown is not None
        assert (yes.consent, yes.consent_at) == (True, dt.datetime(2026, 5, 1, 11))
        assert (unknown.consent, unknown.consent_at) == (None, None)  # not asked: marked, not assumed
        events.update_lead(s, asked, consent=False)
        assert (
            yes.consent is False
            and yes.consent_at is not None
            and yes.consent_at > dt.datetime(2026, 5, 1, 11)
        )
    with pytest.raises(NotFound), profile.session() as s:
        events.create_lead(s, name="X", event_id="no-such-event")


def test_order_day_routes_and_retimes_flexible_visits(profile: Profile) -> None:
    day = dt.date(2026, 3, 2)
    with profile.session() as s:
        west = customers.create_customer(s, name="West", latitude=31.20, longitude=121.30)
        mid = customers.create_customer(s, name="Mid", latitude=31.20, longitude=121.45)
        east = customers.create_customer(s, name="East", latitude=31.20, longitude=121.60)
        nowhere = customers.create_customer(s, name="No coordinates")
        v_east = visits.plan_visit(
            s, customer_id=east, planned_at=dt.datetime(2026, 3, 2, 9), duration_min=60
        )
        v_fixed = visits.plan_visit(
            s, customer_id=mid, planned_at=dt.datetime(2026, 3, 2, 11), fixed_time=True, duration_min=60
        )
        v_west = visits.plan_visit(
            s, customer_id=west, planned_at=dt.datetime(2026, 3, 2, 15), duration_min=45
        )
        v_none = visits.plan_visit(
            s, customer_id=nowhere, planned_at=dt.datetime(2026, 3, 2, 8), duration_min=30
        )
        order, total = visits.order_day(s, day=day, start=(31.20, 121.25))
        agenda = {a.id: a for a in visits.day_agenda(s, day=day)}
    assert order == [v_west, v_fixed, v_east, v_none]  # from the west end eastwards; no coordinates last
    assert agenda[v_west].planned_at == dt.datetime(2026, 3, 2, 9)
    assert agenda[v_fixed].planned_at == dt.datetime(2026, 3, 2, 11)  # the appointment keeps its time
    assert agenda[v_east].planned_at == dt.datetime(2026, 3, 2, 12, 30)  # after it, plus 30 min travel
    assert agenda[v_none].planned_at == dt.datetime(2026, 3, 2, 14)
    assert 30 < total < 40  # about 0.35 degrees of longitude at 31 N


def test_order_day_never_runs_into_an_appointment(profile: Profile) -> None:
    day = dt.date(2026, 3, 2)
    with profile.session() as s:
        west = customers.create_customer(s, name="West", latitude=31.20, longitude=121.30)
        east = customers.create_customer(s, name="East", latitude=31.20, longitude=121.60)
        v_west = visits.plan_visit(
            s, customer_id=west, planned_at=dt.datetime(2026, 3, 2, 15), duration_min=60
        )
        v_east = visits.plan_visit(
            s, customer_id=east, planned_at=dt.datetime(2026, 3, 2, 9), fixed_time=True, duration_min=60
        )
        order, _ = visits.order_day(s, day=day)  # no start: the route may begin anywhere
        agenda = {a.id: a.planned_at for a in visits.day_agenda(s, day=day)}
    assert order == [v_east, v_west]
    assert agenda == {v_east: dt.datetime(2026, 3, 2, 9), v_west: dt.datetime(2026, 3, 2, 10, 30)}


def test_a_dropped_visit_goes_after_the_days_last_planned_one(profile: Profile) -> None:
    day = dt.date(2026, 3, 3)
    with profile.session() as s:
        cid = customers.create_customer(s, name="Busy")
        assert visits.next_free_slot(s, day=day) == dt.datetime(2026, 3, 3, 9)  # an empty day
        visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 3, 10, 5), duration_min=50)
        cancelled = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 3, 16))
        visits.cancel_visit(s, cancelled)  # a cancelled visit does not hold its slot
        assert visits.next_free_slot(s, day=day) == dt.datetime(2026, 3, 3, 11)  # 10:55, on the quarter
        visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 3, 17, 30), duration_min=90)
        assert visits.next_free_slot(s, day=day) == dt.datetime(2026, 3, 3, 18)  # never later


def test_moving_a_visit_keeps_its_time_and_refuses_a_closed_one(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Mover")
        vid = visits.plan_visit(s, customer_id=cid, planned_at=dt.datetime(2026, 3, 3, 14, 30))
        assert visits.move_visit(s, vid, day=dt.date(2026, 3, 5)) == dt.datetime(2026, 3, 5, 14, 30)
        week = visits.agenda(s, first_day=dt.date(2026, 3, 2), days=7)
        assert [(a.id, a.planned_at) for a in week] == [(vid, dt.datetime(2026, 3, 5, 14, 30))]
        visits.complete_visit(s, vid, outcome="ok")
        with pytest.raises(CrmError):
            visits.move_visit(s, vid, day=dt.date(2026, 3, 6))


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("宁波天城软件集团有限公司", "宁波天城软件集团"),
        ("宁波同运汽配股份有限公司", "宁波同运汽配"),
        ("Atlas Foods (Jinan) Inc.", "Atlas Foods (Jinan)"),
        ("Keystone Machinery (Ningbo) Pte. Ltd.", "Keystone Machinery (Ningbo)"),
        ("Beacon Chemicals Co., Ltd.", "Beacon Chemicals"),
        ("Limited Editions", "Limited Editions"),  # only a legal form at the end goes
        ("有限公司", "有限公司"),  # never down to nothing
    ],
)
def test_short_names_leave_out_the_legal_form(name: str, short: str) -> None:
    assert customers.short_name(name) == short


def test_a_customer_has_one_primary_contact(profile: Profile) -> None:
    with profile.session() as s:
        cid = customers.create_customer(s, name="Two Heads")
        first = customers.add_contact(s, customer_id=cid, name="First", is_primary=True)
        second = customers.add_contact(s, customer_id=cid, name="Second", is_primary=True)
        assert [(c.name, c.is_primary) for c in customers.contacts_of(s, cid)] == [
            ("Second", True), ("First", False),
        ]  # fmt: skip
        customers.update_contact(s, first, is_primary=True)
        assert {c.id for c in customers.contacts_of(s, cid) if c.is_primary} == {first}
        other = customers.create_customer(s, name="Elsewhere")
        customers.add_contact(s, customer_id=other, name="Theirs", is_primary=True)
        assert {c.id for c in customers.contacts_of(s, cid) if c.is_primary} == {first}  # not theirs
    assert second
