"""Alembic, run in-process when a profile opens. An existing store is copied to
``backups/`` (SQLite's online backup, so the copy is consistent) before its schema changes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))
# The newest migration. Opening a store already at HEAD never imports Alembic (39 MB, a quarter
# of a second); a test checks that this matches Alembic's own head.
HEAD = "0006"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no such table: an empty or pre-Alembic store
            return None


def upgrade(engine: Engine, *, backup_dir: Path | None = None, target: str = "head") -> Path | None:
    """Migrate to ``target``; returns the backup taken, if the store had data at an older schema."""
    current = current_revision(engine)
    wanted = HEAD if target == "head" else target
    if current == wanted:
        return None
    backup = None
    if backup_dir is not None and inspect(engine).get_table_names():
        backup = _backup(engine, backup_dir, current)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _backup(engine: Engine, backup_dir: Path, revision: str | None) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"crm-{revision or 'unversioned'}-{stamp}.sqlite"
    src_path = engine.url.database
    assert src_path
    with sqlite3.connect(src_path) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    return dest
