"""`frontdesk sandbox`: run the Cliniko-compatible sandbox server in the foreground until interrupted.

Heavy imports (uvicorn, SQLAlchemy) wait until the command runs, so `frontdesk --help` stays quick.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import date
from types import FrameType

DEFAULT_PORT = 8765
DEFAULT_API_KEY = "demo-au1"


def _fail_rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def add_sandbox_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `frontdesk sandbox` flags (product.md) to `parser`."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument(
        "--port",
        type=_non_negative,
        default=DEFAULT_PORT,
        help=f"port (default: {DEFAULT_PORT}; 0 = any free port)",
    )
    parser.add_argument(
        "--db",
        default=None,
        metavar="PATH",
        help="SQLite file or SQLAlchemy URL for the sandbox's data (default: in memory)",
    )
    parser.add_argument(
        "--seed",
        choices=("demo", "none"),
        default="demo",
        help="fill an empty database with the demo clinic, or start empty (default: demo)",
    )
    parser.add_argument(
        "--seed-number", type=int, default=1, metavar="N", help="seed of the demo data and fault sequence"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the demo calendar is built around (default: today in the clinic's zone)",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help=f"an API key the server accepts (repeatable; default: {DEFAULT_API_KEY})",
    )
    parser.add_argument(
        "--rate-limit",
        type=_non_negative,
        default=200,
        metavar="N",
        help="requests per minute per key before 429 (default: 200; 0 = unlimited)",
    )
    parser.add_argument(
        "--fail-rate",
        type=_fail_rate,
        default=0.0,
        metavar="F",
        help="share of requests that answer 500 or drop the connection (default: 0)",
    )
    parser.add_argument(
        "--latency-ms", type=_non_negative, default=0, metavar="MS", help="delay added to every request"
    )


def run_sandbox(args: argparse.Namespace) -> int:
    """Serve until SIGINT/SIGTERM; return the exit code (0, or 1 when the server cannot start)."""
    from app.sandbox.server import SandboxServer, SandboxStartError  # noqa: PLC0415

    api_keys = args.api_keys or [DEFAULT_API_KEY]
    try:
        server = SandboxServer(
            host=args.host,
            port=args.port,
            database_url=args.db,
            api_keys=api_keys,
            seed=args.seed,
            seed_number=args.seed_number,
            rate_limit=args.rate_limit,
            fail_rate=args.fail_rate,
            latency_ms=args.latency_ms,
            today=args.today,
        )
        server.start()
    except (SandboxStartError, ValueError, OSError) as error:
        print(f"Frontdesk sandbox could not start: {error}", file=sys.stderr)
        return 1
    stop_requested = threading.Event()

    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        stop_requested.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        # The sandbox's own demo keys are not secrets of any real clinic, so naming them helps.
        print(
            f"Frontdesk sandbox serving {server.base_url} (api key: {', '.join(api_keys)})", file=sys.stderr
        )
        while not stop_requested.wait(0.5):
            if not server.running:
                print("Frontdesk sandbox stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.close()
    return 0
