"""The merge rules of DESIGN.md section 5, as one pure module the server and the client share.

An operation carries the fields it changed, the hybrid-clock stamp of the change and the row's
server sequence when its writer last saw it (``seen_seq``). The row remembers, per field, the
stamp and the sequence of its last write. Field by field:

- nobody wrote the field since the writer saw the row: the change applies;
- somebody did: the later stamp wins, and the losing value is kept as a clash (a conflict record
  both sides can see and undo), never dropped.

Whether a field was touched is decided by sequence, not by comparing values: a field changed A to
B and back to A elsewhere was still changed, and an older edit must not win over the newer A.

Deletes are soft (``deleted`` is a field), but not an ordinary one: an edit of a row deleted
elsewhere does not bring it back, and a delete of a row edited elsewhere since the deleting side
last saw it still deletes; both are clashes. Creation never clashes: ids are generated offline
and never reused, so an insert is either new or a retry of itself.
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
    deleting = incoming.get("deleted") is True
    if current.get("deleted") and "deleted" not in incoming:
        # An edit of a row deleted elsewhere: the row stays deleted, the edit is kept as a clash.
        for key, value in incoming.items():
            if current.get(key) != value:
                out.clashes.append(Clash(key, current.get(key), value, False, hlc))
        return out
    for key, value in incoming.items():
        now, stamp = current.get(key), stamps.get(key, "")
        if seqs.get(key, 0) <= seen:  # untouched since the writer saw the row
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
    if deleting and not current.get("deleted") and max(seqs.values(), default=0) > seen:
        # A delete of a row edited elsewhere after the deleting side last saw it: it deletes, and
        # the clash lets either side bring the row back.
        out.clashes.append(Clash("deleted", True, False, True, max(stamps.values(), default="")))
    return out
