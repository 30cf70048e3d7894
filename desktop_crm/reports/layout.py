"""What every document shares: the page, the type styles, and "page n of m" in its language."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from .fonts import document_font
from .words import Words


@dataclass(frozen=True)
class Styles:
    base: Any
    small: Any
    title: Any
    heading: Any
    right: Any


def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font, _ = document_font()
    # wordWrap="CJK" breaks between any two Chinese characters, as Chinese is set; Latin words
    # still break at spaces.
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    small = ParagraphStyle(
        "small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#57606a")
    )
    return Styles(
        base=base,
        small=small,
        title=ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=2),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            textColor=colors.HexColor("#0b4f8a"),
        ),
        right=ParagraphStyle("right", parent=small, alignment=TA_RIGHT),
    )


def para(w: Words, text: str | None, style: Any) -> Any:
    """A paragraph of plain text (escaped; line breaks kept); a dash when there is none."""
    from reportlab.platypus import Paragraph

    escaped = (text or w["none"]).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), style)


def build(story: list[Any], w: Words, *, title: str, author: str) -> bytes:
    """The PDF of ``story`` on A4, each page numbered "n of m". Laid out once: the canvas holds
    the pages back until the last, then writes each footer with the count (reportlab's numbered
    canvas recipe). Laying the same flowables out twice breaks those that split or keep with the
    next one."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    font, _ = document_font()

    class Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # (reportlab: not in its stubs)

        def save(self) -> None:
            for state in self._held:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(font, 8)
                self.setFillColor(colors.HexColor("#57606a"))
                self.drawRightString(A4[0] - 18 * mm, 10 * mm,
                                     w["page"].format(n=self.getPageNumber(), of=len(self._held)))  # fmt: skip
                self.restoreState()
                super().showPage()
            super().save()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=author,
                            lang=w.locale.replace("_", "-"))  # fmt: skip
    try:
        doc.build(list(story), canvasmaker=Numbered)
    except LayoutError as exc:  # a single unbreakable item taller than a page
        raise ValueError(f"the document cannot be laid out: {exc}") from None
    return out.getvalue()
