"""Shared by the benchmarks: the cached big profile, timing, and the report line format.

Budgets are DESIGN.md section 6. Every figure is printed next to a comparison measured in the
same run, because only ratios hold on a noisy 2-core machine."""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_crm.core import demo
from desktop_crm.storage.profile import Profile, open_profile

CACHE = Path(__file__).resolve().parent / ".cache"
# 100k customers with 3 contacts and ~10 timeline entries each: the DESIGN.md scale.
BIG = demo.DemoSize(contacts=3.0, touches=7.6)


@dataclass
class Check:
    name: str
    figure: str
    comparison: str
    ok: bool | None  # None: a figure without a budget, printed for information

    def line(self) -> str:
        verdict = "INFO" if self.ok is None else "PASS" if self.ok else "FAIL"
        return f"{verdict}  {self.name}: {self.figure}  |  {self.comparison}"


def big_profile(customers: int, rebuild: bool = False) -> Profile:
    """A profile at bench scale, built once and kept in bench/.cache (minutes to build)."""
    path = CACHE / f"profile-{customers}"
    marker = path / "bench.json"
    wanted = {"customers": customers, "contacts": BIG.contacts, "touches": BIG.touches, "seed": 1}
    if rebuild or not marker.exists() or json.loads(marker.read_text()) != wanted:
        shutil.rmtree(path, ignore_errors=True)
        print(f"building a {customers}-customer profile in {path} (once) ...", file=sys.stderr)
        started = time.perf_counter()
        profile = open_profile(path)
        with profile.session() as session:
            result = demo.generate(session, customers=customers, seed=1, settings=profile.settings, size=BIG)
        print(f"  {result} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        marker.write_text(json.dumps(wanted))
        return profile
    return open_profile(path)


def timed(fn: Callable[[], object]) -> float:
    """Seconds for one call."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def p(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


@contextmanager
def rolled_back(profile: Profile) -> Iterator[Session]:
    """A session whose writes are thrown away, so a benchmark leaves the cached profile as it was."""
    with profile.sessions() as session:
        session.begin()
        try:
            yield session
        finally:
            session.rollback()
