"""What every service does to a synced row: fetch a live one, change fields, soft-delete."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from .errors import NotFound, ValidationError
from .models import Synced
from .validation import clean_text

M = TypeVar("M", bound=Synced)

# A cleaner turns a raw field value into the stored one or raises ValidationError.
Cleaner = Callable[[Any], Any]


def _kind(model: type[Synced]) -> str:
    """TimelineEntry -> "timeline entry": how a message names the kind of row."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", model.__name__).lower()


def get_live(session: Session, model: type[M], row_id: str) -> M:
    obj = session.get(model, row_id)
    if obj is None or obj.deleted:
        raise NotFound(_kind(model), row_id)
    return obj


def clean(fields: Mapping[str, Any], cleaners: Mapping[str, Cleaner | None]) -> dict[str, Any]:
    """Validate ``fields`` against the editable ones; ``None`` as cleaner keeps the value as is."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in cleaners:
            raise ValidationError(key, "unknown_field", "is not an editable field")
        cleaner = cleaners[key]
        if isinstance(value, str):  # whatever a form was given, pasted or typed
            value = clean_text(value)
        out[key] = cleaner(value) if cleaner is not None else value
    return out


def apply(obj: Synced, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set the values that differ; returns those (what changed, for the caller to refresh)."""
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    for key, value in changed.items():
        setattr(obj, key, value)
    return changed


def soft_delete(session: Session, model: type[M], row_id: str) -> M:
    obj = get_live(session, model, row_id)
    obj.deleted = True
    return obj
