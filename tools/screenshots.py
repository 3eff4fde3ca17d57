"""Render the main views to PNG for the README, offscreen, on fresh demo data.

PYTHONPATH=src python tools/screenshots.py
    [--language fi] [--out docs/screenshots] [--theme system|light|dark] [--size 1440x900]

The window is built as the program builds it (``app.build_window``, every feature
installed), on a new register in a temporary folder filled with the demo customers.
Dialogs take the room their screen gives them: unless ``QT_QPA_PLATFORM`` says otherwise,
Qt's offscreen platform is given a 1366x768 screen (``tools/screenshot-screen.json``).

A picture of :data:`VARIANTS` is one of these rendered in other settings: run the tool
with them into a folder of its own and add the suffix to the file's name.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('screenshot-screen.json')}"
)

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from asiakasrekisteri.app import BuiltWindow, build_window, create_application
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.interest import SHIPPED_REFERENCE_RATES, half_years_after
from asiakasrekisteri.domain.invoice import InvoiceRowData
from asiakasrekisteri.domain.vat import general_rate
from asiakasrekisteri.services.container import Services, build_services, open_services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from asiakasrekisteri.ui.customer_card.conflict_dialog import ConflictDialog
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.preferences import Theme, apply_theme
from asiakasrekisteri.ui.printing import PdfPrinter, pdf_page_images

ROOT = Path(__file__).resolve().parents[1]
TAB_FILES = ("card-overview", "card-basic-info", "card-extra-info", "card-attachments",
             "card-history")  # fmt: skip
# Every picture one run writes.
PICTURES = ("main-window", *TAB_FILES, "search", "privacy-menu", "privacy-report",
            "invoice-date-calendar", "print-preview", "credit-note", "conflict")  # fmt: skip
# Suffix of a picture's name -> the settings it was rendered in.
VARIANTS = {
    "-dark": "--theme dark --size 1280x728",
    "-150-percent": "QT_SCALE_FACTOR=1.5 --size 895x472 (the 1366x768 screen at 150 %)",
}
# Room around the open menu in its picture, in pixels.
MENU_MARGIN = 24


def _invoice_some(services: Services, customer_id: int) -> None:
    """Own company details and three invoices, one paid late, so the figures show."""
    company = services.company
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
    invoicing = services.invoicing
    today = date.today()
    # The pictures show interest as a user sees it once each half-year's rate, which the
    # Bank of Finland publishes as the half-year begins, is entered in Settings.
    last_shipped = SHIPPED_REFERENCE_RATES.periods[-1].start
    missing = tuple((start, Decimal("2.5")) for start in half_years_after(last_shipped, today))
    if missing:
        invoicing.save_reference_rates(missing)
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


def _showcase_customer(services: Services) -> int:
    """A customer with contacts, an office and a note: a card worth looking at."""
    return next(
        r.id for r in services.customers.search_records(CustomerQuery())
        if len(r.contacts) >= 2 and r.offices and r.notes
    )  # fmt: skip


def _settle() -> None:
    """Let queued layouts, paints and timers of zero delay run before a grab."""
    for _ in range(3):
        QApplication.processEvents()


def _save(widget_or_pixmap: QWidget | QPixmap, path: Path) -> None:
    pixmap = widget_or_pixmap if isinstance(widget_or_pixmap, QPixmap) else widget_or_pixmap.grab()
    if not pixmap.save(str(path)):
        raise OSError(f"could not write {path}")


def _open_menu_picture(built: BuiltWindow, menu: QMenu) -> QPixmap:
    """The window's top left corner with ``menu`` dropped down from the menu bar.

    The offscreen platform draws a popup in a window of its own, so the window and the
    popup are grabbed apart and the popup is painted where it stands on the window.
    """
    window = built.window
    bar = window.menuBar()
    bar.setActiveAction(menu.menuAction())
    _settle()
    try:
        popup = menu.grab()
        at = window.mapFromGlobal(menu.pos())
        # Offscreen, a popup's position may not be reported back; it drops from its title.
        if not menu.isVisible() or at.y() < bar.geometry().bottom():
            title = bar.actionGeometry(menu.menuAction())
            at = bar.mapTo(window, title.bottomLeft() + QPoint(0, 1))
        ratio = popup.devicePixelRatio()
        width = min(window.width(), at.x() + round(popup.width() / ratio) + MENU_MARGIN)
        height = min(window.height(), at.y() + round(popup.height() / ratio) + MENU_MARGIN)
        picture = window.grab(QRect(0, 0, width, height))
        painter = QPainter(picture)
        painter.drawPixmap(at, popup)
        painter.end()
        return picture
    finally:
        menu.hide()
        bar.setActiveAction(None)  # type: ignore[arg-type]  # None closes the bar's menu
        _settle()


def render(
    services: Services,
    settings: QSettings,
    translators: Translators,
    out: Path,
    size: tuple[int, int],
) -> None:
    """Fill ``out`` with the pictures of :data:`PICTURES` on a register of demo customers."""
    customer_id = _showcase_customer(services)
    _invoice_some(services, customer_id)
    built = build_window(services, settings, translators)
    window = built.window
    try:
        built.features.backups.update_backup_label()
        window.resize(*size)
        window.show()
        window.open_customer(customer_id)
        _settle()
        _save(window, out / "main-window.png")
        tabs = window.card.findChild(QTabWidget, "cardTabs")
        if tabs is None:
            raise LookupError("the card has no cardTabs")
        for index, name in enumerate(TAB_FILES):
            tabs.setCurrentIndex(index)
            _settle()
            _save(window.card, out / f"{name}.png")
        window.search_edit.setText("virta")
        window.apply_filters()
        _settle()
        _save(window, out / "search.png")
        window.clear_search()
        _editor_pictures(services, window, customer_id, out)
        _credit_note_picture(services, window, out)
        _privacy_report_picture(services, out)
        _conflict_picture(services, window, customer_id, out)
        # Last: an open menu takes the status bar's message away.
        _save(_open_menu_picture(built, built.features.privacy.menu), out / "privacy-menu.png")
    finally:
        window.close()
        # Gone now, with its timers, before the register closes and its folder goes.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _editor_pictures(services: Services, window: QWidget, customer_id: int, out: Path) -> None:
    """A new invoice with its date calendar open, and an invoice's print preview."""
    editor = InvoiceEditor(services.invoicing, services.products, services.customers,
                           customer_id=customer_id, parent=window)  # fmt: skip
    try:
        editor.show()
        field = editor.header.invoice_date_edit
        field.show_calendar()
        _settle()
        picture = editor.grab()
        painter = QPainter(picture)
        painter.drawPixmap(field.mapTo(editor, QPoint(0, field.height())), field.calendar.grab())
        painter.end()
        _save(picture, out / "invoice-date-calendar.png")
        field.calendar.hide()
    finally:
        editor.reject()
        editor.deleteLater()
    invoice = services.invoicing.list_invoices()[0]
    printer = PdfPrinter(window)
    preview = printer.preview_dialog(services.invoicing.invoice_pdf(invoice.id), "lasku")
    try:
        preview.show()
        _settle()
        _save(preview, out / "print-preview.png")
    finally:
        preview.close()
        preview.deleteLater()


def _credit_note_picture(services: Services, window: QWidget, out: Path) -> None:
    """The newest invoice credited in full: its credit note in the editor."""
    invoicing = services.invoicing
    newest = max(invoicing.list_invoices(), key=lambda invoice: invoice.number or 0)
    note = invoicing.credit(newest.id)
    editor = InvoiceEditor(invoicing, services.products, services.customers,
                           invoice_id=note.id, parent=window)  # fmt: skip
    try:
        editor.show()
        _settle()
        _save(editor, out / "credit-note.png")
    finally:
        editor.reject()
        editor.deleteLater()


@contextmanager
def _logged_in_as(name: str) -> Iterator[None]:
    """The history names ``name`` for what is saved meanwhile (the login name's variable)."""
    before = os.environ.get("LOGNAME")
    os.environ["LOGNAME"] = name
    try:
        yield
    finally:
        if before is None:
            del os.environ["LOGNAME"]
        else:
            os.environ["LOGNAME"] = before


def _conflict_picture(services: Services, window: MainWindow, customer_id: int, out: Path) -> None:
    """A colleague saves the card while it is being edited: the save asks what to do."""
    other = Database.open(backend_for(services.db.backend.location()))
    asked = ConflictDialog.exec

    def picture(dialog: ConflictDialog) -> int:
        dialog.show()
        dialog.compare_button.click()
        _settle()
        _save(dialog, out / "conflict.png")
        dialog.keep_button.click()
        return dialog.result()

    try:
        with tempfile.TemporaryDirectory() as tmp:
            colleague = build_services(other, Path(tmp))
            window.open_customer(customer_id)
            name = window.card.basic_info.name_edit
            name.setText(f"{name.text()} (uusi nimi)")
            theirs = colleague.customers.get(customer_id)
            changed = replace(
                theirs.data, phone="+358 40 765 4321", comment="Tarjous lähetetty 3.12."
            )
            with _logged_in_as("liisa"):
                colleague.customers.update(customer_id, changed, edited_from=theirs)
            ConflictDialog.exec = picture  # type: ignore[method-assign,assignment]
            window.card.save()
    finally:
        ConflictDialog.exec = asked  # type: ignore[method-assign]
        window.card.revert()
        other.close()


def _privacy_report_picture(services: Services, out: Path) -> None:
    """The first page of a private person's right-of-access report (the PDF in the zip)."""
    person = next(
        r.id for r in services.customers.search_records(CustomerQuery())
        if r.data.customer_type is CustomerType.PRIVATE
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        archive = services.privacy.export_zip(person, Path(tmp) / "tiedot.zip")
        with zipfile.ZipFile(archive) as zf:
            report = zf.read("report.pdf")
    _save(QPixmap.fromImage(next(pdf_page_images(report, dpi=94))), out / "privacy-report.png")


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--language", default="fi")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", type=Theme, choices=list(Theme), default=Theme.SYSTEM)
    parser.add_argument("--size", type=_size, default=(1440, 900), help="WIDTHxHEIGHT")
    parser.add_argument("--count", type=int, default=200, help="demo customers")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    # Put back what the run changes in the application, for a caller that goes on (tests).
    locale = QLocale()
    translators = Translators()
    translators.install(app, args.language)
    apply_theme(app, args.theme)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            services = open_services(Path(tmp) / "demo.sqlite3")
            try:
                services.demo.fill(args.count)
                settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
                render(services, settings, translators, args.out, args.size)
            finally:
                services.close()
    finally:
        if args.theme is not Theme.SYSTEM:
            apply_theme(app, Theme.SYSTEM)
        translators.remove(app)
        QLocale.setDefault(locale)
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
