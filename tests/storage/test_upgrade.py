"""A newer build over an older one: a profile written by an older build (schema 0003, with changes
it never sent) is migrated on first use and loses nothing, through the command line and the window."""

from __future__ import annotations

import csv
import gzip
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop_crm.storage import migrate
from desktop_crm.storage.profile import make_engine
from tests.cli.test_cli import run

OLD_STORE = Path(__file__).resolve().parents[1] / "data" / "profiles" / "crm-0003.sqlite.gz"


def desktop_crm(profile: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run("--profile", str(profile), *args, env={**os.environ, **env})


@pytest.fixture
def old_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "profile"
    profile.mkdir()
    with gzip.open(OLD_STORE) as src, (profile / "crm.sqlite").open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return profile


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_an_older_builds_profile_is_migrated_and_keeps_everything(old_profile: Path) -> None:
    db = old_profile / "crm.sqlite"
    assert rows(db, "SELECT version_num FROM alembic_version") == [("0003",)]
    customers = sorted(rows(db, "SELECT id, name, city FROM customers"))
    timeline = sorted(rows(db, "SELECT id, customer_id, kind, subject, body FROM timeline_entries"))
    unsent = sorted(rows(db, "SELECT op_id, table_name, row_id, fields FROM outbox"))
    assert len(customers) == 12 and len(unsent) == 149

    found = desktop_crm(old_profile, "search", "bjhl")  # the first command of the newer build
    assert found.returncode == 0, found.stderr
    assert "北京华联商贸有限公司" in found.stdout

    engine = make_engine(db)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert sorted(rows(db, "SELECT id, name, city FROM customers")) == customers
    assert sorted(rows(db, "SELECT id, customer_id, kind, subject, body FROM timeline_entries")) == timeline
    # What the older build had not sent yet still goes out at the next sync.
    assert set(unsent) <= set(rows(db, "SELECT op_id, table_name, row_id, fields FROM outbox"))
    (backup,) = (old_profile / "backups").glob("crm-0003-*.sqlite")
    assert sorted(rows(backup, "SELECT id, name, city FROM customers")) == customers

    # The new columns are filled in: the dashboard's figures and an export of the whole list.
    stats = desktop_crm(old_profile, "stats", "--period", "year")
    assert stats.returncode == 0, stats.stderr
    exported = old_profile / "all.csv"
    done = desktop_crm(old_profile, "export", str(exported))
    assert done.returncode == 0, done.stderr
    with exported.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 12


def test_the_window_opens_an_older_builds_profile(old_profile: Path) -> None:
    shown = desktop_crm(old_profile, QT_QPA_PLATFORM="offscreen", DESKTOP_CRM_SMOKE_EXIT="1")
    assert shown.returncode == 0, shown.stderr
    assert "12 customers listed" in shown.stdout
    assert len(list((old_profile / "backups").glob("crm-0003-*.sqlite"))) == 1
