"""Errors a user can cause. Each carries a stable code; callers word the message for people."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""done, total: a long job calls it as it goes; it raises ``Cancelled`` once the user stops the job."""


class CrmError(Exception):
    """Base of every expected failure: the CLI prints it on one line, the GUI in a dialog."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ValidationError(CrmError):
    """A field's value is not acceptable; ``field`` names it so a form can show it beside it."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(code, f"{field}: {message}")
        self.field = field


class NotFound(CrmError):
    def __init__(self, kind: str, ref: str) -> None:
        super().__init__("not_found", f"no {kind} with id {ref}")
        self.kind = kind
        self.ref = ref


class Cancelled(CrmError):
    """The user stopped a long job; raised from its progress report so the transaction rolls back
    and nothing of it stays."""

    def __init__(self) -> None:
        super().__init__("cancelled", "cancelled: nothing was changed")
