"""Alembic migrations of the cache (run by `app.store.database.open_cache`; no alembic.ini)."""
