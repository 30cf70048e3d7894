"""Passwords (argon2id), bearer tokens (random, stored hashed, expiring, revocable) and a login
rate limit. No FastAPI here: the app and the admin commands both use it."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, literal_column, select, update

from .db import login_failures, tokens, users

TOKEN_DAYS = 30
_hasher = PasswordHasher()  # argon2id with the library's current parameters


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(conn: Connection, user_id: str, *, now: dt.datetime | None = None) -> tuple[str, dt.datetime]:
    token = secrets.token_urlsafe(32)
    expires = (now or dt.datetime.now(dt.UTC).replace(tzinfo=None)) + dt.timedelta(days=TOKEN_DAYS)
    conn.execute(insert(tokens).values(token_hash=_digest(token), user_id=user_id, expires_at=expires))
    return token, expires


def user_for_token(conn: Connection, token: str) -> dict[str, Any] | None:
    """The active user a live token belongs to, else None."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    row = (
        conn.execute(
            select(users)
            .join(tokens, tokens.c.user_id == users.c.id)
            .where(
                tokens.c.token_hash == _digest(token),
                tokens.c.revoked.is_(False),
                tokens.c.expires_at > now,
                users.c.active.is_(True),
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def revoke(conn: Connection, token: str) -> None:
    conn.execute(update(tokens).where(tokens.c.token_hash == _digest(token)).values(revoked=True))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class LoginLimiter:
    """At most ``attempts`` failed logins per user name and per address in ``window`` seconds.

    Counted in the database (``login_failures``), not in the process: several server processes
    count one attacker's guesses together, and a restart forgets none. Failures older than the
    window are deleted as new ones come, so the table holds about a window's worth."""

    def __init__(self, attempts: int = 5, window: float = 60.0,
                 clock: Callable[[], dt.datetime] = _utcnow) -> None:  # fmt: skip
        self.attempts, self.window, self.clock = attempts, dt.timedelta(seconds=window), clock

    def blocked(self, conn: Connection, *keys: str) -> bool:
        since = self.clock() - self.window
        counts = conn.execute(
            select(func.count())
            .select_from(login_failures)
            .where(login_failures.c.key.in_(keys), login_failures.c.at > since)
            .group_by(login_failures.c.key)
        ).scalars()
        return any(n >= self.attempts for n in counts)

    def failed(self, conn: Connection, *keys: str) -> None:
        now = self.clock()
        conn.execute(insert(login_failures), [{"key": key, "at": now} for key in keys])
        old = login_failures.c.at <= now - self.window
        if conn.dialect.name == "postgresql":
            # SKIP LOCKED: processes pruning at once neither wait for nor deadlock on each
            # other's rows (a row one of them skips goes with a later failure).
            ctid: Any = literal_column("ctid")
            doomed = select(ctid).select_from(login_failures).where(old).with_for_update(skip_locked=True)
            conn.execute(delete(login_failures).where(ctid.in_(doomed)))
        else:
            conn.execute(delete(login_failures).where(old))
