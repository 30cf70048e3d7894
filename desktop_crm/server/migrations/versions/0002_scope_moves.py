"""server: scope moves, so a laptop learns which rows left (or entered) its rep's scope

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moves",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("old_owner_id", sa.String(36)),
        sa.Column("old_territory_id", sa.String(36)),
        sa.Column("new_owner_id", sa.String(36)),
        sa.Column("new_territory_id", sa.String(36)),
    )
    op.create_index("ix_moves_seq", "moves", ["seq"])


def downgrade() -> None:
    op.drop_table("moves")
