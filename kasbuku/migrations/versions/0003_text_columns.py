"""Text columns without a length limit on PostgreSQL, as SQLite already has them.

SQLite ignores VARCHAR lengths, PostgreSQL enforces them: a group name or member code over the limit was
accepted by a laptop's book and failed on the office's server (also when importing that laptop's export).
On PostgreSQL, VARCHAR(n) → TEXT is a catalogue change (no table rewrite); SQLite needs nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = {
    "groups": ("name", "kind"),
    "events": ("type", "event_id", "actor"),
    "journal_lines": ("account", "sub"),
    "audit": ("actor", "action", "group_name"),
    "credentials": ("subject", "secret_hash"),
    "book_lock": ("holder", "host"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.Text)


def downgrade() -> None:
    """Not offered: a longer value already stored would not fit the old limits."""
    raise NotImplementedError("0003 cannot be downgraded")
