"""Finding customers, contact persons and leads as a rep types (DESIGN.md section 4).

Results come in tiers, each read through an index and stopped at the limit, so a one-character
query over 100k customers costs no more than a long one: exact name, then name prefix, then any
substring of name, company, city, phone, e-mail or pinyin.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Subquery, bindparam, select, text
from sqlalchemy.orm import Session

from .search_index import has_cjk, normalize, pinyin_syllables, search_doc, spaced_cjk

_PHONE_QUERY = re.compile(r"\+?[\d\s\-()]{3,}")
_NON_DIGIT = re.compile(r"\D+")
KINDS = ("customer", "contact", "lead")


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # customer | contact | lead
    id: str
    name: str
    detail: str
    match: str  # exact | prefix | substring


def _fts_literal(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _terms(query: str) -> list[str]:
    if _PHONE_QUERY.fullmatch(query):
        digits = _NON_DIGIT.sub("", query)
        return [digits] if digits else []
    return query.split()


def _substring_sql(terms: list[str], cols: str) -> tuple[str, dict[str, str]] | None:
    """SQL for documents containing every term, driven by an FTS5 table so LIMIT stops early;
    the parameters are those the SQL uses."""
    tri = [_fts_literal(t) for t in terms if len(t) >= 3]
    words = []
    for t in terms:
        if len(t) >= 3:
            continue
        if has_cjk(t):
            words.append(_fts_literal(" ".join(spaced_cjk(t).split())))  # a phrase of characters
        else:
            words.append(_fts_literal(t) + "*")  # a short latin query is a word prefix
    params = {"tri": " AND ".join(tri), "words": " AND ".join(words)}
    if not words:
        del params["words"]
    if tri:
        sql = (
            f"SELECT {cols} FROM search_tri JOIN search_doc ON search_doc.id = search_tri.rowid "
            "WHERE search_tri MATCH :tri"
        )
        if words:
            sql += " AND search_tri.rowid IN (SELECT rowid FROM search_words WHERE search_words MATCH :words)"
        return sql, params
    del params["tri"]
    if words:
        sql = (
            f"SELECT {cols} FROM search_words JOIN search_doc ON search_doc.id = search_words.rowid "
            "WHERE search_words MATCH :words"
        )
        return sql, params
    return None


_HIT_COLUMNS = "search_doc.id, search_doc.kind, search_doc.ref_id, search_doc.name, search_doc.detail"


def substring_ids(query: str, *, kind: str) -> Subquery | None:
    """Ids of every ``kind`` row matching ``query`` as a substring, for filtering a list in SQL;
    None when the query has nothing to search for."""
    sub = _substring_sql(_terms(normalize(query)), "search_doc.ref_id")
    if sub is None:
        return None
    sql, params = sub
    clause = text(sql + " AND search_doc.kind = :kind").bindparams(**params, kind=kind)
    return clause.columns(search_doc.c.ref_id).subquery()


def _substring_rank(q: str, kind: str, name: str) -> tuple[int, int, int]:
    """A match in the hit's own name (or its pinyin) reads as more relevant than one found
    through its company, city or phone; customers before their contact persons and leads."""
    key = normalize(name)
    syllables = pinyin_syllables(key)
    if q in key:
        own = 0
    elif syllables and (q in "".join(syllables) or q in "".join(s[0] for s in syllables)):
        own = 1
    else:
        own = 2
    return own, KINDS.index(kind) if kind in KINDS else len(KINDS), len(name)


def search(session: Session, *, query: str, limit: int = 20, kinds: Collection[str] = KINDS) -> list[Hit]:
    """Up to ``limit`` hits for ``query``: exact names first, then prefixes, then substrings."""
    q = normalize(query)
    terms = _terms(q)
    if not terms or limit <= 0:
        return []
    kinds = list(kinds)
    d = search_doc.c
    cols = (d.id, d.kind, d.ref_id, d.name, d.detail)
    hits: list[Hit] = []
    seen: set[int] = set()

    def add(rows: Iterable[Any], match: str) -> None:  # rows of (id, kind, ref_id, name, detail)
        for rowid, kind, ref, name, detail in rows:
            if rowid not in seen and len(hits) < limit:
                seen.add(rowid)
                hits.append(Hit(kind, ref, name, detail, match))

    # The key is what narrows; ``kind || ''`` keeps SQLite from walking the list-order index
    # (kind, sort_key) instead, which scans every customer.
    kind_in = (d.kind + "").in_(kinds)
    exact = select(*cols).where(d.key == q, kind_in).order_by(d.name)
    add(session.execute(exact.limit(limit)).all(), "exact")
    if len(hits) < limit:
        prefix = select(*cols).where(d.key > q, d.key < q + "\U0010ffff", kind_in)
        add(session.execute(prefix.order_by(d.key).limit(limit - len(hits))).all(), "prefix")
    sub = _substring_sql(terms, _HIT_COLUMNS)
    if sub is not None and len(hits) < limit:
        sql, params = sub
        stmt = text(sql + " AND search_doc.kind IN :kinds LIMIT :n").bindparams(
            bindparam("kinds", expanding=True)
        )
        rows = list(session.execute(stmt, {**params, "kinds": kinds, "n": limit + len(seen)}).all())
        rows.sort(key=lambda r: _substring_rank(q, r[1], r[3]))
        add(rows, "substring")
    return hits
