"""search index: documents, trigram and per-character FTS5 tables, backfill

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import select

from desktop_crm.core import search_index
from desktop_crm.core.models import Contact, Customer, Lead

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.metadata.create_all(conn)
    for table, column, tokenizer in search_index.FTS_TABLES:
        for ddl in search_index.fts_ddl(table, column, tokenizer):
            conn.exec_driver_sql(ddl)
    for model in (Customer, Contact, Lead):
        table = model.__table__
        rows = [dict(r) for r in conn.execute(select(table).where(table.c.deleted.is_(False))).mappings()]
        if rows:
            search_index.reindex_rows(conn, model, rows, cascade=False)


def downgrade() -> None:
    conn = op.get_bind()
    for table, _, _ in search_index.FTS_TABLES:
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    search_index.metadata.drop_all(conn)
