from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers, timeline, visits
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner
from desktop_crm.ui.visits.dialogs import CompleteVisitDialog, PlanVisitDialog

DAY = dt.date.today() + dt.timedelta(days=1)


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "visits")
    with p.session() as s:
        west = customers.create_customer(s, name="West Co", latitude=31.20, longitude=121.30)
        customers.create_customer(s, name="East Co", latitude=31.20, longitude=121.60)
        visits.plan_visit(
            s, customer_id=west, planned_at=dt.datetime.combine(DAY, dt.time(15)), purpose="Demo"
        )
    yield p
    p.close()


@pytest.fixture
def window(profile: Profile, qtbot: QtBot) -> MainWindow:
    w = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(w)
    w.customers.model.reload()
    w.visits.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    w.visits.reload()
    return w


def agenda(w: MainWindow) -> list[tuple[str, str, str]]:
    m = w.visits.model
    return [
        (str(m.data(m.index(r, 0))), str(m.data(m.index(r, 1))), str(m.data(m.index(r, 3))))
        for r in range(m.rowCount())
    ]


def test_agenda_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(window.visits.model, force_py=True)


def test_plan_order_complete_and_cancel(window: MainWindow, profile: Profile) -> None:
    assert agenda(window) == [("15:00", "West Co", "Planned")]
    east_row = next(
        r for r in range(2) if window.customers.model.data(window.customers.model.index(r, 0)) == "East Co"
    )
    window.customers.table.setCurrentIndex(window.customers.model.index(east_row, 0))
    window.visits.plan()
    dialog = window.visits.dialog
    assert isinstance(dialog, PlanVisitDialog)
    dialog.when.setDateTime(QDateTime(QDate(DAY.year, DAY.month, DAY.day), QTime(9, 0)))
    dialog.purpose.setText("Quarterly review")
    dialog.fixed.setChecked(True)
    dialog.accept()
    assert agenda(window) == [("09:00 · fixed", "East Co", "Planned"), ("15:00", "West Co", "Planned")]

    window.visits.order_route()
    assert "2 visits" in window.visits.route.text() and "km" in window.visits.route.text()
    # East is a fixed 9:00 appointment; West follows it: 9:00 + 60 min + 30 min travel.
    assert agenda(window) == [("09:00 · fixed", "East Co", "Planned"), ("10:30", "West Co", "Planned")]

    window.visits.table.setCurrentIndex(window.visits.model.index(1, 0))
    window.visits.complete()
    report = window.visits.dialog
    assert isinstance(report, CompleteVisitDialog)
    report.outcome.setText("Trial agreed")
    report.summary.setPlainText("Went through the pump range")
    report.satisfaction.setCurrentIndex(report.satisfaction.findData("satisfied"))
    report.accept()
    assert agenda(window)[1][2] == "Done"
    west_id = window.visits.model.rows[1].customer_id
    with profile.session() as s:
        [entry] = timeline.entries(s, customer_id=west_id, kinds=["visit"])
    assert (entry.subject, entry.satisfaction) == ("Trial agreed", "satisfied")

    window.visits.table.setCurrentIndex(window.visits.model.index(0, 0))
    window.visits.cancel()
    assert agenda(window)[0][2] == "Cancelled"


def test_suggested_visits_and_planning_one(window: MainWindow, qtmodeltester: ModelTester) -> None:
    # Nobody has been contacted: both customers are suggested; West is planned already.
    names = [r.name for r in window.visits.suggestions.rows]
    assert names == ["East Co"]
    qtmodeltester.check(window.visits.suggestions, force_py=True)
    m = window.visits.suggestions
    assert m.data(m.index(0, 2)) == "never contacted"
    assert m.data(m.index(0, 3)).endswith(" km")  # distance to the day's planned visit
    window.visits.suggested.setCurrentIndex(m.index(0, 0))
    window.visits.plan_suggestion()
    dialog = window.visits.dialog
    assert isinstance(dialog, PlanVisitDialog) and "East Co" in dialog.windowTitle()
    dialog.accept()
    assert sorted(r.customer for r in window.visits.model.rows) == ["East Co", "West Co"]
    assert window.visits.suggestions.rows == []  # planned now: no longer suggested
