"""Run in a fresh process by bench_gui: start the app (or a bare window) on a profile, wait for
the first paint with the list loaded, and print one JSON line of measurements."""

from __future__ import annotations

import json
import os
import sys
import time

SPAWNED = float(sys.argv[2])  # time.time() in the parent, just before it started this process
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def painted() -> None:
        print(json.dumps({"painted_s": time.time() - SPAWNED, "rss_mb": rss_mb()}), flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()


def full(profile_dir: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.storage.profile import open_profile
    from desktop_crm.ui import i18n
    from desktop_crm.ui.app import window_settings
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    profile = open_profile(profile_dir)
    i18n.install(app, "en")
    runner = TaskRunner(profile)
    window = MainWindow(runner, window_settings(profile))
    window.resize(1280, 800)
    window.show()
    out: dict[str, float] = {}

    def first_rows_in(*_: object) -> None:
        # The first page arrived and was painted: the rep sees customers.
        window.customers.model.dataChanged.disconnect(first_rows_in)
        window.repaint()
        out["painted_s"] = time.time() - SPAWNED
        QTimer.singleShot(0, jump)

    def jump() -> None:
        # A rep presses Ctrl+End in a window that has finished starting: let the start-up reads
        # (the filter choices) finish first, so the jump is timed on its own.
        runner.wait()
        app.processEvents()
        table = window.customers.table
        started = time.perf_counter()
        table.scrollToBottom()
        table.selectRow(window.customers.model.rowCount() - 1)  # as Ctrl+End would

        def last_rows_in(*_: object) -> None:
            window.customers.model.dataChanged.disconnect(last_rows_in)
            table.viewport().repaint()
            out["jump_last_s"] = time.perf_counter() - started
            out["rows"] = window.customers.model.rowCount()
            out["rss_mb"] = rss_mb()
            print(json.dumps(out), flush=True)
            runner.wait()
            app.quit()

        window.customers.model.dataChanged.connect(last_rows_in)
        table.viewport().repaint()  # asks for the last page

    window.customers.model.dataChanged.connect(first_rows_in)
    window.customers.reload()
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark
    app.exec()


def qsql(profile_dir: str) -> None:
    """Qt's own QSqlQueryModel on the same table: the comparison for jumping to the last row."""
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(os.path.join(profile_dir, "crm.sqlite"))
    db.open()
    model = QSqlQueryModel()
    model.setQuery("SELECT name, city, relationship FROM customers WHERE deleted = 0 ORDER BY name", db)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    started = time.perf_counter()
    while model.canFetchMore():  # QSqlQueryModel only knows its rows by fetching them
        model.fetchMore()
    view.scrollToBottom()
    view.viewport().repaint()
    print(
        json.dumps(
            {"jump_last_s": time.perf_counter() - started, "rows": model.rowCount(), "rss_mb": rss_mb()}
        ),
        flush=True,
    )


if __name__ == "__main__":
    {"bare": lambda: bare(), "qsql": lambda: qsql(sys.argv[3])}.get(sys.argv[1], lambda: full(sys.argv[1]))()
