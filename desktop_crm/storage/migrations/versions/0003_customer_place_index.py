"""list indexes: customers by province and city (the place filter and its choices), search
documents by kind and sort key (the customer list's name order without a sort)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customers_place", "customers", ["province", "city", "deleted"])
    # 0002 builds search_doc from today's metadata, which has this index already.
    op.create_index("ix_search_doc_order", "search_doc", ["kind", "sort_key", "ref_id"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_search_doc_order", table_name="search_doc")
    op.drop_index("ix_customers_place", table_name="customers")
