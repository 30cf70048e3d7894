"""What a pushed operation may hold (DESIGN.md 5: the server trusts nothing in a push).

A value is checked against the column the laptop's model declares for it, before anything is
stored: the server keeps rows as generic JSON, so nothing else stops a value that every laptop
pulling the row then fails to write (a NUL byte, an integer SQLite cannot hold, a date that does
not parse), or that PostgreSQL or the pull's JSON encoder refuses (a lone surrogate, a nesting
deeper than orjson's limit). The answer is a reason naming the field, or None."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from ..core.models import MODEL_BY_TABLE, Synced
from ..core.validation import CONTROL_CHARS, SURROGATES

# A Text column's cap, in characters: a long e-mail pasted into the notes fits, and a push batch
# of such rows stays under the body limit.
TEXT_MAX = 100_000
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what SQLite's INTEGER (and PostgreSQL's bigint) holds
MAX_FIELDS = 200  # a row image has about 25

# Shared with the HTTP model of an operation (app.Op).
ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"  # clock.new_id's text
HLC_PATTERN = r"^[0-9]{13}-[0-9a-f]{4}-[0-9A-Za-z_]{1,29}$"  # clock.format_hlc; 48 characters at most
NAME_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"  # a table or column name

_ID, _HLC, _NAME = (re.compile(p) for p in (ID_PATTERN, HLC_PATTERN, NAME_PATTERN))
# What the laptop's forms, import and scans clean away: PostgreSQL refuses a NUL, and no UTF-8
# encoder writes a lone surrogate (the pull's would fail).
_BAD_CHARS = re.compile(f"[{CONTROL_CHARS}{SURROGATES}]")


@dataclass(frozen=True, slots=True)
class Column:
    kind: str  # id | hlc | str | int | float | bool | date | datetime | json | any
    nullable: bool = True
    required: bool = False  # on insert: not nullable and no default
    length: int = TEXT_MAX


def _is_id(name: str) -> bool:
    return name == "id" or (name.endswith("_id") and name != "external_id")


def _kind(name: str, type_: Any) -> str:
    if _is_id(name):
        return "id"
    if name == "updated_at":
        return "hlc"
    # Most specific first: Text is a String, and a Float is checked before an Integer.
    for sql_type, kind in ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Float, "float"),
                           (Integer, "int"), (String, "str")):  # fmt: skip
        if isinstance(type_, sql_type):
            return kind
    return "json"  # a territory's provinces: the admin commands' to write, not a client's


def _columns(model: type[Synced]) -> dict[str, Column]:
    found = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.name in model.LOCAL_FIELDS:
            continue
        length = (
            column.type.length
            if isinstance(column.type, String) and not isinstance(column.type, Text)
            else None
        )
        found[column.name] = Column(
            kind=_kind(column.name, column.type),
            nullable=bool(column.nullable),
            required=not column.nullable and column.default is None and not column.primary_key,
            length=length or TEXT_MAX,
        )
    return found


COLUMNS: dict[str, dict[str, Column]] = {table: _columns(model) for table, model in MODEL_BY_TABLE.items()}
# Of a conflict record (the server writes them), a client may only mark it resolved.
COLUMNS["conflicts"] = {"resolved": Column("bool", nullable=False)}
CLOSED = frozenset({"conflicts"})  # no field beyond the declared ones
LOCAL = frozenset().union(*(m.LOCAL_FIELDS for m in MODEL_BY_TABLE.values()))
# A field this server's models do not know (a newer client's additive one) passes as a scalar.
_UNKNOWN = Column("any")


def check_op(op: Mapping[str, Any]) -> str | None:
    """Why ``op`` cannot be stored, or None. Tables the server does not know are left to the
    push, which refuses them."""
    columns = COLUMNS.get(op["table"])
    if columns is None:
        return None
    fields: Mapping[str, Any] = op["fields"]
    if len(fields) > MAX_FIELDS:
        return f"more than {MAX_FIELDS} fields"
    for name, value in fields.items():
        if not _NAME.fullmatch(name):
            return f"field {ascii(name)[:80]}: not a field name"
        if name in LOCAL:
            return f"{name}: only the server sets it"
        column = columns.get(name)
        if column is None and op["table"] in CLOSED:
            return f"{name}: not a field a client can change in {op['table']}"
        if column is None:
            column = Column("id") if _is_id(name) else _UNKNOWN
        problem = check_value(column, value)
        if problem:
            return f"{name}: {problem}"
    if op["op"] == "insert":
        missing = sorted(n for n, c in columns.items() if c.required and n not in fields)
        if missing:
            return f"{', '.join(missing)}: required for a new row"
    return None


def check_value(column: Column, value: Any) -> str | None:
    """What is wrong with ``value`` for ``column``, or None."""
    if value is None:
        return None if column.nullable else "must not be null"
    kind = column.kind
    if kind == "json":
        return "is written by the server's admin commands only"
    if kind == "any":
        if isinstance(value, bool | int | float | str):
            return check_value(Column(_scalar_kind(value)), value)
        return "a field this server does not know may only hold a string, number, true, false or null"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return "must be a whole number"
        return None if INT_MIN <= value <= INT_MAX else "is out of the 64-bit range"
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if isinstance(value, int):
            return None if INT_MIN <= value <= INT_MAX else "is out of the 64-bit range"
        return None if math.isfinite(value) else "must be a finite number"
    if not isinstance(value, str):
        return "must be a string"
    if len(value) > column.length:
        return f"is longer than {column.length} characters"
    if _BAD_CHARS.search(value):
        return "holds a NUL or other control character, or a broken (surrogate) character"
    if kind == "id":
        return None if _ID.fullmatch(value) else "is not an id (lowercase UUID text)"
    if kind == "hlc":
        return None if value == "" or _HLC.fullmatch(value) else "is not a clock stamp"
    if kind in ("date", "datetime"):
        return _check_time(kind, value)
    return None


def _scalar_kind(value: bool | int | float | str) -> str:
    if isinstance(value, bool):
        return "bool"
    return "int" if isinstance(value, int) else "float" if isinstance(value, float) else "str"


def _check_time(kind: str, value: str) -> str | None:
    # Parsed as the laptop parses it when it applies the row (sync.client.from_wire).
    try:
        parsed = dt.datetime.fromisoformat(value) if kind == "datetime" else dt.date.fromisoformat(value)
    except ValueError:
        return f"is not an ISO {'date and time' if kind == 'datetime' else 'date'}"
    if isinstance(parsed, dt.datetime) and parsed.tzinfo is not None:
        return "must be local wall time, without a UTC offset"
    return None
