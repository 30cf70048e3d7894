"""Runs sync on the task runner and tells the window how it went. The network and the store are
only touched in jobs, never on the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from ...core import analytics
from ...core.errors import CrmError
from ...core.models import SyncState
from ...sync import credentials
from ...sync.client import SyncError, Transport, sync
from ...sync.status import Status, status
from ..tasks import TaskRunner

EVERY_MS = 5 * 60 * 1000  # sync in the background this often while the server answers


class SyncController(QObject):
    state_changed = Signal(str, str)  # state (offline | syncing | synced | error), what to say
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
        self.keyring_used = True
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync_now)

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
        def job(session: Session) -> tuple[Transport, bool]:
            transport = self.transport_for(server)
            transport.login(user, password)
            session.merge(SyncState(key="server", value=server))
            session.merge(SyncState(key="user", value=user))
            return transport, credentials.save_token(server, user, transport.token or "")

        def done(result: tuple[Transport, bool]) -> None:
            self.transport, self.keyring_used = result
            self.timer.start()
            self.sync_now()

        def failed(exc: Exception) -> None:
            on_error(self.error_text(exc))

        self.runner.write(job, done, failed)

    def sync_now(self) -> None:
        if self.transport is None:
            self.needs_login.emit()
            return
        if self.busy:
            return
        self.busy = True
        self._say("syncing")
        transport = self.transport

        profile = self.runner.profile

        def job(session: Session) -> Status:
            report = sync(profile, transport)
            if report.customers:  # pulled history moves follow-up dates; new customers get figures
                analytics.refresh(session, settings=profile.settings, customer_ids=report.customers)
            return status(session)

        def done(now: Status) -> None:
            self.busy, self.last, self.synced_at = False, now, dt.datetime.now()
            self._say("synced")
            self.synced.emit()

        def failed(exc: Exception) -> None:
            self.busy = False
            if isinstance(exc, SyncError) and exc.code == "unauthorized":
                self.transport = None
                self.needs_login.emit()
            self._say("offline" if isinstance(exc, SyncError) and exc.code == "offline" else "error",
                      self.error_text(exc))  # fmt: skip

        self.runner.write(job, done, failed)

    def refresh_status(self) -> None:
        """Pending changes and conflicts after a local write, without syncing."""

        def done(now: Status) -> None:
            self.last = now
            self._say(self.state)

        self.runner.read(status, done)

    state = "offline"

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
