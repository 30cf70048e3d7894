"""The window on the big profile (DESIGN.md section 6): cold start to a painted window beside a
bare PySide6 window, jumping to the last row beside QSqlQueryModel, the timeline of a customer
with 5,000 entries, and the whole app's RSS. Start-up is measured in fresh processes."""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desktop_crm.core import bulk, customers
from desktop_crm.core.models import Customer, TimelineEntry
from desktop_crm.storage.profile import Profile

from .common import Check, ms

PROBE = Path(__file__).with_name("gui_probe.py")
RUNS = 3


def _probe(*args: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROBE.parents[1])}
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), args[0], str(spawned), *args[1:]],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"probe {args[0]} failed: {out.stderr[-500:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def _busy_customer(profile: Profile) -> str:
    """A customer with 5,000 timeline entries, added to the cached profile once."""
    with profile.session() as s:
        found = s.query(Customer.id).filter(Customer.external_id == "bench-5000").scalar()
        if found:
            return str(found)
        cid = customers.create_customer(s, name="Bench Busy Trading Co.", external_id="bench-5000")
        start = dt.datetime(2020, 1, 1, 9)
        rows = [
            {"customer_id": cid, "kind": ("call", "email", "visit", "note")[i % 4],
             "occurred_at": start + dt.timedelta(hours=7 * i), "subject": f"touch {i}"}
            for i in range(5000)
        ]  # fmt: skip
        bulk.insert_rows(s, TimelineEntry, rows)
        return cid


def _timeline(profile: Profile, customer_id: str) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.tasks import TaskRunner
    from desktop_crm.ui.timeline.pane import TimelinePane

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pane = TimelinePane(TaskRunner(profile, synchronous=True))
    pane.resize(600, 800)
    pane.show()
    app.processEvents()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        pane.show_customer(customer_id, "Bench Busy Trading Co.")
        pane.table.viewport().repaint()
        times.append(time.perf_counter() - started)
    assert pane.model.rowCount() == 5000
    return statistics.median(times)


def run(profile: Profile) -> list[Check]:
    path = str(profile.path)
    bare = [_probe("bare") for _ in range(RUNS)]
    full = [_probe(path) for _ in range(RUNS)]
    qsql = _probe("qsql", path)
    start, bare_start = _median(full, "painted_s"), _median(bare, "painted_s")
    jump, rss = _median(full, "jump_last_s"), max(r["rss_mb"] for r in full)
    timeline = _timeline(profile, _busy_customer(profile))
    rows = full[0]["rows"]
    return [
        Check(
            f"cold start to a painted window with {rows} customers listed (median of {RUNS})",
            f"{start:.2f} s (budget <= 1.5 s)",
            f"bare PySide6 window {bare_start:.2f} s",
            start <= 1.5,
        ),
        Check(
            f"jump to the last of {rows} rows and paint",
            f"{ms(jump)} (budget <= 50 ms)",
            f"QSqlQueryModel on the same table {qsql['jump_last_s']:.2f} s ({qsql['jump_last_s'] / jump:.0f}x)",
            jump <= 0.050,
        ),
        Check(
            "open the timeline of a customer with 5,000 entries",
            f"{ms(timeline)} (budget <= 100 ms)",
            "",
            timeline <= 0.100,
        ),
        Check(
            "whole-app RSS after start and the jump",
            f"{rss:.0f} MB (budget <= 200 MB)",
            f"bare window {max(r['rss_mb'] for r in bare):.0f} MB",
            rss <= 200,
        ),
    ]
