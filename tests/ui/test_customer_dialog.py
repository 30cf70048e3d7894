"""Creating, editing and deleting customers from the list: errors beside the field, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers
from desktop_crm.storage.profile import open_profile
from desktop_crm.ui.customers.pane import CustomersPane
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def pane(tmp_path: Path, qtbot: QtBot) -> Iterator[CustomersPane]:
    profile = open_profile(tmp_path / "p")
    with profile.session() as s:
        customers.create_customer(s, name="Alpha Trading", city="上海")
    widget = CustomersPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(widget)
    widget.model.reload()
    yield widget
    profile.close()


def names(pane: CustomersPane) -> list[str]:
    return [pane.model.data(pane.model.index(r, 0)) for r in range(pane.model.rowCount())]


def test_bad_phone_is_shown_beside_the_field_and_nothing_is_written(pane: CustomersPane) -> None:
    pane.new_customer()
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.edits["name"].setText("北京华联商贸有限公司")
    dialog.edits["phone"].setText("12345")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.errors["phone"].isVisible() and dialog.errors["phone"].text() == "Not a valid phone number"
    assert not dialog.errors["name"].isVisible()
    assert dialog.edits["name"].text() == "北京华联商贸有限公司"
    assert names(pane) == ["Alpha Trading"]
    dialog.edits["phone"].setText("010 6555 1234")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert names(pane) == ["Alpha Trading", "北京华联商贸有限公司"]  # pinyin order: a < bei
    new = pane.model.row_data(1)
    assert new is not None and (new.tier, new.lifecycle) == ("C", "prospect")  # its figures at once


def test_missing_name_is_required(pane: CustomersPane) -> None:
    pane.new_customer()
    assert pane.dialog is not None
    pane.dialog.buttons.accepted.emit()
    assert pane.dialog.errors["name"].text() == "Required"


def test_edit_and_delete(pane: CustomersPane, monkeypatch: pytest.MonkeyPatch) -> None:
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    pane.edit_customer()
    dialog = pane.dialog
    assert dialog is not None and dialog.edits["name"].text() == "Alpha Trading"
    assert dialog.edits["city"].text() == "上海"
    dialog.edits["name"].setText("Alpha Trading Group")
    dialog.tier.setCurrentIndex(dialog.tier.findData("A"))
    dialog.notes.setPlainText("老客户\n每季度回访。")  # what an import or a merge also writes here
    dialog.buttons.accepted.emit()
    assert names(pane) == ["Alpha Trading Group"]
    pane.edit_customer()
    assert pane.dialog is not None and pane.dialog.notes.toPlainText() == "老客户\n每季度回访。"
    pane.dialog.reject()
    assert pane.model.data(pane.model.index(0, 1)) == "A*"  # set by hand
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    pane.delete_customer()
    assert names(pane) == []
