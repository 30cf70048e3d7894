"""The merge rules of DESIGN.md section 5, as one pure module the server and the client share.

An operation carries the fields it changed, the hybrid-clock stamp of the change (whose last part
names the laptop that made it) and the row's server sequence when that laptop last saw it
(``seen_seq``). The row remembers, per field, the stamp and the sequence of its last write.
Field by field:

- nobody else wrote the field since the writer saw the row: the change applies. "Nobody else"
  includes the writer's own earlier changes it had not pulled back yet: a laptop knows what it
  wrote itself, so it never clashes with itself. Of two writes by one laptop the later stamp is
  the newer (its clock only moves forward), so an older one arriving after a newer one is dropped.
- another laptop did: the later stamp wins, and the losing value is kept as a clash (a conflict
  record both sides can see and undo), never dropped.

Whether a field was touched is decided by sequence, not by comparing values: a field changed A to
B and back to A elsewhere was still changed, and an older edit must not win over the newer A.

Deletes are soft (``deleted`` is a field), but not an ordinary one. An edit against a delete made
elsewhere, in either order, is one clash on ``deleted``: the row stays deleted, the edit's values
are kept in it, and putting the lost side back (the row not deleted) restores the row with them.
Creation never clashes: ids are generated offline and never reused, so an insert is either new or
a retry of itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["applied", "merged", "conflict"]


@dataclass(frozen=True, slots=True)
class Clash:
    field: str
    kept: Any  # the value the row holds after the merge
    lost: Any  # the value that did not make it, kept in the conflict record
    incoming_won: bool  # True: the operation's value is the one kept
    lost_hlc: str  # when the losing value was written


@dataclass(frozen=True, slots=True)
class Outcome:
    changes: dict[str, Any] = field(default_factory=dict)  # fields to write
    stamps: dict[str, str] = field(default_factory=dict)  # the written fields' new stamps
    clashes: list[Clash] = field(default_factory=list)

    @property
    def status(self) -> Status:
        if self.clashes:
            return "conflict"
        return "applied" if self.changes else "merged"


def node_of(stamp: str) -> str | None:
    """The laptop (clock node) that made a stamp; None for a stamp without one (server data)."""
    parts = stamp.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[2] else None


def merge(
    *,
    current: Mapping[str, Any],
    stamps: Mapping[str, str],
    seqs: Mapping[str, int],
    incoming: Mapping[str, Any],
    hlc: str,
    seen_seq: int | None,
) -> Outcome:
    """Merge one update or delete into ``current``, the row as it stands; ``stamps`` and ``seqs``
    hold the stamp and the sequence of each field's last write."""
    out = Outcome()
    seen = seen_seq or 0
    node = node_of(hlc)

    def others(key: str) -> bool:
        """Written by another laptop since this one last saw the row."""
        stamp = stamps.get(key, "")
        return seqs.get(key, 0) > seen and (node is None or node_of(stamp) != node)

    for key, value in incoming.items():
        now, stamp = current.get(key), stamps.get(key, "")
        if not others(key):
            if seqs.get(key, 0) > seen and hlc <= stamp:
                continue  # this laptop's own newer write is already there (a creation's image)
            if now != value or hlc > stamp:
                out.changes[key] = value
                out.stamps[key] = max(hlc, stamp)
        elif hlc > stamp:  # both wrote it: this write is the later one
            out.changes[key] = value
            out.stamps[key] = hlc
            if now != value:
                out.clashes.append(Clash(key, value, now, True, stamp))
        elif now != value:
            out.clashes.append(Clash(key, now, value, False, hlc))
    if any(c.field == "deleted" for c in out.clashes):
        return out  # a delete against a restore: that clash already says it all
    if current.get("deleted") and "deleted" not in incoming:
        if others("deleted"):
            # An edit of a row another laptop deleted: its values stay in the tombstone, and
            # the clash lets either side bring the row back with them.
            out.clashes.append(Clash("deleted", True, False, False, hlc))
    elif incoming.get("deleted") is True and not current.get("deleted"):
        edited = [stamps.get(k, "") for k in current if k != "deleted" and others(k)]
        if edited:
            # A delete of a row another laptop edited after the deleting one last saw it: it
            # deletes, and the clash lets either side bring the row back.
            out.clashes.append(Clash("deleted", True, False, True, max(edited)))
    return out
