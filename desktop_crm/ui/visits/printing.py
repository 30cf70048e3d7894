"""The visit plan's reports: the visit report, the day's visit pack, the week's activity report
(built by ``reports``; printed and saved through ``ui.pdf``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...core.errors import Progress
from ...core.settings import Settings
from ..pdf import PdfJob, print_pdf, save_bytes_as_pdf
from ..tasks import TaskRunner


def _render(visit_id: str, company: str) -> PdfJob:
    def job(session: Session, _progress: Progress) -> bytes:
        from ...reports.visit import read_visit, render  # reportlab on first use

        return render(read_visit(session, visit_id, company=company))

    return job


def pack_job(day: dt.date, language: str, company: str, currency: str) -> PdfJob:
    """The day's visit pack as PDF bytes."""

    def job(session: Session, progress: Progress) -> bytes:
        from ...reports.pack import read_pack, render_pack

        pack = read_pack(session, day, company=company, currency=currency, progress=progress)
        progress(len(pack.visits), len(pack.visits) + 1)  # the briefings are read; drawing them is left
        return render_pack(pack, language=language)

    return job


def week_job(day: dt.date, language: str, company: str, settings: Settings) -> PdfJob:
    """The activity report of the week holding ``day``, with the dashboard's figures, as PDF bytes."""

    def job(session: Session, progress: Progress) -> bytes:
        from ...reports.week import read_week, render_week

        progress(0, 2)
        report = read_week(session, day, company=company, settings=settings)
        progress(1, 2)
        return render_week(report, language=language)

    return job


def save_as_pdf(parent: QWidget, runner: TaskRunner, visit_id: str, suggested: str,
                saved: Callable[[str], None] | None = None) -> None:  # fmt: skip
    make = _render(visit_id, runner.profile.settings.company_name)
    save_bytes_as_pdf(parent, runner, make, suggested, saved)


def print_preview(parent: QWidget, runner: TaskRunner, visit_id: str) -> None:
    print_pdf(parent, runner, _render(visit_id, runner.profile.settings.company_name))
