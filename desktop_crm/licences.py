"""The parts the app is built from, with their versions and licences, for the About dialog (and
the bundle, which carries their metadata). Read from the installed packages' metadata."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any

PARTS = (
    ("Qt for Python (PySide6)", "PySide6-Essentials"), ("SQLAlchemy", "SQLAlchemy"), ("Alembic", "alembic"),
    ("ReportLab", "reportlab"), ("phonenumbers", "phonenumbers"), ("email-validator", "email-validator"),
    ("RapidFuzz", "rapidfuzz"), ("pypinyin", "pypinyin"), ("vobject", "vobject"), ("icalendar", "icalendar"),
    ("openpyxl", "openpyxl"), ("OpenCC (Python)", "opencc-python-reimplemented"), ("Babel", "babel"),
    ("platformdirs", "platformdirs"), ("zxing-cpp", "zxing-cpp"), ("keyring", "keyring"),
    ("HTTPX", "httpx"), ("Pillow", "pillow"), ("cryptography", "cryptography"), ("certifi", "certifi"),
)  # fmt: skip


# Fonts the bundle may carry in resources/fonts (the packaging copies them from the build
# machine, their licence texts beside them): file name -> shown name, version, licence.
FONTS = {
    "wqy-microhei.ttc": (
        "WenQuanYi Micro Hei (font)", "0.2.0-beta", "Apache-2.0 OR GPL-3.0-or-later WITH Font-exception-2.0"
    ),
}


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    version: str  # "" when the package's metadata is not there
    licence: str


def licence_of(info: Mapping[str, Any]) -> str:
    """From a package's metadata (``PackageMetadata.json``): the SPDX expression if given, else a
    short License field, else the OSI classifier."""
    expression = info.get("license_expression")
    if expression:
        return str(expression)
    field = str(info.get("license") or "").strip()
    if field and "\n" not in field and len(field) < 60:
        return field
    for classifier in info.get("classifier") or []:
        if str(classifier).startswith("License :: "):
            return str(classifier).rsplit(" :: ", 1)[-1]
    return ""


def bundled() -> list[Part]:
    parts = []
    for shown, dist in PARTS:
        try:
            info = metadata.metadata(dist).json
        except metadata.PackageNotFoundError:
            parts.append(Part(shown, "", ""))
            continue
        parts.append(Part(shown, str(info.get("version") or ""), licence_of(info)))
    parts.append(Part("Python", platform.python_version(), "PSF-2.0"))
    from .reports.fonts import BUNDLED  # (no reportlab: only the folder's name)

    parts += [Part(*FONTS[font.name]) for font in sorted(BUNDLED.glob("*")) if font.name in FONTS]
    return parts
