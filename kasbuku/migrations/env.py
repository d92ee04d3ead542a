"""Alembic environment: runs on the engine kasbuku opened (SQLite or PostgreSQL)."""

from alembic import context

from ledger.storage import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()
