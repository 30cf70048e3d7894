"""Alembic environment of the server's database (SQLite or PostgreSQL): runs on the connection
``db.create_schema`` hands over."""

from __future__ import annotations

from alembic import context

from desktop_crm.server.db import metadata

config = context.config


def run() -> None:
    conn = config.attributes["connection"]
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
