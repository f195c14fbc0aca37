"""Render resources/icons/netdesigner.svg to the PNG sizes the app and the Linux desktop use,
and to the Windows .ico and macOS .icns the installers use. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "netdesigner.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'netdesigner.svg'}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"netdesigner-{size}.png", optimize=True)
    largest = images[max(SIZES)]
    largest.save(ICONS / "netdesigner.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "netdesigner.icns")
    print(f"wrote {len(images)} PNGs, netdesigner.ico and netdesigner.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
