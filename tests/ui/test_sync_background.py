"""Sync waits on the server off the write worker (issue 17, item 3): a lead saved while the server
takes its time is saved at once, the status bar says how far the sync got, and Stop ends it between
two steps with every step before it written whole.

These tests need the runner's real threads (the point is what runs beside what); the server holds
a push at a gate the test opens, so nothing sleeps."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.core import customers, events, search
from desktop_crm.core.models import Customer, Lead, OutboxOp, SyncState
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, make_engine
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import client
from desktop_crm.sync.client import Transport, sync
from desktop_crm.ui.sync.controller import SyncController
from desktop_crm.ui.sync.widgets import SyncIndicator
from desktop_crm.ui.tasks import TaskRunner

CUSTOMERS = 5


@pytest.fixture
def server(tmp_path: Path) -> Iterator[TestClient]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    create_schema(engine)
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1", display_name="Ann Li")
    with TestClient(create_app(engine)) as http:
        yield http
    engine.dispose()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "laptop")
    with p.session() as s:
        for i in range(CUSTOMERS):
            customers.create_customer(s, name=f"Customer {i}", city="上海")
    yield p
    p.close()


class HeldTransport(Transport):
    """The in-process server, its ``hold``-th push kept waiting until the test opens the gate: a
    slow network, for as long as the test wants."""

    def __init__(self, http: TestClient, *, hold: int) -> None:
        super().__init__(http)
        self.hold, self.pushes = hold, 0
        self.held = threading.Event()  # the push is at the gate
        self.gate = threading.Event()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        if path == "/v1/sync/push":
            self.pushes += 1
            if self.pushes == self.hold:
                self.held.set()
                assert self.gate.wait(60), "the test never opened the gate"
        return super().call(method, path, **kwargs)


@pytest.fixture
def rig(
    laptop: Profile, server: TestClient, qtbot: QtBot
) -> Iterator[tuple[TaskRunner, SyncController, SyncIndicator]]:
    runner = TaskRunner(laptop)  # real threads: a reader pool, the write worker, the network thread
    controller = SyncController(runner)
    indicator = SyncIndicator(controller)
    qtbot.addWidget(indicator)
    indicator.show()
    yield runner, controller, indicator
    controller.stop()
    held = controller.transport
    if isinstance(held, HeldTransport):
        held.gate.set()  # a failed test leaves no thread waiting
    assert runner.wait()


def held_transport(server: TestClient, controller: SyncController, hold: int) -> HeldTransport:
    transport = HeldTransport(server, hold=hold)
    transport.login("ann", "ann-secret-1")
    controller.transport = transport
    return transport


def pending(p: Profile) -> int:
    with p.session() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxOp)) or 0)


def test_a_lead_saved_while_the_server_keeps_sync_waiting_is_saved_at_once(
    rig: tuple[TaskRunner, SyncController, SyncIndicator], server: TestClient, laptop: Profile, qtbot: QtBot
) -> None:
    runner, controller, indicator = rig
    transport = held_transport(server, controller, hold=1)
    controller.sync_now()
    assert transport.held.wait(10)  # the first push waits on the "network"
    qtbot.waitUntil(lambda: indicator.text().startswith(f"Syncing: sent 0 of {CUSTOMERS}"))
    saved: list[str] = []
    found: list[object] = []
    runner.write(lambda s: events.create_lead(s, name="Zhang Wei", company="Acme Trading"), saved.append)
    runner.read(lambda s: search.search(s, query="Customer"), found.append)
    qtbot.waitUntil(lambda: bool(saved and found), timeout=5000)  # as fast as offline
    assert controller.busy and not transport.gate.is_set()  # ... while the sync still waits
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        transport.gate.set()
    assert controller.last is not None and controller.last.pending == 0  # the lead went in the next batch
    assert indicator.text().startswith("Synced at")
    other = open_profile(laptop.path.parent / "other")
    try:
        plain = Transport(server)
        plain.login("ann", "ann-secret-1")
        sync(other, plain)
        with other.session() as s:
            assert s.scalar(select(Lead.name)) == "Zhang Wei"
    finally:
        other.close()


def test_stop_ends_the_sync_between_steps_each_written_whole(
    rig: tuple[TaskRunner, SyncController, SyncIndicator],
    server: TestClient,
    laptop: Profile,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _runner, controller, indicator = rig
    monkeypatch.setattr(client, "PUSH_BATCH", 2)  # three pushes: 2, 2 and 1 changes
    transport = held_transport(server, controller, hold=2)
    controller.sync_now()
    assert transport.held.wait(10)
    qtbot.waitUntil(lambda: indicator.text().startswith(f"Syncing: sent 2 of {CUSTOMERS}"))
    assert indicator.stop.isVisible() and not indicator.pending.isVisible()
    qtbot.mouseClick(indicator.stop, Qt.MouseButton.LeftButton)
    assert indicator.text().startswith("Stopping after this step") and not indicator.stop.isEnabled()
    transport.gate.set()  # the push under way is answered and recorded; nothing after it starts
    qtbot.waitUntil(lambda: controller.state == "stopped" and controller.last is not None
                    and controller.last.pending == 1, timeout=30_000)  # fmt: skip
    assert indicator.text().startswith("Sync stopped · 1 change")
    assert pending(laptop) == 1 and transport.pushes == 2
    with laptop.session() as s:
        assert s.get(SyncState, "pull_cursor") is None  # the pull never began
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        controller.sync_now()  # goes on from where it stopped
    assert pending(laptop) == 0
    with laptop.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == CUSTOMERS  # nothing twice


def test_a_write_from_the_gui_thread_is_refused_rather_than_frozen(laptop: Profile, qapp: object) -> None:
    runner = TaskRunner(laptop)
    with pytest.raises(RuntimeError, match="GUI thread"):
        runner.run_write_blocking(lambda s: None)
