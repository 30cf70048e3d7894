"""sync: conflict records pulled from the server, rejected operations needing attention

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept", sa.JSON(), nullable=True),
        sa.Column("lost", sa.JSON(), nullable=True),
        sa.Column("kept_by", sa.String(36), nullable=True),
        sa.Column("lost_by", sa.String(36), nullable=True),
        sa.Column("lost_at", sa.String(48), nullable=False),
        sa.Column("customer_id", sa.String(36), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_conflicts_row_id", "conflicts", ["row_id"])
    op.create_table(
        "sync_attention",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_attention")
    op.drop_index("ix_conflicts_row_id", table_name="conflicts")
    op.drop_table("conflicts")
