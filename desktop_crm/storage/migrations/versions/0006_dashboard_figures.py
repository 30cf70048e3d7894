"""dashboard (issue 8): each customer's RFM segment and last ABC tier change in customer_stats,
and a partial index of complaints on the timeline

Revision ID: 0006
Revises: 0005

The new columns start empty: the next full refresh (at start, on a settings change, or
``desktop-crm stats``) fills the segments; tier changes are counted from that refresh on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place (ALTER TABLE ADD COLUMN), no table copy.
    op.add_column("customer_stats", sa.Column("rfm_segment", sa.String(24), nullable=True))
    op.add_column("customer_stats", sa.Column("tier_before", sa.String(1), nullable=True))
    op.add_column("customer_stats", sa.Column("tier_changed_on", sa.Date(), nullable=True))
    op.create_index("ix_customer_stats_rfm_segment", "customer_stats", ["rfm_segment"])
    op.create_index("ix_customer_stats_tier_changed_on", "customer_stats", ["tier_changed_on"])
    op.create_index(
        "ix_timeline_complaints",
        "timeline_entries",
        ["occurred_at", "customer_id"],
        sqlite_where=sa.text("kind = 'complaint'"),
    )


def downgrade() -> None:
    op.drop_index("ix_timeline_complaints", table_name="timeline_entries")
    op.drop_index("ix_customer_stats_tier_changed_on", table_name="customer_stats")
    op.drop_index("ix_customer_stats_rfm_segment", table_name="customer_stats")
    with op.batch_alter_table("customer_stats") as batch:
        batch.drop_column("tier_changed_on")
        batch.drop_column("tier_before")
        batch.drop_column("rfm_segment")
