"""The demo clinic: the sandbox server in-process on loopback, and a throw-away cache for it.

    demo = DemoClinic.start()              # blocking (~0.5 s of seeding): run it off the UI thread
    workspace = ClinicWorkspace.open(demo.data_dir)
    adapter = sync_service.open_adapter(demo.api_key, demo.base_url)
    ...
    demo.stop()                            # stops the server and deletes the cache folder

Decision: the sandbox keeps its data in memory and is re-seeded around today's date at every launch,
so yesterday's cache would hold ids and sync cursors of a clinic that no longer exists. Every demo
launch therefore gets a fresh cache in a temporary folder (`frontdesk-demo-*` under the system's temp
folder), deleted on `stop()`; folders left by demos that were killed are swept at the next start
(`app.services.demo_folders`). The demo key is the sandbox's own and is never written to the keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

from app.domain.reasons import Reason, ReasonCode
from app.log import services_log
from app.sandbox.server import DEFAULT_API_KEY, SandboxServer, SandboxStartError
from app.services.demo_folders import DemoFolder, sweep_abandoned_demo_folders
from app.services.errors import ServiceError

DEMO_HOST = "127.0.0.1"
# The demo server has no rate limit, so the client need not pace itself to Cliniko's 200 a minute.
DEMO_REQUESTS_PER_MINUTE = 6_000


class DemoUnavailable(ServiceError):
    """The demo clinic could not be started (no free loopback port, no writable temp folder)."""


@dataclass(frozen=True, slots=True)
class DemoConnection:
    """Where the demo clinic answers and where its cache lives."""

    base_url: str
    api_key: str
    data_dir: Path
    requests_per_minute: int
    # The date the demo calendar is built around (today in the clinic's zone).
    today: date | None


class DemoClinic:
    """A running demo clinic: a seeded sandbox on a free loopback port plus a temporary cache folder."""

    def __init__(self, server: SandboxServer, folder: DemoFolder) -> None:
        self._server = server
        self._folder = folder
        data_dir = folder.path
        self._stopped = False
        self.connection = DemoConnection(
            base_url=server.base_url,
            api_key=DEFAULT_API_KEY,
            data_dir=data_dir,
            requests_per_minute=DEMO_REQUESTS_PER_MINUTE,
            today=server.demo.today if server.demo is not None else None,
        )

    @classmethod
    def start(
        cls, *, seed_number: int = 1, today: date | None = None, temp_root: Path | None = None
    ) -> DemoClinic:
        """Seed and start the sandbox and make a fresh cache folder (blocking; about half a second)."""
        sweep_abandoned_demo_folders(temp_root)
        try:
            folder = DemoFolder.create(temp_root)
        except OSError as error:
            raise DemoUnavailable(
                f"The demo needs a temporary folder and none could be made: {error.strerror or error}."
            ) from None
        server: SandboxServer | None = None
        try:
            # No rate limit: the demo is one desk on loopback, and its first sync should take a moment.
            server = SandboxServer(
                host=DEMO_HOST, port=0, seed="demo", seed_number=seed_number, today=today, rate_limit=0
            )
            server.start()
        except SandboxStartError:
            if server is not None:
                server.close()
            folder.remove()
            raise DemoUnavailable(Reason.of(ReasonCode.DEMO_CANNOT_START)) from None
        services_log.info("demo clinic started on loopback port %d", server.port)
        return cls(server, folder)

    @property
    def running(self) -> bool:
        """Whether the demo server is serving."""
        return not self._stopped and self._server.running

    def stop(self) -> None:
        """Stop the server and delete the demo cache (close the workspace on it first). Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._server.close()
        self._folder.remove()
        services_log.info("demo clinic stopped")

    def __enter__(self) -> DemoClinic:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
