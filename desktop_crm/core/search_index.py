"""The search index: one ``search_doc`` row per customer, contact person and lead, mirrored by
two FTS5 tables (created in migration 0002, kept in step by SQL triggers on ``search_doc``).

- ``search_tri`` (trigram tokenizer) finds any substring of 3+ characters, including pinyin.
- ``search_words`` (unicode61) holds words, with every CJK character as its own token, so 1- and
  2-character Chinese queries are phrase queries and short latin queries are prefix queries.
  SQLite 3.40's trigram ``LIKE`` returns wrong rows for Chinese, so it is never used.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Connection, Index, Integer, MetaData, String, Table, Text, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .dbapi import executemany
from .models import Contact, Customer, Lead, Synced

metadata = MetaData()
search_doc = Table(
    "search_doc",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("ref_id", String(36), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    # Collation order for lists: Chinese by pinyin among the Latin names, as address books do.
    Column("sort_key", Text, nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
    Column("tri", Text, nullable=False),
    Column("words", Text, nullable=False),
    # The customer list in name order reads its ids straight off this index (deleted rows
    # leave the index), instead of sorting 100k joined rows.
    Index("ix_search_doc_order", "kind", "sort_key", "ref_id"),
)

SEARCHABLE = (Customer, Contact, Lead)

# The FTS5 tables: name, indexed column, tokenizer. External content: the text lives once, in
# search_doc, and triggers keep the FTS tables in step with it.
FTS_TABLES = (("search_tri", "tri", "trigram"), ("search_words", "words", "unicode61 remove_diacritics 2"))


def fts_ddl(table: str, column: str, tokenizer: str) -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5({column}, content='search_doc', "
        f"content_rowid='id', tokenize='{tokenizer}')",
        _insert_trigger(table, column),
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON search_doc BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON search_doc BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END",
    ]


def _insert_trigger(table: str, column: str) -> str:
    return (
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON search_doc BEGIN "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END"
    )


@contextlib.contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Add many documents at once: FTS5 builds its index about four times faster in one
    ``rebuild`` than row by row through the insert triggers. Same transaction, so a failure
    leaves the triggers and the index as they were."""
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    # A large load in one transaction spills a small page cache to the WAL again and again;
    # SQLite takes cache pages only as it needs them, and gives them back when reset below.
    conn.exec_driver_sql("PRAGMA cache_size=-524288")
    for table, _, _ in FTS_TABLES:
        conn.exec_driver_sql(f"DROP TRIGGER {table}_ai")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")
    for table, column, _ in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        conn.exec_driver_sql(_insert_trigger(table, column))


DEFERRED = "search_index_deferred"  # sync_state key: documents wait for one rebuild


def defer_indexing(conn: Connection) -> None:
    """Stop keeping the FTS tables in step row by row, across transactions (a first sync of
    100k customers): ``catch_up`` rebuilds them once, four times faster. Recorded in the same
    transaction, so a load cut short is finished when the profile next opens. Until then a
    search misses the new documents; it never sees a half-updated index."""
    for table, _, _ in FTS_TABLES:
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
    conn.exec_driver_sql("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, '1')", (DEFERRED,))


def catch_up(conn: Connection) -> bool:
    """Rebuild the FTS tables and restore their triggers if indexing was deferred."""
    if conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE key = ?", (DEFERRED,)).first() is None:
        return False
    for table, column, tokenizer in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        for ddl in fts_ddl(table, column, tokenizer)[1:]:
            conn.exec_driver_sql(ddl.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1))
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (DEFERRED,))
    return True


KIND_OF: dict[type[Synced], str] = {Customer: "customer", Contact: "contact", Lead: "lead"}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")
_NON_DIGIT = re.compile(r"\D+")


def normalize(text: str) -> str:
    """Full-width to half-width (NFKC) and case-folded: how both documents and queries compare."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def spaced_cjk(text: str) -> str:
    """Put spaces around every CJK character so unicode61 makes each one a token."""
    return _CJK.sub(lambda m: f" {m.group(0)} ", text)


@lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    """huá -> hua, lǚ -> lv: pypinyin's NORMAL style, from the marks."""
    decomposed = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=262_144)
def _run_pinyin(run: str) -> tuple[str, ...]:
    # Imported here: pypinyin's dictionaries are 57 MB, and a window that only reads never
    # needs them. TONE is its cheapest style (the dictionary's own form); a demo load spends a
    # sixth of its time here, so the marks come off through the small cache above.
    from pypinyin import Style, lazy_pinyin

    return tuple(_toneless(s) for s in lazy_pinyin(run, style=Style.TONE))


def pinyin_syllables(text: str) -> list[str]:
    """The toneless pinyin of the Chinese characters in ``text`` (context-aware: 重庆 → chong)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        out.extend(_run_pinyin(run))
    return out


def sort_key(name: str) -> str:
    """北京华联 -> "bei jing hua lian", "Atlas Foods" -> "atlas foods": sorts 北京华联 among the B's."""
    return _CJK_RUN.sub(lambda m: " " + " ".join(_run_pinyin(m.group(0))) + " ", normalize(name)).strip()


def phone_digits(phone: str | None) -> list[str]:
    """Digit forms a rep might type: the full number and the national one (without +86)."""
    if not phone:
        return []
    digits = _NON_DIGIT.sub("", phone)
    forms = [digits]
    if phone.startswith("+86") and len(digits) > 2:
        forms.append(digits[2:])
    elif phone.startswith("+1") and len(digits) > 1:
        forms.append(digits[1:])
    return forms


@dataclass(frozen=True, slots=True)
class Doc:
    kind: str
    ref_id: str
    name: str
    detail: str
    texts: tuple[str, ...]  # other fields matched as substrings: company, city, e-mail
    phones: tuple[str | None, ...]
    # How many of the leading fields (name, then texts) are also indexed as pinyin: the name's
    # own, and a lead's company. Each field's pinyin costs ~40 trigrams a document.
    pinyin_fields: int = 1

    def row(self) -> dict[str, Any]:
        fields = [normalize(t) for t in (self.name, *self.texts) if t]
        syllables: list[str] = []
        pinyin_words: list[str] = []
        # Each syllable as a word and joined up, so `hua`, `bjhl` and `beijinghualian` match.
        for f in fields[: self.pinyin_fields]:
            syl = pinyin_syllables(f)
            if syl:
                syllables += syl
                pinyin_words += ["".join(syl), "".join(s[0] for s in syl)]
        forms = [phone_digits(p) for p in self.phones]
        # The national digits are a substring of the international ones: trigrams need only
        # the latter, while word prefixes need both.
        tri = "\n".join([*fields, *pinyin_words, *(f[0] for f in forms if f)])
        words = " ".join(
            [*(spaced_cjk(f) for f in fields), *syllables, *pinyin_words, *(d for f in forms for d in f)]
        )
        return {
            "kind": self.kind,
            "ref_id": self.ref_id,
            "name": self.name,
            "key": normalize(self.name),
            "sort_key": sort_key(self.name),
            "detail": self.detail,
            "tri": tri,
            "words": words,
        }


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def customer_doc(r: dict[str, Any]) -> Doc:
    return Doc(
        "customer",
        r["id"],
        r["name"],
        _join(r.get("city"), r.get("phone")),
        (r.get("city") or "", r.get("email") or ""),
        (r.get("phone"),),
    )


def contact_doc(r: dict[str, Any], company: str, city: str | None) -> Doc:
    return Doc(
        "contact",
        r["id"],
        r["name"],
        _join(company, r.get("title")),
        (company, city or "", r.get("email") or ""),
        (r.get("phone"), r.get("mobile")),
    )


def lead_doc(r: dict[str, Any]) -> Doc:
    return Doc(
        "lead",
        r["id"],
        r["name"],
        _join(r.get("company"), r.get("city")),
        (r.get("company") or "", r.get("city") or "", r.get("email") or ""),
        (r.get("phone"),),
        pinyin_fields=2,
    )


def reindex_rows(
    conn: Connection, model: type[Synced], rows: Sequence[dict[str, Any]], cascade: bool = True
) -> None:
    """Bring the index in step with these row images (deleted ones leave it). Without
    ``cascade`` the rows are new ones from a bulk load: no contacts to re-index, no documents
    to replace."""
    gone = [r["id"] for r in rows if r.get("deleted")]
    live = [r for r in rows if not r.get("deleted")]
    if gone:
        conn.execute(delete(search_doc).where(search_doc.c.ref_id.in_(gone)))
    if not live:
        return
    if model is Customer:
        docs = [customer_doc(r) for r in live]
    elif model is Lead:
        docs = [lead_doc(r) for r in live]
    else:
        companies = _companies(conn, {r["customer_id"] for r in live})
        docs = [contact_doc(r, *companies.get(r["customer_id"], ("", None))) for r in live]
    if not cascade:  # a bulk load of new rows: nothing to replace
        executemany(conn, search_doc, [d.row() for d in docs])
    else:
        stmt = sqlite_insert(search_doc)
        cols = ("name", "key", "sort_key", "detail", "tri", "words")
        stmt = stmt.on_conflict_do_update(index_elements=["ref_id"], set_={c: stmt.excluded[c] for c in cols})
        conn.execute(stmt, [d.row() for d in docs])
    if model is Customer and cascade:
        # A contact's document carries its company's name and city.
        ids = [r["id"] for r in live]
        contact_rows = []
        for start in range(0, len(ids), 500):
            contact_rows += [
                dict(c)
                for c in conn.execute(
                    select(Contact.__table__).where(
                        Contact.customer_id.in_(ids[start : start + 500]),
                        Contact.deleted.is_(False),
                    )
                ).mappings()
            ]
        if contact_rows:
            reindex_rows(conn, Contact, contact_rows)


def _companies(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    ids = list(ids)
    out: dict[str, tuple[str, str | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, name, city in conn.execute(
            select(Customer.id, Customer.name, Customer.city).where(Customer.id.in_(chunk))
        ):
            out[cid] = (name, city)
    return out


def reindex_objects(conn: Connection, objs: Sequence[Synced]) -> None:
    by_model: dict[type[Synced], list[dict[str, Any]]] = {}
    for obj in objs:
        row = {c.key: getattr(obj, c.key) for c in obj.__table__.columns}  # type: ignore[attr-defined]
        by_model.setdefault(type(obj), []).append(row)
    for model in SEARCHABLE:  # customers first: contacts read their company's row
        if model in by_model:
            reindex_rows(conn, model, by_model[model])
