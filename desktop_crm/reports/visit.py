"""The visit report: one visit, to leave with the customer or file with the manager."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import records
from ..core.errors import CrmError
from ..core.models import Contact, Customer, Order, User, Visit
from ..core.validation import format_phone
from ..io.files import write_file
from .layout import build, para, styles
from .words import Words


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str
    phone: str


@dataclass(frozen=True, slots=True)
class OrderLine:
    number: str
    description: str
    cents: int
    currency: str


@dataclass(frozen=True, slots=True)
class VisitReport:
    """What the document shows, read in one go (the drawing needs no session)."""

    company: str  # the rep's company, for the header
    customer: str
    customer_address: str
    language: str  # the customer's
    met: list[Person]
    planned_at: dt.datetime
    completed_at: dt.datetime | None
    duration_min: int
    purpose: str
    outcome: str
    summary: str
    products: str
    competitors: str
    satisfaction: str | None
    next_step: str
    next_visit: dt.date | None
    orders: list[OrderLine]
    rep: str


def read_visit(session: Session, visit_id: str, *, company: str = "") -> VisitReport:
    visit = records.get_live(session, Visit, visit_id)
    customer = records.get_live(session, Customer, visit.customer_id)
    people = select(Contact).where(Contact.customer_id == customer.id, Contact.deleted.is_(False))
    met = [c for c in session.scalars(people) if c.id == visit.contact_id] or [
        c for c in session.scalars(people.where(Contact.is_primary.is_(True)))
    ]
    day = (visit.completed_at or visit.planned_at).date()
    orders = session.scalars(
        select(Order).where(
            Order.customer_id == customer.id, Order.ordered_on == day, Order.deleted.is_(False)
        )
    )
    rep = session.get(User, visit.owner_id) if visit.owner_id else None
    place = " ".join(p for p in (customer.province, customer.city, customer.address) if p)
    return VisitReport(
        company=company, customer=customer.name, customer_address=place, language=customer.language,
        met=[Person(c.name, c.title or "", format_phone(c.mobile or c.phone)) for c in met],
        planned_at=visit.planned_at, completed_at=visit.completed_at, duration_min=visit.duration_min,
        purpose=visit.purpose, outcome=visit.outcome, summary=visit.summary, products=visit.products_discussed,
        competitors=visit.competitor_notes, satisfaction=visit.satisfaction, next_step=visit.next_step,
        next_visit=visit.next_visit_date,
        orders=[OrderLine(o.number, o.description, o.amount_cents, o.currency) for o in orders],
        rep=(rep.display_name or rep.username) if rep else "",
    )  # fmt: skip


def render(report: VisitReport, *, language: str | None = None, signatures: bool = True) -> bytes:
    """The PDF, in ``language`` (the customer's when not given)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    w = Words(language or report.language)
    st = styles()

    def p(text: str | None, style: Any = st.base) -> Any:
        return para(w, text, style)

    when = report.completed_at or report.planned_at
    story: list[Any] = [
        Table(
            [[p(report.company or " ", st.small), p(w["visit_report"], st.right)]], colWidths=["50%", "50%"]
        ),
        p(f"{w['visit_report']}{w['colon']}{report.customer}", st.title),
        p(report.customer_address, st.small),
        Spacer(1, 4 * mm),
    ]
    facts = [
        (w["date"], w.date(when.date())),
        (w["time"], w.time(when) + (f" ({w['planned']})" if report.completed_at is None else "")),
        (w["place"], report.customer_address),
        (w["met"], "; ".join(", ".join(x for x in (m.name, m.title, m.phone) if x) for m in report.met)),
        (w["purpose"], report.purpose),
        (w["outcome"], report.outcome),
        (w["satisfaction"], w[report.satisfaction] if report.satisfaction else ""),
        (w["rep"], report.rep),
    ]
    table = Table([[p(k, st.small), p(v)] for k, v in facts], colWidths=[38 * mm, None])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    story.append(table)
    for key, text in (
        ("summary", report.summary),
        ("products", report.products),
        ("competitors", report.competitors),
    ):
        story += [p(w[key], st.heading), p(text)]
    story.append(p(w["orders"], st.heading))
    if report.orders:
        lines = [[p(o.number, st.small), p(o.description), p(w.money(o.cents, o.currency), st.right)]
                 for o in report.orders]  # fmt: skip
        story.append(Table(lines, colWidths=[30 * mm, None, 35 * mm]))
    else:
        story.append(p(""))
    story += [p(w["next_steps"], st.heading), p(report.next_step), p(w["next_visit"], st.heading),
              p(w.date(report.next_visit))]  # fmt: skip
    if signatures:
        line = "_" * 34
        story.append(KeepTogether([Spacer(1, 14 * mm), Table(
            [[p(line), p(line)], [p(w["signature_rep"], st.small), p(w["signature_customer"], st.small)]],
            colWidths=["50%", "50%"],
        )]))  # fmt: skip
    return build(story, w, title=f"{w['visit_report']}{w['colon']}{report.customer}",
                 author=report.rep or report.company)  # fmt: skip


def latest_reported(session: Session) -> str:
    """The visit whose report was written last (``report visit latest``)."""
    found = session.scalars(
        select(Visit.id).where(Visit.completed_at.is_not(None), Visit.deleted.is_(False))
        .order_by(Visit.completed_at.desc()).limit(1)
    ).first()  # fmt: skip
    if found is None:
        raise CrmError("not_found", "no visit has a report yet")
    return found


def write_visit_report(session: Session, visit_id: str, path: Path, *, language: str | None = None,
                       company: str = "") -> int:  # fmt: skip
    """Write the PDF to ``path`` (whole or not at all); returns its size."""
    data = render(read_visit(session, visit_id, company=company), language=language)
    write_file(path, data)
    return len(data)
