"""The duplicates dialog: pairs listed, "Not a duplicate" remembered, a merge moving the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.core import customers, timeline
from desktop_crm.core.models import Customer, TimelineEntry
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.duplicates import DuplicatesDialog, MergeDialog, open_duplicates
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    with p.session() as s:
        customers.create_customer(s, name="北京华联商贸有限公司", city="北京", phone="010 6512 3456")
        lose = customers.create_customer(
            s, name="北京華聯商貿有限公司", city="北京", email="info@hualian.example.cn"
        )
        timeline.add_entry(
            s, customer_id=lose, kind="call", subject="报价", occurred_at=dt.datetime(2026, 3, 2, 9)
        )
        customers.create_customer(s, name="Acme Co., Ltd.", city="Suzhou")
        customers.create_customer(s, name="ACME Company Limited", city="Suzhou")
        customers.create_customer(s, name="Nordic Tools AB", city="Stockholm")
    yield p
    p.close()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def names(dialog: DuplicatesDialog) -> list[tuple[str, str]]:
    return [(p.a_name, p.b_name) for p in dialog.model.rows]


def test_lists_pairs_and_the_model_passes_qtmodeltester(
    profile: Profile, parent: QWidget, qtmodeltester: ModelTester
) -> None:
    dialog = open_duplicates(parent, TaskRunner(profile, synchronous=True))
    assert sorted(names(dialog)) == [
        ("Acme Co., Ltd.", "ACME Company Limited"),
        ("北京华联商贸有限公司", "北京華聯商貿有限公司"),
    ]
    model = dialog.model
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.data(model.index(0, 2)) == "Similar name"
    assert model.data(model.index(0, 3)) == "100%"
    assert "2 pair" in dialog.status.text()  # "2 pairs" once the catalogue words the plural
    qtmodeltester.check(model, force_py=True)


def test_not_a_duplicate_is_gone_and_stays_gone(profile: Profile, parent: QWidget) -> None:
    runner = TaskRunner(profile, synchronous=True)
    dialog = open_duplicates(parent, runner)
    row = names(dialog).index(("Acme Co., Ltd.", "ACME Company Limited"))
    dialog.table.selectRow(row)
    dialog.not_duplicate.click()
    assert names(dialog) == [("北京华联商贸有限公司", "北京華聯商貿有限公司")]
    dialog.close()
    again = open_duplicates(parent, runner)
    assert names(again) == [("北京华联商贸有限公司", "北京華聯商貿有限公司")]


def test_merge_keeping_the_right_name_moves_the_history(
    profile: Profile, parent: QWidget, qtbot: QtBot
) -> None:
    dialog = open_duplicates(parent, TaskRunner(profile, synchronous=True))
    dialog.table.selectRow(names(dialog).index(("北京华联商贸有限公司", "北京華聯商貿有限公司")))
    dialog.merge.click()
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog)
    keep, lose = merge.ids
    rows = merge.rows
    assert rows["name"].buttons["left"].text() == "北京华联商贸有限公司"
    assert rows["email"].side == "right"  # the kept one has none: filled from the other
    assert rows["city"].side == "left" and not rows["city"].buttons["left"].isEnabled()  # the same
    assert "1 history entry" in merge.histories[1].text()
    rows["name"].buttons["right"].setChecked(True)
    assert rows["name"].result.text() == "北京華聯商貿有限公司"  # the preview follows the choice
    with qtbot.waitSignal(dialog.merged) as merged:
        merge.merge_button.click()
    assert merged.args == [keep]
    assert names(dialog) == [("Acme Co., Ltd.", "ACME Company Limited")]
    with profile.session() as s:
        survivor, loser = s.get(Customer, keep), s.get(Customer, lose)
        assert survivor is not None and loser is not None
        assert (survivor.name, survivor.email, loser.deleted) == (
            "北京華聯商貿有限公司", "info@hualian.example.cn", True,
        )  # fmt: skip
        call = s.scalars(select(TimelineEntry).where(TimelineEntry.subject == "报价")).one()
        assert call.customer_id == keep
        note = s.scalars(select(TimelineEntry).where(TimelineEntry.kind == "note")).one()
        assert note.customer_id == keep and "北京華聯商貿有限公司" in note.subject
        assert "Relationship: Transactional" in note.body  # worded, not the stored code


def test_swap_keeps_the_other_record(profile: Profile, parent: QWidget, qtbot: QtBot) -> None:
    dialog = open_duplicates(parent, TaskRunner(profile, synchronous=True))
    pair = dialog.model.rows[names(dialog).index(("北京华联商贸有限公司", "北京華聯商貿有限公司"))]
    merge = MergeDialog(dialog.runner, pair, dialog)
    merge.swap.click()
    assert merge.ids == (pair.b_id, pair.a_id)
    assert merge.rows["name"].buttons["left"].text() == "北京華聯商貿有限公司"
    with qtbot.waitSignal(merge.merged):
        merge.merge_button.click()
    with profile.session() as s:
        assert s.get(Customer, pair.a_id).deleted  # type: ignore[union-attr]
        assert not s.get(Customer, pair.b_id).deleted  # type: ignore[union-attr]


def test_after_a_merge_the_window_shows_the_customer_kept(profile: Profile, qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(window)
    window.customers.reload()
    assert window.customers.model.rowCount() == 5
    window.duplicates_action.trigger()
    dialog = window.duplicates_dialog
    dialog.table.selectRow(names(dialog).index(("北京华联商贸有限公司", "北京華聯商貿有限公司")))
    dialog.merge.click()
    merge = dialog.merge_dialog
    assert merge is not None
    keep, _lose = merge.ids
    merge.merge_button.click()
    assert window.customers.model.rowCount() == 4  # the one merged in has left the list
    current = window.customers.table.currentIndex().row()
    assert window.customers.model.customer_id(current) == keep
    assert window.timeline.model.customer_id == keep
    model = window.timeline.model
    subjects = [getattr(model.row_data(r), "subject", None) for r in range(model.rowCount())]
    assert "报价" in subjects  # the call made with the one merged in
