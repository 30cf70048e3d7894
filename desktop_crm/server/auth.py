"""Passwords (argon2id), bearer tokens (random, stored hashed, expiring, revocable) and a login
rate limit. No FastAPI here: the app and the admin commands both use it."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, insert, select, update

from .db import tokens, users

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


class LoginLimiter:
    """At most ``attempts`` failed logins per user name and per address in ``window`` seconds."""

    def __init__(self, attempts: int = 5, window: float = 60.0) -> None:
        self.attempts, self.window = attempts, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                q = self._failures[key]
                while q and now - q[0] > self.window:
                    q.popleft()
                if len(q) >= self.attempts:
                    return True
        return False

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures[key].append(time.monotonic())
