"""The sandbox server, embeddable in-process: uvicorn on a loopback port in a background thread.

    with SandboxServer(seed="demo") as server:
        httpx.get(f"{server.base_url}/practitioners", auth=("demo-au1", ""), headers=...)
        server.store.set_appointment_type_telehealth(type_id, False)  # change data behind the API

`port=0` picks a free port (the socket is bound before the thread starts, so `port` and
`base_url` are known as soon as `start()` returns).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Sequence
from datetime import date
from types import TracebackType

import uvicorn

from app.sandbox.asgi import build_app
from app.sandbox.database import make_engine
from app.sandbox.demo_seed import DemoSummary, ensure_account_user, seed_demo_clinic
from app.sandbox.paging import API_PREFIX
from app.sandbox.store import SandboxStore

log = logging.getLogger("frontdesk.sandbox")
SEEDS = ("demo", "none")
DEFAULT_API_KEY = "demo-au1"
_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 5.0


class SandboxStartError(RuntimeError):
    """The server could not start (port taken, bad database URL, ...)."""


class SandboxServer:
    """A Cliniko-compatible API server with its own database, run in a background thread."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        database_url: str | None = None,
        api_keys: Sequence[str] = (DEFAULT_API_KEY,),
        seed: str = "none",
        seed_number: int = 1,
        rate_limit: int = 200,
        fail_rate: float = 0.0,
        latency_ms: int = 0,
        today: date | None = None,
    ) -> None:
        if seed not in SEEDS:
            raise ValueError(f"seed must be one of {SEEDS}, not {seed!r}")
        if not api_keys:
            raise ValueError("at least one API key is needed")
        if not 0.0 <= fail_rate <= 1.0:
            raise ValueError("fail_rate must be between 0 and 1")
        self.host = host
        self._requested_port = port
        self.api_keys = tuple(api_keys)
        self.store = SandboxStore(make_engine(database_url))
        self.demo: DemoSummary | None = None
        if seed == "demo" and self.store.is_empty():
            self.demo = seed_demo_clinic(self.store, seed_number=seed_number, today=today)
        ensure_account_user(self.store)
        self.app = build_app(
            self.store,
            api_keys=self.api_keys,
            rate_limit=rate_limit,
            fail_rate=fail_rate,
            latency_ms=latency_ms,
            fault_seed=seed_number,
        )
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        """The port being listened on (known once started)."""
        if self._port is None:
            raise RuntimeError("the sandbox server has not been started")
        return self._port

    @property
    def base_url(self) -> str:
        """The API base URL clients use, e.g. `http://127.0.0.1:8765/v1`."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{API_PREFIX}"

    @property
    def running(self) -> bool:
        """Whether the server thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Bind, start serving in a background thread, and return once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto says
        # TCP, and without it small answers wait ~40 ms on Nagle's algorithm.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # A restart after stop() comes back on the same port, so clients see the server return.
            sock.bind((self.host, self._port if self._port is not None else self._requested_port))
            sock.listen(128)
        except OSError as error:
            sock.close()
            raise SandboxStartError(
                f"cannot listen on {self.host}:{self._requested_port}: {error}"
            ) from error
        sock.setblocking(False)
        self._socket = sock
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            log_config=None,
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="frontdesk-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise SandboxStartError("the sandbox server did not start")
            time.sleep(0.01)  # bounded wait for the server thread to accept connections
        log.info("sandbox listening on %s:%d", self.host, self._port)

    def stop(self) -> None:
        """Stop serving, join the thread and release the port; the data stays for a later start()."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(_STOP_TIMEOUT_S)
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(_STOP_TIMEOUT_S)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._server = self._socket = None

    def close(self) -> None:
        """Stop if running and dispose of the database."""
        self.stop()
        self.store.close()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
