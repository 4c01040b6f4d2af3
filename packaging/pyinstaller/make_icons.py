"""Render resources/icons/itaku-daicho.svg to the platform icon formats PyInstaller and NSIS need.

usage: python packaging/pyinstaller/make_icons.py OUTDIR   (also called from itaku-daicho.spec)
Writes OUTDIR/itaku-daicho.png (1024 px, macOS: PyInstaller turns it into .icns with Pillow)
and OUTDIR/itaku-daicho.ico (16–256 px, Windows executables and the NSIS installer).
Uses QtSvg (PySide6) for the SVG and Pillow for .ico; both are pinned build inputs.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SVG = REPO / "resources" / "icons" / "itaku-daicho.svg"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def make_icons(outdir: Path) -> tuple[Path, Path]:
    from PIL import Image

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    png = outdir / "itaku-daicho.png"
    png.write_bytes(render(1024))
    ico = outdir / "itaku-daicho.ico"
    big = Image.open(io.BytesIO(render(256)))
    big.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return png, ico


if __name__ == "__main__":
    for path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(path)
