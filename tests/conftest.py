from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.storage.profile import Profile, open_profile


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "profile")
    yield p
    p.close()
