"""What would stop a draft from being finalised, found before the user confirms.

:func:`finalise_blockers` lists the refusals that depend only on who the invoice is for
and from whom (an inactive customer, a delivery ban, the own company's details, the
buyer's billing address, a VAT treatment the buyer does not qualify for), so that an
editor can show them as soon as the customer is chosen. :func:`finalise_refusal` runs
the whole finalising of the draft in a transaction that is always rolled back: every
check finalising makes, none skipped, nothing kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceStatus,
    check_buyer_for_treatment,
)
from asiakasrekisteri.services.invoicing import drafts
from asiakasrekisteri.services.invoicing.finalising import (
    _check_can_invoice,
    _check_parties,
    finalise_invoice,
)
from asiakasrekisteri.services.invoicing.records import (
    live_buyer,
    live_seller,
    load_customer,
    payer_of,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice


class _RolledBack(Exception):
    """Ends the trial transaction after a finalising that succeeded."""


def finalise_blockers(db: Database, draft: InvoiceDraft) -> list[ValidationError]:
    """The refusals finalising would make for the draft's parties, each once, in order."""
    found: list[ValidationError] = []

    def check(run: Callable[[], None]) -> None:
        try:
            run()
        except ValidationError as exc:
            if all(exc.message != seen.message for seen in found):
                found.append(exc)

    with db.read() as session:
        customer = load_customer(session, draft.customer_id)
        payer = payer_of(session, customer, draft.billing_customer_id)
        check(lambda: _check_can_invoice(customer))
        if payer is not customer:
            check(lambda: _check_can_invoice(payer))
        seller = live_seller(session)
        buyer = live_buyer(session, payer, draft.office_id, draft.contact_id)
        check(lambda: _check_parties(seller, buyer))
        if seller.vat_registered:
            treatment = draft.vat_treatment or VatTreatment(customer.vat_treatment)
            check(lambda: check_buyer_for_treatment(treatment, buyer))
    return found


def finalise_refusal(
    db: Database, draft: InvoiceDraft, today: date
) -> ValidationError | FieldErrors | None:
    """Why finalising ``draft`` now would be refused; None when it would go through."""
    try:
        with db.transaction() as session:
            invoice = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value)
            drafts._apply_draft(session, invoice, draft, today)
            session.add(invoice)
            session.flush()
            finalise_invoice(session, invoice)
            raise _RolledBack
    except (ValidationError, FieldErrors) as exc:
        return exc
    except _RolledBack:
        return None
