"""Render the main views to PNG for the README, offscreen, on fresh demo data.

QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--language fi] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

from asiakasrekisteri.app import build_window, create_application, open_database
from asiakasrekisteri.domain.invoice import InvoiceRowData
from asiakasrekisteri.domain.vat import general_rate
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TAB_FILES = ("card-overview", "card-basic-info", "card-extra-info", "card-attachments",
             "card-history")  # fmt: skip


def _invoice_some(window: MainWindow, customer_id: int) -> None:
    """Own company details and three invoices, one paid late, so the figures show."""
    company = window.services.company
    company.save(
        replace(
            company.get(),
            name="Toiminimi Esimerkki",
            business_id="2077474-0",
            street="Kauppakatu 1",
            postal_code="40100",
            city="Jyväskylä",
            iban="FI4950009420028730",
            bic="OKOYFIHH",
        )
    )
    invoicing = window.services.invoicing
    assert invoicing is not None
    today = date.today()
    for months_ago, price in ((5, "480.00"), (2, "1250.00"), (0, "96.50")):
        day = today - timedelta(days=30 * months_ago + 3)
        draft = invoicing.new_draft(customer_id, today=day)
        row = InvoiceRowData(
            description="Konsultointi", quantity=Decimal(2), unit_price=Decimal(price),
            vat_percent=general_rate(day), unit="h",
        )  # fmt: skip
        draft = replace(draft, rows=(row,), invoice_date=day, delivery_date=day)
        record = invoicing.create_invoice(draft, today=day)
        if months_ago == 5:
            invoicing.record_payment(record.id, record.total, day + timedelta(days=16))
    window.reload()


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
        _invoice_some(window, chosen.id)
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
