"""Pruning of the server's bookkeeping after a stated retention (DESIGN.md 5, deployment):
``desktop-crm-server prune``, run daily (README). Failed logins are pruned as they come
(``auth.LoginLimiter``).

- Push answers (``applied_ops``) after 30 days: a laptop retries a push within minutes, not
  weeks. A retry after that is applied again, which the field merge makes harmless.
- Tokens once expired (or revoked): they open nothing.
- Scope moves after 90 days. A laptop whose pull cursor is older than the pruned moves cannot
  be told which rows left its scope since: the server answers its next pull with a full resync
  (``sync.full_resync``), and the laptop drops whatever that does not bring back
  (``desktop_crm.sync.resync``). The horizon is the counter row's ``moves_pruned_to``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, or_, select, update

from .db import applied_ops, counter, moves, tokens

APPLIED_OPS_DAYS = 30
MOVES_DAYS = 90


@dataclass(frozen=True)
class Pruned:
    applied_ops: int
    tokens: int
    moves: int
    horizon: int  # moves up to this sequence are gone

    def line(self) -> str:
        text = f"pruned {self.applied_ops} push answer(s), {self.tokens} token(s), {self.moves} move(s)"
        if self.horizon:
            text += f"; a laptop that last pulled before sequence {self.horizon} pulls its scope again"
        return text


def prune(conn: Connection, *, now: dt.datetime | None = None, applied_days: int = APPLIED_OPS_DAYS,
          moves_days: int = MOVES_DAYS) -> Pruned:  # fmt: skip
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    answers = conn.execute(
        delete(applied_ops).where(applied_ops.c.at < now - dt.timedelta(days=applied_days))
    )
    dead = conn.execute(delete(tokens).where(or_(tokens.c.expires_at <= now, tokens.c.revoked.is_(True))))
    newest_old = conn.execute(
        select(func.max(moves.c.seq)).where(moves.c.at < now - dt.timedelta(days=moves_days))
    ).scalar()
    gone = 0
    if newest_old is not None:
        # By sequence, not by date: the horizon is a cursor, and every move up to it goes.
        gone = conn.execute(delete(moves).where(moves.c.seq <= newest_old)).rowcount
        # Last, so the counter row (every push waits for it) is held only from here to the commit.
        conn.execute(
            update(counter)
            .where(counter.c.id == 1, counter.c.moves_pruned_to < newest_old)
            .values(moves_pruned_to=newest_old)
        )
    horizon = int(conn.execute(select(counter.c.moves_pruned_to).where(counter.c.id == 1)).scalar_one())
    return Pruned(answers.rowcount, dead.rowcount, gone, horizon)
