"""Writing the files the app makes (exports, reports)."""

from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import CrmError


def write_file(path: Path, data: bytes) -> None:
    """All or nothing: a crash or a full disk never leaves half a file where the old one was."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CrmError("write_failed", f"cannot write {path}: {exc.strerror}") from None
