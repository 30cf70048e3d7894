"""Opening a profile: its directory, its SQLite store (WAL, foreign keys), migrations with a
backup first, its settings, and the session factory every caller opens sessions from."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..core import changes, search_index
from ..core.clock import HybridClock, new_id
from ..core.errors import CrmError
from ..core.models import OutboxOp, SyncState
from ..core.settings import Settings
from . import migrate

APP_NAME = "desktop-crm"
PROFILE_ENV = "DESKTOP_CRM_PROFILE"
DB_NAME = "crm.sqlite"


class ProfileError(CrmError):
    pass


def default_profile_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "default"


def resolve_profile_dir(arg: str | os.PathLike[str] | None = None) -> Path:
    """``--profile`` wins, then ``DESKTOP_CRM_PROFILE``, then the platform's user-data directory."""
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(PROFILE_ENV)
    return Path(env).expanduser() if env else default_profile_dir()


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so DDL at the start
    # of a unit of work (bulk_load drops the search triggers) would commit on its own and survive a
    # rollback. Transactions are begun explicitly instead (``_begin``): all or nothing.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across application crashes in WAL mode; only power loss can roll back
    # the last transactions, never corrupt the file.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    # 8 MB a connection (the window holds up to three): the default 2 MB thrashes on 100k
    # customers; bulk loads raise it for their own transaction.
    cur.execute("PRAGMA cache_size=-8000")
    cur.close()


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass
class Profile:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    settings: Settings
    clock: HybridClock

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits once at the end, rolls back everything on an error."""
        with self.sessions() as session, session.begin():
            yield session

    def save_settings(self) -> None:
        self.settings.save(self.path / "settings.json")

    def close(self) -> None:
        self.engine.dispose()


def _check_writable(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProfileError(
            "profile_unwritable", f"cannot create profile directory {path}: {exc.strerror}"
        ) from None
    if not path.is_dir():
        raise ProfileError("profile_not_dir", f"profile path {path} is not a directory")
    probe = path / f".write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise ProfileError("profile_unwritable", f"profile directory {path} is not writable") from None


def open_profile(path: str | os.PathLike[str] | None = None) -> Profile:
    """Open (creating if needed) the profile at ``path``, migrating its store to the current schema."""
    root = resolve_profile_dir(path)
    _check_writable(root)
    db_path = root / DB_NAME
    engine = make_engine(db_path)
    try:
        migrate.upgrade(engine, backup_dir=root / "backups")
    except OperationalError as exc:
        engine.dispose()
        raise ProfileError("profile_unreadable", f"cannot open {db_path}: {exc.orig}") from None
    settings = Settings.load(root / "settings.json")
    with Session(engine) as s, s.begin():
        search_index.catch_up(s.connection())  # a first sync cut short: finish its search index
        node = s.get(SyncState, "node_id")
        if node is None:
            # The clock's node id: short, unique per laptop profile, breaks HLC ties.
            node = SyncState(key="node_id", value=new_id().replace("-", "")[-12:])
            s.add(node)
        clock = HybridClock(node.value)
        offset = s.get(SyncState, "clock_offset_ms")
        clock.offset_ms = int(offset.value) if offset else 0
        last = s.scalar(select(OutboxOp.hlc).order_by(OutboxOp.seq.desc()).limit(1))
        high = s.get(SyncState, "hlc_high")
        for stamp in (last, high.value if high else None):
            if stamp:
                clock.observe(stamp)
    factory = sessionmaker(engine, info={changes.CLOCK: clock}, expire_on_commit=False)
    changes.install(factory)
    return Profile(root, engine, factory, settings, clock)
