"""Importing a 100k-row customer sheet (issue 7: under a minute, with progress; importing it again
adds nothing) into a fresh profile, beside the floor: reading the same CSV with the csv module
and inserting its rows with one raw executemany, no checks, no outbox, no search index."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import tempfile
from pathlib import Path

from desktop_crm.io.importer import import_table
from desktop_crm.io.mapping import guess
from desktop_crm.io.tables import read_table
from desktop_crm.storage.profile import Profile, open_profile

from .common import Check, timed

ROWS = 100_000
BUDGET = 60.0
CITIES = [("北京", "北京", "010"), ("上海", "上海", "021"), ("广州", "广东", "020"), ("杭州", "浙江", "0571"),
          ("成都", "四川", "028"), ("武汉", "湖北", "027"), ("济南", "山东", "0531"), ("Shenzhen", "Guangdong", "0755")]  # fmt: skip
WORDS = [
    "华联",
    "锦江",
    "天城",
    "西子",
    "珠江",
    "鲁信",
    "海达",
    "长城",
    "Atlas",
    "Harbor",
    "Pacific",
    "Summit",
]


def sheet(rows: int = ROWS, seed: int = 7) -> bytes:
    """A sheet as a Chinese office keeps it: GB18030, 客户名称 / 联系人 / 电话 / 手机 / ..."""
    g = random.Random(seed)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["客户编号", "客户名称", "联系人", "电话", "手机", "邮箱", "地址", "城市", "省份", "备注"])
    for i in range(rows):
        city, province, area = CITIES[i % len(CITIES)]
        word = g.choice(WORDS)
        w.writerow([f"C{i:06d}", f"{city}{word}贸易有限公司{i}", g.choice(["王", "李", "张", "刘"]) + g.choice("伟芳娜强"),
                    f"{area}-{6000_0000 + i:08d}"[: len(area) + 9], f"1{g.choice('38')}{g.choice('6789')}{i:08d}",
                    f"sales{i}@firm{i}.cn", f"{word}路{i % 900 + 1}号", city, province,
                    "老客户" if i % 3 else ""])  # fmt: skip
    return out.getvalue().encode("gb18030")


def _import(profile: Profile, path: Path) -> tuple[int, int, int]:
    table = read_table(path)
    with profile.session() as s:
        r = import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"),
                         settings=profile.settings, progress=lambda _d, _t: None)  # fmt: skip
    return r.created, r.unchanged, len(r.rejected)


def _floor(path: Path, db: Path) -> None:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("gb18030"))))[1:]
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE c (a, b, c, d, e, f, g, h, i, j)")
    conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()


def run(_big: Profile) -> list[Check]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "customers.csv"
        path.write_bytes(sheet())
        profile = open_profile(Path(tmp) / "p")
        try:
            counts: list[tuple[int, int, int]] = []
            first = timed(lambda: counts.append(_import(profile, path)))
            again = timed(lambda: counts.append(_import(profile, path)))
        finally:
            profile.close()
        floor = timed(lambda: _floor(path, Path(tmp) / "floor.db"))
    (created, _, bad), (created_again, unchanged, _) = counts
    return [
        Check(
            f"import a {ROWS:,}-row GB18030 CSV (customers + contact persons)",
            f"{first:.1f} s ({created:,} added, {bad} rejected)",
            f"budget {BUDGET:.0f} s; raw csv + executemany {floor:.1f} s",
            first <= BUDGET and created == ROWS and bad == 0,
        ),
        Check(
            "import the same file again",
            f"{again:.1f} s ({created_again} added, {unchanged:,} unchanged)",
            f"budget {BUDGET:.0f} s and nothing added",
            again <= BUDGET and created_again == 0,
        ),
    ]
