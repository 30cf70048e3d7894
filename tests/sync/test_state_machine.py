"""Sync as a state machine (DESIGN.md 7): three laptops (two of Ann's, one of Bob's; both cover
the North territory) create, edit, delete and hand over customers offline and sync through a
transport that drops requests, drops answers after the server committed,
delivers requests twice, replays old ones late, and laptops that lose their pull cursor (a crash
between applying a page and saving it). When everyone has synced with no new writes: every laptop
equals the server within its rep's scope and holds nothing outside it, no edit is lost (it is
there, beaten by a later edit of the field, or kept as a conflict record), and no deleted
customer has come back."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    precondition,
    rule,
)
from sqlalchemy import select

from desktop_crm.core import customers
from desktop_crm.core.models import Conflict, Customer, OutboxOp, SyncState
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, make_engine, rows, users
from desktop_crm.server.sync import in_scope
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync.client import SyncError, Transport, sync

CLIENTS = 3
REPS = ("ann", "ann", "bob")  # whose laptop each one is
FIELDS = ("city", "notes", "industry")
ALL_FIELDS = ("name", "deleted", "owner_id", "territory_id", *FIELDS)
FAULTS = ("none", "drop_request", "drop_answer", "twice", "replay_old")


class Faulty(Transport):
    """A transport whose next call misbehaves the way a train's Wi-Fi does."""

    def __init__(self, client: httpx.Client) -> None:
        super().__init__(client, retries=0, sleep=lambda _s: None)
        self.fault = "none"
        self.sent: list[tuple[str, str, dict[str, Any]]] = []  # pushes, for late replays

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        fault, self.fault = self.fault, "none"
        if fault == "drop_request":
            raise SyncError("offline", "dropped before it reached the server")
        if fault == "replay_old" and self.sent:
            super().call(*self.sent[0][:2], **self.sent[0][2])  # an old push arrives very late
        answer = super().call(method, path, **kwargs)
        if method == "POST":
            self.sent.append((method, path, kwargs))
        if fault == "twice":
            answer = super().call(method, path, **kwargs)
        if fault == "drop_answer":
            raise SyncError("offline", "the answer was lost after the server committed")
        return answer


def _json_values() -> st.SearchStrategy[Any]:
    """JSON of every shape, including what a careless or hostile client sends: integers past 64
    bits, NaN, lone surrogates, NUL and other control characters, long strings, nesting."""
    text = st.text(st.characters(codec=None, exclude_categories=()), max_size=20)
    scalars = (st.none() | st.booleans() | st.integers(-(2**80), 2**80) | st.floats() | text
               | st.sampled_from(["\x00", "a\x00b", "\ud800", "x" * 70_000, "2026-13-45", "01a2", ""]))  # fmt: skip
    deep = st.integers(50, 100_000).map(lambda depth: f"<deep:{depth}>")  # nested arrays, in the body's text
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6) | deep  # fmt: skip


def hostile_ops() -> st.SearchStrategy[dict[str, Any]]:
    names = st.sampled_from(["name", "city", "customer_id", "contact_id", "event_id", "owner_id", "territory_id",
                             "deleted", "server_seq", "updated_at", "occurred_at", "kind", "amount_cents",
                             "latitude", "id", "resolved", "x-y", ""]) | st.text(max_size=8)  # fmt: skip
    return st.fixed_dictionaries({
        "op_id": st.uuids().map(str) | st.text(max_size=80),
        "table": st.sampled_from(["customers", "contacts", "timeline_entries", "visits", "orders", "events",
                                  "leads", "conflicts", "users", "territories", "nope"]),
        "row_id": st.just("<customer>") | st.uuids().map(str) | st.text(max_size=80),
        "op": st.sampled_from(["insert", "update", "delete"]),
        "fields": st.dictionaries(names, st.just("<customer>") | _json_values(), max_size=5),
        "base_seq": st.none() | st.integers(-(2**70), 2**70),
        "hlc": st.sampled_from(["1900000000000-0000-mal", "9999999999999-ffff-mal", "0000000000000-0000-\x00"]),
    })  # fmt: skip


_template: Path | None = None


def fresh_profile(path: Path) -> Profile:
    """A migrated empty profile, copied (migrating each one would dominate the run); each copy
    gets its own clock node id."""
    global _template
    if _template is None:
        _template = Path(tempfile.mkdtemp()) / "template"
        open_profile(_template).close()
        with sqlite3.connect(_template / "crm.sqlite") as db:
            db.execute("DELETE FROM sync_state WHERE key = 'node_id'")
    shutil.copytree(_template, path)
    return open_profile(path)


class SyncMachine(RuleBasedStateMachine):
    customers = Bundle("customers")

    @initialize(target=customers)
    def start(self) -> Any:
        self.dir = Path(tempfile.mkdtemp())
        self.engine = make_engine(f"sqlite:///{self.dir / 'server.sqlite'}")
        create_schema(self.engine)
        with self.engine.begin() as conn:
            self.north = admin.add_territory(conn, "North", ["北京"])
            self.users = {
                name: admin.add_user(conn, name, password=f"{name}-secret-1")
                for name in ("ann", "bob", "mallory")
            }
            for name in self.users:
                admin.assign_territory(conn, "North", name)
        self.http = TestClient(create_app(self.engine))
        self.laptops = [fresh_profile(self.dir / f"laptop{i}") for i in range(CLIENTS)]
        self.transports = [Faulty(self.http) for _ in range(CLIENTS)]
        for t, rep in zip(self.transports, REPS, strict=True):
            t.login(rep, f"{rep}-secret-1")
        # A client of a rep in the same territory that pushes whatever it likes (hostile).
        self.mallory = Transport(self.http, retries=0)
        self.mallory.login("mallory", "mallory-secret-1")
        self.tainted: set[str] = set()  # honest customers a hostile op changed
        self.edits: list[tuple[str, str, Any, str]] = []  # customer, field, value, hlc
        self.deleted: set[str] = set()
        # Which laptops wrote each field of each customer (creating it writes them all): a
        # conflict record needs two different laptops behind one field.
        self.writers: dict[tuple[str, str], set[int]] = {}
        # Two customers every laptop has from the start, so clashes come within a few steps.
        with self.laptops[0].session() as s:
            shared = [
                customers.create_customer(s, name=n, territory_id=self.north)
                for n in ("Shared One", "共享二")
            ]
        for cid in shared:
            self._wrote(0, cid, *ALL_FIELDS)
        for laptop, t in zip(self.laptops, self.transports, strict=True):
            sync(laptop, t)
        return multiple(*shared)

    def _wrote(self, who: int, cid: str, *fields: str) -> None:
        for field in fields:
            self.writers.setdefault((cid, field), set()).add(who)

    def teardown(self) -> None:
        for p in getattr(self, "laptops", []):
            p.close()
        if hasattr(self, "engine"):
            self.http.close()
            self.engine.dispose()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _last_hlc(self, laptop: Profile, row_id: str) -> str:
        with laptop.session() as s:
            return str(
                s.scalar(select(OutboxOp.hlc).where(OutboxOp.row_id == row_id).order_by(OutboxOp.seq.desc()))
            )

    @rule(
        target=customers, who=st.integers(0, CLIENTS - 1), name=st.sampled_from(["Atlas", "华联", "Beacon"])
    )
    def create(self, who: int, name: str) -> str:
        with self.laptops[who].session() as s:
            cid = customers.create_customer(s, name=name, territory_id=self.north)
        self._wrote(who, cid, *ALL_FIELDS)
        return cid

    @rule(cid=customers, who=st.integers(0, CLIENTS - 1), to=st.sampled_from(["ann", "bob", "North"]))
    def hand_over(self, cid: str, who: int, to: str) -> None:
        """To one rep alone (it leaves the other's laptop), or back to the territory (both)."""
        scope = (
            {"owner_id": self.users[to], "territory_id": None}
            if to in self.users
            else {"territory_id": self.north}
        )
        with self.laptops[who].session() as s:
            row = s.get(Customer, cid)
            if row is None or row.deleted:
                return
            customers.update_customer(s, cid, **scope)
        self._wrote(who, cid, "owner_id", "territory_id")

    @rule(cid=customers, who=st.integers(0, CLIENTS - 1), field=st.sampled_from(FIELDS),
          value=st.sampled_from(["北京", "上海", "Xiamen", "note A", "note B"]))  # fmt: skip
    def edit(self, cid: str, who: int, field: str, value: str) -> None:
        laptop = self.laptops[who]
        with laptop.session() as s:
            row = s.get(Customer, cid)
            if row is None or row.deleted or getattr(row, field) == value:
                return  # not on this laptop yet, or gone: nothing to edit
            customers.update_customer(s, cid, **{field: value})
        self.edits.append((cid, field, value, self._last_hlc(laptop, cid)))
        self._wrote(who, cid, field)

    @rule(cid=customers, who=st.integers(0, CLIENTS - 1))
    def delete(self, cid: str, who: int) -> None:
        with self.laptops[who].session() as s:
            row = s.get(Customer, cid)
            if row is None or row.deleted:
                return
            customers.delete_customer(s, cid)
        self.deleted.add(cid)
        self._wrote(who, cid, "deleted")

    @rule(who=st.integers(0, CLIENTS - 1), fault=st.sampled_from(FAULTS))
    def sync_with_fault(self, who: int, fault: str) -> None:
        self.transports[who].fault = fault
        with contextlib.suppress(SyncError):  # offline this time; its outbox and cursor are intact
            sync(self.laptops[who], self.transports[who])

    @rule(cid=customers, op=hostile_ops())
    def hostile_push(self, cid: str, op: dict[str, Any]) -> None:
        """Ops of every shape from another rep's client: whatever the server makes of them, it
        answers without a 5xx, and (checked when everyone settles) no honest laptop's sync breaks."""
        if op["row_id"] == "<customer>":
            op["row_id"] = cid
        for key in ("customer_id",):
            if op["fields"].get(key) == "<customer>":
                op["fields"][key] = cid
        body = json.dumps({"schema_version": 1, "ops": [op]}, ensure_ascii=True, allow_nan=True)
        body = re.sub(r'"<deep:(\d+)>"', lambda m: "[" * int(m[1]) + "]" * int(m[1]), body)
        answer = self.http.post("/v1/sync/push", content=body.encode(), headers={
            "Authorization": f"Bearer {self.mallory.token}", "Content-Type": "application/json"})  # fmt: skip
        assert answer.status_code < 500, answer.text[:300]
        if answer.status_code == 200 and answer.json()["results"][0]["status"] != "rejected":
            self.tainted.add(op["row_id"])
            if isinstance(op["fields"].get("customer_id"), str):
                self.tainted.add(op["fields"]["customer_id"])

    @rule(who=st.integers(0, CLIENTS - 1), back=st.integers(1, 5))
    def lose_the_cursor(self, who: int, back: int) -> None:
        """A crash after a page was applied but before its cursor was kept: pages come again."""
        with self.laptops[who].session() as s:
            cursor = s.get(SyncState, "pull_cursor")
            if cursor is not None:
                cursor.value = str(max(0, int(cursor.value) - back))

    @precondition(lambda self: hasattr(self, "laptops"))
    @invariant()
    def outbox_only_holds_unpushed_changes(self) -> None:
        for laptop in self.laptops:
            with laptop.session() as s:
                ops = list(s.scalars(select(OutboxOp)))
                assert all(
                    s.get(Customer, op.row_id) is not None for op in ops if op.table_name == "customers"
                )

    def settle_and_check(self) -> None:
        for _ in range(2):  # push everything, then let everyone pull everyone's pushes
            for laptop, t in zip(self.laptops, self.transports, strict=True):
                t.fault = "none"
                sync(laptop, t)
        with self.engine.connect() as conn:
            server = {
                r.id: r.data for r in conn.execute(select(rows).where(rows.c.table_name == "customers"))
            }
            conflicts = [r.data for r in conn.execute(select(rows).where(rows.c.table_name == "conflicts"))]
            seen = {}  # per rep: the customers and conflict records in their scope
            for rep in set(REPS):
                user = conn.execute(select(users).where(users.c.username == rep)).mappings().one()
                visible = conn.execute(select(rows.c.table_name, rows.c.id).where(in_scope(user))).all()
                seen[rep] = {(t, i) for t, i in visible}
        for laptop, rep in zip(self.laptops, REPS, strict=True):
            with laptop.session() as s:
                local = {c.id: c for c in s.scalars(select(Customer))}
                assert set(local) == {i for t, i in seen[rep] if t == "customers"}
                for cid, customer in local.items():
                    for key in ("name", "deleted", "owner_id", "territory_id", *FIELDS, "updated_at"):
                        assert getattr(customer, key) == server[cid].get(key), (cid, key)
                local_conflicts = set(s.scalars(select(Conflict.id)))
                assert local_conflicts == {i for t, i in seen[rep] if t == "conflicts"}
                assert s.scalar(select(OutboxOp.seq).limit(1)) is None  # everything pushed
        for c in conflicts:  # a laptop never clashes with itself
            if c["row_id"] in self.tainted:
                continue  # the hostile client wrote it too
            field = c["field"]
            if field == "deleted":  # an edit against a delete: anyone who wrote the row
                behind = set().union(*(w for (cid, _f), w in self.writers.items() if cid == c["row_id"]))
            else:
                behind = self.writers.get((c["row_id"], field), set())
            assert len(behind) >= 2, ("conflict without two laptops behind it", c, behind)
        for cid in self.deleted - self.tainted:  # no deleted customer came back
            assert server[cid]["deleted"] is True
        for cid, field, value, hlc in self.edits:  # no edit was lost
            if cid in self.tainted:
                continue
            if server[cid].get(field) == value:
                continue
            later = any(c == cid and f == field and h > hlc for c, f, _v, h in self.edits)
            recorded = any(
                c["row_id"] == cid and c["field"] == field and c["lost"] == value for c in conflicts
            )
            edited_after_delete = server[cid]["deleted"]
            assert later or recorded or edited_after_delete, (cid, field, value)


@pytest.mark.parametrize("seed", [0])
def test_sync_state_machine(seed: int) -> None:
    class Checked(SyncMachine):
        def teardown(self) -> None:
            try:
                if hasattr(self, "laptops"):
                    self.settle_and_check()
            finally:
                super().teardown()

    Checked.TestCase.settings = settings(
        max_examples=int(os.environ.get("SYNC_EXAMPLES", "40")), stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )  # fmt: skip
    Checked.TestCase().runTest()
