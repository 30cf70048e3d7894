"""Run the benchmarks: ``python -m bench.run [--customers N] [--rebuild] [--only NAME ...]``.

Builds (once, cached in bench/.cache) a profile at DESIGN.md scale and prints, for every figure,
its budget and the comparison measured in the same run. Exits 1 if a budget is missed. Not part
of the test suite: timings belong here, not in assertions."""

from __future__ import annotations

import argparse
import sys

from desktop_crm.storage.profile import Profile

from . import (
    bench_bulk,
    bench_dashboard,
    bench_gui,
    bench_import,
    bench_leads,
    bench_reports,
    bench_search,
    bench_slow_sync,
    bench_sync,
)
from .common import big_profile

BENCHES = {
    "search": bench_search.run,
    "bulk": bench_bulk.run,
    "gui": bench_gui.run,
    "sync": bench_sync.run,
    "leads": bench_leads.run,
    "reports": bench_reports.run,
    "import": bench_import.run,
    "dashboard": bench_dashboard.run,
    "slow_sync": bench_slow_sync.run,
}
WITHOUT_PROFILE = {"servers": bench_sync.servers}  # on a PostgreSQL database of its own


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true", help="build the cached profile again")
    every = sorted({*BENCHES, *WITHOUT_PROFILE})
    parser.add_argument("--only", nargs="+", choices=every, default=every)
    args = parser.parse_args()
    # The big profile takes minutes to build the first time: only when a bench reads it.
    profile = big_profile(args.customers, rebuild=args.rebuild) if set(args.only) & set(BENCHES) else None
    ok = True
    try:
        for name in args.only:
            checks = WITHOUT_PROFILE[name]() if name in WITHOUT_PROFILE else BENCHES[name](_some(profile))
            for check in checks:
                print(check.line(), flush=True)
                ok &= check.ok is not False
    finally:
        if profile is not None:
            profile.close()
    return 0 if ok else 1


def _some(profile: Profile | None) -> Profile:
    assert profile is not None
    return profile


if __name__ == "__main__":
    sys.exit(main())
