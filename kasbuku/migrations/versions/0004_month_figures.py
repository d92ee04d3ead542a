"""Month figures: each group's rekap row at the end of each month, kept by the write that made it.

The office rekap of 1,000 groups reads these rows instead of replaying every group's whole history. A row
is only used while the number of the group's events dated up to that month's end is still the number it
was made from. A book migrated from 0003 has none yet: its rekap replays the groups as before, and keeps
doing so for the months before each group's next write (docs/scale.md).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "month_figures",
        sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), primary_key=True),
        sa.Column("month", sa.Text, primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("figures", sa.Text, nullable=False),
    )
    op.create_index("ix_month_figures_month", "month_figures", ["month"])


def downgrade() -> None:
    op.drop_table("month_figures")
