"""The client half of sync (DESIGN.md 5): push the outbox in order, then pull pages of rows.

Every step is one local transaction: a pushed batch leaves the outbox with the answers recorded,
and a pulled page lands with its cursor. A crash between steps repeats at most one step, which
the server's op ids and the pull cursor make harmless. No Qt here: the CLI and the GUI's task
runner call ``sync``."""

from __future__ import annotations

import datetime as dt
import ssl
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
from sqlalchemy import Date, DateTime, Table, bindparam, delete, inspect, select, text, update
from sqlalchemy.orm import Session

from ..core import bulk, search_index
from ..core.changes import APPLYING_REMOTE, clock_of, synced_columns, to_wire
from ..core.dbapi import executemany
from ..core.errors import CrmError
from ..core.models import MODEL_BY_TABLE, Attention, Conflict, Customer, OutboxOp, Synced, SyncState
from ..storage.profile import Profile
from . import evict

SCHEMA_VERSION = 1
PUSH_BATCH = 500
PULL_PAGE = 5000  # rows; a first sync of 400k rows is 80 round trips


class SyncError(CrmError):
    pass


class Transport:
    """JSON over HTTP with a timeout, and retries with backoff for what a retry can fix (no
    connection, a timeout, a 5xx). Tests hand it FastAPI's TestClient, an ``httpx.Client``."""

    def __init__(self, client: httpx.Client, *, retries: int = 3, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.client, self.retries, self.backoff, self.sleep = client, retries, backoff, sleep
        self.token: str | None = None

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
                    return self._answer(response)
            self.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

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

    def line(self) -> str:
        text = f"pushed {self.pushed} change(s), pulled {self.pulled} row(s)"
        if self.conflicts:
            text += f", {self.conflicts} conflict(s) to review"
        if self.rejected:
            text += f", {len(self.rejected)} change(s) rejected (see needs attention)"
        if self.evicted:
            text += f", {self.evicted} record(s) no longer yours removed from this laptop"
        return text


def sync(profile: Profile, transport: Transport, *, report: Report | None = None) -> Report:
    report = report or Report()
    while push_batch(profile, transport, report):
        pass
    with profile.session() as s:  # rows that left the scope while they had unpushed changes
        s.info[APPLYING_REMOTE] = True
        report.evicted += len(evict.retry(s))
    # The next page is fetched while this one is written: the server works meanwhile.
    with ThreadPoolExecutor(1, thread_name_prefix="pull") as fetcher:
        since = _cursor(profile)
        ahead = fetcher.submit(_fetch, transport, since)
        while True:
            page = ahead.result()
            if page["more"]:
                ahead = fetcher.submit(_fetch, transport, page["next"])
            apply_page(profile, page, since, report)
            if not page["more"]:
                break
            since = page["next"]
    with profile.session() as s:
        search_index.catch_up(s.connection())  # after a first sync: the search index, at once
    return report


def _image(session: Session, model: type[Synced], row_id: str) -> dict[str, Any] | None:
    obj = session.get(model, row_id)
    if obj is None:
        return None
    return {c: to_wire(getattr(obj, c)) for c in synced_columns(model)}


def push_batch(profile: Profile, transport: Transport, report: Report) -> bool:
    """Push the oldest batch of the outbox; False when it was empty."""
    with profile.session() as s:
        ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.seq).limit(PUSH_BATCH)))
        if not ops:
            return False
        wire = []
        for op in ops:
            model = MODEL_BY_TABLE.get(op.table_name)  # None: a conflict record marked resolved
            fields = _image(s, model, op.row_id) if op.op == "insert" and model else op.fields
            wire.append({"op_id": op.op_id, "table": op.table_name, "row_id": op.row_id, "op": op.op,
                         "fields": fields or {}, "base": op.base, "base_seq": op.base_seq, "hlc": op.hlc})  # fmt: skip
    answer = transport.call("POST", "/v1/sync/push", json={"schema_version": SCHEMA_VERSION, "ops": wire})
    results = {r["op_id"]: r for r in answer["results"]}
    with profile.session() as s:
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
    return True


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


def apply_page(profile: Profile, page: dict[str, Any], since: int, report: Report) -> None:
    """Write a pulled page and its cursor in one transaction."""
    with profile.session() as s:
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
            stamp = row["data"].get("updated_at")
            if stamp:
                clock.observe(stamp)
        writer.flush()
        s.merge(SyncState(key="pull_cursor", value=str(page["next"])))
        report.pulled += len(page["rows"])


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
