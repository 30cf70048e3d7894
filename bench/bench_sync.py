"""Sync over loopback against a real ``desktop-crm-server`` process (DESIGN.md section 6):
the initial sync of 100k customers and 300k timeline entries beside a raw ``executemany`` of
the same rows, an incremental sync of 100 changed rows each way, and 50 reps syncing at once
against PostgreSQL. ``servers`` (``--only servers``): 200 reps against one, then three server
processes on one PostgreSQL, with how long each push holds the sequence counter's row."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from sqlalchemy import create_engine, insert, select, text

from desktop_crm.core import customers
from desktop_crm.core.changes import synced_columns, to_wire
from desktop_crm.core.models import Customer, TimelineEntry
from desktop_crm.server import admin, auth
from desktop_crm.server.db import create_schema, drop_schema, make_engine, rows
from desktop_crm.server.timing import LOCK_TIMES_ENV
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.sync.client import Transport, sync

from .common import CACHE, Check, ms

ENTRIES = 300_000
PASSWORD = "bench-secret-1"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PG_BENCH = "postgresql+psycopg://postgres@127.0.0.1:5432/bench"
REPS = 50
OPS = 100
ROUNDS = 3


def _images(profile: Profile, model: type[Any], limit: int | None) -> list[dict[str, Any]]:
    columns = synced_columns(model)
    with profile.session() as s:
        stmt = (
            select(*(getattr(model, c) for c in columns)).where(model.deleted.is_(False)).order_by(model.id)
        )
        if limit:
            stmt = stmt.limit(limit)
        return [{c: to_wire(v) for c, v in zip(columns, r, strict=True)} for r in s.execute(stmt)]


def server_db(profile: Profile) -> tuple[Path, int]:
    """A server database holding the bench profile's customers and 300k of its timeline
    entries as one rep's rows, built once (cached next to the profile)."""
    path = CACHE / f"server-{profile.path.name}.sqlite"
    marker = path.with_suffix(".json")
    if marker.exists():
        return path, int(json.loads(marker.read_text())["rows"])
    path.unlink(missing_ok=True)
    print(f"building the sync bench's server database {path} (once) ...", file=sys.stderr)
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    images = [("customers", c) for c in _images(profile, Customer, None)]
    # Without their contact persons (not part of the budget's rows), so no entry names one.
    images += [
        ("timeline_entries", {**e, "contact_id": None}) for e in _images(profile, TimelineEntry, ENTRIES)
    ]
    with engine.begin() as conn:
        rep = admin.add_user(conn, "rep", password=PASSWORD)
        start = int(conn.execute(text("SELECT value FROM counter")).scalar_one())
        batch = []
        for n, (table, data) in enumerate(images, start + 1):
            data["owner_id"] = rep if table == "customers" else data.get("owner_id")
            batch.append({"table_name": table, "id": data["id"], "data": data, "stamps": {}, "seqs": {},
                          "writers": {}, "seq": n, "owner_id": data.get("owner_id"), "territory_id": None,
                          "customer_id": data["id"] if table == "customers" else data["customer_id"]})  # fmt: skip
            if len(batch) == 10_000:
                conn.execute(insert(rows), batch)
                batch = []
        if batch:
            conn.execute(insert(rows), batch)
        conn.execute(text("UPDATE counter SET value = :v"), {"v": start + len(images)})
    engine.dispose()
    marker.write_text(json.dumps({"rows": len(images)}))
    return path, len(images)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(url: str, workers: int = 1) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from desktop_crm.server.cli import main; raise SystemExit(main())",
         "--db", url, "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/v1/health").status_code == 200:
                    break
            time.sleep(0.05)
        else:
            raise RuntimeError("the bench server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def login(base: str, name: str) -> Transport:
    t = Transport.to(base, timeout=120)
    t.login(name, PASSWORD)
    return t


def raw_executemany(images: list[tuple[str, dict[str, Any]]], into: Path) -> float:
    """The comparison: the same rows into a fresh SQLite file with one executemany per table."""
    import sqlite3

    db = sqlite3.connect(into)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, data in images:
        by_table.setdefault(table, []).append(data)
    started = time.perf_counter()
    for table, found in by_table.items():
        cols = list(found[0])
        db.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
        db.executemany(
            f"INSERT INTO {table} VALUES ({', '.join('?' for _ in cols)})",
            [
                tuple(json.dumps(v) if isinstance(v, dict | list) else v for v in (d.get(c) for c in cols))
                for d in found
            ],
        )
    db.commit()
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def initial(profile: Profile) -> list[Check]:
    path, total = server_db(profile)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        shutil.copy(path, work / "server.sqlite")  # the runs below change it: each starts afresh
        with serving(f"sqlite:///{work / 'server.sqlite'}") as base:
            laptop = open_profile(work / "laptop")
            transport = login(base, "rep")
            started = time.perf_counter()
            report = sync(laptop, transport)
            elapsed = time.perf_counter() - started
            with laptop.session() as s:
                got = (
                    s.scalar(select(text("count(*)")).select_from(Customer)),
                    s.scalar(select(text("count(*)")).select_from(TimelineEntry)),
                )
            incremental = _incremental(laptop, base)
            laptop.close()
        engine = make_engine(f"sqlite:///{path}")
        with engine.connect() as conn:
            images = [(t, d) for t, d in conn.execute(select(rows.c.table_name, rows.c.data))]
        engine.dispose()
        raw = raw_executemany(images, work / "raw.sqlite")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Check(
            f"initial sync of {got[0]:,} customers + {got[1]:,} timeline entries over loopback "
            f"({report.pulled:,} rows pulled)",
            f"{elapsed:.1f} s (budget <= 30 s)",
            f"raw executemany of the same {total:,} rows {raw:.1f} s ({elapsed / raw:.0f}x)",
            elapsed <= 30
            and got
            == (
                sum(1 for t, _ in images if t == "customers"),
                sum(1 for t, _ in images if t == "timeline_entries"),
            ),
        ),
        incremental,
    ]


def _incremental(laptop: Profile, base: str) -> Check:
    """100 rows changed on the laptop and 100 by a colleague's push: one sync moves both ways."""
    other = login(base, "rep")
    with laptop.session() as s:
        ids = list(s.scalars(select(Customer.id).order_by(Customer.id).limit(200)))
        for cid in ids[:100]:
            customers.update_customer(s, cid, notes="changed on the laptop")
    ops = [{"op_id": f"bench-{time.time_ns()}-{i}", "table": "customers", "row_id": cid, "op": "update",
            "fields": {"notes": "changed elsewhere"}, "base": {}, "base_seq": None,
            "hlc": f"{time.time_ns() // 1_000_000:013d}-0000-bench"} for i, cid in enumerate(ids[100:])]  # fmt: skip
    other.call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": ops})
    transport = login(base, "rep")
    started = time.perf_counter()
    report = sync(laptop, transport)
    elapsed = time.perf_counter() - started
    return Check(
        f"incremental sync: {report.pushed} changes pushed, {report.pulled} rows pulled",
        f"{ms(elapsed)} (budget <= 500 ms)",
        "",
        elapsed <= 0.5 and report.pushed == 100 and report.pulled >= 100,
    )


def _bench_database() -> bool:
    """The ``bench`` database on the local PostgreSQL (made if missing); False if none answers."""
    try:
        admin_engine = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = 'bench'")).first() is None:
                conn.execute(text("CREATE DATABASE bench"))
        admin_engine.dispose()
        return True
    except Exception:
        return False


def concurrent() -> Check:
    """50 reps at once, each pushing 100 new customers and pulling what its scope holds, as
    the sync client does it (push batches, then pull pages), over loopback HTTP."""
    name = f"{REPS} reps syncing at once against PostgreSQL, {OPS} ops each"
    if not _bench_database():
        return Check(name, "not run", "PostgreSQL at 127.0.0.1:5432 did not answer", None)
    engine = make_engine(PG_BENCH)
    drop_schema(engine)
    create_schema(engine)
    with engine.begin() as conn:
        for i in range(REPS):
            admin.add_user(conn, f"rep{i:02d}", password=PASSWORD)
    engine.dispose()
    with serving(PG_BENCH, workers=2) as base:  # one process per core
        transports = [login(base, f"rep{i:02d}") for i in range(REPS)]
        # Each rep synced before (yesterday) and made 100 changes offline since; three such
        # mornings, as timings here vary by a third between runs.
        cursors = [_pull_all(t, 0) for t in transports]
        rounds: list[list[float]] = []
        errors: list[str] = []
        for day in range(ROUNDS):
            bodies = [
                json.dumps({"schema_version": 1, "ops": _new_customers(i, day)}).encode() for i in range(REPS)
            ]
            rounds.append(_morning(transports, cursors, bodies, errors))
        solo_started = time.perf_counter()
        one_more = login(base, "rep00")
        one_more.call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": _new_customers(99, 0)})
        solo = time.perf_counter() - solo_started
    p95s = sorted(statistics.quantiles(t, n=20)[-1] if len(t) > 1 else float("inf") for t in rounds)
    p95 = p95s[len(p95s) // 2]
    return Check(
        name,
        f"p95 {p95:.2f} s (median of {ROUNDS} rounds: {', '.join(f'{x:.2f}' for x in p95s)}), "
        f"{len(errors)} errors (budget: p95 <= 1 s, no errors)",
        f"one rep alone (login and push) {solo:.2f} s" if not errors else "; ".join(errors[:3]),
        p95 <= 1.0 and not errors,
    )


def _morning(
    transports: list[Transport], cursors: list[int], bodies: list[bytes], errors: list[str]
) -> list[float]:
    """Every rep pushes its body and pulls, all at once, from one thread each: their times."""
    barrier = threading.Barrier(REPS)
    times: list[float] = []

    def one(i: int) -> None:
        t = transports[i]
        barrier.wait()
        started = time.perf_counter()
        try:
            answer = t.client.post("/v1/sync/push", content=bodies[i], headers={
                "Authorization": f"Bearer {t.token}", "Content-Type": "application/json"})  # fmt: skip
            if answer.status_code != 200 or any(r["status"] != "applied" for r in answer.json()["results"]):
                raise RuntimeError(f"the push was not applied: {answer.status_code}")
            cursors[i] = _pull_all(t, cursors[i])
        except Exception as exc:  # counted, not raised: the figure is how many fail
            errors.append(f"{exc.__class__.__name__}: {exc}")
            return
        times.append(time.perf_counter() - started)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(REPS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times


def _pull_all(t: Transport, since: int) -> int:
    more = True
    while more:
        page = t.call("GET", "/v1/sync/pull", params={"since": since, "limit": 5000, "schema_version": 1})
        since, more = page["next"], page["more"]
    return int(since)


def _new_customers(rep: int, day: int) -> list[dict[str, Any]]:
    hlc = f"{time.time_ns() // 1_000_000:013d}-0000-rep{rep:02d}"
    ops = []
    for i in range(OPS):
        row_id = f"{rep:08x}-{day:04x}-7000-8000-{i:012d}"
        ops.append({"op_id": f"op-{rep}-{i}-{time.time_ns()}", "table": "customers", "row_id": row_id,
                    "op": "insert", "base": {}, "base_seq": None, "hlc": hlc,
                    "fields": {"name": f"客户 {rep}-{day}-{i}", "city": "上海", "province": "上海",
                               "relationship": "prospect", "notes": "", "deleted": False, "updated_at": hlc}})  # fmt: skip
    return ops


def run(profile: Profile) -> list[Check]:
    return [*initial(profile), concurrent()]


FLEET = 200  # reps
FLEET_ROUNDS = 2
SOLO = 20  # reps syncing one at a time, nothing else running: the comparison


def servers() -> list[Check]:
    """200 reps, each pushing 100 new customers and pulling, all at once: against one server
    process, then against three on the same PostgreSQL (each rep sticks to one, as behind a
    proxy), in the same run. Each push's hold of the counter row is timed inside the servers
    (``server.timing``): pushes take turns there, whatever the number of processes."""
    name = f"{FLEET} reps syncing at once, {OPS} ops each and their pulls, on PostgreSQL"
    if not _bench_database():
        return [Check(name, "not run", "PostgreSQL at 127.0.0.1:5432 did not answer", None)]
    runs = {n: _fleet(n) for n in (1, 3)}
    checks = []
    for n, run in runs.items():
        checks.append(Check(
            f"{name}, {n} server process{'es' if n > 1 else ''}",
            f"p95 {run['p95']:.2f} s, {run['rate']:.1f} syncs/s, {run['errors']} errors, "
            f"{run['duplicates']} duplicates ({FLEET_ROUNDS} rounds)",
            f"one process: p95 {runs[1]['p95']:.2f} s, {runs[1]['rate']:.1f} syncs/s"
            if n > 1 else f"one rep alone {run['solo']:.2f} s (median of {SOLO}) " + "; ".join(run["messages"]),
            not run["errors"] and not run["duplicates"],
        ))  # fmt: skip
    for n, run in runs.items():
        hold = run["hold"]
        ceiling = 300 * 1000 / hold[1]  # one push per rep per 5 minutes, one at a time
        checks.append(Check(
            f"counter row held per push of {OPS} ops, {n} process{'es' if n > 1 else ''} under that load",
            f"median {hold[1]:.1f} ms, p95 {hold[2]:.1f} ms over {hold[0]} pushes: at most {ceiling:,.0f} "
            "reps pushing once per 5-minute sync",
            f"a push alone {run['alone']:.1f} ms (median of {SOLO}): {300 * 1000 / run['alone']:,.0f} reps",
            None,
        ))  # fmt: skip
    return checks


def _fleet(processes: int) -> dict[str, Any]:
    """One fresh ``bench`` database, FLEET reps with a token each, then FLEET_ROUNDS mornings."""
    engine = make_engine(PG_BENCH)
    drop_schema(engine)
    create_schema(engine)
    hashed = auth.hash_password(PASSWORD)  # one argon2 hash for all: making 200 would take a minute
    tokens: list[str] = []
    with engine.begin() as conn, mock.patch.object(auth, "hash_password", return_value=hashed):
        for i in range(FLEET):
            rep = admin.add_user(conn, f"rep{i:03d}", password=PASSWORD)
            tokens.append(auth.issue_token(conn, rep)[0])  # as a login would: the servers share tokens
    times_file = Path(tempfile.mkstemp(prefix="bench-lock-", suffix=".txt")[1])
    with _processes(PG_BENCH, processes, {LOCK_TIMES_ENV: str(times_file)}) as bases:
        transports = []
        for i, token in enumerate(tokens):
            t = Transport.to(bases[i % processes], timeout=120)
            t.token = token
            t.client.headers["Content-Type"] = "application/json"  # the pushes' bodies are sent as bytes
            transports.append(t)
        cursors = [_pull_all(t, 0) for t in transports]
        times_file.write_text("")  # the mornings' pushes only
        times: list[float] = []
        errors: list[str] = []
        pulled: list[list[str]] = [[] for _ in transports]
        started = time.perf_counter()
        for day in range(FLEET_ROUNDS):
            bodies = [json.dumps({"schema_version": 1, "ops": _new_customers(i, day)}).encode()
                      for i in range(FLEET)]  # fmt: skip
            times += _fleet_morning(transports, cursors, bodies, errors, pulled)
        wall = time.perf_counter() - started
        held = sorted(float(x) for x in times_file.read_text().split())
        times_file.write_text("")
        solo: list[float] = []
        for n in range(SOLO):  # the comparison: one rep at a time, nothing else running
            began = time.perf_counter()
            ops = _new_customers(n, 100)
            transports[n].call("POST", "/v1/sync/push", json={"schema_version": 1, "ops": ops})
            cursors[n] = _pull_all(transports[n], cursors[n])
            solo.append(time.perf_counter() - began)
        alone = [float(x) for x in times_file.read_text().split()]
        for t in transports:
            t.client.close()
    times_file.unlink()
    with engine.connect() as conn:
        names = [d["name"] for d in conn.execute(
            select(rows.c.data).where(rows.c.table_name == "customers")).scalars()]  # fmt: skip
    engine.dispose()
    # The same customer stored twice, or pulled twice by its rep (they only insert): duplicates.
    twice = len(names) - len(set(names)) + sum(len(ids) - len(set(ids)) for ids in pulled)
    missing = (FLEET * FLEET_ROUNDS + SOLO) * OPS - len(set(names))
    return {
        "p95": statistics.quantiles(times, n=20)[-1] if len(times) > 1 else float("inf"),
        "rate": len(times) / wall,
        "errors": len(errors) + max(missing, 0),
        "messages": errors[:2],
        "duplicates": twice,
        "hold": (len(held), statistics.median(held) if held else 0.0,
                 statistics.quantiles(held, n=20)[-1] if len(held) > 1 else 0.0),
        "alone": statistics.median(alone) if alone else 0.0,
        "solo": statistics.median(solo),
    }  # fmt: skip


@contextlib.contextmanager
def _processes(url: str, n: int, env: dict[str, str]) -> Iterator[list[str]]:
    """``n`` separate ``desktop-crm-server`` processes on free ports, as behind a proxy."""
    procs, bases = [], []
    try:
        for _ in range(n):
            port = _free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "desktop_crm.server.cli", "--db", url, "--port", str(port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env},
            ))  # fmt: skip
            bases.append(f"http://127.0.0.1:{port}")
        for base in bases:
            for _ in range(600):
                with contextlib.suppress(httpx.TransportError):
                    if httpx.get(f"{base}/v1/health").status_code == 200:
                        break
                time.sleep(0.1)
            else:
                raise RuntimeError("a bench server did not start")
        yield bases
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)


def _fleet_morning(transports: list[Transport], cursors: list[int], bodies: list[bytes], errors: list[str],
                   pulled: list[list[str]]) -> list[float]:  # fmt: skip
    """Every rep pushes its body and pulls everything after its cursor, all at once."""
    barrier = threading.Barrier(len(transports))
    times: list[float] = []

    def one(i: int) -> None:
        t = transports[i]
        barrier.wait()
        started = time.perf_counter()
        try:
            # Through the client's own call, with its retries: a server closes a connection idle
            # for 5 s (keep-alive), and a push sent on it as it closes is sent again.
            answer = t.call("POST", "/v1/sync/push", content=bodies[i])
            if any(r["status"] != "applied" for r in answer["results"]):
                raise RuntimeError("the push was not applied")
            more, since = True, cursors[i]
            while more:
                page = t.call(
                    "GET", "/v1/sync/pull", params={"since": since, "limit": 5000, "schema_version": 1}
                )
                pulled[i] += [r["id"] for r in page["rows"] if r["table"] == "customers"]
                since, more = page["next"], page["more"]
            cursors[i] = since
        except Exception as exc:  # counted, not raised: the figure is how many fail
            errors.append(f"{exc.__class__.__name__}: {exc}")
            return
        times.append(time.perf_counter() - started)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(transports))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times
