"""Render resources/icons/frontdesk.svg into the app icons every platform wants.

Writes, next to the SVG: `frontdesk.png` (512 px, Linux desktop entry and window icon),
`frontdesk.ico` (Windows: 16-256 px) and `frontdesk.icns` (macOS: 16-1024 px). Both containers hold
PNG images, which Windows Vista+ and macOS 10.7+ read, so no image library beyond Qt is needed.

Run it after editing the SVG: `.venv/bin/python packaging/make_icons.py`, and commit the outputs
(packaging/build.py renders them only when one is missing).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE_SVG = ICON_DIR / "frontdesk.svg"
PNG_SIZE = 512
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Apple's icns element types that hold PNG data, with their pixel size (the @2x ones reuse sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def icon_outputs(icon_dir: Path = ICON_DIR) -> list[Path]:
    """The files this script writes."""
    return [icon_dir / f"frontdesk.{suffix}" for suffix in ("png", "ico", "icns")]


def outputs_exist(icon_dir: Path = ICON_DIR) -> bool:
    """Whether every output file is there (they are committed; a git checkout's mtimes say nothing)."""
    return all(path.is_file() for path in icon_outputs(icon_dir))


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG image per size (sizes of 256 are written as 0, as the format says)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file with the PNG element types of ICNS_TYPES (big-endian lengths include headers)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of `svg` rendered square at each size, with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415  (Qt only when rendering)
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def make_icons(icon_dir: Path = ICON_DIR) -> list[Path]:
    """Render the SVG in `icon_dir` into its PNG, ICO and ICNS files; return their paths."""
    sizes = {PNG_SIZE, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)}
    pngs = render_pngs(icon_dir / SOURCE_SVG.name, sizes)
    png_path, ico_path, icns_path = icon_outputs(icon_dir)
    png_path.write_bytes(pngs[PNG_SIZE])
    ico_path.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns_path.write_bytes(icns_bytes(pngs))
    return [png_path, ico_path, icns_path]


if __name__ == "__main__":
    for written in make_icons():
        print(f"wrote {written} ({written.stat().st_size} bytes)")
