"""The dashboard on paper: its figures for the period shown, printed or saved as PDF (built by
``reports.figures`` on a worker, in the rep's language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from sqlalchemy.orm import Session

from ...core.dashboard import Period, compute
from ...core.errors import Progress
from ...reports.words import rep_language
from ..pdf import PdfJob, print_pdf, save_bytes_as_pdf
from ..tasks import TaskRunner


def figures_job(period: Period, runner: TaskRunner) -> PdfJob:
    settings = runner.profile.settings
    language = rep_language(settings.language, QLocale().name())

    def job(session: Session, progress: Progress) -> bytes:
        from ...reports.figures import render_figures  # reportlab on first use

        progress(0, 2)
        figures = compute(session, period=period, settings=settings)
        progress(1, 2)
        return render_figures(figures, language=language, company=settings.company_name)

    return job


class ReportButton(QToolButton):
    """Print or save the figures of the period the pane shows."""

    def __init__(self, runner: TaskRunner, pane: QWidget, period: Callable[[], Period],
                 said: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(pane)
        self.runner, self.pane, self.period, self.said = runner, pane, period, said
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_action = QAction(self)
        self.print_action.triggered.connect(self.print_figures)
        self.save_action = QAction(self)
        self.save_action.triggered.connect(self.save_figures)
        menu = QMenu(self)
        menu.addActions([self.print_action, self.save_action])
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("DashboardReport", "Report"))
        self.setToolTip(
            QCoreApplication.translate("DashboardReport", "Print the period's figures, or save them as PDF")
        )
        self.print_action.setText(QCoreApplication.translate("DashboardReport", "Print the figures…"))
        self.save_action.setText(QCoreApplication.translate("DashboardReport", "Save the figures as PDF…"))

    def print_figures(self) -> None:
        print_pdf(self.pane, self.runner, figures_job(self.period(), self.runner))

    def save_figures(self) -> None:
        period = self.period()
        last = period.end - dt.timedelta(days=1)
        name = f"figures {period.start:%Y-%m-%d} {last:%Y-%m-%d}.pdf"
        saved = QCoreApplication.translate("DashboardReport", "Figures saved to %1")
        save_bytes_as_pdf(self.pane, self.runner, figures_job(period, self.runner), name,
                          lambda path: self.said(saved.replace("%1", path)))  # fmt: skip
