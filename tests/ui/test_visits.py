from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QSettings, Qt, QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core import customers, timeline, visits
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.dragdrop import VISIT_MIME
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


def week_cells(w: MainWindow) -> dict[dt.date, list[str]]:
    m = w.visits.week
    return {
        m.day_of(c): [
            str(m.data(m.index(r, c))).replace("\n", " ")
            for r in range(m.rowCount())
            if m.data(m.index(r, c))
        ]
        for c in range(7)
    }


def test_week_view_shows_the_week_and_passes_qtmodeltester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(window.visits.week, force_py=True)
    cells = week_cells(window)
    assert min(cells) == DAY - dt.timedelta(days=DAY.weekday()) and len(cells) == 7  # Monday to Sunday
    assert cells[DAY] == ["15:00 West Co"]
    assert all(not v for d, v in cells.items() if d != DAY)


def test_dragging_a_customer_onto_a_day_plans_a_visit_after_the_days_plan(
    window: MainWindow, profile: Profile
) -> None:
    lst = window.customers.model
    east = next(r for r in range(lst.rowCount()) if lst.data(lst.index(r, 0)) == "East Co")
    payload = lst.mimeData([lst.index(east, 0), lst.index(east, 3)])  # one row, two cells
    week = window.visits.week
    column = (DAY - week.first_day).days
    assert week.canDropMimeData(payload, Qt.DropAction.CopyAction, -1, -1, week.index(5, column))
    assert week.dropMimeData(payload, Qt.DropAction.CopyAction, -1, -1, week.index(5, column))
    assert week_cells(window)[DAY] == ["15:00 West Co", "16:00 East Co"]  # after West's hour
    assert window.statusBar().currentMessage().endswith(f"planned on {DAY.isoformat()}")


def test_dragging_a_visit_to_another_day_moves_it(window: MainWindow, profile: Profile) -> None:
    week = window.visits.week
    column = (DAY - week.first_day).days
    payload = week.mimeData([week.index(0, column)])
    target = (column + 1) % 7
    assert week.dropMimeData(payload, Qt.DropAction.MoveAction, -1, -1, week.index(3, target))
    cells = week_cells(window)
    assert cells[week.day_of(target)] == ["15:00 West Co"] and cells.get(DAY) == []
    # Only planned visits can be dragged: a cancelled one is history.
    window.visits.day.setDate(QDate(week.day_of(target)))
    window.visits.table.setCurrentIndex(window.visits.model.index(0, 0))
    window.visits.cancel()
    moved = week.index(0, target)
    assert not week.flags(moved) & Qt.ItemFlag.ItemIsDragEnabled
    assert week.mimeData([moved]).data(VISIT_MIME).isEmpty()


def test_dropping_a_suggestion_plans_it(window: MainWindow) -> None:
    s = window.visits.suggestions
    payload = s.mimeData([s.index(0, 0)])
    week = window.visits.week
    sunday = week.first_day + dt.timedelta(days=6)
    assert week.dropMimeData(payload, Qt.DropAction.CopyAction, 0, 6, QModelIndex())  # between cells
    assert week_cells(window)[sunday] == ["09:00 East Co"]


def test_changing_a_visit_moves_and_retimes_it(window: MainWindow) -> None:
    window.visits.table.setCurrentIndex(window.visits.model.index(0, 0))
    window.visits.change()
    dialog = window.visits.dialog
    assert isinstance(dialog, PlanVisitDialog)
    assert dialog.purpose.text() == "Demo"  # the dialog starts from the visit as planned
    later = DAY + dt.timedelta(days=2)
    dialog.when.setDateTime(QDateTime(QDate(later.year, later.month, later.day), QTime(11, 30)))
    dialog.accept()
    assert window.visits.selected_day() == later  # the pane follows the visit
    assert agenda(window) == [("11:30", "West Co", "Planned")]


def test_the_selected_visits_report_saves_as_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "west.pdf"
    offered: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    pane = window.visits
    assert not pane.save_pdf_action.isEnabled()  # no visit selected yet
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    assert pane.save_pdf_action.isEnabled()
    pane.save_pdf_action.trigger()
    assert offered[0].endswith(f"West Co {DAY:%Y-%m-%d}.pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "West Co" in text and "Demo" in text
    assert str(target) in window.statusBar().currentMessage()


def test_printing_draws_every_page_of_the_report(qapp: object, tmp_path: Path) -> None:
    """What the print preview sends to the printer: each page of the PDF, in order."""
    import io

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen.canvas import Canvas

    from desktop_crm.ui.pdf import PdfPrinting

    source = io.BytesIO()
    canvas = Canvas(source)
    for n in range(3):
        canvas.drawString(72, 720, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    PdfPrinting(source.getvalue()).paint(printer)
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == 3
    # Drawn as pictures of the pages: each printed page carries an image.
    assert all("/XObject" in page["/Resources"] for page in printed.pages)


def test_print_opens_a_preview_of_the_report(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.visits
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    pane.print_action.trigger()
    dialog = pane.property("print_preview")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(300)  # the preview asks for the pages and draws them (it crashed once: a freed printer)
    assert dialog.isVisible()
    dialog.close()


def test_the_days_visit_pack_saves_as_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    pane = window.visits
    assert (
        pane.save_pack_action.isEnabled() and not pane.save_pdf_action.isEnabled()
    )  # a day, no visit chosen
    pane.save_pack_action.trigger()
    pages = PdfReader(str(target)).pages
    assert len(pages) == 2 and "West Co" in pages[1].extract_text()  # the route, then West Co's briefing
    assert str(target) in window.statusBar().currentMessage()


def test_the_weeks_activity_report_saves_as_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    target = tmp_path / "week.pdf"

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    pane = window.visits
    pane.day.setDate(pane.day.date().addDays(30))  # a day with no visits: the week is reported anyway
    assert not pane.save_pack_action.isEnabled() and pane.save_week_action.isEnabled()
    pane.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    pane.save_week_action.trigger()
    monday = DAY - dt.timedelta(days=DAY.weekday())
    assert offered[0].endswith(f"week {monday:%Y-%m-%d}.pdf")
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Weekly activity" in text or "每周工作报告" in text
    assert str(target) in window.statusBar().currentMessage()


def test_cancelling_a_report_while_it_builds_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_crm.ui.tasks import Task

    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    heard: list[tuple[int, int]] = []
    failures: list[Exception] = []

    def cancel_at_first(task: Task, done: int, total: int) -> None:
        heard.append((done, total))
        task.cancel()  # what the progress dialog's Cancel button does

    window.runner.progress.connect(cancel_at_first)
    window.runner.failed.connect(failures.append)
    before = window.statusBar().currentMessage()
    window.visits.save_pack_action.trigger()
    window.runner.progress.disconnect(cancel_at_first)
    assert heard == [(0, 2)]  # one briefing to read, then the drawing
    assert not target.exists() and not list(tmp_path.glob("pack.pdf*"))
    assert failures == [] and window.statusBar().currentMessage() == before
