"""The GUI benchmark's cold starts, in child processes (see `bench_gui_large_cache`, which runs them).

`python -m app --data-dir <copy>` with FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC=1 (quit after the first
calendar paint with appointments), FRONTDESK_API_KEY (a dummy; the server is unreachable), its own
settings folder (Week view, the 12 practitioners, 1600x1000), modules compiled once beforehand into a
bytecode folder of ours (an installed app ships them compiled; one unmeasured run fills it). Timed
from spawn to the "calendar painted" log line and to exit; the child's CPU time and peak RSS from
`os.wait4`. The naive app is the same with the whole-cache reader (`bench_gui_cache.run_naive_app`).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_gui_cache import DUMMY_API_KEY, WINDOW_SIZE, BenchCache, qt_application, ratio

TARGET_COLD_START_S = 1.5
TARGET_PEAK_RSS_MB = 300.0
ROOT = Path(__file__).resolve().parents[2]
PAINTED = re.compile(r"calendar painted with (\d+) appointments")


def write_child_settings(config_home: Path, bench: BenchCache) -> None:
    """The child's QSettings (where QSettings(APP_NAME, APP_NAME) looks under XDG_CONFIG_HOME)."""
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QWidget

    from app import APP_NAME
    from app.ui.ui_settings import CalendarMode, UiSettings

    qt_application()
    path = config_home / APP_NAME / f"{APP_NAME}.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set_calendar_mode(CalendarMode.WEEK)
    settings.set_hidden_practitioners(bench.hidden_ids())
    sized = QWidget()
    sized.resize(*WINDOW_SIZE)
    settings.set_window_layout(sized.saveGeometry(), QByteArray())
    settings.store.sync()
    sized.deleteLater()


def cold_start_once(command: list[str], env: dict[str, str], timeout_s: float) -> dict[str, Any]:
    """Spawn, wait for the "calendar painted" line and the exit; the child's own peak RSS."""
    began = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    killer = threading.Timer(timeout_s, child.kill)
    killer.start()
    painted_s, shown, tail = None, None, []
    assert child.stderr is not None
    for line in child.stderr:
        match = PAINTED.search(line)
        if match and painted_s is None:
            painted_s, shown = time.perf_counter() - began, int(match.group(1))
        tail = [*tail[-5:], line.rstrip()]
    _, status, usage = os.wait4(child.pid, 0)
    exited_s = time.perf_counter() - began
    killer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    result = {
        "first_paint_s": None if painted_s is None else round(painted_s, 3),
        "exit_s": round(exited_s, 3),
        # CPU the child used in all (to its exit): steadier than wall time on a shared machine.
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "exit_code": child.returncode,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        "appointments_painted": shown,
        "load_average_1min_before": round(os.getloadavg()[0], 2),
    }
    if painted_s is None or child.returncode != 0:
        result["stderr_tail"] = tail
    return result


def cold_starts(
    bench: BenchCache, runs: int, naive_runs: int, timeout_s: float, naive_script: Path
) -> dict[str, Any]:
    """Runs of the real app and of the naive one (`naive_script --naive-app`); medians, targets, ratios."""
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-home-") as home:
        config_home = Path(home) / "config"
        write_child_settings(config_home, bench)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC": "1",
            "FRONTDESK_API_KEY": DUMMY_API_KEY,
            "XDG_CONFIG_HOME": str(config_home),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            # Compiled modules, as an installed app has them, kept outside the source tree.
            "PYTHONPYCACHEPREFIX": str(bench.directory.parent / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data_dir = str(bench.directory)
        command = [sys.executable, "-m", "app", "--data-dir", data_dir]
        cold_start_once(command, env, timeout_s)  # unmeasured: compiles what is not compiled yet
        ours = [cold_start_once(command, env, timeout_s) for _ in range(runs)]
        naive_command = [sys.executable, str(naive_script), "--naive-app", "--data-dir", data_dir]
        naive = [cold_start_once(naive_command, env, timeout_s) for _ in range(naive_runs)]

    def median_of(results: list[dict[str, Any]], key: str) -> float | None:
        values = [r[key] for r in results if r[key] is not None]
        return round(statistics.median(values), 3) if values else None

    first_paint, rss = median_of(ours, "first_paint_s"), median_of(ours, "peak_rss_mb")
    naive_paint, naive_rss = median_of(naive, "first_paint_s"), median_of(naive, "peak_rss_mb")
    return {
        "cold_start": {
            "first_paint_s_median": first_paint,
            "exit_s_median": median_of(ours, "exit_s"),
            "cpu_s_median": median_of(ours, "cpu_s"),
            "target_s": TARGET_COLD_START_S,
            "met": first_paint is not None and first_paint < TARGET_COLD_START_S,
            "runs": ours,
            "naive": {
                "how": "the same app, the whole cache loaded into memory for the first window",
                "first_paint_s_median": naive_paint,
                "runs": naive,
            },
            "ratio_naive_over_ours": ratio(naive_paint, first_paint),
        },
        "peak_rss": {
            "median_mb": rss,
            "max_mb": max(r["peak_rss_mb"] for r in ours),
            "target_mb": TARGET_PEAK_RSS_MB,
            "met": rss is not None and max(r["peak_rss_mb"] for r in ours) < TARGET_PEAK_RSS_MB,
            "naive_median_mb": naive_rss,
            "ratio_naive_over_ours": ratio(naive_rss, rss),
        },
    }
