"""A system without a Chinese font (fontconfig that knows only DejaVu here) draws Chinese with
the font the bundle carries in resources/fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.reports.fonts import SYSTEM

WQY = next((Path(p) for p in SYSTEM if p.endswith("wqy-microhei.ttc") and Path(p).is_file()), None)
PROBE = """
import sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QGuiApplication
from desktop_crm.reports import fonts
from desktop_crm.ui.app import add_bundled_fonts
app = QGuiApplication([])
chinese = lambda: QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
print("before:", chinese())
fonts.BUNDLED = Path(sys.argv[1])
add_bundled_fonts()
print("after:", chinese())
"""


@pytest.mark.skipif(sys.platform != "linux" or WQY is None, reason="needs fontconfig and fonts-wqy-microhei")
def test_the_bundled_font_stands_in_when_the_system_has_no_chinese_font(tmp_path: Path) -> None:
    assert WQY is not None
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    shutil.copy(WQY, bundled)
    (tmp_path / "fonts.conf").write_text(
        f"<?xml version='1.0'?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(bundled)], capture_output=True, text=True,
                          env=env, timeout=60)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "before: []" in proc.stdout
    assert "after: ['WenQuanYi Micro Hei'" in proc.stdout
