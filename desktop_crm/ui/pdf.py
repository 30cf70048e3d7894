"""Reports as PDF in the window: built on a worker with progress and Cancel (a long day's pack),
then saved where the user says, or shown in Qt's print dialog with a preview drawn from the very
PDF by QtPdf, so what is printed is what is saved. The panes say which report; this does the rest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from ..core.errors import Progress
from ..io.files import write_file
from .progress import run_with_progress
from .tasks import TaskRunner

T = TypeVar("T")
PdfJob = Callable[[Session, Progress], bytes]  # builds a report on a worker

PRINT_DPI = 300  # sharp on paper, and a page renders in well under a second


def _build(parent: QWidget, runner: TaskRunner, make: Callable[[Session, Progress], T],
           then: Callable[[T], None]) -> None:  # fmt: skip
    label = QCoreApplication.translate("VisitReport", "Building the report…")
    run_with_progress(parent, runner, label, make, then, write=False)


def save_bytes_as_pdf(parent: QWidget, runner: TaskRunner, make: PdfJob, suggested: str,
                      saved: Callable[[str], None] | None = None) -> None:  # fmt: skip
    """Ask where, then build the PDF and write it, both on a worker."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("VisitReport", "Save as PDF"),
                                          str(Path.home() / suggested),
                                          QCoreApplication.translate("VisitReport", "PDF (*.pdf)"))  # fmt: skip
    if not path:
        return

    def job(session: Session, progress: Progress) -> str:
        write_file(Path(path), make(session, progress))
        return path

    _build(parent, runner, job, saved or (lambda _p: None))


class PdfPrinting(QObject):
    """Holds a rendered report while its print preview is open."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.printer: QPrinter | None = None

    def paint(self, printer: QPrinter) -> None:
        """Each page of the PDF as an image at PRINT_DPI, fitted to the printer's page."""
        painter = QPainter(printer)
        try:
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                points = self.document.pagePointSize(i)
                size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
                image = self.document.render(i, size)
                area = QRectF(painter.viewport())
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()


def print_pdf(parent: QWidget, runner: TaskRunner, make: PdfJob) -> None:
    """Build the PDF on a worker, then open Qt's print dialog with a preview of it."""

    def show(pdf: bytes) -> None:
        printing = PdfPrinting(pdf, parent)
        # The dialog does not own its printer: it lives with ``printing`` until the dialog closes.
        printing.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printing.printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("VisitReport", "Print preview"))
        dialog.paintRequested.connect(printing.paint)
        dialog.finished.connect(lambda _r: printing.deleteLater())
        parent.setProperty("print_preview", dialog)  # kept alive while open
        dialog.open()

    _build(parent, runner, make, show)
