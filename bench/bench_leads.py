"""Saving a lead at a trade show, the duplicate check included, on the 100k-customer profile
(DESIGN.md section 6: <= 30 ms), beside the save alone."""

from __future__ import annotations

import json
import random
from functools import partial

from sqlalchemy import delete, select, text

from desktop_crm.core import events
from desktop_crm.core.duplicates import likely_duplicates
from desktop_crm.core.models import Contact, Customer, Lead, OutboxOp
from desktop_crm.storage.profile import Profile

from .common import Check, ms, p, timed

BUDGET = 0.030
VISITORS = 60


def _visitors(profile: Profile, seed: int = 11) -> list[dict[str, str]]:
    """Half are people the profile knows, typed as a rep would (another phone format, a company
    with a suffix); half are new."""
    rng = random.Random(seed)
    with profile.session() as s:
        known = s.execute(
            select(Contact.name, Contact.mobile, Customer.name)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Contact.mobile.is_not(None))
            .order_by(text("random()"))
            .limit(VISITORS // 2)
        ).all()
    out = []
    for i, (name, mobile, company) in enumerate(known):
        digits = (mobile or "").removeprefix("+86")
        out.append(
            {
                "name": name,
                "company": f"{company}（展台）",
                "phone": f"{digits[:3]} {digits[3:7]} {digits[7:]}",
            }
        )
        out.append({"name": f"访客{i:03d}", "company": f"新公司{rng.randrange(10**6):06d}",
                    "phone": f"139{rng.randrange(10**8):08d}"})  # fmt: skip
    return out


def run(profile: Profile) -> list[Check]:
    visitors = _visitors(profile)
    made: list[str] = []

    def check_and_save(v: dict[str, str]) -> None:
        with profile.session() as s:
            likely_duplicates(s, name=v["name"], company=v["company"], phone=v["phone"])
            made.append(events.create_lead(s, **v, consent=True))

    def save_only(v: dict[str, str]) -> None:
        with profile.session() as s:
            made.append(events.create_lead(s, **v, consent=True))

    try:
        for v in visitors[:5]:  # warm the page cache, as a laptop in use would be
            check_and_save(v)
        with_check = [timed(partial(check_and_save, v)) for v in visitors]
        alone = [timed(partial(save_only, v)) for v in visitors]
        found = 0
        with profile.session() as s:
            for v in visitors[::2]:
                found += bool(likely_duplicates(s, name=v["name"], company=v["company"], phone=v["phone"]))
    finally:
        with profile.session() as s:  # the cached profile stays as it was
            s.execute(delete(OutboxOp).where(OutboxOp.row_id.in_(made)))
            s.execute(text("DELETE FROM search_doc WHERE ref_id IN (SELECT value FROM json_each(:ids))"),
                      {"ids": json.dumps(made)})  # fmt: skip
            s.execute(delete(Lead).where(Lead.id.in_(made)))
    p95 = p(with_check, 95)
    return [
        Check(
            f"lead save with the duplicate check, p95 over {len(visitors)} visitors",
            f"{ms(p95)} (p50 {ms(p(with_check, 50))}; budget <= {ms(BUDGET)}); "
            f"{found} of {len(visitors) // 2} known people flagged",
            f"the save alone p95 {ms(p(alone, 95))}",
            p95 <= BUDGET,
        )
    ]
