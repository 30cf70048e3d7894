"""The server's schema comes from its Alembic migrations, and they match the tables the code uses."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, select

from desktop_crm.server.db import counter, create_schema, metadata


def test_migrations_build_the_schema_the_code_declares(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrading_again_changes_nothing_and_keeps_the_counter(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(counter.update().values(value=41))
    create_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(select(counter.c.value)).scalar_one() == 41
