"""server: several processes on one PostgreSQL (issue 17): 64-bit sequences, applied ops keyed by
user and dated, dated moves with a pruning horizon, and failed logins in the database

Revision ID: 0003
Revises: 0002

Answers recorded before this revision name no user, so they are not carried over: no user may be
given an answer that may be another's. A push whose answer was lost exactly across the upgrade is
applied again when the laptop retries it, which the field merge makes harmless (an insert of a
row the server has merges into it; a replayed edit meets its own stamp), as for a retry after
the answers' retention (``prune``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_crm.server.db import UTC_NOW

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# SQLite's INTEGER is 64-bit already: only PostgreSQL's columns change type.
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        for table, column in (("rows", "seq"), ("moves", "seq"), ("counter", "value")):
            op.alter_column(table, column, type_=sa.BigInteger(), existing_nullable=False)
    op.add_column("counter", sa.Column("moves_pruned_to", SEQ, nullable=False, server_default="0"))
    # SQLite adds no column with a non-constant default: it copies the table (moves stays small,
    # being pruned). Moves made before this revision are dated now, and so kept a full retention.
    with op.batch_alter_table("moves", recreate="auto" if postgres else "always") as batch:
        batch.add_column(sa.Column("at", sa.DateTime(), nullable=False, server_default=UTC_NOW))
    op.drop_table("applied_ops")
    op.create_table(
        "applied_ops",
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("op_id", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False, server_default=UTC_NOW),
        sa.PrimaryKeyConstraint("user_id", "op_id"),
    )
    op.create_index("ix_applied_ops_at", "applied_ops", ["at"])
    op.create_table(
        "login_failures",
        sa.Column("key", sa.String(150), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_table("login_failures")
    op.drop_table("applied_ops")
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("result", sa.JSON(), nullable=False),
    )
    with op.batch_alter_table("moves", recreate="auto" if postgres else "always") as batch:
        batch.drop_column("at")
    with op.batch_alter_table("counter") as batch:
        batch.drop_column("moves_pruned_to")
    if postgres:
        for table, column in (("rows", "seq"), ("moves", "seq"), ("counter", "value")):
            op.alter_column(table, column, type_=sa.Integer(), existing_nullable=False)
