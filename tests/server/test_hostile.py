"""A server that no push can poison (DESIGN.md 5 and 7, issue 17): whatever a rep's client pushes,
each bad operation is rejected with a reason naming its field, the good ones beside it are
applied, and everyone else's pulls (the rep's manager, a rep of the same territory) still answer
200 and land on their laptops, which then equal the server within their scope."""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from desktop_crm.core import customers, events, timeline
from desktop_crm.core.clock import new_id
from desktop_crm.core.merge import merge_customers
from desktop_crm.core.models import MODEL_BY_TABLE, Attention, Conflict
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import rows, users
from desktop_crm.server.sync import in_scope
from desktop_crm.server.validate import TEXT_MAX
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync.client import Transport, from_wire, sync

GOOD = ("ann", "bob", "mgr")  # laptops: a rep, a rep of the same territory, their manager
HOSTILE = "eve"  # a rep of the same territory and team, whose client pushes anything
NOW = "2024-05-01T10:00:00"

_template: Path | None = None


def fresh_profile(path: Path) -> Profile:
    """A migrated empty profile, copied (migrating each would dominate the run), with a node id
    of its own."""
    global _template
    if _template is None:
        _template = Path(tempfile.mkdtemp()) / "template"
        open_profile(_template).close()
        with sqlite3.connect(_template / "crm.sqlite") as db:
            db.execute("DELETE FROM sync_state WHERE key = 'node_id'")
    shutil.copytree(_template, path)
    return open_profile(path)


@dataclass
class Team:
    engine: Engine
    http: TestClient
    laptops: dict[str, Profile]
    transports: dict[str, Transport]
    ids: dict[str, str] = field(default_factory=dict)

    def push(self, ops: list[dict[str, Any]], *, who: str = HOSTILE) -> Any:
        """A raw push: ``json.dumps`` writes lone surrogates as escapes and NaN as itself, as a
        hostile client could."""
        body = json.dumps({"schema_version": 1, "ops": ops})
        return self.http.post("/v1/sync/push", content=body, headers={**self.auth(who),
                              "Content-Type": "application/json"})  # fmt: skip

    def auth(self, who: str) -> dict[str, str]:
        if who not in self.transports:
            self.transports[who] = Transport(self.http, retries=0)
            self.transports[who].login(who, f"{who}-secret-1")
        return {"Authorization": f"Bearer {self.transports[who].token}"}

    def settle(self) -> None:
        """Every good laptop syncs twice (its pushes, then everyone's) and equals the server."""
        for _ in range(2):
            for name in GOOD:
                assert self.http.get("/v1/sync/pull", headers=self.auth(name)).status_code == 200
                sync(self.laptops[name], self.transports[name])
        for name in GOOD:
            assert_equals_server(self.engine, self.laptops[name], name)


def op(table: str, row_id: str, fields: dict[str, Any], kind: str = "insert", *, op_id: str | None = None,
       **extra: Any) -> dict[str, Any]:  # fmt: skip
    return {"op_id": op_id or new_id(), "table": table, "row_id": row_id, "op": kind, "fields": fields,
            "base": {}, "base_seq": None, "hlc": "1714557600000-0000-eve", **extra}  # fmt: skip


def assert_equals_server(engine: Engine, laptop: Profile, username: str) -> None:
    with engine.connect() as conn:
        user = conn.execute(select(users).where(users.c.username == username)).mappings().one()
        server = conn.execute(select(rows.c.table_name, rows.c.id, rows.c.data).where(in_scope(user))).all()
    with laptop.session() as s:
        for table, row_id, data in server:
            if table == "conflicts":
                assert s.get(Conflict, row_id) is not None, (username, table, row_id)
                continue
            model = MODEL_BY_TABLE[table]
            obj = s.get(model, row_id)
            assert obj is not None, (username, table, row_id)
            for key, value in from_wire(model, data).items():
                assert getattr(obj, key) == value, (username, table, row_id, key)


@pytest.fixture
def team(engine: Engine, tmp_path: Path) -> Iterator[Team]:
    with engine.begin() as conn:
        north = admin.add_territory(conn, "North", ["北京"])
        admin.add_territory(conn, "South", ["广东"])
        admin.add_user(conn, "mgr", password="mgr-secret-1", role="manager")
        for name, territory in (("ann", "North"), ("bob", "North"), ("eve", "North"), ("cat", "South")):
            admin.add_user(conn, name, password=f"{name}-secret-1", manager="mgr" if name != "cat" else None)
            admin.assign_territory(conn, territory, name)
        conn_ids = {
            name: r.id
            for name, r in zip(
                ("eve", "bob"),
                [conn.execute(select(users.c.id).where(users.c.username == n)).one() for n in ("eve", "bob")],
                strict=True,
            )
        }
    with TestClient(create_app(engine), raise_server_exceptions=False) as http:
        laptops = {name: fresh_profile(tmp_path / name) for name in GOOD}
        t = Team(engine, http, laptops, {})
        for name in GOOD:
            t.auth(name)
        with laptops["ann"].session() as s:
            ids = t.ids
            ids["north"] = north
            ids.update(conn_ids)
            ids["anchor"] = customers.create_customer(s, name="Anchor Ltd", territory_id=north)
            ids["beacon"] = customers.create_customer(s, name="Beacon 商贸", territory_id=north)
            ids["contact"] = customers.add_contact(s, customer_id=ids["anchor"], name="Li Lei")
            ids["beacon_contact"] = customers.add_contact(s, customer_id=ids["beacon"], name="Han Mei")
            ids["entry"] = timeline.add_entry(s, customer_id=ids["anchor"], kind="call",
                                              contact_id=ids["contact"])  # fmt: skip
            ids["event"] = events.create_event(s, name="Canton Fair", starts_on=dt.date(2024, 4, 15))
        ids["cat_customer"], ids["cat_contact"] = new_id(), new_id()
        answer = t.push([op("customers", ids["cat_customer"], {"name": "Cat's Own"}),
                         op("contacts", ids["cat_contact"], {"customer_id": ids["cat_customer"], "name": "Wu"})],
                        who="cat")  # fmt: skip
        assert [r["status"] for r in answer.json()["results"]] == ["applied", "applied"]
        t.settle()
        yield t
        for p in laptops.values():
            p.close()
        for name in ("bob", "mgr"):  # a new laptop's first sync too: whole pages, in one go
            fresh = fresh_profile(tmp_path / f"{name}-new")
            transport = Transport(http, retries=0)
            transport.login(name, f"{name}-secret-1")
            sync(fresh, transport)
            assert_equals_server(engine, fresh, name)
            fresh.close()


# One bad value each: (table, op, fields, field the reason names). ``{x}`` names an id of ``Team.ids``.
HOSTILE_OPS: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "a list in an id field": ("customers", "insert", {"name": "X", "owner_id": ["x"]}, "owner_id"),
    "an object in an id field": ("contacts", "insert", {"customer_id": {"id": "{anchor}"}, "name": "X"},
                                 "customer_id"),
    "an id of another shape": ("timeline_entries", "update", {"author_id": "ann"}, "author_id"),
    "an integer beyond 64 bits": ("orders", "insert", {"customer_id": "{anchor}", "ordered_on": "2024-05-01",
                                                       "amount_cents": 2**64}, "amount_cents"),
    "an integer beyond 64 bits in a float": ("customers", "update", {"latitude": 2**70}, "latitude"),
    "NaN": ("customers", "update", {"longitude": math.nan}, "longitude"),
    "a bool for an integer": ("orders", "insert", {"customer_id": "{anchor}", "ordered_on": "2024-05-01",
                                                   "amount_cents": True}, "amount_cents"),
    "a lone surrogate": ("customers", "update", {"notes": "\ud800 half a character"}, "notes"),
    "deeply nested arrays": ("customers", "update", {"notes": json.loads("[" * 300 + "]" * 300)}, "notes"),
    "a NUL byte": ("customers", "insert", {"name": "Null\x00 Ltd"}, "name"),
    "a control character": ("contacts", "update", {"title": "boss\x1b[31m"}, "title"),
    "a string longer than its column": ("customers", "update", {"phone": "1" * 65}, "phone"),
    "a text over the cap": ("customers", "update", {"notes": "x" * (TEXT_MAX + 1)}, "notes"),
    "a date that is no date": ("timeline_entries", "update", {"occurred_at": "yesterday"}, "occurred_at"),
    "a date as a number": ("orders", "insert", {"customer_id": "{anchor}", "ordered_on": 20240501,
                                                "amount_cents": 1}, "ordered_on"),
    "a time with a UTC offset": ("timeline_entries", "update", {"occurred_at": "2024-05-01T10:00:00+08:00"},
                                 "occurred_at"),
    "a stamp that is no clock": ("customers", "insert", {"name": "X", "updated_at": "soon"}, "updated_at"),
    "null for a required field": ("customers", "update", {"name": None}, "name"),
    "a required field missing": ("contacts", "insert", {"customer_id": "{anchor}"}, "name"),
    "the server's sequence": ("customers", "update", {"server_seq": 1}, "server_seq"),
    "a string for a bool": ("customers", "update", {"deleted": "yes"}, "deleted"),
    "an unknown field holding a list": ("customers", "update", {"shiny_new": [1, 2]}, "shiny_new"),
    "a field name that is no name": ("customers", "update", {"no such\x00field": 1}, "no such"),
    "a field name with a lone surrogate": ("customers", "update", {"\udc80": 1}, "udc80"),
    "a conflict record resolved with a string": ("conflicts", "update", {"resolved": "yes"}, "resolved"),
    # References: scope on updates as on inserts, and parents every laptop has.
    "a contact person moved to another rep's customer": ("contacts", "update",
                                                         {"customer_id": "{cat_customer}"}, "customer_id"),
    "a timeline entry moved to another rep's customer": ("timeline_entries", "update",
                                                         {"customer_id": "{cat_customer}"}, "customer_id"),
    "a timeline entry moved away from its contact person": ("timeline_entries", "update",
                                                            {"customer_id": "{beacon}"}, "customer_id"),
    "a contact person of another customer": ("timeline_entries", "update", {"contact_id": "{beacon_contact}"},
                                             "contact_id"),
    "a contact person of another rep's customer": ("timeline_entries", "insert", {
        "customer_id": "{anchor}", "kind": "call", "occurred_at": NOW, "contact_id": "{cat_contact}"},
        "contact_id"),
    "a contact person nobody made": ("timeline_entries", "insert", {
        "customer_id": "{anchor}", "kind": "call", "occurred_at": NOW, "contact_id": new_id()}, "contact_id"),
    "an event nobody made": ("leads", "insert", {"name": "Lead", "event_id": new_id()}, "event_id"),
}  # fmt: skip
TARGETS = {"customers": "anchor", "contacts": "contact", "timeline_entries": "entry"}


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}") and value[1:-1] in ids:
        return ids[value[1:-1]]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def test_each_bad_op_is_rejected_naming_its_field_and_the_rest_goes_on(team: Team) -> None:
    """All the cases in one batch, each between two good ops (one settle: laptops are slow to make)."""
    ops, goods = [], []
    for table, kind, fields, _named in HOSTILE_OPS.values():
        row_id = new_id() if kind == "insert" or table == "conflicts" else team.ids[TARGETS[table]]
        goods.append(new_id())
        ops += [op("customers", goods[-1], {"name": "Good", "territory_id": team.ids["north"]}),
                op(table, row_id, _fill(fields, team.ids), kind)]  # fmt: skip
    ops.append(op("contacts", new_id(), {"customer_id": goods[-1], "name": "Good After"}))
    answer = team.push(ops)
    assert answer.status_code == 200, answer.text[:300]
    results = answer.json()["results"]
    assert all(r["status"] == "applied" for r in results[::2]), [
        r for r in results[::2] if r["status"] != "applied"
    ]
    wrong = {case: r for (case, (*_, named)), r in zip(HOSTILE_OPS.items(), results[1::2], strict=True)
             if r["status"] != "rejected" or named not in r["reason"]}  # fmt: skip
    assert not wrong, wrong
    team.settle()
    with team.laptops["bob"].session() as s:  # the good ops reached the territory's other rep
        assert all(s.get(MODEL_BY_TABLE["customers"], g) is not None for g in goods)


def test_huge_cursors_and_base_sequences_are_answered_not_crashed(team: Team) -> None:
    auth = team.auth(HOSTILE)
    for since in (2**31, 2**62, 2**63 - 1):
        answer = team.http.get("/v1/sync/pull", params={"since": since}, headers=auth)
        assert answer.status_code == 200, (since, answer.text[:300])
    for since in (2**63, 2**64, -1):
        assert team.http.get("/v1/sync/pull", params={"since": since}, headers=auth).status_code == 422
    for base_seq in (2**31, 2**63 - 1):
        # Out of scope, so the move history is read with the base sequence; and an update.
        answer = team.push([
            op("contacts", new_id(), {"customer_id": team.ids["cat_customer"], "name": "X"}, base_seq=base_seq),
            op("customers", team.ids["cat_customer"], {"city": "X"}, "update", base_seq=base_seq),
            op("customers", team.ids["anchor"], {"city": "广州"}, "update", base_seq=base_seq),
        ])  # fmt: skip
        assert answer.status_code == 200, (base_seq, answer.text[:300])
        assert [r["status"] for r in answer.json()["results"]][:2] == ["rejected", "rejected"]
    for base_seq in (2**63, -1):
        answer = team.push([op("customers", team.ids["anchor"], {"city": "X"}, "update", base_seq=base_seq)])
        assert answer.status_code == 422 and "base_seq" in answer.text
    team.settle()


ENVELOPES = [{"row_id": "row-1"}, {"row_id": "A" * 36}, {"op_id": "x" * 65}, {"op_id": "a\x00b"},
             {"table": "customers\x00"}, {"hlc": "1714557600000-0000-" + "n" * 40},
             {"hlc": "١٧١٤٥٥٧٦٠٠٠٠٠-0000-x"}, {"fields": ["name"]}, {"op": "upsert"}]  # fmt: skip


def test_a_malformed_request_is_a_4xx_with_a_message(team: Team) -> None:
    for envelope in ENVELOPES:
        answer = team.push([{**op("customers", new_id(), {"name": "X"}), **envelope}])
        assert answer.status_code == 422 and answer.json()["detail"], (envelope, answer.text[:300])
    for depth in (2_000, 100_000):  # deeper than the JSON parser's recursion
        body = '{"schema_version": 1, "ops": [' + "[" * depth + "]" * depth + "]}"
        answer = team.http.post("/v1/sync/push", content=body,
                                headers={**team.auth(HOSTILE), "Content-Type": "application/json"})  # fmt: skip
        assert answer.status_code == 422 and "deeply" in answer.json()["detail"], (depth, answer.text[:300])
    for login in ({"username": "\ud800", "password": "x"}, {"username": "ann\x00", "password": "x"},
                  {"username": "ann", "password": "\ud800"}):  # fmt: skip
        answer = team.http.post("/v1/auth/login", content=json.dumps(login),
                                headers={"Content-Type": "application/json"})  # fmt: skip
        assert answer.status_code == 422, (login, answer.text[:300])


def test_a_merge_of_customers_passes_the_reference_checks(team: Team, tmp_path: Path) -> None:
    """The app's own moves of contact persons and history keep every row with a contact person of
    its customer, in the order the server checks them: nothing is rejected, and a new laptop's
    first sync keeps its foreign keys."""
    ann = team.laptops["ann"]
    with ann.session() as s:
        anchor, beacon = team.ids["anchor"], team.ids["beacon"]
        twin = customers.add_contact(s, customer_id=beacon, name="Li Lei")  # the same as anchor's
        gone = customers.add_contact(s, customer_id=beacon, name="Left")
        for person in (team.ids["beacon_contact"], twin, gone):
            timeline.add_entry(s, customer_id=beacon, kind="call", contact_id=person)
        customers.delete_contact(s, gone)
        merge_customers(s, survivor_id=anchor, loser_id=beacon, choices={})
    report = sync(ann, team.transports["ann"])
    with ann.session() as s:
        assert not report.rejected, [(a.table_name, a.fields, a.reason) for a in s.scalars(select(Attention))]
    team.settle()
    fresh = fresh_profile(tmp_path / "bob-after-merge")
    transport = Transport(team.http, retries=0)
    transport.login("bob", "bob-secret-1")
    sync(fresh, transport)
    assert_equals_server(team.engine, fresh, "bob")
    fresh.close()


# --- the invariant, with hypothesis -------------------------------------------------------------

IDS = ("anchor", "beacon", "contact", "beacon_contact", "entry", "event", "cat_customer", "cat_contact", "north",
       "eve", "bob")  # fmt: skip
TEMPLATES = {
    "customers": {"name": "Eve Co", "territory_id": "{north}"},
    "contacts": {"customer_id": "{anchor}", "name": "P"},
    "timeline_entries": {"customer_id": "{anchor}", "kind": "call", "occurred_at": NOW},
    "visits": {"customer_id": "{beacon}", "planned_at": NOW, "contact_id": "{beacon_contact}"},
    "orders": {"customer_id": "{anchor}", "ordered_on": "2024-05-01", "amount_cents": 100},
    "events": {"name": "Expo", "starts_on": "2024-06-01", "ends_on": "2024-06-02"},
    "leads": {"name": "Lead", "event_id": "{event}", "province": "北京"},
}
TABLES = (*TEMPLATES, "conflicts", "users", "territories", "no_such_table")


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


hostile_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(2**63 - 2, 2**80), st.integers(-(2**80), -(2**63) + 1),
    st.floats(), st.text(max_size=20), st.text(st.characters(codec=None, categories=["Cs", "Cc"]), max_size=5),
    st.sampled_from(["", "a\x00b", "\ud800", "x" * 70, "x" * (TEXT_MAX + 1), "2024-05-01", "2024-05-01T10:00:00",
                     "2024-02-30", "2024-05-01T10:00:00+08:00", "1714557600000-0000-node", "1" * 40]),
    st.sampled_from([f"{{{name}}}" for name in IDS]), st.uuids().map(str),
)  # fmt: skip
plausible_values = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=8), st.sampled_from([f"{{{name}}}" for name in IDS]),
    st.sampled_from(["2024-05-01", "2024-05-01T10:00:00", "1714557600000-0000-node", "北京", "call"]),
)  # fmt: skip
hostile_values = st.one_of(
    plausible_values,
    st.recursive(hostile_scalars, lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=4),
    st.integers(1, 900).map(_nested),
)  # fmt: skip
field_names = st.one_of(
    st.sampled_from(sorted({c.name for m in MODEL_BY_TABLE.values() for c in m.__table__.columns})),  # type: ignore[attr-defined]
    st.sampled_from(["server_seq", "resolved", "kept", "shiny_new", "new_id", "", "bad name", "a\x00", "\ud800"]),
    st.text(max_size=8),
)  # fmt: skip


@st.composite
def hostile_ops(draw: st.DrawFn) -> dict[str, Any]:
    table = draw(st.sampled_from(TABLES))
    model = MODEL_BY_TABLE.get(table)
    own = sorted(model.__table__.columns.keys()) if model else ["resolved"]  # type: ignore[attr-defined]
    fields = dict(TEMPLATES.get(table, {})) if draw(st.booleans()) else {}
    if draw(st.booleans()):  # plausible: many of these are applied, and test what is stored
        fields.update(draw(st.dictionaries(st.sampled_from(own), plausible_values, max_size=2)))
    else:
        fields.update(draw(st.dictionaries(st.sampled_from(own) | field_names, hostile_values, max_size=3)))
    kind = draw(st.sampled_from(["insert", "update", "delete"]))
    known = st.sampled_from([f"{{{name}}}" for name in IDS])
    row_id = draw(st.uuids().map(str) | known if kind == "insert" else known | st.uuids().map(str))
    base_seq = draw(st.none() | st.integers(0, 60) | st.integers(0, 2**63 - 1))
    return op(table, row_id, fields, kind, op_id=str(draw(st.uuids())), base_seq=base_seq)


POOL = {"customers": ("anchor", "beacon", "cat_customer"), "contacts": ("contact", "beacon_contact", "cat_contact"),
        "timeline_entries": ("entry",), "events": ("event",)}  # fmt: skip


@st.composite
def near_valid_ops(draw: st.DrawFn) -> dict[str, Any]:
    """A template with a plausible value or two: many are applied (moves, references, deletes)."""
    table = draw(st.sampled_from(sorted(TEMPLATES)))
    own = sorted(MODEL_BY_TABLE[table].__table__.columns.keys())  # type: ignore[attr-defined]
    changes = {}
    refs = [c for c in own if c.endswith("_id")]  # drawn as often as all others: scope and references
    for name in draw(st.lists(st.sampled_from(own) | st.sampled_from(refs), max_size=2, unique=True)):
        ids = st.sampled_from([f"{{{name}}}" for name in IDS]) | st.uuids().map(str)
        changes[name] = draw(ids if name.endswith("_id") else plausible_values)
    if table in POOL and draw(st.booleans()):
        row_id = "{%s}" % draw(st.sampled_from(POOL[table]))  # noqa: UP031 - braces inside
        return op(
            table, row_id, changes, draw(st.sampled_from(["update", "delete"])), op_id=str(draw(st.uuids()))
        )
    return op(table, str(draw(st.uuids())), {**TEMPLATES[table], **changes}, op_id=str(draw(st.uuids())))


good_steps = st.tuples(st.sampled_from(["customer", "contact", "entry", "edit"]), st.sampled_from(GOOD),
                       st.text(max_size=10))  # fmt: skip
steps = st.lists(
    st.one_of(good_steps, st.lists(hostile_ops() | near_valid_ops(), min_size=1, max_size=6)),
    min_size=1,
    max_size=4,
)


def _good(team: Team, kind: str, who: str, text: str) -> None:
    """An ordinary edit on a good laptop (the forms' own checks apply)."""
    with team.laptops[who].session() as s:
        if kind == "customer":
            customers.create_customer(s, name=f"New {text}", territory_id=team.ids["north"])
        elif kind == "contact":
            customers.add_contact(s, customer_id=team.ids["anchor"], name=f"P {text}")
        elif kind == "entry":
            timeline.add_entry(s, customer_id=team.ids["beacon"], kind="note", subject=text)
        else:
            customers.update_customer(s, team.ids["beacon"], notes=text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan=steps)
def test_no_push_poisons_anyone_else(team: Team, plan: list[Any]) -> None:
    for step in plan:
        if isinstance(step, tuple):
            _good(team, *step)
            continue
        answer = team.push([_fill(o, team.ids) for o in step])
        assert answer.status_code in (200, 413, 422), answer.text[:300]
        for name in GOOD:
            assert team.http.get("/v1/sync/pull", headers=team.auth(name)).status_code == 200
    team.settle()
