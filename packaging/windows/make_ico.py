"""The Windows icon: the PNGs ``packaging/icons.py`` draws from resources/icons/app.svg (with Qt),
packed into one .ico with Pillow (installed with the app: reportlab needs it). Each size keeps its
own drawing instead of being scaled down from the largest.

Usage: ``python packaging/windows/make_ico.py ICONS_DIR OUT.ico`` where ICONS_DIR is what
``python packaging/icons.py ICONS_DIR`` wrote (ICONS_DIR/hicolor/NxN/apps/APP_ID.png)."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

APP_ID = "io.github.desktop_crm.DesktopCRM"  # the PNGs' name, as in packaging/icons.py
SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows asks for; 256 is the largest an .ico holds


def png(icons: Path, size: int) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main(icons: Path, out: Path) -> None:
    frames = []
    for size in SIZES:
        frame = Image.open(png(icons, size)).convert("RGBA")
        if frame.size != (size, size):
            raise SystemExit(f"{png(icons, size)} is {frame.size}, not {size}x{size}")
        frames.append(frame)
    out.parent.mkdir(parents=True, exist_ok=True)
    largest = frames[-1]
    largest.save(out, format="ICO", sizes=[f.size for f in frames], append_images=frames[:-1])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: make_ico.py ICONS_DIR OUT.ico")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
