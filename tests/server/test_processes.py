"""Three real server processes on one PostgreSQL database (issue 17), started at once on a fresh
database (they migrate one after another, under the advisory lock). Laptops sync through them
in turn, with the token one of them gave: every laptop ends equal to the server within its
scope, with no duplicates; failed logins spread over the three are counted together, and the
limit holds across a restart."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest
from sqlalchemy import select, text

from desktop_crm.core import customers, timeline
from desktop_crm.core.models import Customer, User
from desktop_crm.server import admin
from desktop_crm.server.db import make_engine
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync.client import Transport, sync

from .conftest import PG, PG_SERVER
from .scope import assert_equal_within_scope, duplicate_customer_names, duplicate_customer_names_on

pytestmark = pytest.mark.skipif(
    not PG, reason="PostgreSQL at 127.0.0.1:5432 did not answer: the processes need one shared database"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, url: str, log: Path) -> None:
        self.url, self.log_path, self.port = url, log, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log: IO[bytes] | None = None

    def start(self) -> None:
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_crm.server.cli", "--db", self.url, "--port", str(self.port),
             "--pool-size", "5"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                pytest.fail(f"a server process exited: {self.log_path.read_text()[-2000:]}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.base}/v1/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        pytest.fail(f"a server process did not answer in 90 s: {self.log_path.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)
        if self.log is not None:
            self.log.close()


@pytest.fixture
def database() -> Iterator[str]:
    schema = f"procs_{os.getpid()}"
    admin_engine = make_engine(PG_SERVER)
    with admin_engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    yield f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    with admin_engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin_engine.dispose()


@pytest.fixture
def servers(database: str, tmp_path: Path) -> Iterator[list[Server]]:
    started = [Server(database, tmp_path / f"server{i}.log") for i in range(3)]
    try:
        for s in started:  # at once, on an empty database: they race to migrate it
            s.start()
        for s in started:
            s.wait_ready()
        yield started
    finally:
        for s in started:
            s.stop()


def family(p: Profile, name: str) -> str:
    with p.session() as s:
        cid = customers.create_customer(s, name=name, city="上海")
        customers.add_contact(s, customer_id=cid, name=f"{name} 联系人")
        timeline.add_entry(s, customer_id=cid, kind="call", subject=f"{name} call")
    return cid


def test_laptops_sync_through_three_processes(servers: list[Server], database: str, tmp_path: Path) -> None:
    engine = make_engine(database, pool_size=2)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
        for name in ("ann", "bob"):
            admin.add_user(conn, name, password=f"{name}-secret-1")
    laptops = {key: open_profile(tmp_path / key) for key in ("ann-1", "ann-2", "bob")}
    tokens: dict[str, str] = {}
    turn = itertools.count()
    opened: list[Transport] = []

    def sync_in_turn(key: str) -> None:
        """Through the next process, with the token whichever process gave."""
        t = Transport.to(servers[next(turn) % len(servers)].base)
        opened.append(t)
        name = key.split("-")[0]
        if name not in tokens:
            t.login(name, f"{name}-secret-1")
            tokens[name] = str(t.token)
        t.token = tokens[name]
        sync(laptops[key], t)

    try:
        made = [family(laptops["ann-1"], f"Ann {i}") for i in range(4)]
        for key in ("ann-1", "ann-2", "bob"):
            sync_in_turn(key)
        with laptops["ann-2"].session() as s:  # Ann's other laptop hands one to Bob and edits another
            bob = s.scalars(select(User.id).where(User.username == "bob")).one()
            customers.update_customer(s, made[1], owner_id=bob)
            customers.update_customer(s, made[0], notes="from the second laptop")
        with laptops["ann-1"].session() as s:  # offline meanwhile: another field, and a delete
            customers.update_customer(s, made[0], city="杭州")
            customers.delete_customer(s, made[3])
        with laptops["bob"].session() as s:
            customers.create_customer(s, name="Bob's own")
        for _ in range(2):
            for key in ("ann-2", "ann-1", "bob"):
                sync_in_turn(key)

        for key, p in laptops.items():
            assert_equal_within_scope(engine, p, key.split("-")[0])
            assert duplicate_customer_names_on(p) == 0
        assert duplicate_customer_names(engine) == 0
        with laptops["ann-1"].session() as s:
            first = s.get(Customer, made[0])
            assert first is not None and (first.city, first.notes) == ("杭州", "from the second laptop")
            assert s.get(Customer, made[1]) is None  # Bob's now
        with laptops["bob"].session() as s:
            assert set(s.scalars(select(Customer.name))) == {"Ann 1", "Bob's own"}
    finally:
        for t in opened:
            t.client.close()
        for p in laptops.values():
            p.close()
        engine.dispose()

    # Last: five failures block this address for a minute, whichever process is asked.
    def login(server: Server) -> int:
        answer = httpx.post(
            f"{server.base}/v1/auth/login", json={"username": "ann", "password": "a wrong guess"}
        )
        return answer.status_code

    assert [login(servers[i % 3]) for i in range(5)] == [401] * 5
    assert [login(s) for s in servers] == [429] * 3
    servers[0].stop()
    servers[0].start()
    servers[0].wait_ready()
    assert login(servers[0]) == 429
