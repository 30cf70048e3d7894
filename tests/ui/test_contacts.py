"""The contact persons of a customer: listed, added, edited, deleted; bad phone numbers and
e-mail addresses are explained beside the field and nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.core import customers
from desktop_crm.core.models import Contact, Customer
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.contacts.dialog import ContactDialog
from desktop_crm.ui.contacts.pane import ContactsPane
from desktop_crm.ui.tasks import TaskRunner


def customer_with_contacts(profile: Profile, at_least: int = 2) -> tuple[str, str]:
    with profile.session() as s:
        for customer in s.scalars(select(Customer).where(Customer.deleted.is_(False)).order_by(Customer.id)):
            if len(customers.contacts_of(s, customer.id)) >= at_least:
                return customer.id, customer.name
    raise AssertionError("the demo data has no customer with several contacts")


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    with p.session() as s:
        alpha = customers.create_customer(s, name="Alpha Trading")
        customers.add_contact(s, customer_id=alpha, name="Li Wei", title="Buyer", mobile="138 1234 5678")
        customers.add_contact(s, customer_id=alpha, name="Anna Berg", phone="010 6555 1234", is_primary=True)
        customers.create_customer(s, name="Beta Pumps")
    yield p
    p.close()


@pytest.fixture
def pane(profile: Profile, qtbot: QtBot) -> ContactsPane:
    widget = ContactsPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(widget)
    widget.show_customer(customer_id(profile, "Alpha Trading"), "Alpha Trading")
    return widget


def customer_id(profile: Profile, name: str) -> str:
    with profile.session() as s:
        cid = s.scalar(select(Customer.id).where(Customer.name == name))
    assert cid is not None
    return cid


def stored(profile: Profile, name: str = "Alpha Trading") -> list[customers.ContactRow]:
    with profile.session() as s:
        return customers.contacts_of(s, customer_id(profile, name))


def shown(pane: ContactsPane, column: int = 0) -> list[str]:
    return [pane.model.data(pane.model.index(r, column)) for r in range(pane.model.rowCount())]


def open_dialog(pane: ContactsPane) -> ContactDialog:
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(dialog: ContactDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def test_model_passes_qtmodeltester(runner: TaskRunner, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    pane = ContactsPane(runner)
    qtbot.addWidget(pane)
    pane.show_customer(*customer_with_contacts(runner.profile))
    assert pane.model.rowCount() >= 2
    qtmodeltester.check(pane.model, force_py=True)


def test_lists_the_contacts_of_a_demo_customer(runner: TaskRunner, qtbot: QtBot) -> None:
    pane = ContactsPane(runner)
    qtbot.addWidget(pane)
    cid, name = customer_with_contacts(runner.profile)
    pane.show_customer(cid, name)
    with runner.profile.session() as s:
        expected = customers.contacts_of(s, cid)
    assert pane.model.rows == expected
    assert shown(pane)[0] == f"{expected[0].name} ★"  # the demo's first person is the primary one
    assert shown(pane)[1:] == [c.name for c in expected[1:]]
    assert shown(pane, 4) == [c.wechat or "" for c in expected]
    assert name in pane.title.text()
    assert pane.add_button.isEnabled()


def test_buttons_are_off_without_a_customer(profile: Profile, qtbot: QtBot) -> None:
    pane = ContactsPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(pane)
    assert not any(b.isEnabled() for b in (pane.add_button, pane.edit_button, pane.delete_button))
    assert pane.title.text() == "Select a customer to see their contact persons"
    pane.show_customer(customer_id(profile, "Alpha Trading"), "Alpha Trading")
    assert pane.add_button.isEnabled() and not pane.edit_button.isEnabled()  # no row chosen yet
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    assert pane.edit_button.isEnabled() and pane.delete_button.isEnabled()
    pane.show_customer(None)
    assert pane.model.rowCount() == 0
    assert not any(b.isEnabled() for b in (pane.add_button, pane.edit_button, pane.delete_button))


def test_phone_column_shows_the_mobile_else_the_phone(pane: ContactsPane) -> None:
    assert shown(pane) == ["Anna Berg ★", "Li Wei"]  # the primary contact first
    assert shown(pane, 1) == ["", "Buyer"]
    assert shown(pane, 2) == ["+86 10 6555 1234", "+86 138 1234 5678"]


def test_adding_a_contact_stores_it(pane: ContactsPane, profile: Profile, qtbot: QtBot) -> None:
    with qtbot.waitSignal(pane.changed, timeout=0):
        pane.add_button.click()
        dialog = open_dialog(pane)
        assert not dialog.primary.isChecked()  # Alpha has a primary contact already
        dialog.edits["name"].setText("王芳")
        dialog.edits["title"].setText("采购经理")
        dialog.edits["mobile"].setText("139 8765 4321")
        dialog.edits["email"].setText("wang.fang@example.cn")
        dialog.edits["wechat"].setText("wangfang88")
        dialog.notes.setPlainText("Prefers calls after 14:00")
        save(dialog)
    assert not dialog.isVisible()
    [added] = [c for c in stored(profile) if c.name == "王芳"]
    assert (added.title, added.mobile, added.email, added.wechat, added.is_primary, added.notes) == (
        "采购经理", "+8613987654321", "wang.fang@example.cn", "wangfang88", False, "Prefers calls after 14:00"
    )  # fmt: skip
    assert "王芳" in shown(pane)
    assert pane.selected() == added  # the new person is the current row


def test_bad_phone_keeps_the_dialog_open_and_stores_nothing(pane: ContactsPane, profile: Profile) -> None:
    before = stored(profile)
    pane.add_contact()
    dialog = open_dialog(pane)
    dialog.edits["name"].setText("Bad Number")
    dialog.edits["phone"].setText("12345")
    save(dialog)
    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.errors["phone"].isVisible()
    assert dialog.errors["phone"].text() == "Not a valid phone number"
    assert dialog.focusWidget() is dialog.edits["phone"]
    assert not dialog.errors["name"].isVisible() and not dialog.errors["mobile"].isVisible()
    assert dialog.edits["name"].text() == "Bad Number"
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save_button is not None and save_button.isEnabled()
    assert stored(profile) == before
    assert shown(pane) == ["Anna Berg ★", "Li Wei"]

    dialog.edits["phone"].setText("")
    dialog.edits["email"].setText("not an address")
    save(dialog)
    assert dialog.isVisible() and not dialog.errors["phone"].isVisible()
    assert dialog.errors["email"].text() == "Not a valid e-mail address"
    assert stored(profile) == before


def test_a_missing_name_is_required(pane: ContactsPane, profile: Profile) -> None:
    pane.add_contact()
    dialog = open_dialog(pane)
    save(dialog)
    assert dialog.isVisible() and dialog.errors["name"].text() == "Required"
    assert len(stored(profile)) == 2


def test_editing_changes_the_stored_row(pane: ContactsPane, profile: Profile, qtbot: QtBot) -> None:
    row = shown(pane).index("Li Wei")
    pane.table.setCurrentIndex(pane.model.index(row, 0))
    pane.edit_contact()
    dialog = open_dialog(pane)
    assert dialog.edits["name"].text() == "Li Wei"
    assert dialog.edits["mobile"].text() == "+86 138 1234 5678"  # saved back unchanged
    dialog.edits["title"].setText("Head of purchasing")
    dialog.edits["department"].setText("Purchasing")
    dialog.primary.setChecked(True)
    with qtbot.waitSignal(pane.changed, timeout=0):
        save(dialog)
    assert not dialog.isVisible()
    li, anna = stored(profile)  # primary first
    assert (li.name, li.title, li.department, li.mobile, li.is_primary) == (
        "Li Wei", "Head of purchasing", "Purchasing", "+8613812345678", True
    )  # fmt: skip
    assert (anna.name, anna.is_primary) == ("Anna Berg", False)  # one primary contact at a time
    assert shown(pane) == ["Li Wei ★", "Anna Berg"]
    assert pane.selected() == li


def test_double_click_edits(pane: ContactsPane, qtbot: QtBot) -> None:
    pane.table.setCurrentIndex(pane.model.index(1, 0))
    pane.table.doubleClicked.emit(pane.model.index(1, 0))
    assert open_dialog(pane).edits["name"].text() == "Li Wei"


def test_deleting_removes_the_contact(
    pane: ContactsPane, profile: Profile, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    pane.table.setCurrentIndex(pane.model.index(shown(pane).index("Li Wei"), 0))
    with qtbot.waitSignal(pane.changed, timeout=0):
        pane.delete_button.click()
    assert "Li Wei" in asked[0]
    assert shown(pane) == ["Anna Berg ★"]
    assert [c.name for c in stored(profile)] == ["Anna Berg"]
    with profile.session() as s:  # a tombstone, for sync
        assert s.scalar(select(Contact.deleted).where(Contact.name == "Li Wei")) is True


def test_declining_the_question_deletes_nothing(
    pane: ContactsPane, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    pane.delete_contact()
    assert len(stored(profile)) == 2 and pane.model.rowCount() == 2


def test_switching_customers_reloads(pane: ContactsPane, profile: Profile) -> None:
    assert pane.model.rowCount() == 2
    pane.show_customer(customer_id(profile, "Beta Pumps"), "Beta Pumps")
    assert pane.model.rowCount() == 0
    assert pane.title.text() == "No contact persons at Beta Pumps yet"
    assert pane.add_button.isEnabled() and not pane.edit_button.isEnabled()
    pane.add_contact()
    dialog = open_dialog(pane)
    assert dialog.primary.isChecked()  # the first person at a customer is its primary contact
    dialog.edits["name"].setText("Carl Ode")
    save(dialog)
    assert [c.name for c in stored(profile, "Beta Pumps")] == ["Carl Ode"]
    assert shown(pane) == ["Carl Ode ★"]
    pane.show_customer(customer_id(profile, "Alpha Trading"), "Alpha Trading")
    assert shown(pane) == ["Anna Berg ★", "Li Wei"]
    assert pane.title.text() == "Contact persons at Alpha Trading"


def test_retranslate_rewords_without_losing_rows(pane: ContactsPane) -> None:
    pane.add_button.setText("")
    pane.retranslate()
    assert pane.add_button.text() == "Add…"
    assert pane.title.text() == "Contact persons at Alpha Trading"
    assert shown(pane) == ["Anna Berg ★", "Li Wei"]
