"""The Leads tab: review after the show, and conversion into customers the list then shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.core import customers, events, timeline
from desktop_crm.core.models import Customer, CustomerStats, Lead
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.leads.pane import LeadsPane
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    with p.session() as s:
        show = events.create_event(s, name="Canton Fair", starts_on=dt.date(2026, 10, 15), cost_cents=600_000)
        firm = customers.create_customer(s, name="上海华联商贸有限公司")
        zhang = customers.add_contact(s, customer_id=firm, name="张伟")
        events.create_lead(s, event_id=show, name="张伟", company="上海华联", contact_id=zhang,
                           captured_at=dt.datetime(2026, 10, 15, 9, 0))  # fmt: skip
        events.create_lead(s, event_id=show, name="Anna Berg", company="Nordic Tools AB",
                           captured_at=dt.datetime(2026, 10, 15, 10, 0))  # fmt: skip
        events.create_lead(s, event_id=show, name="Tire Kicker", captured_at=dt.datetime(2026, 10, 15, 11, 0))
    yield p
    p.close()


def select_rows(pane: LeadsPane, *rows: int) -> None:
    pane.table.clearSelection()
    model = pane.table.model()
    for r in rows:
        pane.table.selectionModel().select(
            model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_review_and_convert(profile: Profile, qtbot: QtBot, qapp: object) -> None:
    pane = LeadsPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(pane)
    assert pane.event_box.currentText().startswith("Canton Fair")
    # Latest first: Tire Kicker, Anna Berg, 张伟.
    assert [pane.table.item(r, 1).text() for r in range(3)] == ["Tire Kicker", "Anna Berg", "张伟"]
    assert "3 leads" in pane.results.text() and "2,000.00 CNY" in pane.results.text()
    select_rows(pane, 0)
    pane.discard.click()
    select_rows(pane, 1, 2)
    with qtbot.waitSignal(pane.customers_changed):
        pane.convert.click()
    assert [pane.table.item(r, 5).text() for r in range(3)] == ["Discarded", "Converted", "Converted"]
    assert "2 converted" in pane.results.text()
    with profile.session() as s:
        names = sorted(s.scalars(select(Customer.name)))
        anna = s.scalars(select(Lead).where(Lead.name == "Anna Berg")).one()
        entries = timeline.rows(s, timeline.entry_ids(s, customer_id=anna.customer_id or ""))
    # Anna's company is new; 张伟 joined the customer he was linked to while capturing.
    assert names == ["Nordic Tools AB", "上海华联商贸有限公司"]
    assert [(e.kind, e.subject) for e in entries] == [("lead", "Canton Fair")]
    # The list's figures for the new customer are there at once: met at the show, so that is
    # the last contact, and the follow-up clock runs from it.
    with profile.session() as s:
        stats = s.get(CustomerStats, anna.customer_id)
        assert stats is not None and stats.last_contact_at == dt.datetime(2026, 10, 15, 10, 0)


def test_assign_to_a_colleague_and_edit_the_event(
    profile: Profile, qtbot: QtBot, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_crm.core.models import Event, User

    with profile.session() as s:
        s.add(User(username="li.na", display_name="李娜"))
    asked: list[list[str]] = []

    def pick(_parent: object, _title: str, _label: str, items: list[str], *_args: object) -> tuple[str, bool]:
        asked.append(items)
        return "李娜", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    pane = LeadsPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(pane)
    select_rows(pane, 0, 1)
    pane.assign.click()
    assert asked == [["李娜"]]
    with profile.session() as s:
        li = s.scalars(select(User.id).where(User.username == "li.na")).one()
        owners = {name: owner for name, owner in s.execute(select(Lead.name, Lead.owner_id))}
    assert owners == {"Tire Kicker": li, "Anna Berg": li, "张伟": None}

    pane.edit_event.click()
    dialog = pane.event_dialog
    assert dialog.name.text() == "Canton Fair" and dialog.cost.value() == 6000.0  # the event as it is
    assert dialog.owner.currentData() is None  # made before anyone logged in
    dialog.owner.setCurrentIndex(dialog.owner.findText("李娜"))
    dialog.name.setText("Canton Fair, autumn")
    dialog.ends.setDate(dialog.starts.date().addDays(-1))
    dialog.accept()
    assert dialog.error.text() == "To: Ends before it starts"  # named, in the UI's words; nothing saved
    dialog.ends.setDate(dialog.starts.date().addDays(4))
    dialog.accept()
    with profile.session() as s:
        event = s.scalars(select(Event)).one()
        assert (event.name, (event.ends_on - event.starts_on).days, event.owner_id) == (
            "Canton Fair, autumn",
            4,
            li,
        )
    assert pane.event_box.currentText().startswith("Canton Fair, autumn")


def test_after_the_show_a_lead_is_found_among_the_customers(
    profile: Profile, qtbot: QtBot, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anna was typed in without the check noticing her; after the show she is found at her
    company, and Convert joins it instead of making a second Nordic Tools."""
    from PySide6.QtWidgets import QInputDialog

    with profile.session() as s:
        nordic = customers.create_customer(s, name="Nordic Tools AB", city="Malmö")
    offered: list[list[str]] = []

    def pick(
        _parent: object, _title: str, _label: str, items: list[str], current: int, *_a: object
    ) -> tuple[str, bool]:
        offered.append(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    pane = LeadsPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(pane)
    select_rows(pane, 1)  # Anna Berg
    pane.link.click()
    assert offered[0][1].startswith("Nordic Tools AB")  # proposed first
    select_rows(pane, 1)
    pane.convert.click()
    with profile.session() as s:
        anna = s.scalars(select(Lead).where(Lead.name == "Anna Berg")).one()
        assert anna.customer_id == nordic
        assert s.scalars(select(Customer.id).where(Customer.name == "Nordic Tools AB")).all() == [nordic]
