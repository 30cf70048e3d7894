"""The About dialog's list of parts: versions and licences from the packages' own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.licences import FONTS, PARTS, bundled, licence_of
from desktop_crm.reports import fonts


def test_the_licence_comes_from_the_expression_then_the_field_then_the_classifier() -> None:
    assert licence_of({"license_expression": "MIT", "license": "whatever"}) == "MIT"
    assert licence_of({"license": "BSD-3-Clause"}) == "BSD-3-Clause"
    long_text = "Copyright (c) 2020\nPermission is hereby granted, free of charge, ..."
    classifiers = ["Programming Language :: Python", "License :: OSI Approved :: Apache Software License"]
    assert licence_of({"license": long_text, "classifier": classifiers}) == "Apache Software License"
    assert licence_of({}) == ""


def test_every_part_of_the_app_is_listed_with_its_version() -> None:
    parts = bundled()
    assert [p.name for p in parts] == [shown for shown, _ in PARTS] + ["Python"]
    assert all(p.version for p in parts)  # all are installed where the tests run
    qt = parts[0]
    assert "LGPL" in qt.licence


def test_a_bundled_font_is_listed_with_its_licence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "BUNDLED", tmp_path)
    assert len(bundled()) == len(PARTS) + 1  # the packages and Python; no font in the folder, none listed
    (tmp_path / "wqy-microhei.ttc").write_bytes(b"")
    (tmp_path / "unknown.ttf").write_bytes(b"")
    font = bundled()[-1]
    assert len(bundled()) == len(PARTS) + 2
    assert (font.name, font.licence) == (FONTS["wqy-microhei.ttc"][0], FONTS["wqy-microhei.ttc"][2])
