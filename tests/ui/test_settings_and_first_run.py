from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.core import customers
from desktop_crm.core.models import OutboxOp
from desktop_crm.core.search_index import search_doc
from desktop_crm.core.settings import Settings
from desktop_crm.storage.profile import open_profile
from desktop_crm.ui import i18n
from desktop_crm.ui.customers import pane as pane_module
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import Task, TaskRunner


def test_empty_profile_offers_a_start_and_loads_demo_data(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pane_module, "DEMO_CUSTOMERS", 120)
    profile = open_profile(tmp_path / "empty")
    window = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(window)
    pane = window.customers
    pane.model.reload()
    assert pane.stack.currentWidget() is pane.start
    pane.start_demo.click()
    assert pane.model.rowCount() == 120
    assert pane.stack.currentWidget() is pane.table
    pane.search.setText("zzzz-nothing")
    pane._apply_filter()
    assert pane.model.rowCount() == 0 and pane.stack.currentWidget() is pane.table  # a search, not a start
    profile.close()


def test_settings_dialog_validates_saves_and_switches_language(
    tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    profile = open_profile(tmp_path / "p")
    window = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(window)
    try:
        window.open_settings()
        dialog = window.settings_dialog
        dialog.region.setText("XX")
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and "region" in dialog.error.text().lower()
        dialog.region.setText("hk")
        dialog.cadence["A"].setValue(7)
        dialog.company.setText("  华联贸易 Acme Trading ")
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.buttons.accepted.emit()
        assert not dialog.isVisible()
        qapp.processEvents()
        assert window.windowTitle() == "桌面客户管理"
        saved = Settings.load(Path(profile.path) / "settings.json")
        assert (saved.default_region, saved.cadence_days["A"], saved.language) == ("HK", 7, "zh_CN")
        assert saved.company_name == "华联贸易 Acme Trading"  # the reports' header
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()
        profile.close()


def test_cancelling_the_demo_load_leaves_the_profile_empty(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pane_module, "DEMO_CUSTOMERS", 1200)
    profile = open_profile(tmp_path / "empty")
    runner = TaskRunner(profile, synchronous=True)
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    pane = window.customers
    pane.reload()
    reports: list[tuple[int, int]] = []

    def cancel_after_first(task: Task, done: int, total: int) -> None:
        reports.append((done, total))
        task.cancel()  # what the progress dialog's Cancel button does

    runner.progress.connect(cancel_after_first)
    pane.start_demo.click()
    assert len(reports) == 1 and 0 < reports[0][0] < reports[0][1] == 1200
    assert pane.demo_task.cancelled and pane.start_demo.isEnabled()
    assert pane.stack.currentWidget() is pane.start
    with profile.session() as s:  # rolled back: not one customer, search document or outbox op
        assert customers.count_customers(s) == 0
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
        assert s.scalar(select(func.count()).select_from(search_doc)) == 0
    runner.progress.disconnect(cancel_after_first)
    pane.start_demo.click()  # and it can be loaded after all
    assert pane.model.rowCount() == 1200
    profile.close()


def test_settings_show_the_data_folder_and_about_lists_the_parts(runner: TaskRunner, qtbot: QtBot) -> None:
    from desktop_crm.ui.about import AboutDialog
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.location.text() == str(Path(runner.profile.path).resolve())
    dialog.about.click()
    about = window.about_dialog
    assert isinstance(about, AboutDialog) and about.isVisible() and dialog.isVisible()
    names = [about.parts.item(r, 0).text() for r in range(about.parts.rowCount())]
    assert "Qt for Python (PySide6)" in names and "ReportLab" in names
    assert "LGPL" in about.parts.item(names.index("Qt for Python (PySide6)"), 2).text()
    about.close()
    dialog.reject()
