"""Printing from the program: invoices, reminders and statements through Qt's printer.

A printer here is a PDF file (QPrinter's PdfFormat): what was printed is compared with
the document, page by page, as rendered images.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import build_window
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRecord, InvoiceRowData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.actions import InvoicingActions
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.reminder_dialog import ReminderDialog
from asiakasrekisteri.ui.printing import pdf_page_images
from tests.conftest import add_reference_rates_to_today, make_customer
from tests.services.conftest import INVOICING_SELLER

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

DAY = date(2025, 3, 3)


def today() -> date:
    return DAY


# --- comparing pages -------------------------------------------------------------------


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def grey_pages(data: bytes) -> list[QImage]:
    return [
        img.convertToFormat(QImage.Format.Format_Grayscale8) for img in pdf_page_images(data, 40)
    ]


def correlation(a: QImage, b: QImage) -> float:
    """Pearson correlation of two grey images' pixels: 1 for the same picture.

    A printer gets each page as an image, so thin lines come back lighter: the darkness
    moves together, which correlation measures and a plain difference does not.
    """
    b = b.scaled(a.size())
    xs: list[int] = []
    ys: list[int] = []
    for y in range(a.height()):
        xs += bytes(cast(memoryview, a.constScanLine(y)))[: a.width()]
        ys += bytes(cast(memoryview, b.constScanLine(y)))[: b.width()]
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    return float(cov / (var_x * var_y) ** 0.5)


def assert_same_pages(printed: bytes, source: bytes) -> None:
    assert page_count(printed) == page_count(source)
    got, want = grey_pages(printed), grey_pages(source)
    for index, (page, original) in enumerate(zip(got, want, strict=True)):
        assert page.size() == original.size()
        assert correlation(page, original) > 0.8, f"page {index + 1} differs"
    if len(want) > 1:  # and each page is its own, in order
        assert correlation(got[0], want[1]) < correlation(got[0], want[0]) - 0.1


class PrintToFile:
    """Stands in for the print dialog: the user picks a PDF file as the printer."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        assert isinstance(dialog, QPrintDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        return int(QDialog.DialogCode.Accepted)


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


def invoice(invoicing: InvoicingService, customer_id: int, rows: int = 1) -> InvoiceRecord:
    lines = tuple(
        InvoiceRowData(f"Konsultointi {n + 1}", Decimal(1), Decimal(100), Decimal("25.5"))
        for n in range(rows)
    )
    draft = InvoiceDraft(customer_id=customer_id, rows=lines, invoice_date=DAY)
    return invoicing.create_invoice(draft, today=DAY)


@pytest.fixture
def open_editor(
    qtbot: QtBot, db: Database, invoicing: InvoicingService, customers: CustomerService
) -> Any:
    def opener(invoice_id: int) -> InvoiceEditor:
        editor = InvoiceEditor(invoicing, ProductService(db), customers, invoice_id=invoice_id,
                               today=today)  # fmt: skip
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return opener


def with_printer(pdf: PdfActions, target: Path) -> PrintToFile:
    dialog = PrintToFile(target)
    pdf.printers = lambda: ["Toimiston tulostin"]
    pdf.printer.run_dialog = dialog
    return dialog


# --- invoices ----------------------------------------------------------------------------


def test_ctrl_p_prints_the_invoice_on_the_chosen_printer(
    qtbot: QtBot, open_editor: Any, invoicing: InvoicingService, customer_id: int, tmp_path: Path
) -> None:
    record = invoice(invoicing, customer_id, rows=45)  # two pages
    editor = open_editor(record.id)
    printed = tmp_path / "printed.pdf"
    dialog = with_printer(editor.pdf, printed)

    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(dialog.dialogs) == 1
    source = invoicing.invoice_pdf(record.id)
    assert page_count(source) == 2
    assert_same_pages(printed.read_bytes(), source)


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, open_editor: Any, invoicing: InvoicingService, customer_id: int, tmp_path: Path
) -> None:
    editor = open_editor(invoice(invoicing, customer_id).id)
    editor.pdf.printers = lambda: ["Toimiston tulostin"]
    editor.pdf.printer.run_dialog = lambda _dialog: int(QDialog.DialogCode.Rejected)
    assert not editor.pdf.print_invoice(editor.record)


def test_without_a_printer_one_message_offers_a_pdf_file(
    qtbot: QtBot, open_editor: Any, invoicing: InvoicingService, customer_id: int,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    record = invoice(invoicing, customer_id)
    editor = open_editor(record.id)
    editor.pdf.printers = list
    questions: list[str] = []

    def confirm(_title: str, text: str, action: str) -> bool:
        questions.append(f"{text} [{action}]")
        return True

    monkeypatch.setattr(editor.prompts, "confirm", confirm)
    monkeypatch.setattr(editor.prompts, "save_path", lambda *_a: tmp_path / "lasku.pdf")
    editor.pdf.printer.run_dialog = lambda _d: pytest.fail("no print dialog without a printer")

    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert questions == [
        "No printer is set up on this computer. Save the document as a PDF file instead? "
        "It can be printed from another computer or sent on. [Save as PDF…]"
    ]
    saved = PdfReader(tmp_path / "lasku.pdf").pages[0].extract_text()
    assert saved == PdfReader(io.BytesIO(invoicing.invoice_pdf(record.id))).pages[0].extract_text()
    assert "Konsultointi 1" in saved


def test_print_preview_shows_every_page_and_prints_from_there(
    qtbot: QtBot, open_editor: Any, invoicing: InvoicingService, customer_id: int, tmp_path: Path
) -> None:
    record = invoice(invoicing, customer_id, rows=45)
    editor = open_editor(record.id)
    seen: list[int] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        seen.append(preview.pageCount())
        dialog.close()
        return int(QDialog.DialogCode.Rejected)

    editor.pdf.printer.run_dialog = look
    editor.preview_action.trigger()
    assert seen == [2]
    assert editor.preview_action in editor.pdf_button.menu().actions()


# --- reminders and statements ---------------------------------------------------------


def test_a_recorded_reminder_is_printed_when_the_user_says_so(
    qtbot: QtBot, open_editor: Any, invoicing: InvoicingService, customer_id: int,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    record = invoice(invoicing, customer_id)
    editor = open_editor(record.id)
    monkeypatch.setattr(editor, "_today", lambda: date(2025, 5, 1))
    editor._apply_mode()
    monkeypatch.setattr(editor.prompts, "confirm", lambda *_a: True)

    def ok(dialog: QDialog) -> int:
        assert isinstance(dialog, ReminderDialog)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", ok)
    previews: list[int] = []

    def preview_then_print(dialog: QDialog) -> int:
        if isinstance(dialog, QPrintPreviewDialog):
            printer = dialog.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "muistutus.pdf"))
            dialog.paintRequested.emit(printer)  # what its Print button does after the dialog
            previews.append(1)
        return int(QDialog.DialogCode.Accepted)

    editor.pdf.printer.run_dialog = preview_then_print
    assert editor.make_reminder()
    assert previews == [1]
    printed = (tmp_path / "muistutus.pdf").read_bytes()
    assert page_count(printed) == 1
    text = PdfReader(tmp_path / "muistutus.pdf").pages[0].extract_text()
    assert text.strip() == ""  # printed as an image of the page, as a printer gets it


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[Any]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(services, settings, Translators()).window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_ctrl_p_in_the_main_window_previews_the_customers_statement(
    qtbot: QtBot, window: Any, services: Services, customer_id: int, tmp_path: Path
) -> None:
    services.company.save(INVOICING_SELLER)
    add_reference_rates_to_today(services)
    invoice(services.invoicing, customer_id)
    window.reload()
    window.open_customer(customer_id)
    actions = window.findChild(InvoicingActions, "invoicingActions")
    assert actions is not None
    assert actions.print_statement_action in actions.invoices_menu.actions()
    printed = tmp_path / "tiliote.pdf"

    def print_from_preview(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.paintRequested.emit(printer)
        return int(QDialog.DialogCode.Accepted)

    actions.pdf.printer.run_dialog = print_from_preview
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert_same_pages(printed.read_bytes(), services.invoicing.statement_pdf(customer_id))
