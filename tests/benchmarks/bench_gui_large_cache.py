"""GUI benchmark on a 1M-appointment cache: next-week navigation, cold start, peak memory.

Figures, not pass/fail. Prints one JSON object. Run from the repository root (about 1.5 min; the
first run also builds and copies the cache, about 2 min more):

    .venv/bin/python tests/benchmarks/bench_gui_large_cache.py [--samples 30] [--runs 5] [--only navigation]
    .venv/bin/python tests/benchmarks/bench_gui_large_cache.py --only navigation --gc default

The cache is `bench_conflict_window`'s (1M appointments, 120 practitioners, ~2 years of weekdays),
built there if missing, then copied to our own folder and shifted by whole weeks so that today sits
in the middle of its two years (the app opens on today; a clinic's cache holds past and future).
The copy also points the account at a closed loopback port, so sync goes offline without delay
(`bench_gui_cache`).

- Navigation (`bench_gui_navigation`): in this process (offscreen), the real MainWindow at 1600x1000
  on the copy, Week view, 12 of the 120 practitioners shown (the filter hides 108), sync not
  started. Timed: the Next action's trigger through a forced synchronous repaint of the calendar
  (`CalendarView.repaint()`: viewport, header and gutter), split into query (calendar_service),
  content build, layout (`set_content`), the rest (signals, title) and paint. Target: median < 30 ms.
  `--gc app` (the default) sets the garbage collector up as the app does after its first paint
  (`app.ui.application.settle_heap`); `--gc default` leaves Python's, for comparison.
- Cold start (`bench_gui_cold_start`): `python -m app --data-dir <copy>` with
  FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC=1 (quit after the first calendar paint with appointments),
  FRONTDESK_API_KEY (a dummy; the server is unreachable), its own settings folder (Week view, the
  same 12 practitioners, 1600x1000), modules compiled once beforehand into a bytecode folder of ours
  (an installed app ships them compiled; one unmeasured run fills it). Timed from spawn to the
  "calendar painted" log line (target < 1.5 s) and to exit; the child's CPU time and peak RSS from
  `os.wait4` (target < 300 MB). The OS file cache is warm (the copy was just read): a new process,
  not a reboot.
- Naive baseline in the same run, for both: the same app with `calendar_service.calendar_window`
  replaced by "load the whole cache into memory on first use, then filter it in Python per window"
  (a design without indexed window queries). Navigation then pays a scan of 1M objects per week;
  the cold start pays the load, and the memory shows in the peak RSS.
Wall times on a shared machine include other processes' turns: the load average at the start (and
before each cold start) and the CPU times are printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, Path(__file__).resolve().parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_gui_cache import SHOWN_PRACTITIONERS, WINDOW_SIZE, prepare_cache, run_naive_app  # noqa: E402
from bench_gui_cold_start import cold_starts  # noqa: E402
from bench_gui_navigation import GC_MODES, measure_navigation  # noqa: E402


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--naive-app":
        return run_naive_app(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--practitioners", type=int, default=120)
    parser.add_argument("--samples", type=int, default=30, help="next-week navigations timed")
    parser.add_argument("--naive-samples", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5, help="cold starts of the app")
    parser.add_argument("--naive-runs", type=int, default=3)
    parser.add_argument("--only", choices=("navigation", "cold-start"), help="measure only this part")
    parser.add_argument("--gc", choices=GC_MODES, default="app", help="garbage collector set-up (navigation)")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds before a child is killed")
    parser.add_argument(
        "--source-dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-conflicts"
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-gui")
    args = parser.parse_args()

    bench = prepare_cache(args.rows, args.practitioners, args.source_dir, args.dir, datetime.now(UTC).date())
    report: dict[str, Any] = {
        "benchmark": "gui_large_cache",
        "cache": {
            "appointments": args.rows,
            "practitioners": args.practitioners,
            "file": str(bench.directory / "cache.sqlite3"),
            "first_week_shifted_to": bench.origin.isoformat(),
            "weeks_spanned": bench.clinic.weeks_spanned,
            "prepared_in_s": round(bench.prepared_s, 1),
        },
        "machine": {"cpus": os.cpu_count(), "load_average_1_5_15_at_start": os.getloadavg()},
        "window": {
            "size": list(WINDOW_SIZE),
            "mode": "week",
            "practitioners_shown": SHOWN_PRACTITIONERS,
            "qt_platform": os.environ["QT_QPA_PLATFORM"],
        },
    }
    # Child processes first, while this process holds no Qt window and no naive copy of the cache.
    if args.only in (None, "cold-start"):
        report.update(cold_starts(bench, args.runs, args.naive_runs, args.timeout, Path(__file__).resolve()))
    if args.only in (None, "navigation"):
        report["machine"]["load_average_1min_before_navigation"] = round(os.getloadavg()[0], 2)
        report["next_week_navigation"] = measure_navigation(bench, args.samples, args.naive_samples, args.gc)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
