"""``desktop-crm-server``: not built yet, says so."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    print("desktop-crm-server: the central server is not built yet", file=sys.stderr)
    return 1
