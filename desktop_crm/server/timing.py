"""A debug timing for the bench: how long each push holds the sequence counter's row, from the
moment its ``SELECT ... FOR UPDATE`` returns to the moment the connection goes back to the pool
after the commit. Every push waits for that row, so this is what bounds the pushes a second of
the whole deployment, however many server processes there are.

Off unless ``$DESKTOP_CRM_SERVER_LOCK_TIMES`` names a file: each server process appends one line
per transaction that took the lock, in milliseconds."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event

LOCK_TIMES_ENV = "DESKTOP_CRM_SERVER_LOCK_TIMES"
_KEY = "counter_locked_at"


def time_counter_lock(engine: Engine, path: str) -> None:
    out = open(path, "a", buffering=1)  # noqa: SIM115 (open for the process's life)

    @event.listens_for(engine, "after_cursor_execute")
    def _locked(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FOR UPDATE" in statement and "FROM counter" in statement:
            conn.info[_KEY] = time.perf_counter()

    @event.listens_for(engine.pool, "checkin")
    def _released(_dbapi_conn: Any, record: Any) -> None:
        started = record.info.pop(_KEY, None) if record is not None else None
        if started is not None:
            out.write(f"{(time.perf_counter() - started) * 1000:.3f}\n")
