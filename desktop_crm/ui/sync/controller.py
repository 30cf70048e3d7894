"""Runs sync on the task runner and tells the window how it went. The network and the store are
only touched in jobs, never on the GUI thread; the waiting on the server happens on the runner's
network thread, and only the writes of a sync (a page pulled, a batch answered) take the write
worker, one short transaction each, so a lead saved meanwhile waits for no server."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from ...core import analytics
from ...core.errors import Cancelled, CrmError
from ...core.models import SyncState
from ...sync import credentials
from ...sync.client import Report, SyncError, Transport, sync
from ...sync.status import Status, status
from ..tasks import TaskRunner

EVERY_MS = 5 * 60 * 1000  # sync in the background this often while the server answers


class SyncController(QObject):
    state_changed = Signal(str, str)  # state (offline | syncing | synced | stopped | error), what to say
    progressed = Signal(str, int, int)  # while syncing: stage (push | pull), done, total (0: not known)
    needs_login = Signal()
    synced = Signal()  # rows may have changed: the panes reload

    def __init__(self, runner: TaskRunner, parent: QObject | None = None,
                 transport_for: Callable[[str], Transport] = Transport.to) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner = runner
        self.transport_for = transport_for
        self.transport: Transport | None = None
        self.last: Status | None = None
        self.synced_at: dt.datetime | None = None
        self.busy = False
        self.progress: tuple[str, int, int] | None = None  # the last step of the sync running
        self._stop = threading.Event()
        self.keyring_used = True
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.progressed.connect(self._progressed)

    def start(self) -> None:
        """On opening the window: reuse a token from the keyring for the last server, if any."""

        def job(session: Session) -> tuple[Status, str | None]:
            now = status(session)
            token = credentials.load_token(now.server, now.user) if now.server and now.user else None
            return now, token

        def done(result: tuple[Status, str | None]) -> None:
            self.last, token = result
            if token and self.last.server:
                self.transport = self.transport_for(self.last.server)
                self.transport.token = token
                self.timer.start()
                self.sync_now()
            else:
                self._say("offline")

        self.runner.read(job, done)

    def login(self, server: str, user: str, password: str, on_error: Callable[[str], None]) -> None:
        runner = self.runner

        def remember(session: Session) -> None:
            session.merge(SyncState(key="server", value=server))
            session.merge(SyncState(key="user", value=user))

        def job() -> tuple[Transport, bool]:
            transport = self.transport_for(server)
            transport.login(user, password)
            runner.run_write_blocking(remember)
            return transport, credentials.save_token(server, user, transport.token or "")

        def done(result: tuple[Transport, bool]) -> None:
            self.transport, self.keyring_used = result
            self.timer.start()
            self.sync_now()

        def failed(exc: Exception) -> None:
            on_error(self.error_text(exc))

        self.runner.network(job, done, failed)

    def sync_now(self) -> None:
        if self.transport is None:
            self.needs_login.emit()
            return
        if self.busy:
            return
        self.busy, self.progress = True, None
        self._stop = stop = threading.Event()
        self._say("syncing")
        transport, runner = self.transport, self.runner
        profile = runner.profile

        def progress(stage: str, done: int, total: int) -> None:  # on the network thread
            if stop.is_set():
                raise Cancelled()  # between two steps: each one before is written whole
            self.progressed.emit(stage, done, total)  # queued to the GUI thread

        report = Report()

        def refresh_figures(session: Session) -> None:
            # Pulled history moves follow-up dates; new customers get figures.
            analytics.refresh(session, settings=profile.settings, customer_ids=report.customers)

        def job() -> Status:
            try:
                sync(profile, transport, report=report, progress=progress, write=runner.run_write_blocking)
            finally:  # the pages that landed, of a stopped sync too
                if report.customers:
                    runner.run_write_blocking(refresh_figures)
            with profile.session() as s:
                return status(s)

        def done(now: Status) -> None:
            self.busy, self.last, self.synced_at, self.progress = False, now, dt.datetime.now(), None
            self.clock_off_ms = report.clock_off_ms
            self._say("synced")
            self.synced.emit()

        def failed(exc: Exception) -> None:
            self.busy, self.progress = False, None
            if isinstance(exc, Cancelled):  # what was written stays: the lists show it
                self._say("stopped")
                self.refresh_status()
                self.synced.emit()
                return
            if isinstance(exc, SyncError) and exc.code == "unauthorized":
                self.transport = None
                self.needs_login.emit()
            self._say("offline" if isinstance(exc, SyncError) and exc.code == "offline" else "error",
                      self.error_text(exc))  # fmt: skip

        self.runner.network(job, done, failed)

    def stop(self) -> None:
        """Stop the sync at its next step (the window closing, the rep's Stop)."""
        if self.busy and not self._stop.is_set():
            self._stop.set()
            self._say(self.state)

    @property
    def stopping(self) -> bool:
        return self.busy and self._stop.is_set()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if self.busy:
            self.progress = (stage, done, total)

    def refresh_status(self) -> None:
        """Pending changes and conflicts after a local write, without syncing."""

        def done(now: Status) -> None:
            self.last = now
            self._say(self.state)

        self.runner.read(status, done)

    state = "offline"
    clock_off_ms = 0  # this computer's clock minus the server's, when far off (the last sync's)

    def error_text(self, exc: Exception) -> str:
        if isinstance(exc, SyncError) and exc.code == "offline":
            return self.tr("Cannot reach the server. Check its address and that this computer is online.")
        if isinstance(exc, SyncError) and exc.code == "untrusted_certificate":
            return self.tr(
                "The server's certificate is not trusted. If your company runs its own certificate "
                "authority, ask for its root certificate and start the app with SSL_CERT_FILE set to it."
            )
        return exc.message if isinstance(exc, CrmError) else str(exc)

    def _say(self, state: str, detail: str = "") -> None:
        self.state = state
        self.state_changed.emit(state, detail)
