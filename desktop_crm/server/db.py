"""The server's store: users, tokens, territories, and every synced row as a JSON image with its
per-field stamps and sequences (the merge's inputs). Rows are kept generic, not one table per
domain table, so a newer client's additive fields pass through an older server untouched.

Sequence numbers come from one counter row, locked by the writing transaction until it commits,
so sequences follow commit order and a pull by ``seq > cursor`` never skips a slow transaction.
They are 64-bit: at a few thousand a second, 32 bits last weeks, not years.

Several server processes share one database (DESIGN.md 5, deployment): nothing that must hold
across requests lives in a process, so the login limit is a table too (``login_failures``)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    event,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

metadata = MetaData()
# 64-bit on PostgreSQL; SQLite's INTEGER is 64-bit already, and stays INTEGER so that the
# tables need no rebuild there.
Seq = BigInteger().with_variant(Integer(), "sqlite")


class utc_now(FunctionElement[dt.datetime]):  # lower case: an SQL function
    """Now in UTC as a naive timestamp, as the server writes times from Python (PostgreSQL's
    ``now()`` would be stored in the session's time zone)."""

    type = DateTime()
    inherit_cache = True


@compiles(utc_now, "postgresql")
def _utc_now_pg(_element: utc_now, _compiler: Any, **_kw: Any) -> str:
    return "timezone('utc', now())"


@compiles(utc_now)
def _utc_now(_element: utc_now, _compiler: Any, **_kw: Any) -> str:
    return "CURRENT_TIMESTAMP"  # SQLite: UTC


UTC_NOW = utc_now()

users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False, default=""),
    Column("role", String(16), nullable=False, default="rep"),  # rep | manager | admin
    Column("territory_id", String(36)),
    Column("manager_id", String(36)),  # a rep's manager sees the rep's customers
    Column("active", Boolean, nullable=False, default=True),
    Column("password_hash", String(200), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of the token: a leak is useless
    Column("user_id", String(36), nullable=False, index=True),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

territories = Table(
    "territories",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("provinces", JSON, nullable=False, default=list),
)

rows = Table(
    "rows",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("data", JSON, nullable=False),
    Column("stamps", JSON, nullable=False),  # field -> HLC of its last write
    Column("seqs", JSON, nullable=False),  # field -> sequence of its last write
    Column("writers", JSON, nullable=False),  # field -> user id of its last writer
    Column("seq", Seq, nullable=False),
    # Scope, lifted out of the image so a pull can filter in SQL.
    Column("owner_id", String(36)),
    Column("territory_id", String(36)),
    Column("customer_id", String(36)),
    Index("ix_rows_seq", "seq"),
    Index("ix_rows_customer", "customer_id"),
)

# An answer is given again only to the user who pushed the op: op ids come from the laptops, and
# another user's guess of one must not read that answer (nor stop their own op being applied).
applied_ops = Table(
    "applied_ops",
    metadata,
    Column("user_id", String(36), nullable=False),
    Column("op_id", String(64), nullable=False),
    Column("result", JSON, nullable=False),  # the answer, given again to a retry
    Column("at", DateTime, nullable=False, server_default=UTC_NOW),  # pruned after a retention
    PrimaryKeyConstraint("user_id", "op_id"),
    Index("ix_applied_ops_at", "at"),
)

# A row whose scope columns changed (a customer handed to another rep, a lead routed to its
# territory's rep) or a rep moved to another territory ("users" rows): at that sequence, the
# laptops that saw the old scope drop what they may no longer see, and a laptop that gains the
# row gets its contact persons, timeline and orders too.
moves = Table(
    "moves",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seq", Seq, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("old_owner_id", String(36)),
    Column("old_territory_id", String(36)),
    Column("new_owner_id", String(36)),
    Column("new_territory_id", String(36)),
    Column("at", DateTime, nullable=False, server_default=UTC_NOW),  # pruned after a retention
    Index("ix_moves_seq", "seq"),
)

counter = Table(
    "counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Seq, nullable=False),
    # Moves up to this sequence are pruned: a laptop whose cursor is older cannot be told what
    # left its scope, so it pulls its whole scope again (``sync.pull``).
    Column("moves_pruned_to", Seq, nullable=False, server_default="0"),
)

# Failed logins, one row each, for the rate limit of every server process (``auth.LoginLimiter``).
login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(150), nullable=False),  # "user:NAME" or "ip:ADDRESS"
    Column("at", DateTime, nullable=False),
    Index("ix_login_failures_key_at", "key", "at"),
)

POOL_ENV = "DESKTOP_CRM_SERVER_POOL_SIZE"
DEFAULT_POOL = 20


def make_engine(url: str, *, pool_size: int | None = None) -> Engine:
    """``pool_size``: the most PostgreSQL connections this process opens (default
    ``$DESKTOP_CRM_SERVER_POOL_SIZE``, else 20). Summed over the server processes, it must stay
    under the database's ``max_connections`` (README, "Several server processes")."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: object, _record: object) -> None:
            conn.isolation_level = None  # type: ignore[attr-defined]
            cur = conn.cursor()  # type: ignore[attr-defined]
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: object) -> None:
            # IMMEDIATE: a push takes the write lock at once, so sequences follow commit order.
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

        return engine
    size = pool_size or int(os.environ.get(POOL_ENV) or DEFAULT_POOL)
    # No overflow: the pool size is the whole of this process's share of max_connections.
    return create_engine(
        url, pool_size=size, max_overflow=0, json_serializer=_orjson_text, json_deserializer=orjson.loads
    )


def _orjson_text(value: object) -> str:
    return orjson.dumps(value).decode()


MIGRATIONS = str(Path(__file__).with_name("migrations"))


# Any constant of our own: the key of the PostgreSQL advisory lock that upgrades take.
MIGRATION_LOCK = 0x6372_6D5F_7367  # "crm_sg"


def create_schema(engine: Engine) -> None:
    """Create or upgrade the schema with Alembic (the counter row comes with the first revision).

    On PostgreSQL the upgrade holds an advisory lock until it commits: server processes starting
    at once migrate one after another, and the later ones find the schema at head."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def drop_schema(engine: Engine) -> None:
    """Everything ``create_schema`` made, Alembic's version table included (tests, PostgreSQL)."""
    metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
