"""The server's store: users, tokens, territories, and every synced row as a JSON image with its
per-field stamps and sequences (the merge's inputs). Rows are kept generic, not one table per
domain table, so a newer client's additive fields pass through an older server untouched.

Sequence numbers come from one counter row, locked by the writing transaction until it commits,
so sequences follow commit order and a pull by ``seq > cursor`` never skips a slow transaction."""

from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    text,
)

metadata = MetaData()

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
    Column("seq", Integer, nullable=False),
    # Scope, lifted out of the image so a pull can filter in SQL.
    Column("owner_id", String(36)),
    Column("territory_id", String(36)),
    Column("customer_id", String(36)),
    Index("ix_rows_seq", "seq"),
    Index("ix_rows_customer", "customer_id"),
)

applied_ops = Table(
    "applied_ops",
    metadata,
    Column("op_id", String(36), primary_key=True),
    Column("result", JSON, nullable=False),  # the answer, given again to a retry
)

# A row whose scope columns changed (a customer handed to another rep, a lead routed to its
# territory's rep) or a rep moved to another territory ("users" rows): at that sequence, the
# laptops that saw the old scope drop what they may no longer see, and a laptop that gains the
# row gets its contact persons, timeline and orders too.
moves = Table(
    "moves",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seq", Integer, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("old_owner_id", String(36)),
    Column("old_territory_id", String(36)),
    Column("new_owner_id", String(36)),
    Column("new_territory_id", String(36)),
    Index("ix_moves_seq", "seq"),
)

counter = Table(
    "counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Integer, nullable=False),
)


def make_engine(url: str) -> Engine:
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
    return create_engine(
        url, pool_size=20, max_overflow=20, json_serializer=_orjson_text, json_deserializer=orjson.loads
    )


def _orjson_text(value: object) -> str:
    return orjson.dumps(value).decode()


MIGRATIONS = str(Path(__file__).with_name("migrations"))


def create_schema(engine: Engine) -> None:
    """Create or upgrade the schema with Alembic (the counter row comes with the first revision)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def drop_schema(engine: Engine) -> None:
    """Everything ``create_schema`` made, Alembic's version table included (tests, PostgreSQL)."""
    metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
