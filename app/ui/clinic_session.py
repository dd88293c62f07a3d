"""An open clinic: the workspace on its cache, the connection to its server, and (for the demo) the
sandbox it runs on. The main window shows one session; closing it closes all three, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.entities import Appointment, Attendee
from app.log import ui_log
from app.services import sync_service
from app.services.sync_service import RemoteAdapter
from app.services.workspace import ClinicWorkspace

if TYPE_CHECKING:
    from app.services.demo_service import DemoClinic

# The GUI waits out a dead server for about half a minute of retries before saying "offline".
GUI_MAX_RETRIES = 5


@dataclass(eq=False)
class ClinicSession:
    """What a clinic window works on. `adapter` is handed to the window's SyncController, which closes it."""

    workspace: ClinicWorkspace
    adapter: RemoteAdapter
    demo: DemoClinic | None = None
    closed: bool = field(default=False, init=False)

    @property
    def is_demo(self) -> bool:
        """Whether this is the demo clinic (no key, throw-away cache)."""
        return self.demo is not None

    async def fetch_attendees(self, appointment_id: str) -> list[Attendee]:
        """Re-read an appointment's attendees through the current adapter (a new key replaces it)."""
        return await self.adapter.fetch_attendees(appointment_id)

    async def fetch_appointment(self, appointment_id: str) -> Appointment | None:
        """Read one appointment from the server through the current adapter."""
        return await self.adapter.fetch_appointment(appointment_id)

    def close(self) -> None:
        """Close the cache, then stop the demo server (which deletes the demo cache). Idempotent.

        The adapter is closed by the SyncController (asynchronously) before this is called.
        """
        if self.closed:
            return
        self.closed = True
        try:
            self.workspace.close()
        finally:
            if self.demo is not None:
                self.demo.stop()
        ui_log.info("clinic session closed")


def open_account_session(
    workspace: ClinicWorkspace, api_key: str, base_url: str | None, *, max_retries: int = GUI_MAX_RETRIES
) -> ClinicSession:
    """A session on `workspace` connected with `api_key` (raises InvalidApiKey / InvalidRequest)."""
    adapter = sync_service.open_adapter(
        api_key, sync_service.checked_base_url(base_url), max_retries=max_retries
    )
    return ClinicSession(workspace=workspace, adapter=adapter)


def open_demo_session(demo: DemoClinic, *, max_retries: int = GUI_MAX_RETRIES) -> ClinicSession:
    """A session on a running demo clinic (its own fresh cache, its own key)."""
    connection = demo.connection
    workspace = ClinicWorkspace.open(connection.data_dir)
    try:
        adapter = sync_service.open_adapter(
            connection.api_key,
            connection.base_url,
            max_retries=max_retries,
            requests_per_minute=connection.requests_per_minute,
        )
    except BaseException:
        workspace.close()
        raise
    return ClinicSession(workspace=workspace, adapter=adapter, demo=demo)
