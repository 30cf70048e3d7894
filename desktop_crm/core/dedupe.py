"""Duplicate customers over the whole profile, and the pairs a person said are not duplicates.

Never all pairs: customers are put in blocks that share a normalised phone (E.164), an e-mail
address, a name key, or one of the rarest character n-grams of their name key, and only pairs
inside a block are scored (rapidfuzz). A name key is the name NFKC-folded (full-width letters,
case), in simplified Chinese, without its legal form (有限公司, "Co., Ltd.", "Company Limited")
and without spaces or punctuation: 北京華聯商貿有限公司 and 北京华联商贸 share one. A bracketed
part ("Acme (Shenzhen) Co.") is the branch: two names whose branches differ are two branches,
not a duplicate; a name with a branch and one without can be the same firm.

A block larger than its cap (a switchboard number or ``info@`` address shared by a chain of
shops) says nothing about any one pair and is left out. The n-gram prefix finds names one typo
apart; names that differ in more places are found only through a phone, an e-mail or an
identical key.

"Not a duplicate" is remembered in the local table ``not_duplicates`` (ids stored ordered). It
is not synced: it is this rep's judgement about this laptop's list, and costs nothing to repeat.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Column, DateTime, MetaData, String, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from . import records
from .duplicates import _NOISE, SAME, _phone, _similar, name_key
from .errors import CrmError, Progress
from .models import Customer
from .search_index import has_cjk, normalize

metadata = MetaData()
not_duplicates = Table(
    "not_duplicates",
    metadata,
    Column("a_id", String(36), primary_key=True),  # a_id < b_id
    Column("b_id", String(36), primary_key=True),
    Column("at", DateTime, nullable=False),
)

# Reasons, as codes the UI words.
PHONE, EMAIL, NAME = "phone", "email", "name"

# A value shared by more customers than this identifies none of them.
MAX_SHARED = 20
MAX_NAME_BLOCK = 50
MAX_GRAM_BLOCK = 400


@dataclass(frozen=True, slots=True)
class Pair:
    """Two customers that look like one. ``a_id`` is the older record (UUIDv7 ids sort by time)."""

    a_id: str
    a_name: str
    a_city: str
    b_id: str
    b_name: str
    b_city: str
    score: int  # 0-100, how sure
    reasons: tuple[str, ...]  # of PHONE, EMAIL, NAME, in that order

    @property
    def ids(self) -> tuple[str, str]:
        return self.a_id, self.b_id


# --- name keys ------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_BRACKETS = re.compile(r"[(\[【〔]([^)\]】〕]*)[)\]】〕]")
_CJK_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司)$")
_LEGAL_WORDS = frozenset({"co", "ltd", "limited", "company", "inc", "incorporated", "corp", "corporation",
                          "llc", "llp", "lp", "plc", "gmbh", "ag", "pte", "sa", "bv", "kg"})  # fmt: skip


class _Simplifier:
    """Traditional to simplified Chinese through OpenCC's tables (opencc-python-reimplemented,
    pure Python, its dictionaries ship in the wheel), loaded on first use."""

    def __init__(self) -> None:
        self._cc: Any = None

    def __call__(self, text: str) -> str:
        try:
            text.encode("gb2312")  # GB2312 holds simplified characters only: nothing to do
            return text
        except UnicodeEncodeError:
            pass
        if self._cc is None:
            from opencc import OpenCC

            self._cc = OpenCC("t2s")
        return str(self._cc.convert(text))


simplified = _Simplifier()


def _strip_legal(text: str) -> str:
    words = [w for w in _NOISE.split(text) if w]
    while words:
        last = words[-1]
        if last in _LEGAL_WORDS:
            words.pop()
            continue
        bare = _CJK_LEGAL.sub("", last)
        if bare != last:
            words[-1] = bare
            if not bare:
                words.pop()
            continue
        break
    if words and words[0] == "the":
        words.pop(0)
    return "".join(words) or name_key(text)


@lru_cache(maxsize=4096)
def firm_keys(name: str) -> tuple[str, str]:
    """(base, branch): 北京華聯商貿有限公司 -> ("北京华联商贸", ""); "ＡＢＣ (Shenzhen) Co., Ltd."
    -> ("abc", "shenzhen"); "Acme Company Limited" -> ("acme", "")."""
    text = normalize(name)
    if has_cjk(text):
        text = simplified(text)
    branch = name_key(" ".join(_BRACKETS.findall(text)))
    base = _strip_legal(_BRACKETS.sub(" ", text))
    return base, branch


def _phone_key(raw: str | None, region: str) -> str | None:
    if not raw:
        return None
    if raw.startswith("+") and raw[1:].isdigit():
        return raw  # stored as E.164 already (the usual case): no need to parse it again
    return _phone(raw, region) or (digits if len(digits := re.sub(r"\D", "", raw)) >= 7 else None)


def _email_key(raw: str | None) -> str | None:
    text = (raw or "").strip().casefold()
    return text if "@" in text else None


# --- the finder -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Cust:
    id: str
    name: str
    city: str
    base: str
    branch: str
    key: str  # base + branch
    alt: str  # branch + base: 华联商贸(北京) reads as 北京华联商贸
    phone: str | None
    email: str | None


def _name_score(x: _Cust, y: _Cust) -> int:
    if not x.key or not y.key:
        return 0
    if x.branch and y.branch:
        if _similar(x.branch, y.branch) < SAME:  # Acme (Xiamen) and Acme (Xi'an): two branches
            return min(_similar(x.key, y.key), SAME - 1)
        # The same branch: the rest tells them apart (Sterling Trading (Guangzhou) is not
        # Silverline Trading (Guangzhou), however long the common tail).
        score = _similar(x.base, y.base)
    else:
        score = _similar(x.key, y.key)
        if x.alt:
            score = max(score, _similar(x.alt, y.key))
        if y.alt:
            score = max(score, _similar(x.key, y.alt))
        if x.branch or y.branch:
            score = max(score, _similar(x.base, y.base) - 5)  # Acme (Shenzhen) Co. and Acme Co.
    if _DIGITS.findall(x.key) != _DIGITS.findall(y.key):
        score = min(score, SAME - 1)  # Store 12 and Store 21, No. 3 Factory and No. 5 Factory
    return score


def _grams(key: str) -> tuple[int, list[str]]:
    q = 2 if has_cjk(key) else 3
    return q, list(dict.fromkeys(key[i : i + q] for i in range(len(key) - q + 1)))


def not_duplicate_ids(session: Session) -> set[tuple[str, str]]:
    return {(a, b) for a, b in session.execute(select(not_duplicates.c.a_id, not_duplicates.c.b_id))}


def mark_not_duplicate(session: Session, a: str, b: str) -> None:
    """Remember that customers ``a`` and ``b`` are two; the finder leaves the pair out from now on."""
    if a == b:
        raise CrmError("same_customer", "a customer is not a duplicate of itself")
    for ref in (a, b):
        records.get_live(session, Customer, ref)
    lo, hi = sorted((a, b))
    session.execute(
        sqlite_insert(not_duplicates)
        .values(a_id=lo, b_id=hi, at=dt.datetime.now().replace(microsecond=0))
        .on_conflict_do_nothing()
    )


def find_duplicate_customers(
    session: Session, *, progress: Progress | None = None, limit: int = 2000, region: str = "CN"
) -> list[Pair]:
    """Pairs of live customers that look like one, surest first, at most ``limit``; pairs marked
    "not a duplicate" are left out. ``progress`` hears (done, total) as the work goes."""
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.city, Customer.phone, Customer.email)
        .where(Customer.deleted.is_(False))
        .order_by(Customer.id)
    ).all()
    total = 2 * len(rows) + 1
    report = progress or (lambda _done, _total: None)
    report(0, total)
    custs: list[_Cust] = []
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        base, branch = firm_keys(r.name or "")
        key = base + branch
        c = _Cust(r.id, r.name, r.city or "", base, branch, key, branch + base if branch else "",
                  _phone_key(r.phone, region), _email_key(r.email))  # fmt: skip
        custs.append(c)
        if c.phone:
            blocks["p:" + c.phone].append(i)
        if c.email:
            blocks["e:" + c.email].append(i)
        if key:
            blocks["n:" + key].append(i)
            if c.alt:
                blocks["n:" + c.alt].append(i)
            blocks["b:" + base].append(i)
        if i % 2000 == 1999:
            report(i + 1, total)
    report(len(rows), total)

    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for block, members in blocks.items():
        kind = block[0]
        if len(members) < 2:
            continue
        if kind in "pe":
            if len(members) <= MAX_SHARED:
                reason = PHONE if kind == "p" else EMAIL
                for x, y in _pairs(members):
                    found[x, y].add(reason)
        elif kind == "n":
            if len(members) <= MAX_NAME_BLOCK:
                for x, y in _pairs(members):
                    found[x, y].add(NAME)
        else:  # the same base: pairs where one of the two names has no branch
            plain = [m for m in members if not custs[m].branch]
            if plain and len(plain) <= MAX_NAME_BLOCK:
                for p in plain:
                    for m in members:
                        if m != p:
                            found[min(p, m), max(p, m)].add(NAME)

    # Names one typo apart: pairs that share one of the rarest n-grams of their keys.
    gram_sets = [_grams(c.key) if len(c.key) >= 3 else (0, []) for c in custs]
    freq: Counter[str] = Counter(g for _q, grams in gram_sets for g in grams)
    prefix_blocks: dict[str, list[int]] = defaultdict(list)
    for i, (q, grams) in enumerate(gram_sets):
        if not grams:
            continue
        edits = max(1, len(custs[i].key) * (100 - SAME) // 100)
        for g in sorted(grams, key=lambda g: (freq[g], g))[: q * edits + 1]:
            prefix_blocks[g].append(i)
    done = 0
    step = max(1, len(prefix_blocks) // 50)
    for n, members in enumerate(prefix_blocks.values()):
        if 2 <= len(members) <= MAX_GRAM_BLOCK:
            keys = [custs[m].key for m in members]
            for pos, m in enumerate(members[:-1]):
                for _key, _score, j in process.extract(
                    keys[pos], keys[pos + 1 :], scorer=fuzz.ratio, score_cutoff=SAME, limit=None
                ):
                    other = members[pos + 1 + j]
                    found[min(m, other), max(m, other)].add(NAME)
        if n % step == 0:
            done = len(rows) + len(rows) * n // max(1, len(prefix_blocks))
            report(done, total)

    report(2 * len(rows), total)
    skip = not_duplicate_ids(session)
    pairs: list[Pair] = []
    for (x, y), why in found.items():
        cx, cy = custs[x], custs[y]
        if (cx.id, cy.id) in skip:
            continue
        pair = _pair(cx, cy, why)
        if pair is not None:
            pairs.append(pair)
    pairs.sort(key=lambda p: (-p.score, p.a_name, p.b_name, p.a_id, p.b_id))
    report(total, total)
    return pairs[:limit]


def _pairs(members: list[int]) -> Iterable[tuple[int, int]]:
    for n, x in enumerate(members):
        for y in members[n + 1 :]:
            if x != y:
                yield min(x, y), max(x, y)


def _pair(x: _Cust, y: _Cust, why: set[str]) -> Pair | None:
    """Score a candidate pair; None when, looked at closely, it is not one."""
    name = _name_score(x, y)
    reasons = [r for r in (PHONE, EMAIL) if r in why]
    if name >= SAME:
        reasons.append(NAME)
    if not reasons:
        return None
    score = name if NAME in reasons else 0
    contacts = len([r for r in reasons if r != NAME])
    if contacts:
        # The same phone or e-mail under an unrelated name is still worth a look (a renamed
        # firm, a typo in the name), though less sure than under the same name.
        score = min(100, max(score, 70 + name * 3 // 10) + 10 * (contacts - 1))
    return Pair(x.id, x.name, x.city, y.id, y.name, y.city, score, tuple(reasons))
