"""Small parts of the invoice editor: its buttons, labels and text boxes, the draft a
stored invoice gives the form, and a service's refusal shown on the rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from asiakasrekisteri.domain.enums import InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceRecord,
    effective_treatment,
    row_vats,
    vat_notes,
)
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import show_error
from asiakasrekisteri.ui.invoicing.invoice_rows_model import InvoiceRowsModel


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


def show_service_errors(
    exc: ValidationError | FieldErrors,
    model: InvoiceRowsModel,
    draft_rows: Sequence[int],
    label: QLabel,
) -> None:
    """A service's refusal under the rows, and each row's errors on its cells.

    ``draft_rows`` maps the service's row indexes (rows that are not blank) to the
    model's rows.
    """
    if not isinstance(exc, FieldErrors):
        show_error(label, error_text(exc))
        return
    messages: list[str] = []
    by_row: dict[int, dict[str, str]] = {}
    for key, error in exc.errors.items():
        text = error_text(error)
        messages.append(text)
        if key.startswith("rows["):
            index_text, _, field = key[5:].partition("].")
            if index_text.isdigit() and int(index_text) < len(draft_rows):
                by_row.setdefault(draft_rows[int(index_text)], {})[field] = text
    for number, row_errors in by_row.items():
        model.set_errors(number, row_errors)
    show_error(label, "\n".join(dict.fromkeys(messages)))


def draft_vat_notes(
    draft: InvoiceDraft, treatment: VatTreatment, seller_vat_registered: bool
) -> tuple[str, ...]:
    """The legal VAT wordings a draft will print, in its language."""
    applied = effective_treatment(treatment, seller_vat_registered=seller_vat_registered)
    rows = row_vats(draft.rows, treatment, seller_vat_registered=seller_vat_registered)
    return vat_notes(rows, applied, draft.language or InvoiceLanguage.FI)


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


__all__ = [
    "buddy", "draft_of", "draft_vat_notes", "plain_text_edit", "push_button", "show_service_errors",
    "tip_with_shortcut",
]  # fmt: skip
