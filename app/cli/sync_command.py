"""`frontdesk sync`: one cycle against the server; progress on stderr, one JSON summary line on stdout.

Exit codes (product.md): 0 ok, 2 API key missing, malformed or refused, 3 server unreachable (the
outbox is kept), 1 any other error. A one-shot command retries a dead server briefly (scripts and
schedulers run it again) rather than for the GUI's half a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from app.cli import exit_codes
from app.cli.output import print_json, say
from app.cli.workspace_args import open_workspace
from app.services import sync_service
from app.services.errors import InvalidApiKey
from app.services.sync_service import SyncPhase, SyncProgress
from app.services.workspace import ClinicWorkspace

CLI_MAX_RETRIES = 2
_PROGRESS_INTERVAL_S = 1.0


class StderrProgress:
    """A `SyncObserver` writing phases and (throttled) progress to stderr; never a name or a link."""

    def __init__(self) -> None:
        self._last_report = 0.0

    def sync_phase_changed(self, phase: SyncPhase, detail: str | None) -> None:
        # A failed run's detail is the error the command prints last; say it once.
        failed = phase in (SyncPhase.AUTH_FAILED, SyncPhase.OFFLINE, SyncPhase.ERROR)
        say(f"sync: {phase.value}" + (f": {detail}" if detail and not failed else ""))

    def sync_progress(self, progress: SyncProgress) -> None:
        now = time.monotonic()
        finished = progress.total is not None and progress.done >= progress.total
        if not finished and now - self._last_report < _PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        total = f"/{progress.total}" if progress.total is not None else ""
        say(f"sync: {progress.phase.value} {progress.label} {progress.done}{total}")


def run_sync_command(args: argparse.Namespace) -> int:
    """Run one sync cycle and print its summary."""
    with open_workspace(args) as workspace:
        api_key = sync_service.find_api_key(workspace, args.api_key)
        if api_key is None:
            raise InvalidApiKey(
                f"No API key: pass --api-key or set {sync_service.API_KEY_ENVIRONMENT_VARIABLE}."
            )
        adapter = sync_service.open_adapter(
            api_key, sync_service.checked_base_url(args.base_url), max_retries=CLI_MAX_RETRIES
        )
        summary = asyncio.run(_sync(workspace, adapter, allow_mass_delete=args.allow_mass_delete))
    print_json(summary.to_json())
    return exit_codes.OK


async def _sync(
    workspace: ClinicWorkspace, adapter: sync_service.RemoteAdapter, *, allow_mass_delete: bool
) -> sync_service.SyncSummary:
    try:
        return await sync_service.run_sync(
            workspace, adapter, StderrProgress(), allow_mass_delete=allow_mass_delete
        )
    finally:
        await adapter.close()
