"""A font that draws Chinese, embedded in the PDF when a TrueType one can be found.

reportlab embeds TrueType outlines only (not the CFF of Noto CJK), so the search looks for
TrueType CJK fonts: one bundled in ``resources/fonts`` by the packaging, then the usual system
ones on Linux, Windows and macOS. Without any, reportlab's built-in ``STSong-Light`` CID font
draws Chinese but is not embedded: the reader's viewer must supply it."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SYSTEM = (
    # Linux
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    # Windows
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/msyh.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    # macOS
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
FALLBACK = "STSong-Light"
NAME = "CJK"


def candidates() -> list[Path]:
    extra = os.environ.get("DESKTOP_CRM_PDF_FONT")  # a font the user prefers
    bundled = sorted(BUNDLED.glob("*.tt[fc]")) if BUNDLED.is_dir() else []
    return [Path(p) for p in ([extra] if extra else [])] + bundled + [Path(p) for p in SYSTEM]


@cache
def document_font() -> tuple[str, str | None]:
    """The registered font's name and the file it came from (None: the built-in CID font)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for path in candidates():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(NAME, str(path), subfontIndex=0))
        except (TTFError, OSError):
            continue  # CFF outlines, or unreadable: try the next
        return NAME, str(path)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FALLBACK, None
