"""Lane layout, wall-clock arithmetic, navigation, geometry and drag targets, without any widget."""

from __future__ import annotations

import subprocess
import sys
from datetime import time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ui.calendar.calendar_drag import DragKind, DragStart, drag_target
from app.ui.calendar.calendar_geometry import make_geometry
from app.ui.calendar.calendar_layout import (
    assign_lanes,
    first_entry_from,
    layout_content,
    step_across_columns,
    step_in_column,
)
from app.ui.calendar.calendar_model import (
    CalendarBlock,
    CalendarContent,
    EntryStatus,
    round_to_slot,
    snap_minutes,
    utc_at,
    wall_minutes,
)

from .calendar_builders import (
    BEFORE_DST_ENDS,
    DAY,
    DST_ENDS,
    SYDNEY,
    at,
    content,
    day_columns,
    entry,
    practitioner_columns,
)

ROOT = Path(__file__).resolve().parents[3]


def test_overlapping_entries_go_side_by_side() -> None:
    assert assign_lanes([(540, 600), (570, 630)]) == [(0, 2), (1, 2)]


def test_touching_entries_do_not_overlap() -> None:
    assert assign_lanes([(540, 570), (570, 600)]) == [(0, 1), (0, 1)]


def test_transitive_overlaps_form_one_cluster_and_reuse_free_lanes() -> None:
    # a overlaps b, b overlaps c, a and c do not: c reuses a's lane, all three share two lanes.
    lanes = assign_lanes([(540, 600), (590, 660), (600, 630)])
    assert lanes == [(0, 2), (1, 2), (0, 2)]


def test_separate_clusters_keep_their_own_lane_counts() -> None:
    lanes = assign_lanes([(540, 600), (560, 580), (570, 590), (700, 730)])
    assert lanes[3] == (0, 1)
    assert {count for _, count in lanes[:3]} == {3}


def test_lane_input_order_does_not_matter() -> None:
    assert assign_lanes([(570, 630), (540, 600)]) == [(1, 2), (0, 2)]


@given(st.lists(st.tuples(st.integers(0, 1400), st.integers(1, 240)), max_size=40))
def test_entries_sharing_a_lane_never_overlap(spans: list[tuple[int, int]]) -> None:
    intervals = [(float(start), float(start + length)) for start, length in spans]
    lanes = assign_lanes(intervals)
    for i, (start_a, end_a) in enumerate(intervals):
        lane_a, count_a = lanes[i]
        assert 0 <= lane_a < count_a
        for j in range(i + 1, len(intervals)):
            start_b, end_b = intervals[j]
            overlapping = start_a < end_b and start_b < end_a
            if overlapping:
                assert lanes[j][0] != lane_a
                assert lanes[j][1] == count_a  # one cluster, one width


def test_layout_clips_to_the_day_window_and_ignores_unknown_columns() -> None:
    shown = content(
        practitioner_columns(1),
        [
            entry("early", "p0", at(DAY, 6, 30), 60),
            entry("night", "p0", at(DAY, 21, 0)),
            entry("elsewhere", "p9", at(DAY, 9, 0)),
        ],
    )
    layout = layout_content(shown)
    assert set(layout.by_id) == {"early"}
    early = layout.by_id["early"]
    assert (early.top, early.bottom) == (7 * 60, 7 * 60 + 30)
    assert early.clipped_top
    assert not early.clipped_bottom


def test_hidden_cancelled_entries_leave_no_lane_behind() -> None:
    entries = [
        entry("kept", "p0", at(DAY, 9, 0)),
        entry("gone", "p0", at(DAY, 9, 0), status=EntryStatus.CANCELLED),
    ]
    shown = layout_content(content(practitioner_columns(1), entries), show_cancelled=True)
    hidden = layout_content(content(practitioner_columns(1), entries), show_cancelled=False)
    assert shown.by_id["kept"].lanes == 2
    assert "gone" not in hidden.by_id
    assert hidden.by_id["kept"].lanes == 1


def test_blocks_are_placed_in_their_column_and_clipped() -> None:
    block = CalendarBlock("p1", at(DAY, 19, 0), at(DAY, 22, 0), "Away")
    layout = layout_content(content(practitioner_columns(2), blocks=(block,)))
    assert [(b.column, b.top, b.bottom) for b in layout.blocks] == [(1, 19 * 60, 20 * 60)]


def test_wall_clock_rows_follow_the_zone_across_a_dst_change() -> None:
    # 09:00 is 22:00 UTC the day before under AEDT, 23:00 UTC under AEST.
    assert at(BEFORE_DST_ENDS, 9).hour == 22
    assert at(DST_ENDS, 9).hour == 23
    assert wall_minutes(at(DST_ENDS, 9), DST_ENDS, SYDNEY) == 9 * 60
    assert utc_at(DST_ENDS, 9 * 60, SYDNEY) == at(DST_ENDS, 9)
    assert utc_at(BEFORE_DST_ENDS, 9 * 60, SYDNEY) == at(BEFORE_DST_ENDS, 9)
    assert wall_minutes(at(DAY, 0, 30) - timedelta(hours=1), DAY, SYDNEY) == -30


def test_wall_minutes_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="aware"):
        wall_minutes(at(DAY, 9).replace(tzinfo=None), DAY, SYDNEY)


def test_snapping() -> None:
    assert snap_minutes(9 * 60 + 14, 15) == 9 * 60
    assert snap_minutes(9 * 60 + 14, 5) == 9 * 60 + 10
    assert round_to_slot(9 * 60 + 7.5, 15) == 9 * 60 + 15
    assert round_to_slot(9 * 60 + 7.4, 15) == 9 * 60


def test_content_rejects_an_empty_day_window_and_duplicate_keys() -> None:
    with pytest.raises(ValueError, match="day_start"):
        CalendarContent(day_start=time(20), day_end=time(7))
    with pytest.raises(ValueError, match="unique"):
        CalendarContent(columns=practitioner_columns(1) * 2)
    assert CalendarContent(day_start=time(0), day_end=time(0)).last_minute == 24 * 60


def test_navigation_within_and_across_columns() -> None:
    entries = [
        entry("a", "p0", at(DAY, 9, 0)),
        entry("b", "p0", at(DAY, 11, 0)),
        entry("c", "p2", at(DAY, 10, 30)),
        entry("d", "p2", at(DAY, 15, 0)),
    ]
    layout = layout_content(content(practitioner_columns(3), entries))
    assert step_in_column(layout, "a", 1) == "b"
    assert step_in_column(layout, "b", 1) is None
    assert step_in_column(layout, "b", -1) == "a"
    # The empty middle column is skipped; the nearest start in the next column wins.
    assert step_across_columns(layout, "b", 1) == "c"
    assert step_across_columns(layout, "d", -1) == "b"
    assert step_across_columns(layout, "a", -1) is None
    assert first_entry_from(layout, 10 * 60) == "c"
    assert first_entry_from(layout, 0) == "a"


def test_geometry_keeps_a_readable_column_width_and_hit_tests_entries() -> None:
    wide = make_geometry(1000, 4, 1.0, first_minute=420, last_minute=1200)
    assert wide.column_width == 250
    crowded = make_geometry(1000, 12, 1.0, first_minute=420, last_minute=1200)
    assert crowded.column_width == 140
    assert crowded.body_width == 12 * 140
    assert crowded.column_at(141) == 1
    assert crowded.column_at(-1) is None
    assert crowded.column_at(12 * 140) is None

    layout = layout_content(content(practitioner_columns(12), [entry("a", "p1", at(DAY, 9, 0), 60)]))
    x, y, width, height = crowded.entry_rect(layout.by_id["a"])
    assert crowded.entry_at(layout, x + width / 2, y + height / 2) is layout.by_id["a"]
    assert crowded.entry_at(layout, x + width / 2, y + height + 5) is None
    assert crowded.on_resize_handle(layout.by_id["a"], y + height - 2)
    assert not crowded.on_resize_handle(layout.by_id["a"], y + height / 2)


def test_drag_target_moves_across_columns_snapped_and_keeps_the_real_duration() -> None:
    shown = content(
        day_columns(BEFORE_DST_ENDS, DST_ENDS), [entry("a", "2024-04-06", at(BEFORE_DST_ENDS, 9), 45)]
    )
    layout = layout_content(shown)
    geometry = make_geometry(400, 2, 1.0, first_minute=420, last_minute=1200)
    start = DragStart(DragKind.MOVE, layout.by_id["a"], grab_minute=9 * 60 + 10)
    # Grabbed 10 minutes into the entry; pointer over the second day at 10:17 -> start 10:07 -> 10:05.
    target = drag_target(
        start, layout, geometry, body_x=300, body_y=geometry.y_of(10 * 60 + 17), slot_minutes=5
    )
    assert target.column == 1
    assert target.starts_at == at(DST_ENDS, 10, 5)
    assert target.ends_at - target.starts_at == timedelta(minutes=45)
    assert target.changes(layout.by_id["a"])
    # Dragging far below the day keeps the whole entry inside the window.
    late = drag_target(start, layout, geometry, body_x=10, body_y=5000, slot_minutes=15)
    assert late.starts_at == at(BEFORE_DST_ENDS, 19, 15)


def test_drag_target_resize_snaps_the_end_and_keeps_one_slot() -> None:
    layout = layout_content(content(practitioner_columns(1), [entry("a", "p0", at(DAY, 9), 30)]))
    geometry = make_geometry(400, 1, 1.0, first_minute=420, last_minute=1200)
    start = DragStart(DragKind.RESIZE, layout.by_id["a"], grab_minute=9 * 60 + 29)
    longer = drag_target(
        start, layout, geometry, body_x=10, body_y=geometry.y_of(10 * 60 + 8), slot_minutes=15
    )
    assert (longer.starts_at, longer.ends_at) == (at(DAY, 9), at(DAY, 10, 15))
    shortest = drag_target(start, layout, geometry, body_x=10, body_y=geometry.y_of(8 * 60), slot_minutes=15)
    assert shortest.ends_at == at(DAY, 9, 15)
    unchanged = drag_target(
        start, layout, geometry, body_x=10, body_y=geometry.y_of(9 * 60 + 31), slot_minutes=15
    )
    assert not unchanged.changes(layout.by_id["a"])


def test_model_layout_geometry_and_drag_load_without_qt() -> None:
    probe = (
        "import sys\n"
        "import app.ui.calendar.calendar_model, app.ui.calendar.calendar_layout\n"
        "import app.ui.calendar.calendar_geometry, app.ui.calendar.calendar_drag\n"
        "sys.exit(1 if any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules) else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
