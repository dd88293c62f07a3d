"""The emulator's HTTP side: a stdlib ThreadingHTTPServer on 127.0.0.1 (port 0), run in a thread.

Every request must carry HTTP Basic auth with the API key as user name and an empty password (else a
bare 401), a User-Agent of the form `Name (contact@email)` (else 403) and `Accept: application/json`
(else 406). Every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`
(Unix seconds); more than the limit within a window is a 429. A test can also plan a 429 (or any
status) for the n-th request to a path, to see it waited out.

Nothing is logged; `requests` keeps what each request looked like (never the key) for the tests.
"""

from __future__ import annotations

import base64
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.emulator.render import RenderContext, TimeStyle
from tests.emulator.routes import Answer, Routes
from tests.emulator.store import EmulatorStore

DEFAULT_API_KEY = "MS0xOTk5ZW11bGF0b3ItdGVzdC1rZXktbm90LXJlYWw-au1"
DOCUMENTED_RATE_LIMIT = 200
_USER_AGENT = re.compile(r"[^()]*\S\s*\(\s*[^()\s@]+@[^()\s@]+\.[^()\s@]+\s*\)\s*")


@dataclass(frozen=True, slots=True)
class SeenRequest:
    """One request as it arrived (the key is never kept, only whether it was right)."""

    method: str
    path: str
    params: tuple[tuple[str, str], ...]
    user_agent: str | None
    accept: str | None
    key_accepted: bool
    status: int
    wall_time: float  # Unix seconds, as X-RateLimit-Reset counts them

    def filters(self) -> list[str]:
        """The `q[]` values sent."""
        return [value for key, value in self.params if key == "q[]"]

    def param(self, name: str) -> str | None:
        """The last value of a query parameter."""
        found = [value for key, value in self.params if key == name]
        return found[-1] if found else None


@dataclass(frozen=True, slots=True)
class _Incoming:
    method: str
    path: str
    query: str
    params: list[tuple[str, str]]
    headers: Any
    body: bytes
    key_accepted: bool


@dataclass
class _PlannedFailure:
    path: str
    occurrence: int
    status: int
    seen: int = 0


@dataclass
class EmulatorOptions:
    """How the emulator uses the latitude the documentation leaves."""

    api_key: str = DEFAULT_API_KEY
    rate_limit: int = DOCUMENTED_RATE_LIMIT
    time_style: TimeStyle = "mixed"
    # Whether the main appointment list also shows cancelled appointments (the docs leave it open).
    live_list_shows_cancelled: bool = True
    reset_after_seconds: float = 1.0  # how far ahead a planned 429's X-RateLimit-Reset lies
    wall_clock: Callable[[], float] = field(default=time.time)


class ClinikoEmulator:
    """A Cliniko-like API over `store`. Use as a context manager (or `start()` / `stop()`)."""

    def __init__(self, store: EmulatorStore, options: EmulatorOptions | None = None) -> None:
        self.store = store
        self.options = options or EmulatorOptions()
        self.requests: list[SeenRequest] = []
        self.planned_resets: list[int] = []  # the X-RateLimit-Reset of each planned 429 served
        self._planned: list[_PlannedFailure] = []
        self._window_start: float | None = None
        self._window_count = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._routes: Routes | None = None

    # --- life ------------------------------------------------------------------------------

    def start(self) -> ClinikoEmulator:
        """Listen on a free loopback port and serve in a background thread."""
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.emulator = self  # type: ignore[attr-defined]
        self._server = server
        context = RenderContext(self.base_url, self.options.time_style)
        self._routes = Routes(
            self.store, context, live_shows_cancelled=self.options.live_list_shows_cancelled
        )
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="cliniko-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> ClinikoEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The API root, as `https://api.au1.cliniko.com/v1` would be."""
        assert self._server is not None, "start the emulator first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    # --- test controls ---------------------------------------------------------------------

    def plan_failure(self, path: str, occurrence: int = 1, status: int = 429) -> None:
        """Answer the `occurrence`-th coming request to `path` (e.g. "/v1/attendees") with `status`."""
        with self._lock:
            self._planned.append(_PlannedFailure(path, occurrence, status))

    def requests_to(self, path: str) -> list[SeenRequest]:
        """The requests made to exactly this path."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    # --- answering -------------------------------------------------------------------------

    def answer(self, method: str, target: str, headers: Any, body: bytes) -> Answer:
        """The answer to one HTTP request."""
        parts = urlsplit(target)
        params = parse_qsl(parts.query, keep_blank_values=True)
        key_accepted = _key_of(headers.get("Authorization")) == self.options.api_key
        answer = self._checked(
            _Incoming(method, parts.path, parts.query, params, headers, body, key_accepted)
        )
        with self._lock:
            self.requests.append(
                SeenRequest(
                    method,
                    parts.path,
                    tuple(params),
                    headers.get("User-Agent"),
                    headers.get("Accept"),
                    key_accepted,
                    answer.status,
                    self.options.wall_clock(),
                )
            )
        return answer

    def _checked(self, request: _Incoming) -> Answer:
        agent = request.headers.get("User-Agent")
        if agent is None or not _USER_AGENT.fullmatch(agent):
            return Answer.json(403, {"errors": {"base": ["Requests need a User-Agent: Name (email)."]}})
        if not request.key_accepted:
            return Answer(401, b"")
        if "application/json" not in (request.headers.get("Accept") or ""):
            return Answer.json(406, {"errors": {"base": ["Send Accept: application/json."]}})
        limited = self._rate_limit(request.path)
        if limited is not None:
            return limited
        assert self._routes is not None
        answer = self._routes.answer(
            request.method, request.path, request.query, request.params, request.body
        )
        answer.headers.extend(self._limit_headers())
        return answer

    def _rate_limit(self, path: str) -> Answer | None:
        now = self.options.wall_clock()
        with self._lock:
            for planned in self._planned:
                if planned.path == path and planned.seen < planned.occurrence:
                    planned.seen += 1
                    if planned.seen == planned.occurrence:
                        return self._failure(planned.status, now)
            if self._window_start is None or now >= self._window_start + 60:
                self._window_start, self._window_count = now, 0
            self._window_count += 1
            if self._window_count > self.options.rate_limit:
                answer = Answer.json(429, {"errors": {"base": ["Too many requests."]}})
                answer.headers.extend(self._limit_headers_locked())
                return answer
        return None

    def _failure(self, status: int, now: float) -> Answer:
        answer = Answer.json(status, {"errors": {"base": ["Planned failure."]}})
        if status == 429:
            reset = math.ceil(now + self.options.reset_after_seconds)
            self.planned_resets.append(reset)
            answer.headers += [
                ("X-RateLimit-Limit", str(self.options.rate_limit)),
                ("X-RateLimit-Remaining", "0"),
                ("X-RateLimit-Reset", str(reset)),
            ]
        return answer

    def _limit_headers(self) -> list[tuple[str, str]]:
        with self._lock:
            return self._limit_headers_locked()

    def _limit_headers_locked(self) -> list[tuple[str, str]]:
        start = self._window_start if self._window_start is not None else self.options.wall_clock()
        remaining = max(0, self.options.rate_limit - self._window_count)
        return [
            ("X-RateLimit-Limit", str(self.options.rate_limit)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str(math.ceil(start + 60))),
        ]


def _key_of(authorization: str | None) -> str | None:
    """The user name of HTTP Basic credentials whose password is empty; None otherwise."""
    if not authorization or not authorization.startswith("Basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except ValueError:
        return None
    user, colon, password = decoded.partition(":")
    return user if colon and password == "" else None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        emulator: ClinikoEmulator = self.server.emulator  # type: ignore[attr-defined]
        answer = emulator.answer(self.command, self.path, self.headers, body)
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if answer.body:
            self.wfile.write(answer.body)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the tests read `ClinikoEmulator.requests` instead."""
