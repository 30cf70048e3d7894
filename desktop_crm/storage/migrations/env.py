"""Alembic environment: runs on the connection the application hands over (``migrate.upgrade``),
or, for ``alembic revision --autogenerate`` during development, on a throwaway SQLite file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop_crm.core.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is not None:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///autogen.sqlite")
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
