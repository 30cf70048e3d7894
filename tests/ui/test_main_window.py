from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner


def test_window_opens_and_remembers_its_size(runner: TaskRunner, qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.customers.model.reload()
    window.show()
    assert window.customers.model.rowCount() == 450
    window.resize(780, 560)  # inside the offscreen screen (800x600), which clamps restores
    window.close()
    settings.sync()
    again = MainWindow(runner, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)


def test_ctrl_q_closes_the_window_and_saves_its_size(runner: TaskRunner, qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    qtbot.waitExposed(window)
    # Offscreen windows are never active, so the key itself cannot be sent: the action it starts.
    assert window.quit_action in window.actions() and window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.quit_action.trigger()
    assert not window.isVisible()
    settings.sync()
    assert QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).contains("window/geometry")


def test_find_shortcut_focuses_search(runner: TaskRunner, qtbot: QtBot) -> None:
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.find_action.trigger()
    assert window.focusWidget() is window.customers.search  # offscreen windows are never "active"


def test_export_visit_plan_from_the_window(
    runner: TaskRunner, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.export_plan_action.trigger()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events, "the demo profile plans visits in the next two weeks"
    assert all(str(e["uid"]).endswith("@desktop-crm") for e in events)
    assert str(len(events)) in window.statusBar().currentMessage()


def test_the_count_of_changes_to_send_follows_each_write(tmp_path: Path, qtbot: QtBot) -> None:
    from desktop_crm.core import customers
    from desktop_crm.storage.profile import open_profile

    profile = open_profile(tmp_path / "p")
    runner = TaskRunner(profile, synchronous=True)
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    assert "change" not in window.sync_indicator.text()
    for name in ("Neu GmbH", "Alt AG"):  # two writes in a burst: one recount
        runner.write(lambda s, n=name: customers.create_customer(s, name=n), lambda _id: None)  # type: ignore[misc]
    qtbot.waitUntil(lambda: "2 change" in window.sync_indicator.text(), timeout=3000)
    profile.close()
