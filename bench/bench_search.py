"""Search p95 over mixed queries against LIKE '%x%' over the same documents (DESIGN.md 6)."""

from __future__ import annotations

import random
from functools import partial

from sqlalchemy import text

from desktop_crm.core.search import search
from desktop_crm.core.search_index import normalize, pinyin_syllables
from desktop_crm.storage.profile import Profile

from .common import Check, ms, p, timed

BUDGET_P95 = 0.010
MIN_RATIO = 5.0
LIMIT = 20


def mixed_queries(profile: Profile, per_class: int = 40, seed: int = 5) -> dict[str, list[str]]:
    """Queries a rep would type, drawn from the profile's own data so most of them match."""
    rng = random.Random(seed)
    with profile.session() as s:
        names = [n for (n,) in s.execute(text("SELECT name FROM search_doc ORDER BY random() LIMIT 4000"))]
        phones = [m for (m,) in s.execute(text("SELECT mobile FROM contacts ORDER BY random() LIMIT 500"))]
    zh = [n for n in names if pinyin_syllables(n)]
    en = [n for n in names if n.isascii()]
    out: dict[str, list[str]] = {
        "cjk1": [],
        "cjk2": [],
        "cjk3+": [],
        "english prefix": [],
        "pinyin initials": [],
        "phone digits": [],
    }
    for _ in range(per_class):
        name = rng.choice(zh)
        i = rng.randrange(max(1, len(name) - 4))
        out["cjk1"].append(name[i])
        out["cjk2"].append(name[i : i + 2])
        out["cjk3+"].append(name[i : i + rng.randint(3, 4)])
        word = rng.choice(rng.choice(en).split())
        out["english prefix"].append(word[: rng.randint(2, min(5, len(word)))].lower())
        syl = pinyin_syllables(rng.choice(zh))
        start = rng.randrange(max(1, len(syl) - 3))
        out["pinyin initials"].append("".join(x[0] for x in syl[start : start + rng.randint(2, 4)]))
        digits = rng.choice(phones)[3:]
        j = rng.randrange(len(digits) - 6)
        out["phone digits"].append(digits[j : j + rng.randint(4, 7)])
    return out


def run(profile: Profile) -> list[Check]:
    queries = mixed_queries(profile)
    flat = [q for qs in queries.values() for q in qs]
    ours: list[float] = []
    like: list[float] = []
    per_class: dict[str, list[float]] = {}
    with profile.session() as s:
        for q in flat[:20]:  # warm the page cache for both, as a rep's laptop would be
            search(s, query=q, limit=LIMIT)
        like_sql = text("SELECT id, kind, ref_id, name, detail FROM search_doc WHERE tri LIKE :q LIMIT :n")
        for cls, qs in queries.items():
            for q in qs:
                t = timed(partial(search, s, query=q, limit=LIMIT))
                ours.append(t)
                per_class.setdefault(cls, []).append(t)
                params = {"q": f"%{normalize(q)}%", "n": LIMIT}
                like.append(timed(partial(lambda p: s.execute(like_sql, p).all(), params)))
    ours_p95, like_p95 = p(ours, 95), p(like, 95)
    ratio = like_p95 / ours_p95
    detail = ", ".join(f"{cls} {ms(p(v, 95))}" for cls, v in per_class.items())
    return [
        Check(
            f"search p95 over {len(flat)} mixed queries",
            f"{ms(ours_p95)} (p50 {ms(p(ours, 50))}; budget <= {ms(BUDGET_P95)})",
            f"LIKE '%x%' p95 {ms(like_p95)}: {ratio:.1f}x slower (needs >= {MIN_RATIO:.0f}x)",
            ours_p95 <= BUDGET_P95 and ratio >= MIN_RATIO,
        ),
        Check("search p95 by kind of query", detail, "", None),
    ]
