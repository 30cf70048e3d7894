"""Realistic bilingual demo data: a territory as a rep would carry it (DESIGN.md section 3).

The content is deterministic for a seed and a day; ids are UUIDv7, time-based by design.
Everything goes through ``bulk.insert_rows``, so the data is in the outbox and pushed on the
profile's first sync like anything a rep typed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from sqlalchemy.orm import Session

from . import analytics, bulk, search_index
from .clock import new_id
from .demo_words import (
    BRAND_FIRST,
    BRAND_SECOND,
    CITIES,
    EN_FAMILY,
    EN_FIRST,
    EN_GIVEN,
    EN_SUFFIXES,
    GIVEN,
    INDUSTRIES_EN,
    INDUSTRIES_ZH,
    MOBILE_PREFIXES,
    NEXT_STEPS,
    OUTCOMES,
    PRODUCTS_EN,
    PRODUCTS_ZH,
    SHOWCASE,
    SUBJECTS,
    SURNAMES,
    TITLES_EN,
    TITLES_ZH,
    ZH_SUFFIXES,
)
from .models import Contact, Customer, Event, Lead, Order, TimelineEntry, Visit
from .search_index import pinyin_syllables
from .settings import Settings

CONTACT_KINDS = ("call", "call", "call", "email", "email", "message", "meeting", "note", "complaint", "service_request")  # fmt: skip
SATISFACTION = ("very_satisfied", "satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")


@dataclass(frozen=True)
class DemoSize:
    """Per-customer averages; the bench raises them to its 3 contacts and 10 entries."""

    contacts: float = 2.0
    touches: float = 2.5


@dataclass(frozen=True)
class DemoResult:
    customers: int
    contacts: int
    orders: int
    timeline_entries: int
    visits: int
    leads: int


class _Gen:
    def __init__(self, seed: int, today: dt.date, size: DemoSize) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.size = size
        self.names: set[str] = set()
        self.domains: set[str] = set()
        self.weights = [c[6] for c in CITIES]
        self.valid_shapes: dict[tuple[str, int, int], bool] = {}

    def city(self) -> tuple[str, str, str, float, float, str, int]:
        return self.rng.choices(CITIES, self.weights)[0]

    def mobile(self) -> str:
        return "+86" + self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self, area: str) -> str:
        # Local number lengths differ by city; phonenumbers knows the plan, so ask it, once per
        # shape (area code, first digit, length): numbers of one shape are valid or not together.
        for _ in range(6):
            digits = self.rng.choice((7, 8))
            first = self.rng.randint(5, 8)
            number = f"+86{area}{first}{self.rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"
            shape = (area, first, digits)
            if shape not in self.valid_shapes:
                self.valid_shapes[shape] = phonenumbers.is_valid_number(phonenumbers.parse(number, None))
            if self.valid_shapes[shape]:
                return number
        return self.mobile()

    def unique(self, make: Callable[[], tuple[str, str]]) -> str:
        """A company name whose firm is new: ``make`` gives (name, firm). Two names that differ
        only in their legal form (有限公司, GmbH) would be one firm entered twice: the duplicate
        finder is right to flag those, and demo data should not be full of them."""
        for _ in range(8):
            name, firm = make()
            if firm not in self.names:
                break
        else:
            firm = f"{firm} {len(self.names)}"
            name = firm
        self.names.add(firm)
        return name

    def domain(self, base: str) -> str:
        """A mail domain of this firm alone (one shared by two firms makes them look alike)."""
        domain, n = base, 1
        while domain in self.domains:
            n += 1
            domain = base.replace(".", f"{n}.", 1)
        self.domains.add(domain)
        return domain

    def person(self, lang: str) -> tuple[str, str]:
        """A name and the local part of an e-mail address."""
        r = self.rng
        if lang == "zh":
            name = r.choice(SURNAMES) + r.choice(GIVEN)
            syl = pinyin_syllables(name)
            return name, syl[0] + "." + "".join(syl[1:])
        given, family = r.choice(EN_GIVEN), r.choice(EN_FAMILY)
        return f"{given} {family}", f"{given}.{family}".lower().replace("ü", "ue")

    def when(self, days_back: int, days_fwd: int = 0) -> dt.datetime:
        day = self.today + dt.timedelta(days=self.rng.randint(-days_back, days_fwd))
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 17), self.rng.choice((0, 15, 30, 45))))


def generate(
    session: Session,
    *,
    customers: int,
    seed: int = 1,
    settings: Settings,
    today: dt.date | None = None,
    size: DemoSize = DemoSize(),
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    g = _Gen(seed, today or dt.date.today(), size)
    counts = {"customers": 0, "contacts": 0, "orders": 0, "timeline_entries": 0, "visits": 0, "leads": 0}
    with search_index.bulk_load(session.connection()):
        customer_pool = _customers(g, session, customers, counts, progress)
        counts["leads"] = _trade_show(g, session, customer_pool)
    analytics.refresh(session, settings=settings, today=g.today)
    return DemoResult(**counts)


def _customers(
    g: _Gen,
    session: Session,
    customers: int,
    counts: dict[str, int],
    progress: Callable[[int, int], None] | None,
) -> list[tuple[str, str, str]]:
    batch = 1000  # small enough for a progress bar that moves and a Cancel that answers
    planned_slots = _visit_slots(g, customers)
    customer_pool: list[tuple[str, str, str]] = []  # id, name, language: for leads that match
    for start in range(0, customers, batch):
        rows: dict[type[Any], list[dict[str, Any]]] = {
            m: [] for m in (Customer, Contact, Order, TimelineEntry, Visit)
        }
        for i in range(start, min(start + batch, customers)):
            _customer(g, rows, planned_slots.get(i), i)
        for model in (Customer, Contact, Order, Visit, TimelineEntry):
            bulk.insert_rows(session, model, rows[model])
            key = model.__tablename__
            counts[key] += len(rows[model])
        if not customer_pool:
            customer_pool = [(c["id"], c["name"], c["language"]) for c in rows[Customer][:50]]
        if progress:
            progress(min(start + batch, customers), customers)
    return customer_pool


def _visit_slots(g: _Gen, customers: int) -> dict[int, tuple[dt.datetime, int]]:
    """Planned visits for the next two working weeks, three or four a day, each day in one
    city (the index into CITIES): a rep's day is a tour of one town, not of the country."""
    slots: dict[int, tuple[dt.datetime, int]] = {}
    wanted = min(50, max(3, customers // 20))
    day = g.today
    # Showcase customers keep their own city, so they are not among the day's picks.
    population = range(len(SHOWCASE), customers) if customers > len(SHOWCASE) else range(customers)
    picks = g.rng.sample(population, k=min(wanted, len(population)))
    while picks:
        day += dt.timedelta(days=1)
        if day.weekday() >= 5:
            continue
        city = g.rng.choices(range(len(CITIES)), g.weights)[0]
        for hour in (9, 11, 14, 16)[: g.rng.randint(3, 4)]:
            if picks:
                slots[picks.pop()] = (dt.datetime.combine(day, dt.time(hour)), city)
    return slots


def _customer(
    g: _Gen, rows: dict[type[Any], list[dict[str, Any]]], planned: tuple[dt.datetime, int] | None, index: int
) -> None:
    r = g.rng
    zh_city, en_city, province, lat, lon, area, _ = CITIES[planned[1]] if planned else g.city()
    lang = "zh" if r.random() < 0.8 else "en"
    industry = r.randrange(len(INDUSTRIES_ZH))
    if index < len(SHOWCASE):
        name, city_index, lang, domain = SHOWCASE[index]
        zh_city, en_city, province, lat, lon, area, _ = CITIES[city_index]
        g.names.add(name)
        products = PRODUCTS_ZH if lang == "zh" else PRODUCTS_EN
    elif lang == "zh":

        def zh_name() -> tuple[str, str]:
            firm = zh_city + r.choice(BRAND_FIRST) + r.choice(BRAND_SECOND) + INDUSTRIES_ZH[industry]
            return firm + r.choice(ZH_SUFFIXES), firm

        name = g.unique(zh_name)
        domain = g.domain("".join(pinyin_syllables(name[len(zh_city) : len(zh_city) + 2])) + ".com.cn")
        products = PRODUCTS_ZH
    else:

        def en_name() -> tuple[str, str]:
            firm = f"{r.choice(EN_FIRST)} {INDUSTRIES_EN[industry]} ({en_city})"
            return f"{firm} {r.choice(EN_SUFFIXES)}", firm

        name = g.unique(en_name)
        domain = g.domain(name.split()[0].lower() + "-" + INDUSTRIES_EN[industry].split()[0].lower() + ".com")
        products = PRODUCTS_EN
    customer: dict[str, Any] = {
        "id": None,
        "name": name,
        "industry": INDUSTRIES_ZH[industry] if lang == "zh" else INDUSTRIES_EN[industry],
        "phone": g.landline(area),
        "email": f"info@{domain}",
        "website": f"https://www.{domain}",
        "address": f"{zh_city}市{r.randint(1, 999)}号"
        if lang == "zh"
        else f"No. {r.randint(1, 999)}, {en_city}",
        "city": zh_city,
        "province": province,
        "latitude": round(lat + r.uniform(-0.08, 0.08), 5),
        "longitude": round(lon + r.uniform(-0.08, 0.08), 5),
        "language": lang,
        "currency": "CNY" if lang == "zh" or r.random() < 0.5 else "USD",
        "relationship": r.choices(
            ("transactional", "preferred_supplier", "partner", "strategic"), (60, 25, 12, 3)
        )[0],
    }
    cid = customer["id"] = new_id()
    rows[Customer].append(customer)
    n_contacts = max(1, round(r.expovariate(1 / g.size.contacts))) if g.size.contacts else 0
    contact_ids = []
    for k in range(n_contacts):
        person, local = g.person(lang)
        contact_ids.append(new_id())
        rows[Contact].append(
            {
                "id": contact_ids[-1],
                "customer_id": cid,
                "name": person,
                "title": r.choice(TITLES_ZH if lang == "zh" else TITLES_EN),
                "mobile": g.mobile(),
                "email": f"{local}@{domain}",
                "wechat": local.replace(".", "_") if lang == "zh" and r.random() < 0.6 else None,
                "is_primary": k == 0,
            }
        )
    _orders(g, rows, cid, customer["currency"])
    subjects = SUBJECTS[lang]
    for _ in range(round(r.expovariate(1 / g.size.touches)) if g.size.touches else 0):
        kind = r.choice(CONTACT_KINDS)
        rows[TimelineEntry].append(
            {
                "customer_id": cid,
                "contact_id": r.choice(contact_ids) if contact_ids else None,
                "kind": kind,
                "occurred_at": g.when(365),
                "subject": r.choice(subjects[kind]).format(p=r.choice(products)),
                "satisfaction": r.choice(SATISFACTION)
                if kind in ("call", "meeting") and r.random() < 0.4
                else None,
            }
        )
    if r.random() < 0.3:
        _past_visit(g, rows, cid, lang, products, contact_ids)
    if planned is not None:
        rows[Visit].append(
            {
                "customer_id": cid,
                "contact_id": contact_ids[0] if contact_ids else None,
                "planned_at": planned[0],
                "duration_min": r.choice((45, 60, 90)),
                "fixed_time": r.random() < 0.3,
                "purpose": r.choice(subjects["visit"]).format(p=r.choice(products)),
            }
        )


def _orders(g: _Gen, rows: dict[type[Any], list[dict[str, Any]]], cid: str, currency: str) -> None:
    r = g.rng
    fate = r.random()
    if fate < 0.15:
        return  # a prospect: no orders yet
    # Pareto-distributed customer size gives the 80/20 revenue spread ABC relies on.
    weight = min(r.paretovariate(1.16), 200.0)
    n = 1 + min(int(weight * 0.6), 12)  # most customers order once to three times a year
    if fate < 0.22:
        first, last = 500, 366  # lost: nothing for a year
    elif fate < 0.32:
        first, last = 400, 181  # dormant
    elif fate < 0.40:
        first, last = 80, 0  # new
    else:
        first, last = 365, 0
    for _ in range(n):
        day = g.today - dt.timedelta(days=r.randint(last, first))
        age = (g.today - day).days
        status = (
            "cancelled"
            if r.random() < 0.03
            else "paid"
            if age > 60
            else r.choice(("ordered", "delivered", "quote"))
        )
        cents = int(r.uniform(3_000, 40_000) * weight) * 100
        if currency == "USD":
            cents //= 7
        order_id = new_id()
        rows[Order].append(
            {
                "id": order_id,
                "customer_id": cid,
                "number": f"SO{day:%y%m}{r.randrange(100000):05d}",
                "ordered_on": day,
                "amount_cents": cents,
                "currency": currency,
                "status": status,
            }
        )
        rows[TimelineEntry].append(
            {
                "customer_id": cid,
                "kind": "order",
                "occurred_at": dt.datetime.combine(day, dt.time(9)),
                "subject": rows[Order][-1]["number"],
                "order_id": order_id,
            }
        )


def _past_visit(
    g: _Gen,
    rows: dict[type[Any], list[dict[str, Any]]],
    cid: str,
    lang: str,
    products: tuple[str, ...],
    contact_ids: list[str],
) -> None:
    r = g.rng
    when = g.when(300, -1)
    visit_id = new_id()
    outcome = r.choice(OUTCOMES[lang])
    summary = r.choice(SUBJECTS[lang]["visit"]).format(p=r.choice(products))
    level = r.choice(SATISFACTION)
    next_step = r.choice(NEXT_STEPS[lang])
    rows[Visit].append(
        {
            "id": visit_id,
            "customer_id": cid,
            "contact_id": contact_ids[0] if contact_ids else None,
            "planned_at": when,
            "purpose": summary,
            "status": "done",
            "outcome": outcome,
            "summary": summary,
            "products_discussed": r.choice(products),
            "satisfaction": level,
            "next_step": next_step,
            "completed_at": when + dt.timedelta(hours=1),
        }
    )
    rows[TimelineEntry].append(
        {
            "customer_id": cid,
            "contact_id": contact_ids[0] if contact_ids else None,
            "kind": "visit",
            "occurred_at": when + dt.timedelta(hours=1),
            "subject": outcome,
            "body": f"{summary}\n\n{next_step}",
            "satisfaction": level,
            "visit_id": visit_id,
        }
    )


def _trade_show(g: _Gen, session: Session, pool: list[tuple[str, str, str]]) -> int:
    r = g.rng
    start = g.today - dt.timedelta(days=45)
    event: dict[str, Any] = {
        "id": new_id(),
        "name": f"{start.year} 中国国际工业博览会 China International Industry Fair",
        "kind": "trade_show",
        "starts_on": start,
        "ends_on": start + dt.timedelta(days=4),
        "place": "国家会展中心（上海）National Exhibition and Convention Center",
        "city": "上海",
        "cost_cents": 8_000_000,
        "currency": "CNY",
    }
    bulk.insert_rows(session, Event, [event])
    leads = []
    for k in range(30):
        lang = "zh" if r.random() < 0.75 else "en"
        person, local = g.person(lang)
        if pool and k % 6 == 0:
            # Some visitors already are customers: the duplicate check has something to find.
            company = r.choice(pool)[1]
        elif lang == "zh":
            company = (
                r.choice(CITIES)[0]
                + r.choice(BRAND_FIRST)
                + r.choice(BRAND_SECOND)
                + r.choice(INDUSTRIES_ZH)
                + "有限公司"
            )
        else:
            company = f"{r.choice(EN_FIRST)} {r.choice(INDUSTRIES_EN)} {r.choice(EN_SUFFIXES)}"
        city = r.choice(CITIES)
        consent = r.random() < 0.85
        captured = dt.datetime.combine(
            start + dt.timedelta(days=r.randint(0, 3)), dt.time(r.randint(9, 17), r.randint(0, 59))
        )
        status = r.choices(("new", "qualified", "discarded"), (5, 3, 1))[0]
        leads.append(
            {
                "event_id": event["id"],
                "name": person,
                "company": company,
                "title": r.choice(TITLES_ZH if lang == "zh" else TITLES_EN),
                "phone": g.mobile(),
                "email": f"{local}@example.com",
                "city": city[0],
                "province": city[2],
                "interest": r.choice(PRODUCTS_ZH if lang == "zh" else PRODUCTS_EN),
                "rating": r.choice(("hot", "warm", "warm", "cold")),
                "consent": consent if r.random() < 0.95 else None,
                "consent_at": captured if consent else None,
                "status": status,
                "captured_at": captured,
            }
        )
    bulk.insert_rows(session, Lead, leads)
    return len(leads)
