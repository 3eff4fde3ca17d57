"""Small parts of the invoice editor: its buttons, labels and text boxes, and the draft
a stored invoice gives the form."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRecord


def draft_of(record: InvoiceRecord) -> InvoiceDraft:
    """The editable part of a stored invoice, as the editor's form holds it."""
    return InvoiceDraft(
        customer_id=record.customer_id,
        rows=record.rows,
        invoice_date=record.invoice_date,
        delivery_date=record.delivery_date,
        due_date=record.due_date,
        payment_term_days=record.payment_term_days,
        your_reference=record.your_reference,
        our_reference=record.our_reference,
        text_before_rows=record.text_before_rows,
        text_after_rows=record.text_after_rows,
        office_id=record.office_id,
        contact_id=record.contact_id,
        billing_customer_id=record.billing_customer_id or record.customer_id,
        language=record.language,
        vat_treatment=record.vat_treatment,
        prices_include_vat=record.prices_include_vat,
    )


def buddy(widget: QWidget) -> QLabel:
    label = QLabel()
    label.setBuddy(widget)
    return label


def plain_text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * 2 + 14)
    return edit


def push_button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    # Enter in a row's field must not finalise the invoice.
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def tip_with_shortcut(button: QPushButton, tip: str, action: QAction) -> None:
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{tip} ({shown})")


__all__ = ["buddy", "draft_of", "plain_text_edit", "push_button", "tip_with_shortcut"]
