"""Opening profiles: paths, pragmas, migrations from empty and from an older schema, bad places."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_crm.core import customers, search_index
from desktop_crm.core.errors import CrmError
from desktop_crm.core.search import search
from desktop_crm.core.settings import Settings
from desktop_crm.storage import migrate
from desktop_crm.storage.profile import (
    PROFILE_ENV,
    ProfileError,
    make_engine,
    open_profile,
    resolve_profile_dir,
)


def test_new_profile_is_wal_with_foreign_keys_at_head(tmp_path: Path) -> None:
    p = open_profile(tmp_path / "p")
    try:
        with p.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrate.current_revision(p.engine) == migrate.head_revision()
        assert not (tmp_path / "p" / "backups").exists()  # nothing to back up on a new profile
    finally:
        p.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    p = open_profile(tmp_path / "p")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), p.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO contacts (id, customer_id, name, updated_at, deleted, is_primary, notes) VALUES ('c', 'missing', 'x', '', 0, 0, '')"
                )
            )
    finally:
        p.close()


def test_profile_from_an_older_schema_is_backed_up_and_migrated(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    db = root / "crm.sqlite"
    # A profile as schema 0001 left it: domain tables, no search index yet.
    engine = make_engine(db)
    migrate.upgrade(engine, target="0001")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO customers (id, name, city, country, language, currency, relationship, notes, updated_at, deleted)"
            " VALUES ('old-1', '北京华联商贸有限公司', '北京', 'CN', 'zh', 'CNY', 'partner', '', '0000000000001-0000-x', 0)"
        )
    p = open_profile(root)
    try:
        assert migrate.current_revision(p.engine) == migrate.head_revision()
        backups = list((root / "backups").glob("crm-0001-*.sqlite"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as conn:  # the backup is the old schema, data intact
            assert conn.execute("SELECT name FROM customers").fetchall() == [("北京华联商贸有限公司",)]
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        with p.session() as s:  # the migration indexed what was there
            assert [h.id for h in search(s, query="bjhl")] == ["old-1"]
            assert customers.get_customer(s, "old-1").relationship == "partner"
    finally:
        p.close()
    again = open_profile(root)  # at head: no second backup
    again.close()
    assert len(list((root / "backups").glob("*.sqlite"))) == 1


def test_profile_dir_from_argument_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "env"))
    assert resolve_profile_dir(tmp_path / "arg") == tmp_path / "arg"
    assert resolve_profile_dir(None) == tmp_path / "env"
    monkeypatch.delenv(PROFILE_ENV)
    assert resolve_profile_dir(None).name == "default"


@contextlib.contextmanager
def read_only_dir(path: Path) -> Iterator[None]:
    """A directory nobody can write to, root included (CI runs as root)."""
    path.mkdir()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    elif os.geteuid() != 0:
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(0o755)
    else:
        pytest.skip("no way to make a read-only directory for root here")


def test_unwritable_profile_directory_is_a_clear_error(tmp_path: Path) -> None:
    with read_only_dir(tmp_path / "ro"), pytest.raises(ProfileError, match="not writable"):
        open_profile(tmp_path / "ro")


def test_profile_path_through_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ProfileError, match="cannot create profile directory"):
        open_profile(tmp_path / "file" / "profile")


def test_settings_round_trip_and_tolerate_old_or_odd_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(default_region="HK", cadence_days={"A": 7, "B": 30, "C": 60})
    s.save(path)
    assert Settings.load(path) == s
    path.write_text('{"version": 0, "default_region": 5, "future_key": 1, "lost_days": 400}')
    loaded = Settings.load(path)
    assert (loaded.default_region, loaded.lost_days, loaded.version) == ("CN", 400, 1)
    path.write_text("{not json")
    with pytest.raises(CrmError, match="cannot read settings"):
        Settings.load(path)
    assert Settings().rate("USD") == 7.1
    with pytest.raises(CrmError):
        Settings().rate("XYZ")


def test_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.HEAD


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"language": "fr"}, "language"),
        ({"default_region": "XX"}, "default_region"),
        ({"base_currency": "XYZ"}, "base_currency"),
        ({"cadence_days": {"A": 0, "B": 30, "C": 90}}, "cadence_A"),
        ({"new_days": 0}, "new_days"),
        ({"dormant_days": 400, "lost_days": 365}, "dormant_days"),
    ],
)
def test_settings_validation_names_the_field(change: dict[str, object], field: str) -> None:
    import dataclasses

    from desktop_crm.core.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        dataclasses.replace(Settings(), **change).validated()  # type: ignore[arg-type]
    assert err.value.field == field
    assert Settings(default_region="HK", language="zh_CN").validated().default_region == "HK"


def test_a_failed_unit_of_work_rolls_back_its_ddl_too(tmp_path: Path) -> None:
    """bulk_load drops the search triggers first thing; a failure must bring them back."""
    p = open_profile(tmp_path / "p")

    def triggers() -> set[str]:
        with p.session() as s:
            return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))

    before = triggers()
    assert {"search_tri_ai", "search_words_ai"} <= before
    with pytest.raises(RuntimeError), p.session() as s, search_index.bulk_load(s.connection()):
        customers.create_customer(s, name="Half-loaded")
        raise RuntimeError("the job stopped")
    assert triggers() == before
    with p.session() as s:
        customers.create_customer(s, name="Searchable Ltd")
        assert [h.name for h in search(s, query="searchable")] == ["Searchable Ltd"]
        assert customers.count_customers(s) == 1
    p.close()
