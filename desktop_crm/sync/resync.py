"""Pulls from the start ("passes", DESIGN.md 5): a first sync, a resync after the rep's territory
or team changed, and a full resync with a sweep after the server pruned the scope moves this
laptop's cursor needed (it can no longer say which rows left the rep's scope since).

A pass that takes several pages is kept in ``sync_state`` with the server's sequence when it
began (``top``). When the pass ends, the cursor goes back to that sequence, so whatever changed
while the pass ran (a customer handed over, the territory changed again) comes at the next pull
as any change would, with its evictions.

A sweep pass also drops, when it ends, every synced row it did not bring back, with its family,
as an eviction would: a row with a change still to push waits for the push, and a row behind a
rejected change ("needs attention") stays. The ids each page brought are kept in ``sync_state``
in the page's own transaction, so a pass cut short (offline, a crash) goes on from its cursor."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.models import MODEL_BY_TABLE, Attention, Conflict, OutboxOp, SyncState
from . import evict

PASS = "resync_pass"  # sync_state key: a pass under way, as JSON {"top": N, "sweep": bool}
SEEN = "resync_seen:"  # + the page's starting cursor: the ids a sweep pass's page brought, as JSON
CURSOR = "pull_cursor"


def note(session: Session, page: Mapping[str, Any], since: int) -> int:
    """In a pulled page's transaction, after its cursor is saved: start a pass, keep what a sweep
    pass's page brought, or end the pass. Returns the rows a sweep dropped."""
    state = _state(session)
    starts = page.get("resync") or (since == 0 and page["more"])
    if starts and "top" in page:  # (a server that tells no top knows no passes)
        _forget_seen(session)  # started again from the start: so is what it brought
        sweep = bool(page.get("sweep")) or bool(state and state["sweep"])
        session.merge(SyncState(key=PASS, value=json.dumps({"top": page["top"], "sweep": sweep})))
        if page.get("resync"):
            return 0
        state = _state(session)
    if state is None:
        return 0
    ids = [row["id"] for row in page["rows"] if not row.get("evict")]
    if page["more"]:
        if state["sweep"]:
            session.merge(SyncState(key=f"{SEEN}{since}", value=json.dumps(ids)))
        return 0
    dropped = _sweep(session, set(ids), int(page["next"])) if state["sweep"] else 0
    _forget_seen(session)
    session.execute(delete(SyncState).where(SyncState.key == PASS))
    session.merge(SyncState(key=CURSOR, value=str(state["top"])))
    return dropped


def _state(session: Session) -> dict[str, Any] | None:
    found = session.scalar(select(SyncState.value).where(SyncState.key == PASS))
    return dict(json.loads(found)) if found else None


def _sweep(session: Session, seen: set[str], end: int) -> int:
    session.flush()
    for kept in session.scalars(select(SyncState.value).where(SyncState.key.startswith(SEEN))):
        seen.update(json.loads(kept))
    keep = seen | set(session.scalars(select(Attention.row_id)))
    dropped = 0
    for table, model in MODEL_BY_TABLE.items():  # customers before their family
        gone = [i for i in session.scalars(select(model.id)) if i not in keep]
        for row_id in gone:
            outcome, _ = evict.evict(session, table, row_id, end)
            if outcome is evict.Outcome.WAITING:  # its change is pushed first
                evict.postpone(session, table, row_id, end)
            dropped += outcome is evict.Outcome.DROPPED
    pending = set(session.scalars(select(OutboxOp.row_id)))
    stale = [i for i in session.scalars(select(Conflict.id)) if i not in keep and i not in pending]
    for start in range(0, len(stale), 500):
        session.execute(delete(Conflict).where(Conflict.id.in_(stale[start : start + 500])))
    return dropped


def _forget_seen(session: Session) -> None:
    session.execute(delete(SyncState).where(SyncState.key.startswith(SEEN)))
