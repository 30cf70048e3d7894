"""The Linux bundle, built as a release is (packaging/build.sh): it starts from a clean home
with no Python on PATH, opens a demo profile offscreen, prints a Chinese report with its font
embedded, and installs over an older build whose profile it migrates. About a minute and a
half, so CI builds it on every run; ``-m 'not bundle'`` leaves it out while you work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_crm

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.bundle
@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built on Linux")
def test_the_linux_bundle_builds_starts_and_installs_over_an_older_one() -> None:
    env = {**os.environ, "VENV": sys.prefix}
    proc = subprocess.run(
        ["bash", "packaging/build.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    out = proc.stdout
    assert f"desktop-crm {desktop_crm.__version__}\n" in out  # --version
    assert "window shown (Desktop CRM, en), 50 customers listed" in out
    assert "upgrade: installed over an older build; its profile migrated with its 12 customers" in out
    if shutil.which("desktop-file-validate") and shutil.which("appstreamcli"):  # .ci/run installs them
        assert "validated: the desktop entry and the AppStream metainfo" in out
    if shutil.which("xvfb-run"):
        assert "X11: window shown (Desktop CRM, en), 50 customers listed" in out
    if shutil.which("pdffonts"):
        assert "checked: the Chinese report embeds the bundled font" in out
    tarball = ROOT / "dist" / f"desktop-crm-{desktop_crm.__version__}-linux-x86_64.tar.gz"
    assert tarball.stat().st_size > 50_000_000
    internal = ROOT / "dist" / "desktop-crm" / "_internal"
    assert not list(internal.rglob("libQt6WebEngine*")) and not list(internal.rglob("libQt6Quick*"))
    assert not list(internal.glob("psycopg*")) and not (internal / "desktop_crm" / "server").exists()
    assert not [link for link in internal.rglob("*") if link.is_symlink() and not link.exists()]
