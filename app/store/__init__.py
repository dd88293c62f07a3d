"""The local cache: SQLAlchemy models, Alembic migrations, window queries, cursors and the outbox.

Where things are:
- `database`: `open_cache(data_dir)` (migrates on open), sessions, `open_in_memory()`; `paths` for
  the data directory; `errors` for the failures a user is told about.
- `models` (tables), `migrations/` (Alembic revisions), `timestamps` (UTC epoch-microsecond storage),
  `mapping` (rows <-> domain entities).
- Reads: `queries` (appointments, blocks, attendees in a window), `catalog` (businesses,
  practitioners, types, patients by id), `patient_search`.
- Sync: `bulk` (page upserts and deletions), `cursors`, `outbox`, `sync_conflicts`, `meta`.
- Local changes: `local_writes` (local ids, pending saves, `rekey_appointment`).
"""
