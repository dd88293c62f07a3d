"""The clinic workspace: one open cache plus the settings and clock every service decides with.

    with ClinicWorkspace.open(data_dir) as workspace:
        items = agenda_service.agenda_for_day(workspace, date(2025, 3, 3))

Services are plain functions taking the workspace first. The clock is injectable so tests (and the
demo) can fix "now"; it must return an aware datetime.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain.reasons import Reason, ReasonCode
from app.services.errors import CacheUnavailable
from app.services.failure_reasons import store_failure_reason
from app.services.settings import WorkspaceSettings, load_settings, save_settings
from app.store.database import CacheDatabase, open_cache
from app.store.errors import StoreError
from app.store.paths import resolve_data_dir

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time, aware UTC."""
    return datetime.now(UTC)


class ClinicWorkspace:
    """An open cache with its settings, clock and what is known about the connection."""

    def __init__(
        self,
        database: CacheDatabase,
        *,
        settings: WorkspaceSettings | None = None,
        clock: Clock | None = None,
        owns_database: bool = False,
    ) -> None:
        self.database = database
        self._clock = clock or system_clock
        self._owns_database = owns_database
        if settings is None:
            with self.reading() as session:
                settings = load_settings(session)
        self._settings = settings
        # None: nothing known in this process (the stored sync outcome decides); True/False: the app
        # saw the server fail or answer just now.
        self._offline: bool | None = None

    @classmethod
    def open(
        cls, data_dir: Path | None, *, clock: Clock | None = None, settings: WorkspaceSettings | None = None
    ) -> ClinicWorkspace:
        """Open (creating if needed) the cache in `data_dir` (None: the platform's data folder)."""
        try:
            database = open_cache(resolve_data_dir(data_dir))
        except StoreError as error:
            raise CacheUnavailable(str(error), reason=store_failure_reason(error)) from None
        except OSError as error:
            raise CacheUnavailable(f"The data folder cannot be used: {error.strerror or error}.") from None
        try:
            return cls(database, settings=settings, clock=clock, owns_database=True)
        except BaseException:
            database.close()
            raise

    @property
    def data_dir(self) -> Path | None:
        """The folder holding the cache file (None for an in-memory cache)."""
        return None if self.database.path is None else self.database.path.parent

    @property
    def settings(self) -> WorkspaceSettings:
        """The settings in force."""
        return self._settings

    def update_settings(self, settings: WorkspaceSettings) -> None:
        """Use and store new settings."""
        with self.writing() as session:
            save_settings(session, settings)
        self._settings = settings

    def now(self) -> datetime:
        """The current time from the workspace's clock (aware UTC)."""
        moment = self._clock()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("The workspace clock must return timezone-aware datetimes.")
        return moment.astimezone(UTC)

    @property
    def known_offline(self) -> bool | None:
        """True/False when this process has just seen the server fail or answer; None when unknown."""
        return self._offline

    def set_connectivity(self, *, online: bool) -> None:
        """Record what the sync (or a link refresh) just found out about the server."""
        self._offline = not online

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction on the cache (services only; callers never see SQL)."""
        try:
            with self.database.session() as session:
                yield session
        except OperationalError as error:
            raise _cache_problem(error) from None

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction holding the cache's write lock from the start."""
        try:
            with self.database.write_session() as session:
                yield session
        except OperationalError as error:
            raise _cache_problem(error) from None

    def close(self) -> None:
        """Close the cache if the workspace opened it."""
        if self._owns_database:
            self.database.close()

    def __enter__(self) -> ClinicWorkspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _cache_problem(error: OperationalError) -> CacheUnavailable:
    text = str(error.orig)
    if "locked" in text or "busy" in text:
        return CacheUnavailable(Reason.of(ReasonCode.CACHE_BUSY))
    if "disk" in text and "full" in text:
        return CacheUnavailable(Reason.of(ReasonCode.CACHE_DISK_FULL))
    # The database's own words are the detail that helps here: no general reason says more.
    return CacheUnavailable(f"The local cache could not be used: {text}.")
