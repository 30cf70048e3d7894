"""server: users, tokens, territories, synced rows, applied operations, the sequence counter

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("territory_id", sa.String(36)),
        sa.Column("manager_id", sa.String(36)),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_tokens_user_id", "tokens", ["user_id"])
    op.create_table(
        "territories",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("provinces", sa.JSON(), nullable=False),
    )
    op.create_table(
        "rows",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("seqs", sa.JSON(), nullable=False),
        sa.Column("writers", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.String(36)),
        sa.Column("territory_id", sa.String(36)),
        sa.Column("customer_id", sa.String(36)),
    )
    op.create_index("ix_rows_seq", "rows", ["seq"])
    op.create_index("ix_rows_customer", "rows", ["customer_id"])
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("result", sa.JSON(), nullable=False),
    )
    counter = op.create_table(
        "counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    for table in ("counter", "applied_ops", "rows", "territories", "tokens", "users"):
        op.drop_table(table)
