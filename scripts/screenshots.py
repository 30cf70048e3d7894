"""Screenshots of the window on a demo profile, offscreen: ``python scripts/screenshots.py [OUT_DIR]``.

Makes (once) a 2,000-customer demo profile in ``.demo-profile`` like ``./dev app --demo``,
opens the main window at 1440x820, waits until the list is loaded, and saves a PNG per pane in
English and in Chinese (the catalogues must be built: ``./dev`` does it)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_crm.core import analytics, customers, demo, visits
from desktop_crm.core.models import Contact, Customer
from desktop_crm.storage.profile import open_profile
from desktop_crm.ui import i18n
from desktop_crm.ui.app import window_settings
from desktop_crm.ui.duplicates import open_duplicates
from desktop_crm.ui.importing import ImportDialog
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def welcome(app: QApplication, out: Path) -> None:
    """The first run: a new, empty profile."""
    with tempfile.TemporaryDirectory() as folder:
        profile = open_profile(Path(folder) / "new")
        runner = TaskRunner(profile)
        window = MainWindow(runner, window_settings(profile))
        window.resize(1280, 760)
        window.show()
        for language, suffix in (("en", "en"), ("zh_CN", "zh")):
            i18n.install(app, language)
            window.customers.reload()
            settle(app, 1000)
            window.grab().save(str(out / f"welcome-{suffix}.png"))
        runner.wait()
        window.close()
        profile.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    profile = open_profile(ROOT / ".demo-profile")
    with profile.session() as s:
        if not customers.count_customers(s):
            demo.generate(s, customers=2000, settings=profile.settings)
    with profile.session() as s:  # as the app does at start: tiers, stages, segments as of today
        analytics.refresh(s, settings=profile.settings)
    with profile.session() as s:
        first_day = min(v.planned_at for v in visits.visits_between(
            s, start=dt.datetime.now(), end=dt.datetime.now() + dt.timedelta(days=30)
        ) if v.status == "planned").date()  # fmt: skip
        known = s.execute(
            select(Contact.name, Contact.mobile, Customer.name)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Contact.mobile.is_not(None), Contact.name.not_like("% %"))  # a Chinese name
            .limit(1)
        ).one()
    app = QApplication(sys.argv)
    runner = TaskRunner(profile)
    window = MainWindow(runner, window_settings(profile))
    window.resize(1440, 820)
    window.show()
    for language, suffix in (("en", "en"), ("zh_CN", "zh")):
        i18n.install(app, language)
        window.customers.search.clear()
        window.customers.reload()
        settle(app, 1500)
        window.customers.table.setCurrentIndex(window.customers.model.index(2, 0))
        settle(app, 1000)
        window.grab().save(str(out / f"customers-{suffix}.png"))
        window.customers.search.setText("华联")
        settle(app, 1500)
        window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
        settle(app, 1000)
        window.grab().save(str(out / f"customers-search-{suffix}.png"))
        window.tabs.setCurrentIndex(1)
        window.visits.day.setDate(QDate(first_day.year, first_day.month, first_day.day))
        settle(app, 800)
        window.visits.order_route()
        settle(app, 1200)
        window.grab().save(str(out / f"visits-{suffix}.png"))
        window.visits.views.setCurrentIndex(1)
        sizes = window.splitter.sizes()
        window.splitter.setSizes([560, sum(sizes) - 560])  # a rep widens the plan to see the week
        settle(app, 600)
        window.grab().save(str(out / f"week-{suffix}.png"))
        window.splitter.setSizes(sizes)
        window.visits.views.setCurrentIndex(0)
        window.tabs.setCurrentIndex(2)
        settle(app, 600)
        window.grab().save(str(out / f"contacts-{suffix}.png"))
        window.tabs.setCurrentIndex(3)
        settle(app, 800)
        window.grab().save(str(out / f"leads-{suffix}.png"))
        window.leads.start_capture()
        capture = window.leads.capture_window
        assert capture is not None
        capture.setWindowState(capture.windowState() & ~Qt.WindowState.WindowMaximized)
        capture.resize(1280, 760)
        # A visitor the profile knows, typed with the phone in another format.
        mobile = known[1].removeprefix("+86")
        capture.edits["name"].setText(known[0])
        capture.edits["company"].setText(known[2])
        capture.edits["phone"].setText(f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}")
        capture.rating.setCurrentIndex(1)
        settle(app, 1500)
        capture.grab().save(str(out / f"capture-{suffix}.png"))
        capture.reject()
        window.customers.search.clear()  # the whole list beside the figures
        window.tabs.setCurrentWidget(window.dashboard)  # it takes the room it needs
        for _ in range(100):  # its figures are computed off the GUI thread
            settle(app, 200)
            if window.dashboard.shown is not None and not window.dashboard.computing:
                break
        settle(app, 500)
        window.grab().save(str(out / f"dashboard-{suffix}.png"))
        window.tabs.setCurrentIndex(0)
        importing = ImportDialog(runner, window, ROOT / "tests" / "data" / "import" / "customers_gb18030.csv")
        importing.resize(1040, 660)
        importing.show()
        settle(app, 800)
        importing.run_check()  # a dry run: the demo profile is left as it is
        settle(app, 1500)
        importing.grab().save(str(out / f"import-{suffix}.png"))
        importing.reject()
        duplicates = open_duplicates(window, runner)
        settle(app, 3000)
        duplicates.grab().save(str(out / f"duplicates-{suffix}.png"))
        duplicates.reject()
    runner.wait()
    welcome(app, out)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
