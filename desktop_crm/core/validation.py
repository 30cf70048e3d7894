"""Phone numbers and e-mail addresses, validated and normalised by the field libraries.

The libraries are imported on first use: together they cost a tenth of a second of start-up,
and the window can paint its list before anyone types a number."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from .errors import ValidationError

E = TypeVar("E", bound=StrEnum)

# C0 control characters but tab, newline and carriage return, and UTF-16 surrogates: invisible or
# broken, meaningless in a name or a note, and refused by the server (PostgreSQL stores no NUL).
# They come in pasted from old systems, in CSV files and from scanners (a GS1 code's separators).
CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f"
SURROGATES = "\ud800-\udfff"
_CONTROLS, _SURROGATES = re.compile(f"[{CONTROL_CHARS}]"), re.compile(f"[{SURROGATES}]")


def clean_text(value: str) -> str:
    """``value`` without control characters, a broken (surrogate) character shown as U+FFFD."""
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", value))


def normalize_phone(raw: str | None, *, region: str, field: str = "phone") -> str | None:
    """E.164 (+8613812345678) for a valid number, None for an empty one, an error otherwise."""
    if raw is None or not raw.strip():
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "invalid_phone", f"{raw!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "invalid_phone", f"{raw!r} is not a valid phone number") from None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """How a stored number reads to a person: international format, +86 138 1234 5678."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164  # kept as entered: an imported number that did not validate
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(raw: str | None, *, field: str = "email") -> str | None:
    if raw is None or not raw.strip():
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(field, "invalid_email", str(exc)) from None


def choice(value: str | None, enum: type[E], *, field: str, optional: bool = False) -> str | None:
    if value is None:
        if optional:
            return None
        raise ValidationError(field, "required", "must be given")
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(field, "invalid_choice", f"{value!r} is not one of {allowed}") from None


def required_text(value: str | None, *, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "required", "must not be empty")
    return text


def date_order(start: dt.date, end: dt.date, *, field: str) -> None:
    if end < start:
        raise ValidationError(field, "date_order", "ends before it starts")
