"""The local cache: SQLAlchemy models, Alembic migrations, window queries, cursors and the outbox."""
