"""The body painter prepares an entry's art only when a paint exposes it, and keeps it while valid.

Valid means: the same layout (content), the same geometry (size, slot height) and the same style
(palette, font). A changed appointment gets new art; an unchanged one, in the same box, keeps its
laid-out text across a refresh.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.calendar.calendar_entry_art import entry_box, entry_boxes
from app.ui.calendar.calendar_geometry import CalendarGeometry, make_geometry
from app.ui.calendar.calendar_layout import CalendarLayout, EntryPlacement, layout_content
from app.ui.calendar.calendar_model import CalendarContent, CalendarEntry
from app.ui.calendar.calendar_painter import BodyPainter, BodyState
from app.ui.calendar.calendar_style import CalendarStyle
from app.ui.calendar.calendar_view import CalendarView

from .calendar_builders import DAY, at, content, entry, practitioner_columns

GREEN = "#0b8043"


def _hourly(columns: int = 3) -> CalendarContent:
    """An hour-long entry at every hour 7:00-19:00 in each column: 39 entries down the day."""
    entries = [
        entry(f"p{c}-{hour}", f"p{c}", at(DAY, hour), 50) for c in range(columns) for hour in range(7, 20)
    ]
    return content(practitioner_columns(columns), entries)


def _geometry(layout: CalendarLayout, width: float = 900) -> CalendarGeometry:
    shown = layout.content
    return make_geometry(
        width, len(shown.columns), 1.5, first_minute=shown.first_minute, last_minute=shown.last_minute
    )


def _paint(
    painter_: BodyPainter, layout: CalendarLayout, geometry: CalendarGeometry, exposed: QRectF
) -> None:
    image = QImage(
        QSize(geometry.body_width, geometry.body_height), QImage.Format.Format_ARGB32_Premultiplied
    )
    painter = QPainter(image)
    painter_.paint(painter, layout, geometry, exposed, BodyState())
    painter.end()


def _intersecting(layout: CalendarLayout, geometry: CalendarGeometry, exposed: QRectF) -> set[str]:
    return {
        p.entry.appointment_id
        for p in layout.placements
        if QRectF(*geometry.entry_rect(p)).intersects(exposed)
    }


def _style() -> CalendarStyle:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return CalendarStyle(app.palette(), app.font())


def test_only_the_entries_a_paint_exposes_are_prepared(qtbot: QtBot) -> None:
    layout = layout_content(_hourly())
    geometry = _geometry(layout)
    body = BodyPainter(_style())
    morning = QRectF(0, 0, geometry.body_width, geometry.y_of(10 * 60))
    _paint(body, layout, geometry, morning)
    prepared = body.prepared_entry_ids()
    assert _intersecting(layout, geometry, morning) <= prepared
    # Nothing starting well below the exposed rows was prepared (the 11:00 entries onwards).
    assert not {f"p{c}-{hour}" for c in range(3) for hour in range(11, 20)} & prepared
    assert len(prepared) < len(layout.by_id) / 2

    evening = QRectF(0, geometry.y_of(17 * 60), geometry.body_width, geometry.y_of(20 * 60))
    _paint(body, layout, geometry, evening)
    assert body.prepared_entry_ids() >= prepared | _intersecting(layout, geometry, evening)
    assert "p1-13" not in body.prepared_entry_ids()


def test_a_narrow_exposed_strip_prepares_the_entries_reaching_into_it(qtbot: QtBot) -> None:
    """An entry that starts above the strip but runs into it is painted (so prepared) too."""
    layout = layout_content(_hourly(1))
    geometry = _geometry(layout)
    body = BodyPainter(_style())
    strip = QRectF(0, geometry.y_of(12 * 60 + 40), geometry.body_width, 2)
    _paint(body, layout, geometry, strip)
    assert "p0-12" in body.prepared_entry_ids()
    assert _intersecting(layout, geometry, strip) <= body.prepared_entry_ids()


def test_a_changed_appointment_gets_new_art_and_the_others_keep_their_text(qtbot: QtBot) -> None:
    wide = content(
        practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 60), entry("b", "p1", at(DAY, 9), 60)]
    )
    layout = layout_content(wide)
    geometry = _geometry(layout)
    body = BodyPainter(_style())
    everything = QRectF(0, 0, geometry.body_width, geometry.body_height)
    _paint(body, layout, geometry, everything)
    before_a, before_b = body.prepared_art("a"), body.prepared_art("b")
    assert before_a is not None
    assert before_b is not None
    assert before_a.text is not None
    assert before_b.text is not None

    renamed = replace(wide.entries[0], title="Somebody Else", color=GREEN)
    refreshed = layout_content(replace(wide, entries=(renamed, wide.entries[1])))
    _paint(body, refreshed, geometry, everything)
    after_a, after_b = body.prepared_art("a"), body.prepared_art("b")
    assert after_a is not None
    assert after_b is not None
    assert after_a is not before_a
    assert after_a.text is not before_a.text
    assert after_a.colors.fill == QColor(GREEN)
    assert after_a.text is not None
    assert after_a.text.title is not None
    assert after_a.text.title.text() == "Somebody Else"
    # The unchanged entry's art is new (a new layout) but its laid-out text is the one from before.
    assert after_b is not before_b
    assert after_b.text is before_b.text


def test_a_new_size_prepares_the_art_again(qtbot: QtBot) -> None:
    layout = layout_content(_hourly(2))
    body = BodyPainter(_style())
    narrow, wide = _geometry(layout, 600), _geometry(layout, 1200)
    _paint(body, layout, narrow, QRectF(0, 0, narrow.body_width, narrow.body_height))
    small = body.prepared_art("p1-9")
    _paint(body, layout, wide, QRectF(0, 0, wide.body_width, wide.body_height))
    large = body.prepared_art("p1-9")
    assert small is not None
    assert large is not None
    assert large.rect.width() > small.rect.width()
    assert large.rect.x() > small.rect.x()


def test_a_new_style_prepares_the_art_again(qtbot: QtBot) -> None:
    layout = layout_content(_hourly(1))
    geometry = _geometry(layout)
    body = BodyPainter(_style())
    everything = QRectF(0, 0, geometry.body_width, geometry.body_height)
    _paint(body, layout, geometry, everything)
    light = body.prepared_art("p0-9")
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    body.set_style(CalendarStyle(palette, app.font()))
    assert body.prepared_entry_ids() == frozenset()
    _paint(body, layout, geometry, everything)
    dark = body.prepared_art("p0-9")
    assert light is not None
    assert dark is not None
    assert dark is not light
    assert dark.text is not light.text


def test_scrolling_paints_entries_first_exposed_by_the_scroll(qtbot: QtBot, view: CalendarView) -> None:
    """Through the widget: an entry below the first screen is drawn in its colour once scrolled to."""
    late = entry("late", "p0", at(DAY, 19), 60, color=GREEN)
    view.set_slot_minutes(5)  # tall rows: the evening is well below the first screen
    view.set_content(content(practitioner_columns(2), [entry("early", "p0", at(DAY, 7), 60), late]))
    view.scroll_to_time(time(7, 30))
    view.render_to_image(view.size())
    view.viewport().repaint()
    view.scroll_to_time(time(19, 0))
    image = view.render_to_image(view.size())
    x, y, width, height = view.calendar_geometry.entry_rect(view.calendar_layout.by_id["late"])
    margins, offset = view.viewportMargins(), view.body_offset()
    point = (
        round(margins.left() + x + width - 5 - offset.x()),
        round(margins.top() + y + height - 5 - offset.y()),
    )
    assert image.pixelColor(*point) == QColor(GREEN)


@given(
    lane=st.integers(0, 11),
    extra_lanes=st.integers(0, 11),
    top=st.floats(0, 1400),
    length=st.floats(0, 600),
    column=st.integers(0, 7),
    width=st.floats(100, 4000),
    minute_height=st.floats(1.0, 6.0),
)
def test_boxes_worked_out_together_are_the_entry_rects_rounded(
    *,
    lane: int,
    extra_lanes: int,
    top: float,
    length: float,
    column: int,
    width: float,
    minute_height: float,
) -> None:
    geometry = make_geometry(width, 8, minute_height, first_minute=0, last_minute=1440)
    placement = EntryPlacement(
        CalendarEntry("a", "k", at(DAY, 9), at(DAY, 10), "A"),
        column,
        top,
        top + length,
        top,
        top + length,
        lane,
        lane + 1 + extra_lanes,
    )
    rx, ry, rw, rh = geometry.entry_rect(placement)
    x, y = round(rx), round(ry)
    expected = (x, y, max(round(rx + rw) - x, 2), max(round(ry + rh) - y, 2))
    assert entry_boxes(column, [placement], geometry) == [expected]
    assert entry_box(placement, geometry) == expected
