"""Merging two customer records that are one customer: field by field, then the history.

The survivor ("left") keeps its id; for each field it keeps its own value, takes the other's
("right"), or keeps both ("both"), where that has a meaning:

- notes and industry join the two values (notes a paragraph each, industry "a / b");
- name, phone, e-mail, website, address and external id hold one value, so "both" keeps the
  survivor's and writes the other one into the notes, one labelled line each: no number or
  address the rep typed is lost;
- the coded fields (city, province, country, language, currency, relationship, tier) cannot be
  both; asking for it is a ValidationError.

A field left out of ``choices`` keeps the survivor's value, unless the survivor has none and the
other has one (merging fills gaps). Coordinates follow the address they belong to. Ownership and
territory stay the survivor's: a merge is no way to hand a customer to someone else.

Then every live contact person, timeline entry, visit, order and lead of the other customer moves
to the survivor, and the other is tombstoned. All of it are ordinary ORM edits in the caller's
session, so the change recorder writes ordinary update and delete operations and sync carries
the merge like any other edit; the tombstone keeps the merged-away record for the server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from . import records
from .duplicates import name_key
from .errors import CrmError, ValidationError
from .models import Contact, Customer, Lead, Order, TimelineEntry, Visit
from .validation import format_phone
from .vocab import EntryKind

Choice = Literal["left", "right", "both"]
CHOICES: tuple[Choice, ...] = ("left", "right", "both")

# The fields a person chooses between, in the order a form shows them.
FIELDS = ("name", "industry", "phone", "email", "website", "address", "city", "province", "country",
          "language", "currency", "relationship", "tier_override", "external_id", "notes")  # fmt: skip
JOINED = {"notes": "\n\n", "industry": " / "}  # "both" joins the two values
TO_NOTES = frozenset({"name", "phone", "email", "website", "address", "external_id"})  # "both": a note line
_MOVED = (Contact, TimelineEntry, Visit, Order, Lead)


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """One row of the merge form: the field's code (the UI words it), both values, and what
    "keep both" does for it: ``"join"``, ``"notes"`` or ``None`` (not offered)."""

    field: str
    left: Any
    right: Any
    both: str | None

    @property
    def same(self) -> bool:
        return (_empty(self.left) and _empty(self.right)) or self.left == self.right

    @property
    def default(self) -> Choice:
        return "right" if _empty(self.left) and not _empty(self.right) else "left"


@dataclass(frozen=True, slots=True)
class MergeResult:
    survivor_id: str
    loser_id: str
    changed: Mapping[str, Any]  # the survivor's fields that changed, with their new values
    contacts: int
    timeline_entries: int
    visits: int
    orders: int
    leads: int
    note_id: str | None  # the timeline note recording the merge, when one was asked for

    @property
    def moved(self) -> int:
        return self.contacts + self.timeline_entries + self.visits + self.orders + self.leads


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _note_line(field: str, value: Any, labels: Mapping[str, str] | None, shown: str | None = None) -> str:
    if shown is None:
        shown = format_phone(value) if field == "phone" else str(value)
    return f"{(labels or {}).get(field, field)}: {shown}"


def _both_kind(field: str) -> str | None:
    return "join" if field in JOINED else "notes" if field in TO_NOTES else None


def merge_fields(session: Session, a: str, b: str) -> list[FieldChoice]:
    """The merge form's rows for survivor ``a`` (left) and ``b`` (right): no SQL in the dialog."""
    left, right = records.get_live(session, Customer, a), records.get_live(session, Customer, b)
    return [FieldChoice(f, getattr(left, f), getattr(right, f), _both_kind(f)) for f in FIELDS]


def history_counts(session: Session, customer_id: str) -> dict[str, int]:
    """How much hangs on a customer: live contacts, timeline entries, visits, orders and leads,
    keyed by table name. The merge form shows it, so the rep keeps the record with the history."""
    out: dict[str, int] = {}
    for model in _MOVED:
        table = model.__tablename__
        col = model.customer_id
        out[table] = session.scalar(
            select(func.count()).select_from(model).where(col == customer_id, model.deleted.is_(False))
        ) or 0  # fmt: skip
    return out


def merged_values(
    fields: list[FieldChoice], choices: Mapping[str, str], labels: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The survivor's values after the merge (a preview needs no session): ``fields`` from
    ``merge_fields``, ``choices`` by field code, ``labels`` words the note lines of "both"."""
    by_field = {f.field: f for f in fields}
    for field, choice in choices.items():
        if field not in by_field:
            raise ValidationError(field, "unknown_field", "is not a field to merge")
        if choice not in CHOICES:
            raise ValidationError(field, "invalid_choice", f"{choice!r} is not one of left, right, both")
        if choice == "both" and by_field[field].both is None:
            raise ValidationError(field, "single_value", "holds one value: keep left or right")
    values: dict[str, Any] = {}
    note_lines: list[str] = []
    for f in fields:
        choice = choices.get(f.field, f.default)
        if choice == "left" or (choice == "both" and _empty(f.right)):
            values[f.field] = f.left
        elif choice == "right" or _empty(f.left):
            values[f.field] = f.right
        elif f.both == "join":
            values[f.field] = (
                f.left if f.left == f.right else f.left.rstrip() + JOINED[f.field] + f.right.strip()
            )
        else:  # both, to the notes
            values[f.field] = f.left
            if f.right != f.left:
                note_lines.append(_note_line(f.field, f.right, labels))
    if note_lines:
        notes = values.get("notes") or ""
        values["notes"] = (notes.rstrip() + "\n\n" if notes.strip() else "") + "\n".join(note_lines)
    return values


def _join_people(session: Session, survivor_id: str, loser_id: str) -> dict[type[Any], int]:
    """The same person on both records (the same name, and the same mobile, phone or e-mail, or
    none of them) becomes one contact person: the survivor's, with what only the other had filled
    in. History, visits and leads that named the other one name the survivor's now, and move to
    the survivor in the same change (the server refuses a contact person of another customer).
    Returns how many live rows of each kind it moved."""

    def key(c: Contact) -> str:
        return name_key(c.name)

    def reach(c: Contact) -> set[str]:
        return {v for v in (c.mobile, c.phone, c.email.casefold() if c.email else None) if v}

    live = Contact.deleted.is_(False)
    kept = {
        key(c): c for c in session.scalars(select(Contact).where(Contact.customer_id == survivor_id, live))
    }
    carried: dict[type[Any], int] = {}
    for other in session.scalars(select(Contact).where(Contact.customer_id == loser_id, live)).all():
        same = kept.get(key(other))
        if same is None or (reach(same) and reach(other) and not reach(same) & reach(other)):
            continue  # someone else of that name, or not known to be the same person
        for name in ("title", "department", "phone", "mobile", "email", "wechat"):
            if not getattr(same, name) and getattr(other, name):
                setattr(same, name, getattr(other, name))
        if other.notes and other.notes not in same.notes:
            same.notes = "\n\n".join(x for x in (same.notes, other.notes) if x)
        for model in (TimelineEntry, Visit, Lead):
            named = session.scalars(select(model).where(model.contact_id == other.id))
            for row in named:
                row.contact_id = same.id  # type: ignore[attr-defined]
                if row.customer_id == loser_id:  # type: ignore[attr-defined]
                    row.customer_id = survivor_id  # type: ignore[attr-defined]
                    carried[model] = carried.get(model, 0) + (not row.deleted)  # type: ignore[attr-defined]
        other.deleted = True
    session.flush()
    return carried


def _move_named_deleted_people(session: Session, survivor_id: str, loser_id: str) -> None:
    """A deleted contact person that live history still names goes with that history (other
    deleted ones stay where they were)."""
    named = [
        select(model.contact_id).where(model.customer_id == loser_id, model.deleted.is_(False))
        for model in (TimelineEntry, Visit, Lead)
    ]
    gone = select(Contact).where(
        Contact.customer_id == loser_id, Contact.deleted.is_(True), Contact.id.in_(union(*named))
    )  # fmt: skip
    for person in session.scalars(gone):
        person.customer_id = survivor_id


def merge_customers(
    session: Session,
    *,
    survivor_id: str,
    loser_id: str,
    choices: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
    note: str | None = None,
    shown: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge customer ``loser_id`` into ``survivor_id`` (see the module's docstring). ``note``,
    when given, is the subject of a note on the survivor's timeline that records the merge, with
    the other record's values in its body (worded by the caller, as are ``labels``; ``shown``
    words coded values such as the relationship level)."""
    if survivor_id == loser_id:
        raise CrmError("merge_self", "a customer cannot be merged with itself")
    survivor = records.get_live(session, Customer, survivor_id)
    loser = records.get_live(session, Customer, loser_id)
    fields = merge_fields(session, survivor_id, loser_id)
    values = merged_values(fields, choices, labels)
    if values.get("address") == loser.address != survivor.address and loser.address:
        values["latitude"], values["longitude"] = loser.latitude, loser.longitude
    changed = records.apply(survivor, values)

    has_primary = session.scalar(
        select(Contact.id).where(
            Contact.customer_id == survivor_id, Contact.deleted.is_(False), Contact.is_primary.is_(True)
        ).limit(1)
    ) is not None  # fmt: skip
    moved = _join_people(session, survivor_id, loser_id)
    for model in _MOVED:
        rows = session.scalars(
            select(model).where(model.customer_id == loser_id, model.deleted.is_(False))
        ).all()
        for row in rows:
            row.customer_id = survivor_id  # type: ignore[attr-defined]
            if isinstance(row, Contact) and row.is_primary and has_primary:
                row.is_primary = False  # one primary contact a customer: the survivor's
        moved[model] = moved.get(model, 0) + len(rows)
        if model is Contact:
            _move_named_deleted_people(session, survivor_id, loser_id)
            # The people's changes go first, in a flush of their own: the server checks a moving
            # row's contact person against the row's new customer, in the order changes arrive.
            session.flush()
    loser.deleted = True
    note_id = None
    if note:
        body = "\n".join(
            _note_line(f.field, f.right, labels, (shown or {}).get(f.field))
            for f in fields
            if not _empty(f.right)
        )
        entry = TimelineEntry(customer_id=survivor_id, kind=EntryKind.NOTE.value, subject=note, body=body,
                              occurred_at=dt.datetime.now().replace(microsecond=0))  # fmt: skip
        session.add(entry)
        session.flush()
        note_id = entry.id
    session.flush()
    return MergeResult(
        survivor_id=survivor_id,
        loser_id=loser_id,
        changed=changed,
        contacts=moved[Contact],
        timeline_entries=moved[TimelineEntry],
        visits=moved[Visit],
        orders=moved[Order],
        leads=moved[Lead],
        note_id=note_id,
    )
