"""A trade show as a rep lives it, in the main window on a demo profile: ten visitors by
keyboard, one of them already a contact person, two leads converted, and the new customer in the
customer list with the show at the start of its history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.core import demo
from desktop_crm.core.models import Contact, Customer, Lead
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "demo")
    with p.session() as s:
        demo.generate(s, customers=60, seed=4, settings=p.settings)
    yield p
    p.close()


def test_a_trade_show_from_capture_to_customer(profile: Profile, qtbot: QtBot, tmp_path: Path) -> None:
    with profile.session() as s:
        name, mobile, firm_id = s.execute(
            select(Contact.name, Contact.mobile, Contact.customer_id)
            .where(Contact.mobile.is_not(None), Contact.name.regexp_match("^[A-Za-z ]+$"))
            .limit(1)
        ).one()
    window = MainWindow(
        TaskRunner(profile, synchronous=True), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.leads)
    assert window.leads.table.rowCount() == 30  # the demo's show
    window.leads.capture.click()
    capture = window.leads.capture_window
    assert capture is not None
    qtbot.waitExposed(capture)

    def visitor(*fields: str) -> None:
        # The capture window's own focus (offscreen, no window is ever active).
        for i, text in enumerate(fields):
            if i:
                qtbot.keyClick(capture.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(capture.focusWidget(), text)
        capture.consent.setFocus()
        qtbot.keyClick(capture.consent, Qt.Key.Key_Down)
        qtbot.keyClick(capture.consent, Qt.Key.Key_Return)

    for i in range(9):
        visitor(f"Visitor {i}", f"Expo Firm {i} Ltd")
    # The tenth is someone the profile knows, the phone typed another way: flagged, and linked.
    national = mobile.removeprefix("+86")
    qtbot.keyClicks(capture.edits["name"], name)
    capture.edits["phone"].setFocus()
    qtbot.keyClicks(capture.edits["phone"], f"{national[:3]} {national[3:7]} {national[7:]}")
    qtbot.waitUntil(lambda: capture.dupes.count() > 0)
    assert name in capture.dupes.item(0).text()
    qtbot.keyClick(capture, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    capture.consent.setCurrentIndex(1)
    qtbot.keyClick(capture.edits["name"], Qt.Key.Key_Return)
    assert "10" in capture.counter.text()
    capture.reject()

    leads = window.leads
    assert leads.table.rowCount() == 40
    # Latest first: the known visitor, then Visitor 8.
    assert [leads.table.item(r, 1).text() for r in (0, 1)] == [name, "Visitor 8"]
    for r in (0, 1):
        leads.table.selectionModel().select(
            leads.table.model().index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    leads.convert.click()
    assert "converted" in window.statusBar().currentMessage()

    with profile.session() as s:
        known = s.scalars(select(Lead).where(Lead.name == name, Lead.status == "converted")).one()
        assert known.customer_id == firm_id  # joined the customer it was, no new one
        assert s.scalar(select(Customer.id).where(Customer.name == "Expo Firm 8 Ltd")) is not None
    window.customers.search.setText("Expo Firm 8")
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 1)
    window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() > 0)
    window.tabs.setCurrentWidget(window.timeline)
    kinds = [window.timeline.model.index(r, 2).data() for r in range(window.timeline.model.rowCount())]
    assert "Lead" in kinds
