from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers, orders, timeline
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.paged import PAGE
from desktop_crm.ui.tasks import TaskRunner
from desktop_crm.ui.timeline.dialog import EntryDialog
from desktop_crm.ui.timeline.model import COLUMNS, TimelineModel
from desktop_crm.ui.timeline.pane import TimelinePane


@pytest.fixture
def own_profile(tmp_path: Path) -> Iterator[Profile]:
    """These tests add rows: their own profile, so the shared demo profile stays as made."""
    p = open_profile(tmp_path / "timeline")
    yield p
    p.close()


@pytest.fixture
def own_runner(own_profile: Profile, qapp: object) -> TaskRunner:
    return TaskRunner(own_profile, synchronous=True)


@pytest.fixture
def busy_customer(own_profile: Profile) -> str:
    """A customer with 450 entries over 150 days, three a day, and one order."""
    with own_profile.session() as s:
        cid = customers.create_customer(s, name="Busy Ltd")
        start = dt.datetime(2026, 1, 1, 9)
        for i in range(450):
            when = start + dt.timedelta(days=i // 3, hours=i % 3)
            timeline.add_entry(
                s, customer_id=cid, kind="call" if i % 2 else "email", occurred_at=when, subject=f"entry {i}"
            )
        orders.add_order(
            s, customer_id=cid, ordered_on=dt.date(2026, 6, 30), amount_cents=1_234_500, status="delivered"
        )
    return cid


def cell(model: TimelineModel, row: int, column: str) -> object:
    return model.data(model.index(row, COLUMNS.index(column)))


def test_timeline_model_passes_qtmodeltester(
    own_runner: TaskRunner, busy_customer: str, qtmodeltester: ModelTester
) -> None:
    model = TimelineModel(own_runner)
    model.show_customer(busy_customer)
    assert model.rowCount() == 451
    qtmodeltester.check(model, force_py=True)


def test_newest_first_grouped_by_day_lazily(own_runner: TaskRunner, busy_customer: str) -> None:
    model = TimelineModel(own_runner)
    model.show_customer(busy_customer)
    assert cell(model, 0, "kind") == "Order"  # 2026-06-30, the newest
    assert cell(model, 0, "detail") == "12,345.00 CNY · Delivered"  # the order's current state
    assert cell(model, 1, "subject") == "entry 449"
    # Three entries a day: the date stands once, on the day's first row.
    assert [cell(model, r, "day") for r in (1, 2, 3, 4)] == ["2026-05-30", "", "", "2026-05-29"]
    assert list(model._pages) == [0]  # only the first page was read
    assert cell(model, 450, "subject") == "entry 0"
    assert sorted(model._pages) == [0, 450 // PAGE]


def test_kind_filter(own_runner: TaskRunner, busy_customer: str) -> None:
    pane = TimelinePane(own_runner)
    pane.show_customer(busy_customer, "Busy Ltd")
    pane.kind.setCurrentIndex(pane.kind.findData("email"))
    assert pane.model.rowCount() == 225
    assert {str(cell(pane.model, r, "kind")) for r in range(225)} == {"E-mail"}


def test_log_a_call_with_three_keystrokes(
    own_runner: TaskRunner, busy_customer: str, qtbot: QtBot, own_profile: Profile
) -> None:
    pane = TimelinePane(own_runner)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_customer(busy_customer, "Busy Ltd")
    pane.log_call.trigger()  # Ctrl+L
    assert pane.focusWidget() is pane.quick
    qtbot.keyClicks(pane.quick, "Asked about pump lead times")
    qtbot.keyClick(pane.quick, Qt.Key.Key_Return)
    assert pane.quick.text() == ""  # cleared for the next one
    assert pane.model.rowCount() == 452
    assert cell(pane.model, 0, "subject") == "Asked about pump lead times"
    with own_profile.session() as s:
        [entry] = [e for e in timeline.entries(s, customer_id=busy_customer, kinds=["call"], limit=1)]
    assert entry.subject == "Asked about pump lead times"


def test_empty_quick_entry_saves_nothing(own_runner: TaskRunner, busy_customer: str, qtbot: QtBot) -> None:
    pane = TimelinePane(own_runner)
    qtbot.addWidget(pane)
    pane.show_customer(busy_customer, "Busy Ltd")
    qtbot.keyClick(pane.quick, Qt.Key.Key_Return)
    assert pane.model.rowCount() == 451


def test_selecting_a_customer_shows_their_timeline(runner: TaskRunner, qtbot: QtBot) -> None:
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.customers.model.reload()
    assert window.timeline.model.rowCount() == 0 and not window.timeline.quick.isEnabled()
    window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
    name = window.customers.model.data(window.customers.model.index(0, 0))
    assert window.timeline.title.text() == name
    assert window.timeline.quick.isEnabled()
    assert window.timeline.model.customer_id == window.customers.model.customer_id(0)


def subjects(model: TimelineModel, n: int = 3) -> list[object]:
    return [cell(model, r, "subject") for r in range(n)]


def test_edit_delete_and_new_entries_undo_and_redo(
    own_runner: TaskRunner, busy_customer: str, qtbot: QtBot, own_profile: Profile
) -> None:
    pane = TimelinePane(own_runner)
    qtbot.addWidget(pane)
    pane.show_customer(busy_customer, "Busy Ltd")
    assert subjects(pane.model) == ["", "entry 449", "entry 448"]  # the order's entry has no subject
    assert pane.model.data(pane.model.index(1, COLUMNS.index("kind")), Qt.ItemDataRole.DecorationRole)

    pane.table.setCurrentIndex(pane.model.index(1, 0))
    pane.edit_entry()
    dialog = pane.dialog
    assert isinstance(dialog, EntryDialog) and dialog.subject.text() == "entry 449"
    dialog.subject.setText("Called back about the quote")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("satisfied"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert subjects(pane.model) == ["", "Called back about the quote", "entry 448"]

    pane.table.setCurrentIndex(pane.model.index(2, 0))
    pane.delete_entry()
    assert pane.model.rowCount() == 450 and subjects(pane.model) == [
        "",
        "Called back about the quote",
        "entry 447",
    ]

    pane.undo_action.trigger()  # Ctrl+Z: the deleted entry is back
    assert pane.model.rowCount() == 451 and subjects(pane.model)[2] == "entry 448"
    pane.undo_action.trigger()  # and the edit is undone, satisfaction included
    with own_profile.session() as s:
        entry = timeline.get_entry(s, pane.model.id_at(1) or "")
    assert (entry.subject, entry.satisfaction) == ("entry 449", None)
    pane.redo_action.trigger()
    assert subjects(pane.model)[1] == "Called back about the quote"

    pane.new_entry()
    dialog = pane.dialog
    assert (
        isinstance(dialog, EntryDialog) and dialog.kind.findData("order") == -1
    )  # orders are entered as orders
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    dialog.when.setDateTime(QDateTime(2026, 7, 1, 8, 0, 0))
    dialog.subject.setText("Pump leaks")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert subjects(pane.model, 1) == ["Pump leaks"] and cell(pane.model, 0, "kind") == "Complaint"
    pane.undo_action.trigger()
    assert subjects(pane.model, 1) == [""] and pane.model.rowCount() == 451


def test_an_entry_without_a_kind_keeps_the_dialog_open(
    own_runner: TaskRunner, busy_customer: str, qtbot: QtBot, own_profile: Profile
) -> None:
    pane = TimelinePane(own_runner)
    qtbot.addWidget(pane)
    pane.show_customer(busy_customer, "Busy Ltd")
    pane.new_entry()
    dialog = pane.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(-1)  # nothing chosen
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.error.isHidden() and dialog.error.text()
    assert pane.model.rowCount() == 451 and not pane.undo_stack.canUndo()


def test_delete_key_in_the_timeline_deletes_the_entry_not_the_customer(
    own_runner: TaskRunner, busy_customer: str, qtbot: QtBot
) -> None:
    window = MainWindow(own_runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.customers.model.reload()
    window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
    window.timeline.table.setFocus()
    qtbot.waitUntil(window.timeline.table.hasFocus)
    window.timeline.table.setCurrentIndex(window.timeline.model.index(1, 0))
    qtbot.keyClick(window.timeline.table, Qt.Key.Key_Delete)
    assert window.timeline.model.rowCount() == 450
    assert window.customers.model.rowCount() == 1  # the customer is still there
    qtbot.keyClick(window.timeline.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.model.rowCount() == 451  # Ctrl+Z brought the entry back


def test_logging_a_call_updates_the_customers_follow_up_in_the_list(
    own_runner: TaskRunner, busy_customer: str, qtbot: QtBot
) -> None:
    window = MainWindow(own_runner, QSettings())
    qtbot.addWidget(window)
    window.customers.model.reload()
    table = window.customers.table
    table.setCurrentIndex(window.customers.model.index(0, 0))
    assert window.customers.model.row_data(0).last_contact_at is None  # never refreshed
    window.timeline.quick.setText("Confirmed the delivery date")
    qtbot.keyClick(window.timeline.quick, Qt.Key.Key_Return)
    row = window.customers.model.row_data(0)
    assert row is not None and row.last_contact_at is not None
    assert row.last_contact_at.date() == dt.date.today() and row.next_due_on is not None
    assert table.currentIndex().row() == 0  # the selection stays
