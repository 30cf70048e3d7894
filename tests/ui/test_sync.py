"""The login dialog, the sync indicator and the conflicts panel, against a server in-process."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop_crm.core import customers, visits
from desktop_crm.core.clock import new_id
from desktop_crm.core.models import Customer, OutboxOp, User
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, make_engine
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync import status
from desktop_crm.sync.client import Transport, sync
from desktop_crm.sync.status import PendingChange
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.sync import changes
from desktop_crm.ui.sync.changes import ChangesDialog
from desktop_crm.ui.sync.widgets import AttentionDialog, ConflictsDialog, ConflictsModel, LoginDialog
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


# What waits, in view (issue 17, item 4): each part of the status bar opens its list with a click.


def test_the_count_in_the_status_bar_opens_the_changes_to_send(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with window.runner.profile.session() as s:
        atlas = s.query(Customer.id).scalar()
        customers.update_customer(s, atlas, city="杭州")
        customers.add_contact(s, customer_id=atlas, name="Li Wei")
        visits.plan_visit(s, customer_id=atlas, planned_at=dt.datetime(2025, 3, 4, 10, 30))
    window.sync.refresh_status()
    window.show()
    qtbot.waitExposed(window)
    indicator = window.sync_indicator
    # (English plurals are worded once a test has installed the English catalogue: "4 changes")
    assert indicator.text().startswith("Offline · 4 change") and indicator.pending.isVisible()
    qtbot.mouseClick(indicator.pending, Qt.MouseButton.LeftButton)
    dialog = window.changes_dialog
    assert isinstance(dialog, ChangesDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model, force_py=True)
    model = dialog.model

    def cells(row: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list[object]:
        return [model.data(model.index(row, c), role) for c in range(model.columnCount())]

    assert [cells(r)[:4] for r in range(model.rowCount())] == [
        ["Atlas Foods", "Customer", "Created", ""],
        ["", "", "Edited", "City"],  # the same record: named once, above
        ["Li Wei (Atlas Foods)", "Contact person", "Created", ""],
        ["Atlas Foods, 2025-03-04 10:30", "Visit", "Created", ""],
    ]
    assert cells(1, Qt.ItemDataRole.ToolTipRole)[0] == "Atlas Foods"  # still said on hover
    assert dialog.intro.text().startswith("4 change") and "grouped by record" in dialog.intro.text()


def test_the_changes_to_send_stay_lazy_with_twenty_five_thousand_waiting(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with window.runner.profile.session() as s:
        atlas = s.query(Customer.id).scalar()
        hlc = s.query(OutboxOp.hlc).scalar()
        s.execute(insert(OutboxOp), [
            {"op_id": new_id(), "table_name": "customers", "row_id": atlas, "op": "update",
             "fields": {"notes": f"note {i}"}, "base": {}, "hlc": hlc}
            for i in range(25_000)
        ])  # fmt: skip
    asked: list[int] = []

    def counted(session: Session, ids: Sequence[str]) -> list[PendingChange]:
        asked.append(len(ids))
        return status.pending_changes(session, ids)

    monkeypatch.setattr(changes, "pending_changes", counted)
    window.sync.refresh_status()
    assert "25001 change" in window.sync_indicator.text()
    window.open_changes()
    dialog = window.changes_dialog
    dialog.grab()  # painted: the rows on screen are read, and only they
    dialog.table.scrollToBottom()
    dialog.grab()
    assert dialog.model.rowCount() == 25_001
    assert asked and max(asked) <= 200 and len(asked) <= 3  # the first page and the last one or two


def test_empty_lists_say_so_and_disable_their_buttons(window: MainWindow) -> None:
    log_in(window, "ann-secret-1")
    assert not window.sync_indicator.pending.isVisibleTo(window)  # nothing waits: no count to click
    window.open_changes()
    assert window.changes_dialog.intro.text().startswith("Nothing to send")
    window.open_conflicts()
    conflicts = window.conflicts_dialog
    assert conflicts.intro.text().startswith("No conflicts to review")
    assert not conflicts.keep.isEnabled() and not conflicts.restore.isEnabled()
    window.open_attention()
    attention = window.attention_dialog
    assert attention.intro.text().startswith("Nothing needs attention")
    assert not attention.discard.isEnabled()


def test_the_conflicts_dialog_shows_whole_values_who_and_when(
    window: MainWindow, server: TestClient, tmp_path: Path, qtbot: QtBot
) -> None:
    log_in(window, "ann-secret-1")
    other = open_profile(tmp_path / "other")
    transport = Transport(server)
    transport.login("ann", "ann-secret-1")
    sync(other, transport)
    mine = "Call before noon; the buyer, Mr Wang, prefers WeChat to e-mail. " * 4
    theirs = "Deliveries go to the back gate on 淮海中路; the warehouse closes at 16:00 on Fridays. " * 4
    with window.runner.profile.session() as s:
        cid = s.query(Customer.id).scalar()
        customers.update_customer(s, cid, notes=mine)
    with other.session() as s:
        customers.update_customer(s, cid, notes=theirs)  # later: kept
    sync(other, transport)
    other.close()
    window.sync_action.trigger()
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.sync_indicator.conflicts, Qt.MouseButton.LeftButton)  # a click, no menu
    dialog = window.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    model, columns = dialog.model, ConflictsModel.COLUMNS

    def cell(column: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(0, columns.index(column)), role)

    assert (cell("kept"), cell("lost")) == (theirs, mine)  # whole, not cut
    assert cell("lost", Qt.ItemDataRole.ToolTipRole) == mine
    assert (cell("kept_by"), cell("who")) == ("Ann Li", "Ann Li")
    assert str(cell("when")).startswith(str(dt.date.today().year))
    assert dialog.table.wordWrap() and dialog.table.rowHeight(0) > 2 * dialog.table.fontMetrics().height()
    assert not dialog.keep.isEnabled()  # nothing chosen yet
    dialog.table.setCurrentIndex(model.index(0, 0))
    assert dialog.keep.isEnabled() and dialog.restore.isEnabled()


def test_a_clock_far_off_the_servers_is_said_in_the_status_bar(window: MainWindow) -> None:
    window.runner.profile.clock._wall_ms = lambda: time.time_ns() // 1_000_000 - 3_600_000  # type: ignore[method-assign]
    log_in(window, "ann-secret-1")
    text = window.sync_indicator.text()
    assert text.startswith("Synced at") and "clock 60 min behind" in text
    assert "system settings" in window.sync_indicator.toolTip()
    assert abs(window.runner.profile.clock.offset_ms - 3_600_000) < 60_000  # stamps by the server's time
