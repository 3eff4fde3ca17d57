#!/usr/bin/env python3
"""Render the program icon (SVG) into the bitmaps installers want: PNG, ICO and ICNS.

    python installer/make_icons.py OUT_DIR

Qt's own image plugins write all three, so no other tool is needed. The spec runs this
before PyInstaller: Windows wants an ``.ico`` for the .exe, macOS an ``.icns`` for the
bundle, Linux desktops a PNG (or the SVG itself) beside the ``.desktop`` file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "src" / "asiakasrekisteri" / "resources" / "icons" / "asiakasrekisteri.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} OUT_DIR")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(argv[:1])
    icon = QIcon(str(SVG))
    if icon.isNull():
        sys.exit(f"cannot read {SVG} (is the Qt SVG plugin installed?)")
    for size in PNG_SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        if not image.save(str(out / f"asiakasrekisteri-{size}.png")):
            sys.exit(f"cannot write the {size} px PNG")
    big = icon.pixmap(QSize(256, 256)).toImage()
    for suffix in ("ico", "icns"):
        if not big.save(str(out / f"asiakasrekisteri.{suffix}")):
            sys.exit(f"cannot write asiakasrekisteri.{suffix}")
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
