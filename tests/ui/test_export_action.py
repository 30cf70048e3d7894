"""The Data menu's export writes what the customer list shows: its current filter decides who."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    with p.session() as s:
        hl = customers.create_customer(s, name="北京华联商厦股份有限公司", city="北京", tier_override="A")
        customers.add_contact(s, customer_id=hl, name="王建国", mobile="13801112222")
        customers.create_customer(s, name="Atlas Foods Inc.", city="Jinan", language="en")
    yield p
    p.close()


@pytest.fixture
def window(profile: Profile, qtbot: QtBot) -> MainWindow:
    w = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(w)
    w.customers.model.reload()
    return w


def test_export_writes_the_filtered_list_in_the_chosen_format(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from desktop_crm.core.customer_list import ListFilter

    chosen: list[str] = []

    offered: list[tuple[str, str]] = []

    def ask(_parent: object, _title: str, start: str, filters: str, first: str) -> tuple[str, str]:
        offered.append((Path(start).name, first))
        return str(tmp_path / chosen[0]), next(f for f in filters.split(";;") if chosen[1] in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.customers.apply_filter(ListFilter(tiers=("A",)))
    chosen[:] = ["a-customers", "xlsx"]  # no extension typed: the format's is added
    window.export_action.trigger()
    sheet = load_workbook(tmp_path / "a-customers.xlsx").worksheets[0]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["北京华联商厦股份有限公司"]
    assert str(tmp_path / "a-customers.xlsx") in window.statusBar().currentMessage()

    chosen[:] = ["phone.vcf", "3.0"]
    window.export_action.trigger()
    text = (tmp_path / "phone.vcf").read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "王建国" in text and "Atlas" not in text

    chosen[:] = ["phone4.vcf", "4.0"]
    window.export_contacts_action.trigger()  # the Data menu's own entry for a phone's address book
    assert offered[-1][0] == "contacts.vcf" and "vCard 4.0" in offered[-1][1]
    assert "VERSION:4.0" in (tmp_path / "phone4.vcf").read_text(encoding="utf-8")
