from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.core import demo
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    p = open_profile(tmp_path_factory.mktemp("ui") / "demo")
    with p.session() as s:
        demo.generate(s, customers=450, seed=2, settings=p.settings)
    yield p
    p.close()


@pytest.fixture
def runner(demo_profile: Profile, qapp: object) -> TaskRunner:
    """Jobs run at once in the test's thread: no sleeps, no waiting (DESIGN.md 8.11)."""
    return TaskRunner(demo_profile, synchronous=True)


@pytest.fixture
def profile_dir(demo_profile: Profile) -> Path:
    return Path(demo_profile.path)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would wait forever for a click: an unexpected one fails the test with
    its text instead (tests that expect a question patch ``question`` themselves)."""

    def unexpected(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
