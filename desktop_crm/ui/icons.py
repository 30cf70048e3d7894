"""The app's icons: hand-drawn SVGs in ``resources/icons``, found the way i18n finds its catalogues.

SVG keeps one file sharp at every size and screen scale. A missing icon is a programming error, not
a user's problem, so asking for one raises instead of quietly showing a blank button: the tests that
build every pane then catch a typo or a forgotten file. QIcons are cached because panes ask for the
same few icons for every row and every toolbar."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; ``KeyError`` if there is no such file."""
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon {name!r}: {path} does not exist")
    return QIcon(str(path))


def kind_icon(kind: str) -> QIcon:
    """The icon of a timeline entry kind (an ``EntryKind`` code such as ``"call"``)."""
    return icon(f"kind-{kind}")
