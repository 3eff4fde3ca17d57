"""Credit notes (in part or in full) and the refunds the seller owes after them.

A credit note is an invoice of its own kind with its own number, frozen with the parties
of the invoice it credits and referring to it. What it may credit, and how its rows are
made, is :mod:`asiakasrekisteri.domain.crediting`; this module reads the invoice's
earlier credit notes, makes the new one, and keeps the invoice's credited amount and
state in step, in one transaction. A refund records money paid back to the customer
(the invoice's ``refunded_amount`` changes with it, so the change history shows it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain import crediting
from asiakasrekisteri.domain.crediting import Creditable, CreditRequest, RowCredit
from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    invoice_totals,
    validate_dates,
)
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.domain.money import CENT, ZERO, is_whole_cents
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.finalising import finalise_invoice, update_sales_status
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    load_invoice,
    rows_of,
)
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice, InvoiceRow, Refund

__all__ = ["CreditPlan", "credit", "preview_credit", "record_refund", "refund_on_note"]

# The states in which an invoice can be credited.
_CREDITABLE = (
    InvoiceStatus.SENT.value,
    InvoiceStatus.PARTLY_PAID.value,
    InvoiceStatus.PAID.value,
)


@dataclass(frozen=True)
class CreditPlan:
    """A credit note before it is made (the credit dialog shows it).

    Attributes:
        creditable: What was creditable before it.
        rows: Its rows (quantities negative).
        positions: For each row, the position of the invoice row it credits (None for
            an amount credit's rows).
        prices_include_vat: True when its unit prices are VAT-inclusive.
        totals: Its totals and VAT breakdown (negative).
        full: True when the invoice is credited in full with it.
        refund: What the seller owes the customer back after it.
    """

    creditable: Creditable
    rows: tuple[InvoiceRowData, ...]
    positions: tuple[int | None, ...]
    prices_include_vat: bool
    totals: InvoiceTotals
    full: bool
    refund: Decimal

    @property
    def amount(self) -> Decimal:
        """The amount credited (positive)."""
        return -self.totals.gross


def _notes_of(session: Session, original: Invoice) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice).where(
                Invoice.credit_of_id == original.id,
                Invoice.kind == InvoiceKind.CREDIT_NOTE.value,
                Invoice.status != InvoiceStatus.DRAFT.value,
            )
        )
    )


def _totals(invoice: Invoice, rows: tuple[InvoiceRowData, ...]) -> InvoiceTotals:
    return invoice_totals(
        rows,
        VatTreatment(invoice.vat_treatment),
        seller_vat_registered=invoice.seller_vat_registered,
        prices_include_vat=invoice.prices_include_vat,
    )


def _creditable(session: Session, original: Invoice) -> tuple[Creditable, int]:
    """What is still creditable, and how many credit notes the invoice has."""
    rows = rows_of(original)
    gross = [line.gross for line in _totals(original, rows).lines]
    credited: list[tuple[InvoiceRowData, Decimal, int | None]] = []
    notes = _notes_of(session, original)
    for note in notes:
        note_rows = rows_of(note)
        lines = _totals(note, note_rows).lines
        for stored, row, line in zip(note.rows, note_rows, lines, strict=True):
            index = stored.credited_position - 1 if stored.credited_position else None
            credited.append((row, line.gross, index))
    state = crediting.creditable(
        rows,
        gross,
        credited,
        total=original.total_gross,
        credited_amount=original.credited_amount,
    )
    return state, len(notes)


def _plan(session: Session, original: Invoice, request: CreditRequest) -> CreditPlan:
    """The credit note a request makes, checked against what is creditable.

    Raises:
        RuleViolation: ``credit.not_allowed``, ``credit.too_much``.
        ValidationError: The codes of :mod:`asiakasrekisteri.domain.crediting`.
    """
    if original.kind != InvoiceKind.INVOICE.value or original.status not in _CREDITABLE:
        raise RuleViolation(
            "Only a sent invoice that is not yet credited in full can be credited.",
            code="credit.not_allowed",
        )
    state, earlier = _creditable(session, original)
    rows = rows_of(original)
    if request.is_full and state.rows_left:
        plan = _row_plan(original, state, earlier, rows, _all_rows(state))
        if plan is not None:
            return plan
        # Earlier amount credits took money but no quantities: the rest is an amount.
        return _amount_plan(original, state, rows, state.amount, request.description)
    if request.is_full or request.amount is not None:
        amount = state.amount if request.amount is None else request.amount
        return _amount_plan(original, state, rows, amount, request.description)
    plan = _row_plan(original, state, earlier, rows, request.rows)
    if plan is None:
        raise _too_much(state)
    return plan


def _too_much(state: Creditable) -> RuleViolation:
    return RuleViolation(
        "The rows chosen come to more than is left to credit on the invoice ({left} €); "
        "credit fewer rows or an amount.",
        code="credit.too_much",
        left=f"{state.amount:.2f}".replace(".", ","),
    )


def _all_rows(state: Creditable) -> tuple[RowCredit, ...]:
    return tuple(RowCredit(i) for i, left in enumerate(state.quantities) if left != 0)


def _row_plan(
    original: Invoice,
    state: Creditable,
    earlier: int,
    rows: tuple[InvoiceRowData, ...],
    credits: tuple[RowCredit, ...],
) -> CreditPlan | None:
    """Row credits as a plan, or None when they come to more than is left.

    The credit that takes the last of every row may pass what is left by the rounding of
    the credit notes' VAT: a cent per VAT rate for each credit note.
    """
    made = crediting.row_credit_rows(rows, state, credits)
    note_rows = tuple(row for row, _index in made)
    totals = _totals(original, note_rows)
    taken = dict.fromkeys(range(len(rows)), ZERO)
    for row, index in made:
        taken[index] = -row.quantity
    full = all(abs(left) == abs(taken[i]) for i, left in enumerate(state.quantities))
    rates = len(totals.breakdown) or 1
    slack = CENT * rates * (earlier + 1) if full else ZERO
    if -totals.gross > state.amount + slack:
        return None
    full = full or -totals.gross >= state.amount
    return CreditPlan(
        creditable=state,
        rows=note_rows,
        positions=tuple(index + 1 for _row, index in made),
        prices_include_vat=original.prices_include_vat,
        totals=totals,
        full=full,
        refund=_refund_after(original, -totals.gross, full),
    )


def _amount_plan(
    original: Invoice,
    state: Creditable,
    rows: tuple[InvoiceRowData, ...],
    amount: Decimal,
    description: str,
) -> CreditPlan:
    text = " ".join(description.split()) or crediting.amount_text(
        original.language, original.number
    )
    note_rows = crediting.amount_rows(amount, state, rows, text[:2000])
    totals = invoice_totals(
        note_rows,
        VatTreatment(original.vat_treatment),
        seller_vat_registered=original.seller_vat_registered,
        prices_include_vat=True,
    )
    full = amount >= state.amount
    return CreditPlan(
        creditable=state,
        rows=note_rows,
        positions=(None,) * len(note_rows),
        prices_include_vat=True,
        totals=totals,
        full=full,
        refund=_refund_after(original, amount, full),
    )


def _refund_after(original: Invoice, amount: Decimal, full: bool) -> Decimal:
    """What the seller owes back once ``amount`` more is credited."""
    refunded = original.refunded_amount
    if full:
        return max(original.paid_amount - refunded, ZERO)
    over = original.paid_amount + original.credited_amount + amount - original.total_gross
    return max(max(over, ZERO) - refunded, ZERO)


def preview_credit(db: Database, invoice_id: int, request: CreditRequest) -> CreditPlan:
    """The credit note a request would make; nothing is saved.

    Raises:
        RuleViolation: As :func:`credit`.
    """
    with db.read() as session:
        return _plan(session, load_invoice(session, invoice_id), request)


def credit(db: Database, invoice_id: int, request: CreditRequest, day: date) -> InvoiceRecord:
    """Make and finalise the credit note of ``request`` dated ``day``; the credit note.

    The invoice's credited amount grows by the credit note's total; credited in full it
    becomes "credited" (no longer open; what was paid on it is owed back), else its
    state follows its payments and credits (paid once they cover the total).

    Raises:
        RuleViolation: ``credit.not_allowed`` (a draft, a credit note, an invoice
            credited in full), ``credit.too_much``, ``credit.row``, ``credit.quantity``,
            ``credit.nothing_left``, ``credit.amount``.
        FieldErrors: ``credit_date`` outside the register's range of dates.
    """
    validate_dates(credit_date=day)
    with db.transaction() as session:
        original = load_invoice(session, invoice_id)
        plan = _plan(session, original, request)
        note = _note_of(original, plan, day)
        session.add(note)
        session.flush()
        finalise_invoice(session, note, snapshot_from=original)
        if plan.full:
            original.status = InvoiceStatus.CREDITED.value
        store_totals(session, original)  # credited grows by the note; the state follows
        update_sales_status(session, original.customer_id)
        session.flush()
        return invoice_record(session, note)


def _note_of(original: Invoice, plan: CreditPlan, day: date) -> Invoice:
    """A draft credit note of the plan's rows, at the original's VAT facts, due at once."""
    note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, status=InvoiceStatus.DRAFT.value)
    for name in (
        "customer_id", "billing_customer_id", "your_reference", "our_reference",
        "office_id", "contact_id", "language", "vat_treatment", "currency",
        "notice_period_days", "penalty_interest",
    ):  # fmt: skip
        setattr(note, name, getattr(original, name))
    note.delivery_date = original.delivery_date or original.invoice_date
    note.invoice_date = day
    note.due_date = day
    note.payment_term_days = 0
    note.text_before_rows = ""
    note.text_after_rows = ""
    note.credit_of_id = original.id
    note.prices_include_vat = plan.prices_include_vat
    for position, (row, credited) in enumerate(zip(plan.rows, plan.positions, strict=True), 1):
        note.rows.append(
            InvoiceRow(
                position=position,
                product_code=row.product_code,
                description=row.description,
                quantity=row.quantity,
                unit=row.unit,
                unit_price=row.unit_price,
                discount_percent=row.discount_percent,
                vat_percent=row.vat_percent,
                goods=row.goods,
                vat_exemption=row.vat_exemption.value if row.vat_exemption else "",
                household_work=row.household_work,
                credited_position=credited,
            )
        )
    return note


def refund_on_note(db: Database, note: InvoiceRecord) -> tuple[Decimal, Decimal]:
    """What was paid on the invoice a credit note credits, and how much of the note is
    paid back to the customer (what the note made the payments exceed, counting the
    invoice's credit notes up to it)."""
    with db.read() as session:
        original = load_invoice(session, note.credit_of_id or 0)
        before = ZERO
        for earlier in _notes_of(session, original):
            if earlier.id < note.id:
                before -= earlier.total_gross
        total, paid = original.total_gross, original.paid_amount
        after = before - note.total
        last = after >= original.credited_amount and original.status == InvoiceStatus.CREDITED.value

        def over(credited: Decimal, full: bool) -> Decimal:
            return paid if full else max(paid + credited - total, ZERO)

        return paid, max(over(after, last) - over(before, False), ZERO)


def record_refund(db: Database, invoice_id: int, amount: Decimal, day: date) -> InvoiceRecord:
    """Record money paid back to the customer on an invoice; the invoice after it.

    Raises:
        RuleViolation: ``refund.nothing_owed`` when nothing is owed back on the invoice;
            ``refund.amount`` for an amount that is not positive whole cents or is more
            than is owed.
        FieldErrors: ``refund_date`` outside the register's range of dates.
    """
    validate_dates(refund_date=day)
    with db.transaction() as session:
        invoice = load_invoice(session, invoice_id)
        owed = invoice_record(session, invoice).refund_due
        if owed <= 0:
            raise RuleViolation(
                "Nothing is owed back to the customer on invoice {number}.",
                code="refund.nothing_owed",
                number=invoice.number,
            )
        if not (isinstance(amount, Decimal) and is_whole_cents(amount) and 0 < amount <= owed):
            raise RuleViolation(
                "A refund is an amount above 0 and at most {owed} €, in whole cents.",
                code="refund.amount",
                owed=f"{owed:.2f}".replace(".", ","),
            )
        invoice.refunds.append(Refund(refund_date=day, amount=amount))
        invoice.refunded_amount = invoice.refunded_amount + amount
        session.flush()
        return invoice_record(session, invoice)
