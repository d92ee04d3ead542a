"""Trust: the hash-chained audit trail, group PINs and the facilitator's password, the writer's lock.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from ledger.storage.audit import GENESIS, row_hash

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("group_name", sa.String(200), nullable=False),
        sa.Column("ref_seq", sa.Integer),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_ref", "audit", ["ref_seq"])
    _audit_existing_events()
    op.create_table(
        "credentials",
        sa.Column("subject", sa.String(220), primary_key=True),
        sa.Column("secret_hash", sa.String(300), nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime),
    )
    op.create_table(
        "book_lock",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("host", sa.String(200), nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("since", sa.DateTime, nullable=False),
        sa.Column("heartbeat", sa.DateTime, nullable=False),
    )


def _audit_existing_events() -> None:
    """A book from schema 0001 had no audit trail: its events enter the chain as they stand now."""
    conn = op.get_bind()
    rows = conn.execute(sa.text("select e.seq, g.name, e.payload, e.actor from events e "
                                "join groups g on g.id = e.group_id order by e.seq")).fetchall()
    prev, at = GENESIS, datetime.now().replace(microsecond=0)
    for number, (seq, group, payload, actor) in enumerate(rows, start=1):
        digest = row_hash(prev, number, at, actor, "event", group, seq, payload)
        conn.execute(sa.text("insert into audit (seq, at, actor, action, group_name, ref_seq, detail, prev_hash, "
                             "hash) values (:n, :at, :actor, 'event', :g, :seq, :p, :prev, :h)"),
                     {"n": number, "at": at, "actor": actor, "g": group, "seq": seq, "p": payload,
                      "prev": prev, "h": digest})
        prev = digest


def downgrade() -> None:
    op.drop_table("book_lock")
    op.drop_table("credentials")
    op.drop_table("audit")
