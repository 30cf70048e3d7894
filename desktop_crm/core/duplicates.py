"""Who a new lead may already be: customers, contact persons and earlier leads with the same
phone or e-mail, or a name and company close enough (rapidfuzz) to be the same.

Candidates come from the search index (a few indexed lookups, not a scan of 100k customers), and
are then scored on normalised values: phones in E.164, e-mails lower-cased, names NFKC-folded
(full-width letters and spaces) with spaces and punctuation dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .models import Contact, Customer, Lead
from .search import search
from .search_index import has_cjk, normalize, search_doc
from .validation import format_phone, normalize_email, normalize_phone

SAME = 88  # a name or company scoring this (0-100) reads as the same one
_NOISE = re.compile(r"[\s\W_]+")


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # customer | contact | lead
    id: str
    name: str
    detail: str
    reasons: tuple[str, ...]  # of: phone, email, name, company
    score: int  # 0-100, how sure


def name_key(text: str | None) -> str:
    """张　伟 and 张伟, ＡＢＣ and abc, "Smith, John" and "smith john" compare equal."""
    return _NOISE.sub("", normalize(text or ""))


_BRACKETED = re.compile(r"\([^)]*\)")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# Words every other company name has: useless, and slow, to search by.
_COMMON = frozenset({"co", "company", "corp", "corporation", "group", "inc", "limited", "llc", "ltd", "gmbh",
                     "trading", "international", "industrial", "technology", "the", "and"})  # fmt: skip


def _firm_key(company: str) -> str:
    """A company's name_key without its bracketed parts: "Acme (Shenzhen) Co." is Acme Co."""
    return name_key(_BRACKETED.sub("", normalize(company)))


def _stem(company: str) -> str:
    """What to search a company by so that a suffix, a "(HQ)" or a typo elsewhere cannot hide
    it: its first four Chinese characters, or else its longest distinctive Latin word."""
    plain = _NOISE.sub(" ", _BRACKETED.sub(" ", normalize(company)))
    cjk = "".join(_CJK_RUN.findall(plain))
    if len(cjk) >= 2:
        return cjk[:4]
    words = [w for w in plain.split() if len(w) >= 3 and w not in _COMMON and not w.isdigit()]
    return max(words, key=len) if words else ""


def _similar(a: str, b: str) -> int:
    if not a or not b:
        return 0
    if a == b:
        return 100
    return round(fuzz.ratio(a, b))


def _phone(raw: str | None, region: str) -> str | None:
    try:
        return normalize_phone(raw, region=region)
    except ValidationError:
        return None


def _email(raw: str | None) -> str | None:
    try:
        return normalize_email(raw)
    except ValidationError:
        return None


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    id: str
    name: str
    company: str
    phones: tuple[str, ...]
    email: str


def _rows(session: Session, ids: dict[str, set[str]]) -> list[_Row]:
    out: list[_Row] = []
    if ids.get("customer"):
        for c in session.execute(
            select(Customer.id, Customer.name, Customer.phone, Customer.email).where(
                Customer.id.in_(ids["customer"]), Customer.deleted.is_(False)
            )
        ):
            out.append(
                _Row("customer", c.id, c.name, c.name, tuple(p for p in (c.phone,) if p), c.email or "")
            )
    if ids.get("contact"):
        for p in session.execute(
            select(Contact.id, Contact.name, Customer.name.label("company"), Contact.phone, Contact.mobile,
                   Contact.email)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Contact.id.in_(ids["contact"]), Contact.deleted.is_(False))
        ):  # fmt: skip
            phones = tuple(x for x in (p.phone, p.mobile) if x)
            out.append(_Row("contact", p.id, p.name, p.company, phones, p.email or ""))
    if ids.get("lead"):
        for lead in session.execute(
            select(Lead.id, Lead.name, Lead.company, Lead.phone, Lead.email).where(
                Lead.id.in_(ids["lead"]), Lead.deleted.is_(False)
            )
        ):
            phones = tuple(x for x in (lead.phone,) if x)
            out.append(_Row("lead", lead.id, lead.name, lead.company or "", phones, lead.email or ""))
    return out


def likely_duplicates(
    session: Session,
    *,
    name: str = "",
    company: str = "",
    phone: str | None = None,
    email: str | None = None,
    region: str = "CN",
    exclude: str | None = None,
    limit: int = 5,
) -> list[Match]:
    """The best ``limit`` matches for a person being typed in, surest first. Input that does not
    validate yet (half a phone number) is simply not used."""
    e164, mail = _phone(phone, region), _email(email)
    person, firm = name_key(name), _firm_key(company)
    ids: dict[str, set[str]] = {}

    def add(kind: str, found: Iterable[str]) -> None:
        ids.setdefault(kind, set()).update(found)

    # Candidates, each through an index: the same phone or e-mail anywhere; the same name; and
    # everyone at a company like the one typed (where a misspelt name is still found).
    for q in (e164, mail):
        for hit in search(session, query=q, limit=5) if q else ():
            add(hit.kind, [hit.id])
    if len(person) >= 2:
        key = normalize(name)
        key = key.replace(" ", "") if has_cjk(key) else " ".join(key.split())
        d = search_doc.c
        for kind, ref in session.execute(
            select(d.kind, d.ref_id).where(d.key == key, (d.kind + "").in_(("contact", "lead"))).limit(10)
        ):
            add(kind, [ref])
    stem = _stem(company)
    if stem:
        for hit in search(session, query=stem, limit=5, kinds=("customer", "lead")):
            add(hit.kind, [hit.id])
        if ids.get("customer"):
            add("contact", session.execute(
                select(Contact.id).where(Contact.customer_id.in_(ids["customer"]), Contact.deleted.is_(False))
                .limit(50)
            ).scalars())  # fmt: skip
    if not ids:
        return []
    matches: list[Match] = []
    for row in _rows(session, ids):
        if row.id == exclude:
            continue
        reasons: list[str] = []
        score = 0
        if e164 and e164 in row.phones:
            reasons.append("phone")
            score = 100
        if mail and row.email.lower() == mail.lower():
            reasons.append("email")
            score = 100
        same_firm = _similar(firm, _firm_key(row.company))
        if row.kind == "customer":
            # A customer is a company: the lead's company against its name.
            if same_firm >= SAME:
                reasons.append("company")
                score = max(score, same_firm)
        else:
            same_person = _similar(person, name_key(row.name))
            if same_person >= SAME:
                # The same name at the same company is the same person; with no company
                # given, perhaps; at another company, hardly.
                reasons.append("name")
                if not firm:
                    sure = same_person - 15
                elif same_firm >= SAME:
                    sure = same_person
                    reasons.append("company")
                else:
                    sure = same_person - 30
                score = max(score, sure)
        if reasons and score >= 50:
            detail = " · ".join(
                x
                for x in (
                    row.company if row.kind != "customer" else "",
                    format_phone(next(iter(row.phones), "")),
                    row.email,
                )
                if x
            )
            matches.append(Match(row.kind, row.id, row.name, detail, tuple(reasons), score))
    matches.sort(key=lambda m: (-m.score, ("contact", "customer", "lead").index(m.kind), m.name))
    return matches[:limit]
