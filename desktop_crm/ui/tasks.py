"""The one background-task runner (DESIGN.md 8.3).

A job is a function of a session. Reads run on a small pool, writes on a single worker so they
never contend for SQLite's write lock. Each job opens its own session (one per thread), and its
result or error comes back on the GUI thread through a queued signal. Widgets are never touched
from a worker. Unit tests use ``synchronous=True``: the job runs at once, in the caller's thread.

Jobs that mostly wait on a server (sync, logging in) run on a third pool of their own, so neither
a save nor a search waits behind a slow network; they hold no session while they wait, and hand
each write to the write worker with ``run_write_blocking``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal
from sqlalchemy.orm import Session

from ..core.errors import Cancelled, Progress
from ..storage.profile import Profile

T = TypeVar("T")


class Task:
    """A handle on a submitted job. Cancelling a short job drops its result (the job itself
    finishes); a long job stops at its next progress report, rolls back, and reports ``Cancelled``."""

    def __init__(self, *, long: bool = False) -> None:
        self.long = long
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(object, object, object)  # callback, value, task
    progress = Signal(object, int, int)  # task, done, total


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, task: Task,
                 on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:  # fmt: skip
        super().__init__()
        self.work, self.relay, self.task = work, relay, task
        self.on_done, self.on_error = on_done, on_error

    def run(self) -> None:
        if self.task.cancelled:
            if self.task.long:  # whoever shows its progress waits for an answer
                self.relay.finished.emit(self.on_error, Cancelled(), self.task)
            return
        try:
            value = self.work()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self.relay.finished.emit(self.on_error, exc, self.task)
        else:
            self.relay.finished.emit(self.on_done, value, self.task)


class _Blocking(QRunnable):
    """A write whose caller, a worker thread, waits for it (``run_write_blocking``)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as exc:  # raised again in the waiting thread
            self.error = exc
        finally:
            self.done.set()


class TaskRunner(QObject):
    failed = Signal(object)  # an exception no caller handled: the main window shows it
    wrote = Signal()  # a write job finished (the status bar's count of changes to send moves)
    progress = Signal(object, int, int)  # a long job's task, done, total (on the GUI thread)

    def __init__(self, profile: Profile, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.synchronous = synchronous
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._network = QThreadPool(self)  # one sync at a time, beside the readers and the writer
        self._network.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.progress.connect(self.progress)

    def read(self, fn: Callable[[Session], T], on_done: Callable[[T], None],
             on_error: Callable[[Exception], None] | None = None) -> Task:  # fmt: skip
        return self._submit(self._readers, fn, on_done, on_error)

    def write(self, fn: Callable[[Session], T], on_done: Callable[[T], None],
              on_error: Callable[[Exception], None] | None = None) -> Task:  # fmt: skip
        return self._submit(self._writer, fn, self._then_wrote(on_done), on_error)

    def _then_wrote(self, on_done: Callable[[T], None]) -> Callable[[T], None]:
        def done(value: T) -> None:
            on_done(value)
            self.wrote.emit()

        return done

    def long_write(self, fn: Callable[[Session, Progress], T], on_done: Callable[[T], None],
                   on_error: Callable[[Exception], None] | None = None, task: Task | None = None) -> Task:  # fmt: skip
        """A write that reports progress and can be cancelled (demo data, imports): ``fn`` gets a
        progress callback, which raises ``Cancelled`` once the task is cancelled."""
        return self._long(self._writer, fn, self._then_wrote(on_done), on_error, task)

    def long_read(self, fn: Callable[[Session, Progress], T], on_done: Callable[[T], None],
                  on_error: Callable[[Exception], None] | None = None, task: Task | None = None) -> Task:  # fmt: skip
        """A read that reports progress and can be cancelled (reports), beside the writes."""
        return self._long(self._readers, fn, on_done, on_error, task)

    def network(self, fn: Callable[[], T], on_done: Callable[[T], None],
                on_error: Callable[[Exception], None] | None = None) -> Task:  # fmt: skip
        """A job that waits on a server (logging in, sync), on a thread beside the readers and the
        writer. It gets no session: it reads in short sessions of its own and writes with
        ``run_write_blocking``. One runs at a time; the next waits for it."""
        return self._start(self._network, fn, on_done, on_error, Task())

    def run_write_blocking(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` on the write worker in one transaction and wait for its result (or its
        error, raised here). For a network job writing what it fetched: never call it from the GUI
        thread, which must not wait, nor from a write job, which would wait for itself."""
        if self.synchronous:
            return self._in_session(fn)()
        if QThread.currentThread() == self.thread():
            raise RuntimeError("run_write_blocking would block the GUI thread")
        job = _Blocking(self._in_session(fn))
        job.setAutoDelete(False)  # read after it ran
        self._writer.start(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        value: T = job.value
        return value

    def _long(self, pool: QThreadPool, fn: Callable[[Session, Progress], T], on_done: Callable[[T], None],
              on_error: Callable[[Exception], None] | None, task: Task | None) -> Task:  # fmt: skip
        task = task or Task(long=True)

        def report(done: int, total: int) -> None:
            if task.cancelled:
                raise Cancelled()
            self._relay.progress.emit(task, done, total)

        return self._submit(pool, lambda s: fn(s, report), on_done, on_error, task)

    def _in_session(self, fn: Callable[[Session], T]) -> Callable[[], T]:
        def work() -> T:
            with self.profile.session() as session:
                return fn(session)

        return work

    def _submit(self, pool: QThreadPool, fn: Callable[[Session], Any], on_done: Callable[[Any], None],
                on_error: Callable[[Exception], None] | None, task: Task | None = None) -> Task:  # fmt: skip
        return self._start(pool, self._in_session(fn), on_done, on_error, task or Task())

    def _start(self, pool: QThreadPool, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None] | None, task: Task) -> Task:  # fmt: skip
        job = _Job(work, self._relay, task, on_done, on_error or self.failed.emit)
        if self.synchronous:
            job.run()  # the relay's signal is delivered directly in this thread
        else:
            pool.start(job)
        return task

    def _deliver(self, callback: Callable[[Any], None], value: Any, task: Task) -> None:
        if not task.cancelled or (task.long and isinstance(value, Exception)):
            callback(value)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted job has finished (shutdown, tests). A network job may wait
        for a write, never the other way round: it is waited for first."""
        pools = (self._network, self._readers, self._writer)
        return all([pool.waitForDone(msecs) for pool in pools])
