"""The macOS iconset: the PNGs ``packaging/icons.py`` draws from resources/icons/app.svg (with
Qt), copied under the names ``iconutil`` expects (icon_NxN.png and icon_NxN@2x.png, the latter
twice as many pixels). packaging/macos/build.sh then runs
``iconutil --convert icns --output build/icons/desktop-crm.icns build/icons/desktop-crm.iconset``.

Usage: ``python packaging/macos/iconset.py ICONS_DIR OUT.iconset`` where ICONS_DIR is what
``python packaging/icons.py ICONS_DIR`` wrote (ICONS_DIR/hicolor/NxN/apps/APP_ID.png)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

APP_ID = "io.github.desktop_crm.DesktopCRM"  # the PNGs' name, as in packaging/icons.py
POINTS = (16, 32, 128, 256, 512)  # the iconset's sizes, each at 1x and 2x


def png(icons: Path, size: int) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main(icons: Path, out: Path) -> list[str]:
    """Copies what icons.py drew; returns the names written. 512@2x (1024 px) is left out when
    icons.py draws no 1024 px image: iconutil takes a set without it."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    for points in POINTS:
        for scale, suffix in ((1, ""), (2, "@2x")):
            source = png(icons, points * scale)
            if not source.exists():
                if scale == 1:
                    raise SystemExit(f"missing {source}: run packaging/icons.py first")
                continue
            name = f"icon_{points}x{points}{suffix}.png"
            shutil.copyfile(source, out / name)
            written.append(name)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: iconset.py ICONS_DIR OUT.iconset")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
