"""Every icon is a well-formed 24x24 SVG that Qt actually draws, and every entry kind has one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from desktop_crm.core.vocab import EntryKind
from desktop_crm.ui.icons import ICONS, icon, kind_icon

SVGS = sorted(ICONS.glob("*.svg"))
NAMES = [p.stem for p in SVGS]
TOOLBAR = [
    "new-customer",
    "edit",
    "delete",
    "find",
    "log-call",
    "plan-visit",
    "export-calendar",
    "settings",
    "undo",
    "contact-person",
    "route",
    "complete",
    "cancel",
    "app",
    "data",
]


def drawn_pixels(qicon: QIcon, size: int = 24) -> int:
    image = qicon.pixmap(size, size).toImage()
    assert (image.width(), image.height()) == (size, size)
    return sum(image.pixelColor(x, y).alpha() > 0 for y in range(size) for x in range(size))


def test_the_folder_has_icons() -> None:
    assert len(SVGS) >= len(EntryKind) + len(TOOLBAR)


@pytest.mark.parametrize("path", SVGS, ids=NAMES)
def test_each_svg_is_well_formed_with_a_24_viewbox(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    if path.stem != "app":
        assert root.get("viewBox") == "0 0 24 24"


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_draws_something(qapp: object, name: str) -> None:
    assert drawn_pixels(icon(name)) > 20


@pytest.mark.parametrize("kind", list(EntryKind), ids=[k.value for k in EntryKind])
def test_every_entry_kind_has_an_icon(qapp: object, kind: EntryKind) -> None:
    assert drawn_pixels(kind_icon(kind)) > 20


@pytest.mark.parametrize("name", TOOLBAR)
def test_the_toolbar_icons_exist(qapp: object, name: str) -> None:
    assert not icon(name).isNull()


def test_icons_are_cached(qapp: object) -> None:
    assert icon("find") is icon("find")


def test_a_missing_icon_is_an_error(qapp: object) -> None:
    with pytest.raises(KeyError, match="no-such-icon"):
        icon("no-such-icon")
    with pytest.raises(KeyError, match="kind-telepathy"):
        kind_icon("telepathy")


def test_an_empty_svg_would_be_caught(qapp: object, tmp_path: Path) -> None:
    blank = tmp_path / "blank.svg"
    blank.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"/>')
    assert drawn_pixels(QIcon(str(blank))) == 0
