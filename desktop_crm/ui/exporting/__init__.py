"""Exporting what the customer list shows: its customers as an Excel workbook or a CSV, or their
contact persons as vCards for a phone. The list's current filter decides who; the file is read
and written on a worker, all or nothing (``io.export``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from ...io.export import Written

from ...core.customer_list import ListFilter
from ...core.errors import Progress
from ..progress import run_with_progress
from ..tasks import TaskRunner


def _formats() -> list[tuple[str, str, str]]:
    """(file dialog filter, extension, vCard version)"""
    return [
        (QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"), ".xlsx", ""),
        (QCoreApplication.translate("Export", "CSV for Excel, UTF-8 (*.csv)"), ".csv", ""),
        (QCoreApplication.translate("Export", "Contact persons, vCard 4.0 (*.vcf)"), ".vcf", "4.0"),
        (
            QCoreApplication.translate("Export", "Contact persons for older phones, vCard 3.0 (*.vcf)"),
            ".vcf",
            "3.0",
        ),
    ]


def export_customers(parent: QWidget, runner: TaskRunner, filter: ListFilter,
                     done: Callable[[Written], None], *, contacts: bool = False) -> None:  # fmt: skip
    """Ask where and in which format (``contacts``: vCard first), then write; ``done`` hears
    what was written."""
    formats = _formats()
    if contacts:
        title = QCoreApplication.translate(
            "Export", "Export the contact persons of the customers in the list"
        )
        start, first = str(Path.home() / "contacts.vcf"), formats[2][0]
    else:
        title = QCoreApplication.translate("Export", "Export the customers in the list")
        start, first = str(Path.home() / "customers.xlsx"), formats[0][0]
    choices = ";;".join(f[0] for f in formats)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, choices, first)
    if not path:
        return
    _name, suffix, version = next((f for f in formats if f[0] == chosen), formats[0])
    target = Path(path) if Path(path).suffix.lower() == suffix else Path(path + suffix)
    currency = runner.profile.settings.base_currency

    def job(session: Session, _progress: Progress) -> Written:
        from ...io.export import export_file  # openpyxl and vobject on first use

        return export_file(session, target, filter=filter, vcard_version=version or "4.0", currency=currency)

    label = QCoreApplication.translate("Export", "Exporting…")
    run_with_progress(parent, runner, label, job, done, write=False)
