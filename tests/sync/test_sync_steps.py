"""``sync`` in steps (issue 17, item 3): every write goes through the caller's ``write``, progress
is told between steps, and a stop there leaves each step before it whole and nothing after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.core import customers
from desktop_crm.core.errors import Cancelled
from desktop_crm.core.models import Customer, OutboxOp, SyncState, User
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, make_engine
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import client
from desktop_crm.sync.client import Transport, sync


@pytest.fixture
def http(tmp_path: Path) -> Iterator[TestClient]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    create_schema(engine)
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1")
    with TestClient(create_app(engine)) as client_:
        yield client_
    engine.dispose()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Callable[[str], Profile]]:
    opened: list[Profile] = []

    def make(name: str) -> Profile:
        opened.append(open_profile(tmp_path / name))
        return opened[-1]

    yield make
    for p in opened:
        p.close()


def login(http: TestClient) -> Transport:
    t = Transport(http)
    t.login("ann", "ann-secret-1")
    return t


def count(p: Profile, model: Any) -> int:
    with p.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_every_write_goes_through_write_and_progress_is_told_between_steps(
    http: TestClient, laptops: Callable[[str], Profile], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "PUSH_BATCH", 2)
    a = laptops("a")
    with a.session() as s:
        for i in range(5):
            customers.create_customer(s, name=f"Customer {i}")
    steps: list[str] = []

    def write(fn: Callable[[Session], Any]) -> Any:
        steps.append(fn.__name__)
        with a.session() as s:
            return fn(s)

    told: list[tuple[str, int, int]] = []
    sync(a, login(http), write=write, progress=lambda *step: told.append(step))
    assert told[:4] == [("push", 0, 5), ("push", 2, 5), ("push", 4, 5), ("push", 5, 5)]
    assert told[4][0] == "pull" and told[-1][0] == "pull" and told[-1][1] > 0  # rows received
    assert "mark" in steps and "step" in steps  # answers recorded and pages applied: through write
    assert count(a, OutboxOp) == 0


def test_a_stop_between_pulled_pages_keeps_the_pages_before_it_with_their_cursor(
    http: TestClient, laptops: Callable[[str], Profile], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptops("a"), laptops("b")
    with a.session() as s:
        for i in range(5):
            customers.create_customer(s, name=f"Customer {i}")
    sync(a, login(http))
    monkeypatch.setattr(client, "PULL_PAGE", 2)

    def stop_after_a_page(stage: str, done: int, _total: int) -> None:
        if stage == "pull" and done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        sync(b, login(http), progress=stop_after_a_page)
    with b.session() as s:
        cursor = s.get(SyncState, "pull_cursor")
        assert cursor is not None  # the first page landed with its cursor ...
        landed = [int(s.scalar(select(func.count()).select_from(m)) or 0) for m in (User, Customer)]
    assert sum(landed) == 2 and landed[1] < 5  # ... the whole page of two rows, none of the next
    report = sync(b, login(http))  # goes on from the cursor
    assert count(b, Customer) == 5 and report.pulled > 0
