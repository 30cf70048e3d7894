"""A lead saved at a trade show while sync waits on a slow server (issue 17): the window's own
task runner, the save (duplicate check included) as the window submits it, timed from submit to
the answer on the GUI thread. Offline first, then while a sync waits 10 s for the server's
answer to its push, in the same run. Before sync left the write worker, the second figure was
the server's 10 s (plus retries).

On a profile of its own (built here, ``CUSTOMERS`` customers) so the cached big profile keeps its
outbox: the sync folds and sends it."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_crm.core import demo, events
from desktop_crm.core.duplicates import likely_duplicates
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync.client import SyncError, Transport, sync

from .common import Check, ms, p

CUSTOMERS = 20_000
SERVER_WAIT = 10.0  # seconds the server takes to answer the push
VISITORS = 40


class SlowServer(Transport):
    """A server that takes ``SERVER_WAIT`` seconds and then drops the connection."""

    def __init__(self) -> None:
        super().__init__(None, retries=0)  # type: ignore[arg-type]  # never reaches a client
        self.waiting = threading.Event()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        self.waiting.set()
        time.sleep(SERVER_WAIT)
        raise SyncError("offline", "the server did not answer in time")


def _visitor(i: int) -> dict[str, str]:
    return {"name": f"访客{i:03d}", "company": f"展会新公司{i:04d}", "phone": f"139{i:08d}"}


def _saves(runner: Any, app: Any, n: int, start: int) -> list[float]:
    """Seconds from submitting each save to its answer on the GUI thread, one after another."""
    times = []
    for i in range(start, start + n):
        v = _visitor(i)

        def save(s: Session, v: dict[str, str] = v) -> str:
            likely_duplicates(s, name=v["name"], company=v["company"], phone=v["phone"])
            return events.create_lead(s, **v, consent=True)

        done = threading.Event()
        began = time.perf_counter()
        runner.write(save, lambda _id, done=done: done.set())
        while not done.is_set():
            app.processEvents()
        times.append(time.perf_counter() - began)
    return times


def run(_profile: Profile) -> list[Check]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from desktop_crm.ui.tasks import TaskRunner

    app = QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-slow-sync-"))
    profile = open_profile(folder / "profile")
    try:
        with profile.session() as s:
            demo.generate(s, customers=CUSTOMERS, seed=3, settings=profile.settings)
        runner = TaskRunner(profile)
        offline = _saves(runner, app, VISITORS, 0)
        transport = SlowServer()
        sync_done = threading.Event()

        def job() -> None:
            try:
                sync(profile, transport, write=runner.run_write_blocking)
            finally:
                sync_done.set()

        runner.network(job, lambda _r: None, lambda _e: None)
        while not transport.waiting.is_set():
            app.processEvents()
        during = _saves(runner, app, VISITORS, VISITORS)
        still_waiting = not sync_done.is_set()
        while not sync_done.is_set():
            app.processEvents()
        runner.wait()
    finally:
        profile.close()
        shutil.rmtree(folder, ignore_errors=True)
    slow, quick = p(during, 95), p(offline, 95)
    return [
        Check(
            f"lead save while sync waits {SERVER_WAIT:.0f} s on the server, p95 of {VISITORS} ({CUSTOMERS} customers)",
            f"{ms(slow)} (p50 {ms(p(during, 50))}; all saved while the sync waited: {still_waiting})",
            f"offline, same run: p95 {ms(quick)}",
            still_waiting and slow <= max(3 * quick, quick + 0.010),
        )
    ]


if __name__ == "__main__":  # python -m bench.bench_slow_sync: this figure alone, without the big profile
    for check in run(None):  # type: ignore[arg-type]
        print(check.line())
