"""Payment references: which one an invoice or a statement gets, and that none is shared.

A bank reports a payment by its reference alone, so two open items with one reference
send money to the wrong place. The program's own references follow the scheme of
:mod:`asiakasrekisteri.domain.reference` and never meet; a customer's fixed reference is
kept outside that scheme when it is entered. What remains are references issued before
the scheme and fixed references entered before it: finalising and statements refuse to
reuse those, and the register check reports open items that share one.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import OPEN_STATUSES, InvoiceKind
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_invoicing import Invoice

# A statement reference shows the customer number when it is a plain number that fits
# a reference (19 base digits, one taken by the kind digit).
_MAX_NUMBER_DIGITS = 18


def _payer_column() -> ColumnElement[int]:
    return func.coalesce(Invoice.billing_customer_id, Invoice.customer_id)


def _in_rf_if_wanted(ref: str, use_rf: bool) -> str:
    return reference.to_rf(ref) if use_rf and not reference.is_rf(ref) else ref


def invoice_reference(session: Session, number: int, payer: Customer) -> str:
    """The reference of a new invoice or credit note number ``number``.

    The payer's fixed reference when they have one, else the scheme's invoice reference;
    in RF form when the payer wants it.

    Raises:
        RuleViolation: ``reference.taken`` when another customer or invoice already
            uses the reference.
    """
    ref = payer.fixed_reference or reference.for_document(ReferenceKind.INVOICE, number)
    ref = _in_rf_if_wanted(ref, payer.use_rf_reference)
    ensure_free(session, ref, payer.id, shared_with_payer=bool(payer.fixed_reference))
    return ref


def statement_reference(
    customer_id: int, customer_number: str, fixed_reference: str, use_rf: bool
) -> str:
    """The reference a customer pays a statement's total with.

    The fixed reference when the customer has one; else the scheme's statement
    reference of the customer number when it is a plain number, or of the register id
    when it is not (letters, a leading zero, too many digits).
    """
    if fixed_reference:
        ref = fixed_reference
    elif _is_plain_number(customer_number):
        ref = reference.for_document(ReferenceKind.STATEMENT, int(customer_number))
    else:
        ref = reference.for_document(ReferenceKind.STATEMENT_BY_ID, customer_id)
    return _in_rf_if_wanted(ref, use_rf)


def _is_plain_number(text: str) -> bool:
    return (
        text.isascii()
        and text.isdigit()
        and len(text) <= _MAX_NUMBER_DIGITS
        and str(int(text)) == text
    )


def ensure_free(session: Session, ref: str, payer_id: int, *, shared_with_payer: bool) -> None:
    """Refuse a reference that another customer or invoice already uses.

    Args:
        session: The open session.
        ref: The reference about to be printed.
        payer_id: The customer who pays with it.
        shared_with_payer: True for the payer's fixed reference, which all of the payer's
            invoices carry by design.

    Raises:
        RuleViolation: ``reference.taken``.
    """
    forms = sorted(reference.equivalent_forms(ref))
    owner = session.scalar(
        select(Customer.name).where(
            Customer.fixed_reference != "",
            Customer.fixed_reference.in_(forms),
            Customer.id != payer_id,
        )
    )
    if owner is not None:
        raise RuleViolation(
            "Reference {reference} is the fixed reference of {name}; give that customer "
            "another fixed reference so that payments are not mixed up.",
            code="reference.taken",
            reference=reference.format_any(ref),
            name=owner,
        )
    stmt = select(Invoice.number).where(Invoice.reference.in_(forms))
    if shared_with_payer:
        stmt = stmt.where(_payer_column() != payer_id)
    number = session.scalar(stmt.limit(1))
    if number is not None:
        raise RuleViolation(
            "Reference {reference} is already on invoice {number}; give the customer a "
            "fixed reference of their own so that payments are not mixed up.",
            code="reference.taken",
            reference=reference.format_any(ref),
            number=number,
        )


def duplicate_references(session: Session) -> list[str]:
    """Payment references that more than one open item, or customer, would be paid with.

    The claims are the references of open invoices, the statement reference of each
    customer who has open invoices, and every customer's fixed reference. An invoice
    carrying its payer's fixed reference belongs to that customer; any other reference
    belongs to its invoice alone. Reads columns present since invoicing began, so an
    older register can be checked before its upgrade.

    Returns:
        The shared references, printed as on paper, in order.
    """
    customers = {
        row.id: row
        for row in session.execute(
            select(
                Customer.id,
                Customer.customer_number,
                Customer.fixed_reference,
                Customer.use_rf_reference,
            )
        )
    }
    claims: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for customer in customers.values():
        if customer.fixed_reference:
            claims[reference.payment_key(customer.fixed_reference)].add(("customer", customer.id))
    open_invoices = session.execute(
        select(Invoice.id, Invoice.reference, _payer_column()).where(
            Invoice.kind == InvoiceKind.INVOICE.value,
            Invoice.status.in_([s.value for s in OPEN_STATUSES]),
            Invoice.reference != "",
        )
    ).all()
    for invoice_id, ref, payer_id in open_invoices:
        key = reference.payment_key(ref)
        payer = customers.get(payer_id)
        fixed = payer.fixed_reference if payer is not None else ""
        if fixed and reference.payment_key(fixed) == key:
            claims[key].add(("customer", payer_id))
        else:
            claims[key].add(("invoice", invoice_id))
    for payer_id in {payer_id for _id, _ref, payer_id in open_invoices}:
        payer = customers.get(payer_id)
        if payer is None:
            continue
        ref = statement_reference(
            payer.id, payer.customer_number, payer.fixed_reference, payer.use_rf_reference
        )
        claims[reference.payment_key(ref)].add(("customer", payer_id))
    return sorted(_printable(key) for key, owners in claims.items() if len(owners) > 1)


def _printable(key: str) -> str:
    """A reference as printed on paper; one stored before checks existed, as it is."""
    try:
        return reference.format_any(reference.validate_any(key))
    except ValidationError:
        return key
