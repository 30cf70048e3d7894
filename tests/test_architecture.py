"""Layering rules of DESIGN.md section 2, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_crm"


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            prefix = "." * node.level
            found.add(prefix + node.module)
    return found


def modules(under: Path) -> list[Path]:
    files = sorted(under.rglob("*.py"))
    assert files, f"no modules under {under}"
    return files


def test_no_qt_outside_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules(PACKAGE)
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for name in imports(path))
    ]
    assert offenders == []


def test_core_does_not_reach_up_into_storage_ui_or_server() -> None:
    offenders = [
        (str(path.relative_to(PACKAGE)), name)
        for path in modules(PACKAGE / "core")
        for name in imports(path)
        if name.lstrip(".").split(".")[0] in {"storage", "ui", "server", "sync", "cli"}
        or name.startswith(("desktop_crm.storage", "desktop_crm.ui", "desktop_crm.server", "desktop_crm.cli"))
    ]
    assert offenders == []


def test_the_rule_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6\n")
    assert {"PySide6.QtWidgets", "PySide6"} <= imports(sample)
