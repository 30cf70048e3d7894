"""Start the GUI on a profile: ``desktop-crm [--profile DIR]``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ..core.errors import CrmError
from ..storage.profile import Profile
from . import i18n
from .main_window import MainWindow
from .tasks import TaskRunner

SMOKE_EXIT = "DESKTOP_CRM_SMOKE_EXIT"


def window_settings(profile: Profile) -> QSettings:
    """Window state lives in the profile, beside its data, so test profiles never touch the user's."""
    return QSettings(str(Path(profile.path) / "window.ini"), QSettings.Format.IniFormat)


def check_display() -> None:
    """Qt aborts the process when it finds no display; say so on one line instead."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CrmError(
            "no_display",
            "no display to open the window on (DISPLAY is not set); use xvfb-run, or "
            "QT_QPA_PLATFORM=offscreen for a window nobody sees",
        )


def add_bundled_fonts() -> None:
    """A system without a Chinese font (a bare Linux desktop) draws Chinese with the bundle's."""
    from ..reports.fonts import BUNDLED

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    for font in sorted(BUNDLED.glob("*.tt[fc]")):
        QFontDatabase.addApplicationFont(str(font))


def run(profile: Profile) -> int:
    check_display()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("desktop-crm")
    add_bundled_fonts()
    i18n.install(app, i18n.pick(profile.settings.language))
    runner = TaskRunner(profile)
    window = MainWindow(runner, window_settings(profile))
    window.show()
    if os.environ.get(SMOKE_EXIT):
        # Smoke runs (tests, packaging checks): quit once the first page of the list is in.
        def done(n: int) -> None:
            title = window.windowTitle()
            print(f"window shown ({title}, {i18n.current()}), {n} customers listed", flush=True)
            app.quit()

        window.customers.model.loaded.connect(done)
    window.customers.reload()
    window.sync.start()
    window.visits.reload()
    return app.exec()
