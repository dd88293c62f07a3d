"""Starting and stopping the embedded server, its database options, and `frontdesk sandbox`."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from app.sandbox.cli import add_sandbox_arguments
from app.sandbox.server import SandboxServer, SandboxStartError

ROOT = Path(__file__).resolve().parents[3]
HEADERS = {"User-Agent": "Lifecycle tests (dev@example.com)"}


def _get_user(server: SandboxServer) -> httpx.Response:
    with httpx.Client(base_url=server.base_url, auth=("demo-au1", ""), headers=HEADERS) as http:
        return http.get("/user")


def test_port_zero_picks_a_free_port_and_stop_releases_it() -> None:
    server = SandboxServer()
    server.start()
    try:
        assert server.port > 0
        assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
        assert _get_user(server).status_code == 200
    finally:
        server.close()
    assert not server.running
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", server.port))  # free again


def test_a_restart_comes_back_on_the_same_port_with_the_same_data() -> None:
    with SandboxServer(seed="demo") as server:
        port = server.port
        before = server.store.count("individual_appointments")
        server.stop()
        with pytest.raises(httpx.ConnectError):
            _get_user(server)
        server.start()
        assert server.port == port
        assert _get_user(server).status_code == 200
        assert server.store.count("individual_appointments") == before


def test_a_taken_port_is_reported() -> None:
    with SandboxServer() as first:
        second = SandboxServer(port=first.port)
        with pytest.raises(SandboxStartError):
            second.start()
        second.close()


def test_starting_twice_is_an_error() -> None:
    with SandboxServer() as server, pytest.raises(RuntimeError):
        server.start()


def test_the_port_is_unknown_before_start() -> None:
    server = SandboxServer()
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.close()


@pytest.mark.parametrize(
    ("bad", "complaint"),
    [({"seed": "full"}, "seed"), ({"fail_rate": 1.5}, "fail_rate"), ({"api_keys": ()}, "key")],
)
def test_bad_settings_are_refused(bad: dict[str, object], complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        SandboxServer(**bad)  # type: ignore[arg-type]


def test_a_database_file_keeps_data_across_runs(tmp_path: Path) -> None:
    database = tmp_path / "sandbox.db"
    with SandboxServer(seed="demo", database_url=str(database)) as first:
        appointment_id = first.store.ids_of("individual_appointments")[0]
        first.store.update_appointment(appointment_id, {"notes": "kept on disk"})
        count = first.store.count("individual_appointments")
        stamp = first.store.row("individual_appointments", appointment_id)["updated_at"]  # type: ignore[index]
    # Same file, demo seed asked again: the existing clinic is kept, not seeded twice.
    with SandboxServer(seed="demo", database_url=f"sqlite:///{database}") as second:
        assert second.store.count("individual_appointments") == count
        row = second.store.row("individual_appointments", appointment_id)
        assert row is not None
        assert row["notes"] == "kept on disk"
        second.store.update_appointment(appointment_id, {"notes": "again"})
        later = second.store.row("individual_appointments", appointment_id)
        assert later is not None
        assert later["updated_at"] > stamp


def test_arguments_have_the_documented_defaults() -> None:
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    args = parser.parse_args([])
    assert (args.host, args.port, args.db, args.seed) == ("127.0.0.1", 8765, None, "demo")
    assert (args.rate_limit, args.fail_rate, args.latency_ms, args.seed_number) == (200, 0.0, 0, 1)
    assert args.api_keys is None
    args = parser.parse_args(
        [
            "--api-key",
            "a-au1",
            "--api-key",
            "b-au1",
            "--fail-rate",
            "0.25",
            "--seed",
            "none",
            "--today",
            "2025-01-31",
        ]
    )
    assert args.api_keys == ["a-au1", "b-au1"]
    assert args.fail_rate == 0.25
    assert args.today.isoformat() == "2025-01-31"
    for bad in (["--fail-rate", "2"], ["--seed", "lots"], ["--latency-ms", "-1"]):
        with pytest.raises(SystemExit):
            parser.parse_args(bad)


def test_the_command_serves_until_terminated() -> None:
    script = (
        "import argparse, sys\n"
        "from app.sandbox.cli import add_sandbox_arguments, run_sandbox\n"
        "parser = argparse.ArgumentParser()\n"
        "add_sandbox_arguments(parser)\n"
        "sys.exit(run_sandbox(parser.parse_args(sys.argv[1:])))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", script, "--port", "0", "--api-key", "cli-key-au1", "--seed", "demo"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        assert banner.startswith("Frontdesk sandbox serving http://127.0.0.1:")
        assert "(api key: cli-key-au1)" in banner
        base_url = banner.split()[3]
        with httpx.Client(auth=("cli-key-au1", ""), headers=HEADERS) as http:
            body = http.get(f"{base_url}/individual_appointments", params={"per_page": 100}).json()
        assert len(body["individual_appointments"]) == 100
        assert datetime.fromisoformat(body["individual_appointments"][0]["starts_at"])
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
