from __future__ import annotations

import os

# Before anything loads Qt: there is no display here or in CI (the brief asks for offscreen).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.storage.profile import Profile, open_profile


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "profile")
    yield p
    p.close()
