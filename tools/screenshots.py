"""Render the main views to PNG for the README, offscreen, on fresh demo data.

QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--language fi] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

from asiakasrekisteri.app import build_window, create_application, open_database
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.ui.i18n import Translators

ROOT = Path(__file__).resolve().parents[1]
TAB_FILES = ("card-overview", "card-basic-info", "card-extra-info", "card-attachments",
             "card-history")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="fi")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    Translators().install(app, args.language)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        fill_demo(db, count=200)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = build_window(db, settings)
        window.setWindowTitle("Asiakasrekisteri")
        window.resize(1440, 900)
        window.show()
        # A customer with contacts, an office and a note makes the card worth looking at.
        customers = window.services.customers
        chosen = next(
            r for r in customers.search_records(CustomerQuery())
            if len(r.contacts) >= 2 and r.offices and r.notes
        )  # fmt: skip
        window.open_customer(chosen.id)
        QApplication.processEvents()
        window.grab().save(str(args.out / "main-window.png"))
        tabs = window.card.findChild(QTabWidget, "cardTabs")
        assert tabs is not None
        for index, name in enumerate(TAB_FILES):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            window.card.grab().save(str(args.out / f"{name}.png"))
        window.search_edit.setText("virta")
        window.apply_filters()
        QApplication.processEvents()
        window.grab().save(str(args.out / "search.png"))
        window.close()
        db.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
