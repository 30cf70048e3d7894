"""The login dialog, the sync indicator and the conflicts panel, against a server in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers
from desktop_crm.core.models import Customer, User
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, make_engine
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import status
from desktop_crm.sync.client import Transport, sync
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.sync.widgets import AttentionDialog, ConflictsDialog, LoginDialog
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def server(tmp_path: Path) -> Iterator[TestClient]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    create_schema(engine)
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1", display_name="Ann Li")
    with TestClient(create_app(engine)) as client:
        yield client
    engine.dispose()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "laptop")
    with p.session() as s:
        customers.create_customer(s, name="Atlas Foods", city="上海")
    yield p
    p.close()


@pytest.fixture
def window(laptop: Profile, server: TestClient, qtbot: QtBot) -> MainWindow:
    w = MainWindow(TaskRunner(laptop, synchronous=True), QSettings())
    qtbot.addWidget(w)
    w.sync.transport_for = lambda _url: Transport(server)  # the in-process server stands in
    w.customers.reload()
    w.sync.start()
    return w


def log_in(window: MainWindow, password: str) -> LoginDialog:
    window.sync_action.trigger()  # not logged in yet: asks for the login
    dialog = window.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.server.text() == "" and dialog.server.placeholderText().startswith("https://")
    dialog.server.setText("http://testserver")
    dialog.user.setText("ann")
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_login_sync_and_indicator(window: MainWindow) -> None:
    assert window.sync_indicator.text().startswith("Offline")
    dialog = log_in(window, "wrong password")
    assert dialog.isVisible() and "did not accept" in dialog.error.text()  # stays open, says why
    dialog.password.setText("ann-secret-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert window.sync_indicator.text().startswith("Synced at")
    assert window.sync.last is not None and window.sync.last.pending == 0
    assert "keyring" in window.sync_indicator.toolTip()  # this box has none: it says what that means
    with window.runner.profile.session() as s:
        [atlas] = list(s.query(Customer))
        assert atlas.owner_id is not None and atlas.server_seq is not None  # Ann's now, on the server


def test_an_unreachable_server_is_said_at_once_in_words_a_rep_reads(window: MainWindow) -> None:
    waits: list[float] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    made: list[Transport] = []

    def transport_for(url: str) -> Transport:
        made.append(Transport(httpx.Client(base_url=url, transport=httpx.MockTransport(refuse)), sleep=waits.append))
        return made[-1]

    window.sync.transport_for = transport_for
    dialog = log_in(window, "ann-secret-1")
    assert dialog.isVisible()
    assert dialog.error.text() == "Cannot reach the server. Check its address and that this computer is online."
    assert waits == [] and made[0].retries == 3  # no retries while the rep waits; later syncs retry


def test_conflicts_panel_keeps_or_restores(window: MainWindow, server: TestClient, tmp_path: Path,
                                           qtmodeltester: ModelTester) -> None:  # fmt: skip
    log_in(window, "ann-secret-1")
    other = open_profile(tmp_path / "other")
    transport = Transport(server)
    transport.login("ann", "ann-secret-1")
    sync(other, transport)
    with window.runner.profile.session() as s:
        cid = s.query(Customer.id).scalar()
        customers.update_customer(s, cid, city="杭州")
    with other.session() as s:
        customers.update_customer(s, cid, city="苏州")  # later: wins
    sync(other, transport)
    window.sync_action.trigger()
    assert "1 conflict" in window.sync_indicator.text()
    window.conflicts_action.trigger()
    dialog = window.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog)
    qtmodeltester.check(dialog.model, force_py=True)
    assert [(r.record, r.field, r.kept, r.lost) for r in dialog.model.rows] == [
        ("Atlas Foods", "city", "苏州", "杭州")
    ]
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.restore.click()  # put this laptop's value back: an ordinary edit
    assert dialog.model.rowCount() == 0
    dialog.accept()
    assert "2 change" in window.sync_indicator.text()  # the city, and the record closed
    window.sync_action.trigger()
    sync(other, transport)
    with other.session() as s:
        assert s.get(Customer, cid).city == "杭州"  # type: ignore[union-attr]
        assert status.status(s).conflicts == 0  # settled on one laptop, settled on both
    other.close()


def test_a_rejected_change_waits_in_needs_attention(window: MainWindow, qtmodeltester: ModelTester) -> None:
    log_in(window, "ann-secret-1")
    with window.runner.profile.session() as s:
        ann = s.query(User).filter(User.username == "ann").one()  # pulled reference data
        ann.display_name = "Annie"  # users are the server's to change: this will be refused
        customers.create_customer(s, name="Beacon Ltd")  # and this goes through regardless
    window.sync_action.trigger()
    assert "1 rejected change" in window.sync_indicator.text()
    assert window.sync.last is not None and window.sync.last.pending == 0  # the queue is not blocked
    window.attention_action.trigger()
    dialog = window.attention_dialog
    assert isinstance(dialog, AttentionDialog)
    qtmodeltester.check(dialog.model, force_py=True)
    [row] = dialog.model.rows
    assert row.table == "users" and "cannot be changed by a client" in row.reason
    assert "Annie" in dialog.model.data(dialog.model.index(0, 1))
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.discard.click()
    assert dialog.model.rowCount() == 0
    dialog.accept()
    assert "rejected" not in window.sync_indicator.text()


def test_a_clash_shows_in_both_windows_and_closes_in_both(
    window: MainWindow, server: TestClient, tmp_path: Path, qtbot: QtBot
) -> None:
    log_in(window, "ann-secret-1")
    other_profile = open_profile(tmp_path / "other")
    other = MainWindow(TaskRunner(other_profile, synchronous=True), QSettings())
    qtbot.addWidget(other)
    other.sync.transport_for = lambda _url: Transport(server)
    other.sync.start()
    log_in(other, "ann-secret-1")  # Ann's second laptop pulls Atlas Foods
    with window.runner.profile.session() as s:
        cid = s.query(Customer.id).scalar()
        customers.update_customer(s, cid, city="杭州")
    with other_profile.session() as s:
        customers.update_customer(s, cid, city="苏州")  # later: wins
    for w in (window, other, window):
        w.sync_action.trigger()
    for w in (window, other):
        assert "1 conflict" in w.sync_indicator.text()
        w.conflicts_action.trigger()
        dialog = w.conflicts_dialog
        assert isinstance(dialog, ConflictsDialog)
        assert [(r.record, r.field, r.kept, r.lost) for r in dialog.model.rows] == [
            ("Atlas Foods", "city", "苏州", "杭州")
        ]
        dialog.accept()
    other.conflicts_action.trigger()
    dialog = other.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.keep.click()  # keep the kept value: the record closes
    dialog.accept()
    for w in (other, window):
        w.sync_action.trigger()
    for w in (window, other):
        assert "conflict" not in w.sync_indicator.text()
    other_profile.close()
