"""Chinese and English ship complete, and switching language re-words an open window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.ui import i18n
from desktop_crm.ui.customers.model import COLUMNS
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(i18n.TRANSLATIONS.glob("*.ts"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_both_languages_ship() -> None:
    assert [p.name for p in CATALOGUES] == ["desktop_crm_en.ts", "desktop_crm_zh_CN.ts"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_catalogue_is_complete(ts: Path) -> None:
    unfinished = []
    for key, m in messages(ts).items():
        tr = m.find("translation")
        assert tr is not None
        texts = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
            unfinished.append(key)
    assert unfinished == []


def test_catalogues_hold_every_string_in_the_sources(tmp_path: Path) -> None:
    """Run lupdate on the current sources: a string added without a translation shows here."""
    sources = sorted(str(p) for p in (ROOT / "desktop_crm" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for ts in CATALOGUES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], check=True)
        assert set(messages(copy)) == set(messages(ts)), (
            f"{ts.name} is out of date: run lupdate and translate"
        )


def test_translate_is_never_aliased() -> None:
    """lupdate only sees tr(...) and QCoreApplication.translate(...) spelled out: an alias
    such as ``t = QCoreApplication.translate`` hides its strings from the catalogues."""
    import re

    alias = re.compile(r"=\s*(QCoreApplication\.translate|self\.tr)\b(?!\()")
    offenders = [str(p) for p in (ROOT / "desktop_crm" / "ui").rglob("*.py") if alias.search(p.read_text())]
    assert offenders == []


def test_switching_language_rewords_the_open_window(
    runner: TaskRunner, qtbot: QtBot, qapp: QApplication
) -> None:
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.customers.model.reload()
    try:
        assert i18n.install(qapp, "zh_CN"), "catalogue not built: run ./dev test"
        qapp.processEvents()  # LanguageChange is a posted event
        assert window.windowTitle() == "桌面客户管理"
        assert window.customers.model.headerData(0, Qt.Orientation.Horizontal) == "客户"
        lifecycle = {
            window.customers.model.data(window.customers.model.index(r, COLUMNS.index("lifecycle")))
            for r in range(50)
        }
        assert lifecycle <= {"潜在客户", "新客户", "老客户", "休眠客户", "流失客户"}
        assert window.customers.count.text() == "450 个客户"
        assert window.timeline.model.headerData(0, Qt.Orientation.Horizontal) == "日期"
        # Rows already on screen are worded again too: the demo show's leads and its results,
        # and the status bar.
        leads = window.leads
        assert {leads.table.item(r, 4).text() for r in range(leads.table.rowCount())} <= {"热", "温", "冷"}
        assert "条线索" in leads.results.text()
        assert window.sync_indicator.text().startswith("离线")
        assert window.timeline.title.text() == "选择客户以查看联系历史"  # none selected yet
        # Typed just before a switch (its search may run meanwhile): the text is not lost.
        window.customers.search.setText("typed, not lost")
        assert i18n.install(qapp, "en")
        qapp.processEvents()
        assert window.windowTitle() == "Desktop CRM"
        # Worded again in English. (The typed search may have run by now, slower with more
        # widgets to re-word: the count is whatever the list holds, worded.)
        assert window.customers.count.text() == f"{window.customers.model.rowCount()} customers"
        assert window.customers.search.text() == "typed, not lost"
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()


def test_every_literal_handed_to_tr_is_in_the_catalogues() -> None:
    """lupdate's Python parser skips some calls it cannot read, e.g. a static translate() whose
    count is an expression (``len(rows)``, ``result.rows``); those strings stay English in Chinese.
    Python's own parser finds every literal, and each must be in both catalogues."""
    import ast

    known = [{source for _ctx, source in messages(ts)} for ts in CATALOGUES]
    missing = []
    for path in sorted((ROOT / "desktop_crm" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            at = {"tr": 0, "translate": 1}.get(node.func.attr)
            if at is None or len(node.args) <= at:
                continue
            literal = node.args[at]
            text = literal.value if isinstance(literal, ast.Constant) else None
            if isinstance(text, str) and not all(text in sources for sources in known):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {literal.value!r}")
    assert missing == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_count_is_worded_as_a_plural(ts: Path) -> None:
    """lupdate marks a message plural only for tr(); a static translate() with %n stays singular,
    and English then shows "4 row(s)". Counts in static calls go in as %1 instead."""
    singular = [
        source for (_ctx, source), m in messages(ts).items() if "%n" in source and m.get("numerus") != "yes"
    ]
    assert singular == []
