"""The first schema: groups, events (the book), journal lines (what the events post).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("created", sa.Date, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), nullable=False, index=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("business_date", sa.Date, nullable=False),
        sa.Column("event_id", sa.String(200), unique=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
    )
    op.create_index("ix_events_group_date", "events", ["group_id", "business_date", "seq"])
    op.create_table(
        "journal_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), nullable=False),
        sa.Column("event_seq", sa.Integer, sa.ForeignKey("events.seq"), nullable=False),
        sa.Column("business_date", sa.Date, nullable=False),
        sa.Column("account", sa.String(10), nullable=False),
        sa.Column("sub", sa.String(200), nullable=False),
        sa.Column("amount", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_journal_group_event", "journal_lines", ["group_id", "event_seq"])


def downgrade() -> None:
    op.drop_table("journal_lines")
    op.drop_table("events")
    op.drop_table("groups")
