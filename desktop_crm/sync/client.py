"""The client half of sync (DESIGN.md 5): push the outbox in order, then pull pages of rows.

Every step is one local transaction: a pushed batch leaves the outbox with the answers recorded,
and a pulled page lands with its cursor. A crash between steps repeats at most one step, which
the server's op ids and the pull cursor make harmless. No Qt here: the CLI and the GUI's task
runner call ``sync``.

Only those steps take the write lock, and the waiting on the server happens outside any
transaction, so the GUI keeps its write worker for the rep's own edits while the network is slow
(``write``)."""

from __future__ import annotations

import datetime as dt
import ssl
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

import httpx
from sqlalchemy import Date, DateTime, Table, bindparam, delete, func, inspect, select, text, update
from sqlalchemy.orm import Session

from ..core import bulk, search_index
from ..core.changes import APPLYING_REMOTE, clock_of, synced_columns, to_wire
from ..core.clock import format_hlc
from ..core.dbapi import executemany
from ..core.errors import CrmError
from ..core.models import MODEL_BY_TABLE, Attention, Conflict, Customer, OutboxOp, Synced, SyncState
from ..storage.profile import Profile
from . import evict, resync

SCHEMA_VERSION = 1
PUSH_BATCH = 500
CLOCK_LEAD_MS = 5 * 60 * 1000  # as the server's: how far ahead of it a stamp may be
CLOCK_OFF_MS = 2 * 60 * 1000  # a computer clock further off than this is corrected and reported
PULL_PAGE = 5000  # rows; a first sync of 400k rows is 80 round trips
T = TypeVar("T")


class Write(Protocol):
    """Runs ``fn(session)`` in one write transaction and returns its result (the GUI: on its
    write worker, while the sync's thread waits)."""

    def __call__(self, fn: Callable[[Session], T], /) -> T: ...


def writing_here(profile: Profile) -> Write:
    """Each write step in a transaction of its own, in the calling thread (the CLI)."""

    def write(fn: Callable[[Session], T]) -> T:
        with profile.session() as s:
            return fn(s)

    return write


SyncProgress = Callable[[str, int, int], None]
"""stage ("push" or "pull"), done, total (0 when not known): called between steps; raising
``Cancelled`` from it stops the sync there, every step before it written whole."""


class SyncError(CrmError):
    pass


class Transport:
    """JSON over HTTP with a timeout, and retries with backoff for what a retry can fix (no
    connection, a timeout, a 5xx). Tests hand it FastAPI's TestClient, an ``httpx.Client``."""

    def __init__(self, client: httpx.Client, *, retries: int = 3, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.client, self.retries, self.backoff, self.sleep = client, retries, backoff, sleep
        self.token: str | None = None
        # The server's time in the last answer that gave it, and when (monotonic) it came.
        self._server_time: tuple[int, int] | None = None

    @classmethod
    def to(cls, server: str, *, timeout: float = 30.0) -> Transport:
        return cls(httpx.Client(base_url=server.rstrip("/"), timeout=httpx.Timeout(timeout, connect=10.0)))

    def call(self, method: str, path: str, *, retries: int | None = None, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        retries = self.retries if retries is None else retries
        for attempt in range(retries + 1):
            try:
                response = self.client.request(method, path, headers=headers, **kwargs)
            except httpx.TransportError as exc:
                untrusted = _certificate_problem(exc)
                if untrusted:  # no retry mends that, and it is not being offline
                    raise SyncError(
                        "untrusted_certificate",
                        f"the server's certificate is not trusted ({untrusted}); for a server with a "
                        "private certificate authority, set SSL_CERT_FILE to its root certificate",
                    ) from None
                if attempt == retries:
                    raise SyncError("offline", f"cannot reach the server: {exc.__class__.__name__}") from None
            else:
                if response.status_code < 500 or attempt == retries:
                    answer = self._answer(response)
                    if isinstance(answer, dict) and isinstance(answer.get("server_time"), int):
                        self._server_time = (answer["server_time"], time.monotonic_ns())
                    return answer
            self.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def stamp_bound(self) -> str:
        """The latest stamp a laptop takes from the server's data: the server's time plus the
        lead it allows a client clock (a stamp from a clock running days ahead, stored before
        servers clamped them, must not drag this laptop's clock along)."""
        now = self.server_now_ms()
        if now is None:
            return "9" * 13  # an older server tells no time: no bound
        return format_hlc(now + CLOCK_LEAD_MS, 0, "~")  # after every stamp of that millisecond

    def server_now_ms(self) -> int | None:
        """The server's time now, from its last answer (None: it has not told)."""
        if self._server_time is None:
            return None
        told, at = self._server_time
        return told + (time.monotonic_ns() - at) // 1_000_000

    @staticmethod
    def _answer(response: httpx.Response) -> Any:
        if response.status_code == 401:
            raise SyncError("unauthorized", "the server did not accept the login: " + _detail(response))
        if response.status_code == 426:
            raise SyncError("too_old", "this app is too old for the server; update it (nothing was lost)")
        if response.status_code >= 400:
            raise SyncError(
                "server_error", f"the server answered {response.status_code}: {_detail(response)}"
            )
        return response.json()

    def login(self, username: str, password: str) -> dict[str, Any]:
        # Not retried: somebody waits for the answer; the syncs after it retry on their own.
        answer: dict[str, Any] = self.call(
            "POST", "/v1/auth/login", retries=0, json={"username": username, "password": password}
        )
        self.token = answer["token"]
        return answer


def _certificate_problem(exc: BaseException) -> str | None:
    """What TLS verification said, if that is why the connection failed (httpx wraps it)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen.reason)
        seen = seen.__cause__ or seen.__context__
    return None


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))
    except ValueError:
        return response.text[:200]


@dataclass
class Report:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)
    customers: set[str] = field(default_factory=set)  # whose rows were pulled: their figures are stale
    evicted: int = 0  # rows that left this rep's scope and this laptop
    clock_off_ms: int = 0  # this computer's clock minus the server's, when it is far off

    def line(self) -> str:
        text = f"pushed {self.pushed} change(s), pulled {self.pulled} row(s)"
        if self.conflicts:
            text += f", {self.conflicts} conflict(s) to review"
        if self.rejected:
            text += f", {len(self.rejected)} change(s) rejected (see needs attention)"
        if self.evicted:
            text += f", {self.evicted} record(s) no longer yours removed from this laptop"
        if self.clock_off_ms:
            minutes = round(abs(self.clock_off_ms) / 60_000)
            way = "ahead of" if self.clock_off_ms > 0 else "behind"
            text += f"; this computer's clock is {minutes} min {way} the server's: set it right (changes are stamped by the server's time meanwhile)"
        return text


def sync(profile: Profile, transport: Transport, *, report: Report | None = None,
         progress: SyncProgress | None = None, write: Write | None = None) -> Report:  # fmt: skip
    """Push the outbox, then pull. The server is waited for in the calling thread; every write
    goes through ``write``, one short transaction a step (default: ``writing_here``)."""
    report = report or Report()
    write = write or writing_here(profile)
    told = progress or _not_told
    to_push = _pending(profile)
    told("push", 0, to_push)
    while push_batch(profile, transport, report, write=write):
        to_push = max(to_push, report.pushed)  # edits made meanwhile go too
        told("push", report.pushed, to_push)
    report.evicted += len(write(_retry_evictions))
    told("pull", 0, 0)
    # The next page is fetched while this one is written: the server works meanwhile. A stop
    # leaves a fetch in flight to end on its own: nobody waits for it.
    fetcher = ThreadPoolExecutor(1, thread_name_prefix="pull")
    try:
        since = _cursor(profile)
        ahead = fetcher.submit(_fetch, transport, since)
        while True:
            page = ahead.result()
            if page["more"]:
                ahead = fetcher.submit(_fetch, transport, page["next"])
            apply_page(profile, page, since, report, write=write)
            told("pull", report.pulled, 0)
            if not page["more"]:
                break
            since = page["next"]
    finally:
        fetcher.shutdown(wait=False, cancel_futures=True)
    write(_catch_up_search)  # after a first sync: the search index, at once
    report.clock_off_ms = _check_clock(profile, transport, write)
    return report


def _check_clock(profile: Profile, transport: Transport, write: Write) -> int:
    """This computer's clock against the server's: far off, the profile's clock is corrected
    (kept in the profile for the next start) and the answer says by how much (laptop minus
    server, in ms); else 0."""
    server_now = transport.server_now_ms()
    if server_now is None:
        return 0
    offset = server_now - profile.clock.wall_ms()
    wanted = offset if abs(offset) > CLOCK_OFF_MS else 0
    if wanted != profile.clock.offset_ms:
        profile.clock.offset_ms = wanted

        def keep(s: Session) -> None:
            s.merge(SyncState(key="clock_offset_ms", value=str(wanted)))

        write(keep)
    return -wanted


def _not_told(_stage: str, _done: int, _total: int) -> None:
    pass


def _pending(profile: Profile) -> int:
    with profile.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxOp)) or 0


def _retry_evictions(s: Session) -> list[str]:
    """Rows that left the scope while they had unpushed changes go once those are pushed."""
    s.info[APPLYING_REMOTE] = True
    return evict.retry(s)


def _catch_up_search(s: Session) -> None:
    search_index.catch_up(s.connection())


def push_batch(profile: Profile, transport: Transport, report: Report, *, write: Write | None = None) -> bool:
    """Push the oldest batch of the outbox; False when it was empty. Preparing the batch and
    recording the answers are two short writes (through ``write``): no transaction is open while
    the server answers."""
    write = write or writing_here(profile)
    ops = write(_prepare_batch)
    if not ops:
        return False
    wire = [{"op_id": op.op_id, "table": op.table_name, "row_id": op.row_id, "op": op.op, "fields": op.fields,
             "base": op.base, "base_seq": op.base_seq, "hlc": op.hlc} for op in ops]  # fmt: skip
    answer = transport.call("POST", "/v1/sync/push", json={"schema_version": SCHEMA_VERSION, "ops": wire})
    results = {r["op_id"]: r for r in answer["results"]}
    bound = transport.stamp_bound()

    def mark(s: Session) -> None:
        for op in ops:
            result = results.get(op.op_id)
            if result is None:
                continue  # not answered: stays in the queue for the next push
            if result["status"] == "rejected":
                s.merge(Attention(op_id=op.op_id, table_name=op.table_name, row_id=op.row_id, op=op.op,
                                  fields=op.fields, reason=result.get("reason", "")))  # fmt: skip
                report.rejected.append(op.op_id)
            report.pushed += 1
            report.conflicts += len(result.get("clashes", []))
        s.execute(delete(OutboxOp).where(OutboxOp.seq.in_([o.seq for o in ops if o.op_id in results])))
        _take_stamps(s, ops, results, bound)

    write(mark)
    return True


def _prepare_batch(s: Session) -> list[OutboxOp]:
    """The oldest batch of the outbox, with each row created offline folded into its insert.

    The insert then carries the row as it is now, stamped with its latest change, and the edits
    made since it was created go with it instead of after it: replayed one by one against the
    image, they would write older values over newer ones. The image is kept in the insert, so a
    retry sends exactly what the server may already have applied, and edits made after this
    point are operations of their own."""
    ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.seq).limit(PUSH_BATCH)))
    fresh = {op.row_id: op for op in ops if op.op == "insert" and not op.fields and op.table_name in MODEL_BY_TABLE}
    if not fresh:
        return ops
    folded: set[int] = set()
    for start in range(0, len(fresh), 500):
        chunk = list(fresh)[start : start + 500]
        for later in s.scalars(select(OutboxOp).where(OutboxOp.row_id.in_(chunk), OutboxOp.op != "insert")):
            if later.seq > fresh[later.row_id].seq:
                folded.add(later.seq)
    for insert in fresh.values():
        obj = s.get(MODEL_BY_TABLE[insert.table_name], insert.row_id)
        if obj is None:
            continue
        insert.fields = {c: to_wire(getattr(obj, c)) for c in synced_columns(type(obj))}
        insert.hlc = max(insert.hlc, obj.updated_at or "")
    if folded:
        s.execute(delete(OutboxOp).where(OutboxOp.seq.in_(folded)))
    s.flush()
    return [op for op in ops if op.seq not in folded]


def _take_stamps(s: Session, ops: list[OutboxOp], results: Mapping[str, Any], bound: str) -> None:
    """The server stamps every change it applies: a row with nothing left to push takes the
    server's ``updated_at``, so every laptop holds the same stamp for the same row image (the
    calendar export's SEQUENCE counts on it). Stamps are observed no further than ``bound``."""
    clock = clock_of(s)
    stamps: dict[tuple[str, str], str] = {}
    for op in ops:
        stamp = results.get(op.op_id, {}).get("updated_at")
        if isinstance(stamp, str) and op.table_name in MODEL_BY_TABLE:
            stamps[(op.table_name, op.row_id)] = stamp
            clock.observe(min(stamp, bound))
    if not stamps:
        return
    waiting = set(s.scalars(select(OutboxOp.row_id).where(OutboxOp.row_id.in_([r for _, r in stamps]))))
    for (table_name, row_id), stamp in stamps.items():
        if row_id not in waiting:
            table = cast(Table, MODEL_BY_TABLE[table_name].__table__)  # type: ignore[attr-defined]
            s.execute(update(table).where(table.c.id == row_id).values(updated_at=stamp))


_COLUMN_TYPES: dict[type[Synced], dict[str, Any]] = {}


def _column_types(model: type[Synced]) -> dict[str, Any]:
    found = _COLUMN_TYPES.get(model)
    if found is None:
        found = _COLUMN_TYPES[model] = {c.key: c.columns[0].type for c in inspect(model).column_attrs}
    return found


def from_wire(model: type[Synced], data: Mapping[str, Any]) -> dict[str, Any]:
    columns = _column_types(model)
    values: dict[str, Any] = {}
    for key, value in data.items():
        kind = columns.get(key)
        if kind is None or key == "server_seq":
            continue  # a field this version does not know: additive changes pass by
        if isinstance(value, str) and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        values[key] = value
    return values


def _cursor(profile: Profile) -> int:
    with profile.session() as s:
        cursor = s.get(SyncState, "pull_cursor")
        return int(cursor.value) if cursor else 0


def _fetch(transport: Transport, since: int) -> dict[str, Any]:
    page: dict[str, Any] = transport.call(
        "GET", "/v1/sync/pull", params={"since": since, "limit": PULL_PAGE, "schema_version": SCHEMA_VERSION}
    )
    return page


def pull_page(profile: Profile, transport: Transport, report: Report) -> bool:
    """Pull and apply one page, saving the cursor in the same transaction; True if more wait."""
    since = _cursor(profile)
    page = _fetch(transport, since)
    apply_page(profile, page, since, report)
    return bool(page["more"])


def apply_page(profile: Profile, page: dict[str, Any], since: int, report: Report, *,
               write: Write | None = None) -> None:  # fmt: skip
    """Write a pulled page and its cursor in one transaction."""

    def step(s: Session) -> None:
        # A page may bring a contact person before the customer it belongs to (the customer
        # was edited later, so it sorts later): foreign keys are checked when the page commits.
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        s.info[APPLYING_REMOTE] = True
        clock = clock_of(s)
        if since == 0 and len(page["rows"]) >= PULL_PAGE and s.scalar(select(Customer.id).limit(1)) is None:
            search_index.defer_indexing(s.connection())  # a first sync into an empty profile
        writer = PageRows(s, page["rows"])
        for row in page["rows"]:
            if not row.get("evict") and writer.take(row):
                continue
            writer.flush()  # in page order from here
            if row.get("evict"):
                outcome, dropped = evict.evict(s, row["table"], row["id"], row["seq"])
                writer.known -= dropped  # if they come back later in the page, as new rows
                if outcome is evict.Outcome.WAITING:
                    evict.postpone(s, row["table"], row["id"], row["seq"])
                report.evicted += outcome is evict.Outcome.DROPPED
                continue
            _apply_row(s, row)
            touched = row["id"] if row["table"] == "customers" else row["data"].get("customer_id")
            if touched:
                report.customers.add(touched)
        writer.flush()
        stamps = [r["data"]["updated_at"] for r in page["rows"]
                  if "data" in r and isinstance(r["data"].get("updated_at"), str)]  # fmt: skip
        if stamps:  # every later local edit must sort after what was pulled, within bounds
            clock.observe(min(max(stamps), _bound(page)))
        s.merge(SyncState(key="pull_cursor", value=str(page["next"])))
        report.evicted += resync.note(s, page, since)  # a pull from the start (may set the cursor)
        report.pulled += len(page["rows"])

    (write or writing_here(profile))(step)


def _bound(answer: Mapping[str, Any]) -> str:
    """``Transport.stamp_bound`` for an answer that carries the server's time."""
    server_time = answer.get("server_time")
    if not isinstance(server_time, int):
        return "9" * 13
    return format_hlc(server_time + CLOCK_LEAD_MS, 0, "~")


class PageRows:
    """Most rows of a page are written with one ``executemany`` per table and kind: the new
    ones (all of them in a first sync) inserted, the known ones updated. A row with a local
    change not pushed yet goes through the ORM instead (``_apply_row``), which keeps the
    change on top of the pulled image."""

    def __init__(self, session: Session, page: list[dict[str, Any]]) -> None:
        self.session = session
        wanted: dict[str, list[str]] = {}
        for row in page:
            if not row.get("evict") and row["table"] in MODEL_BY_TABLE:
                wanted.setdefault(row["table"], []).append(row["id"])
        self.known: set[str] = set()  # ids this laptop has (ids are unique across tables)
        self.pending: set[str] = set()
        for table, ids in wanted.items():
            model: Any = MODEL_BY_TABLE[table]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                self.known.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
                self.pending.update(
                    session.scalars(select(OutboxOp.row_id).where(OutboxOp.row_id.in_(chunk)))
                )
        self.inserts: dict[type[Synced], dict[str, dict[str, Any]]] = {}
        self.updates: dict[type[Synced], dict[str, dict[str, Any]]] = {}

    def take(self, row: Mapping[str, Any]) -> bool:
        model = MODEL_BY_TABLE.get(row["table"])
        if model is None or row["id"] in self.pending:
            return False
        values = from_wire(model, row["data"])
        values["id"], values["server_seq"] = row["id"], row["seq"]
        into = self.updates if row["id"] in self.known else self.inserts
        into.setdefault(model, {})[row["id"]] = values  # a repeat in the page: the newer image
        return True

    def flush(self) -> None:
        conn = self.session.connection()
        for model, by_id in self.inserts.items():
            found = list(by_id.values())
            bulk.complete(model, found)
            executemany(conn, cast(Table, model.__table__), found)  # type: ignore[attr-defined]
            if model in search_index.SEARCHABLE:
                search_index.reindex_rows(conn, model, found, cascade=False)
            self.known.update(by_id)
        for model, by_id in self.updates.items():
            table = cast(Table, model.__table__)  # type: ignore[attr-defined]
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for values in by_id.values():
                groups.setdefault(tuple(sorted(values)), []).append({f"v_{k}": v for k, v in values.items()})
            for keys, params in groups.items():
                stmt = update(table).where(table.c.id == bindparam("v_id"))
                conn.execute(stmt.values({k: bindparam(f"v_{k}") for k in keys if k != "id"}), params)
            if model in search_index.SEARCHABLE:
                search_index.reindex_rows(conn, model, list(by_id.values()))
        self.inserts, self.updates = {}, {}


def _apply_row(session: Session, row: Mapping[str, Any]) -> None:
    if row["table"] == "conflicts":
        data = row["data"]
        session.merge(Conflict(id=data["id"], table_name=data["table"], row_id=data["row_id"], field=data["field"],
                               kept=data["kept"], lost=data["lost"], kept_by=data["kept_by"],
                               lost_by=data["lost_by"], lost_at=data["lost_at"], customer_id=data["customer_id"],
                               at=data["at"], resolved=data.get("resolved", False)))  # fmt: skip
        return
    model = MODEL_BY_TABLE.get(row["table"])
    if model is None:
        return  # a table this version does not know
    values = from_wire(model, row["data"])
    obj = session.get(model, row["id"])
    if obj is None:
        obj = model(**values)
        session.add(obj)
    else:
        for key, value in values.items():
            setattr(obj, key, value)
    obj.server_seq = row["seq"]
    # Local edits not pushed yet stay on top: they are still on their way to the server, which
    # merges them against what it has now.
    for op in session.scalars(select(OutboxOp).where(OutboxOp.row_id == row["id"]).order_by(OutboxOp.seq)):
        if op.op != "insert":
            for key, value in from_wire(model, op.fields).items():
                setattr(obj, key, value)
    session.flush()
