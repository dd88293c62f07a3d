"""Alembic environment: migrates the connection `app.store.database` hands over, in its transaction."""

from __future__ import annotations

from alembic import context

from app.store.models import Base


def run_migrations() -> None:
    """Run the pending revisions on the connection passed in `config.attributes["connection"]`."""
    if context.is_offline_mode():
        raise RuntimeError("the cache is migrated online only, through app.store.database")
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through app.store.database, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters most things by copying the table; batch mode does that for future revisions.
        render_as_batch=True,
        # SQLite DDL is transactional: the whole upgrade commits or nothing does.
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _loaded_by_alembic() -> bool:
    # Alembic runs this file with its context set up; a tool that merely imports every module of the
    # package (the code-quality checks do) must be able to import it without effect.
    try:
        context.config  # noqa: B018  (the proxy has no config outside an Alembic run)
    except (AttributeError, NameError):
        return False
    return True


if _loaded_by_alembic():
    run_migrations()
