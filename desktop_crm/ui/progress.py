"""Progress and cancel for long jobs: a window-modal progress dialog over the runner's long jobs.

The dialog appears only if the job takes longer than a moment; Cancel stops the job at its next
progress report, its transaction rolls back, and the caller hears ``Cancelled``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from ..core.errors import Cancelled, Progress
from .tasks import Task, TaskRunner

T = TypeVar("T")
SHOW_AFTER_MS = 400


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    label: str,
    fn: Callable[[Session, Progress], T],
    on_done: Callable[[T], None],
    on_cancel: Callable[[], None] = lambda: None,
    on_error: Callable[[Exception], None] | None = None,
    *,
    write: bool = True,
) -> tuple[Task, QProgressDialog]:
    """``fn`` runs on the write worker, or beside it on the readers when ``write`` is false."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Working…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progressed(of: Task, done: int, total: int) -> None:
        if of is task:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish() -> None:
        runner.progress.disconnect(progressed)
        dialog.close()
        dialog.deleteLater()

    def done(value: T) -> None:
        finish()
        on_done(value)

    def failed(exc: Exception) -> None:
        finish()
        if isinstance(exc, Cancelled):
            on_cancel()
        elif on_error is not None:
            on_error(exc)
        else:
            runner.failed.emit(exc)

    task = Task(long=True)  # known before the job runs: a synchronous runner reports at once
    dialog.canceled.connect(task.cancel)
    runner.progress.connect(progressed)
    (runner.long_write if write else runner.long_read)(fn, done, failed, task)
    return task, dialog
