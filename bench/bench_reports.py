"""A one-page visit report (DESIGN.md section 6: <= 50 ms) beside a bare reportlab page, both
in memory, the font registered once beforehand as in a running app."""

from __future__ import annotations

import io
import statistics
from functools import partial

from sqlalchemy import select

from desktop_crm.core.models import Visit
from desktop_crm.reports.fonts import document_font
from desktop_crm.reports.visit import read_visit, render
from desktop_crm.storage.profile import Profile

from .common import Check, ms, timed

BUDGET = 0.050
RUNS = 30


def _bare_page() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(72, 760, "Visit report")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _report(profile: Profile, visit_id: str) -> bytes:
    with profile.session() as s:
        return render(read_visit(s, visit_id))


def run(profile: Profile) -> list[Check]:
    with profile.session() as s:
        visit_id = s.scalars(select(Visit.id).where(Visit.status == "done").limit(1)).one()
    document_font()
    _report(profile, visit_id)  # warm: reportlab's modules and the font's glyph tables
    ours = [timed(partial(_report, profile, visit_id)) for _ in range(RUNS)]
    bare = [timed(_bare_page) for _ in range(RUNS)]
    median, base = statistics.median(ours), statistics.median(bare)
    font = document_font()[1] or "the built-in STSong-Light (not embedded)"
    return [
        Check(
            "one-page visit report PDF, read and drawn",
            f"{ms(median)} median of {RUNS} (budget <= {ms(BUDGET)}), font {font}",
            f"bare reportlab page {ms(base)}",
            median <= BUDGET,
        )
    ]
