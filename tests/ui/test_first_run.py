"""The first run: the profile in the platform's data folder, the language from the system
locale, and a welcome that leads to demo data, an import or the team's server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.core.settings import Settings
from desktop_crm.storage.profile import open_profile
from desktop_crm.ui import i18n
from desktop_crm.ui.importing import ImportDialog
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.sync.widgets import LoginDialog
from desktop_crm.ui.tasks import TaskRunner
from tests.cli.test_cli import run

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def first_start(home: Path, lang: str) -> subprocess.CompletedProcess[str]:
    """``desktop-crm`` with no --profile, as a rep starts it the first time: a fresh home."""
    keep = ("PATH", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env |= {"HOME": str(home), "LANG": lang, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_CRM_SMOKE_EXIT": "1"}
    return run(env=env)


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG data folder and LANG are Linux's")
@pytest.mark.parametrize(
    ("lang", "shown"), [("zh_CN.UTF-8", "桌面客户管理, zh_CN"), ("en_GB.UTF-8", "Desktop CRM, en")]
)
def test_first_start_makes_the_profile_in_the_data_folder_in_the_system_language(
    tmp_path: Path, lang: str, shown: str
) -> None:
    proc = first_start(tmp_path, lang)
    assert proc.returncode == 0, proc.stderr
    assert f"window shown ({shown}), 0 customers listed" in proc.stdout
    profile = tmp_path / ".local" / "share" / "desktop-crm" / "default"
    assert (profile / "crm.sqlite").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".local"]  # nothing written elsewhere in home
    # The system's language is followed, not written down: a later change of locale still counts.
    settings = profile / "settings.json"
    assert not settings.exists() or json.loads(settings.read_text("utf-8"))["language"] == ""


def test_the_welcome_picks_a_language_and_leads_to_import_and_the_server(
    tmp_path: Path, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = open_profile(tmp_path / "new")
    window = MainWindow(TaskRunner(profile, synchronous=True), QSettings())
    qtbot.addWidget(window)
    pane = window.customers
    try:
        pane.reload()
        welcome = pane.start
        assert pane.stack.currentWidget() is welcome
        assert welcome.language.currentData() == "en" and welcome.title.text() == "Welcome to Desktop CRM"
        assert str(Path(profile.path).resolve()) in welcome.folder.text()

        welcome.language.activated.emit(welcome.language.findData("zh_CN"))  # what a pick does
        qapp.processEvents()
        assert window.windowTitle() == "桌面客户管理" and welcome.title.text() == "欢迎使用桌面客户管理"
        assert "演示数据" in welcome.demo.text()
        assert Settings.load(Path(profile.path) / "settings.json").language == "zh_CN"
        assert profile.settings.language == "zh_CN"

        welcome.connect_server.click()
        assert isinstance(window.login_dialog, LoginDialog) and window.login_dialog.isVisible()
        window.login_dialog.reject()

        monkeypatch.setattr(
            "desktop_crm.ui.importing.dialog.QFileDialog.getOpenFileName",
            lambda *_a, **_k: (str(DATA / "google_contacts.csv"), ""),
        )
        welcome.import_file.click()
        assert isinstance(window.import_dialog, ImportDialog) and window.import_dialog.isVisible()
        window.import_dialog.reject()
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()
        profile.close()
    assert welcome.title.text() == "Welcome to Desktop CRM"
