"""The words of money in: file kinds, actions, reasons, in the UI language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from asiakasrekisteri.domain.bank_payments import EURO, BankFileFormat, SkipReason
from asiakasrekisteri.domain.payment_matching import Action, Proposal, Unmatched
from asiakasrekisteri.ui.formatting import format_money

CONTEXT = "BankPayments"

_FORMATS: dict[BankFileFormat, object] = {
    BankFileFormat.CAMT054: QT_TRANSLATE_NOOP("BankPayments", "camt.054 payment notification"),
    BankFileFormat.CAMT053: QT_TRANSLATE_NOOP("BankPayments", "camt.053 account statement"),
    BankFileFormat.REFERENCE_FILE: QT_TRANSLATE_NOOP(
        "BankPayments", "reference payment file (viitesiirto)"
    ),
}
_ACTIONS: dict[Action, object] = {
    Action.PAID: QT_TRANSLATE_NOOP("BankPayments", "Pays"),
    Action.PART_PAYMENT: QT_TRANSLATE_NOOP("BankPayments", "Part payment"),
    Action.OVERPAYMENT: QT_TRANSLATE_NOOP("BankPayments", "Pays, the rest to credit"),
    Action.CREDIT: QT_TRANSLATE_NOOP("BankPayments", "To the customer's credit"),
    Action.UNMATCHED: QT_TRANSLATE_NOOP("BankPayments", "Unmatched"),
    Action.CORRECTION: QT_TRANSLATE_NOOP("BankPayments", "Correction: not settled"),
    Action.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("BankPayments", "Imported already"),
}
_UNMATCHED: dict[Unmatched | None, object] = {
    Unmatched.NO_REFERENCE: QT_TRANSLATE_NOOP("BankPayments", "no reference"),
    Unmatched.UNKNOWN_REFERENCE: QT_TRANSLATE_NOOP("BankPayments", "no invoice has this reference"),
    Unmatched.SHARED_REFERENCE: QT_TRANSLATE_NOOP(
        "BankPayments", "invoices of several customers have this reference"
    ),
    Unmatched.CURRENCY: QT_TRANSLATE_NOOP("BankPayments", "not in euros"),
    None: QT_TRANSLATE_NOOP("BankPayments", "taken off the invoice it paid"),
}
_SKIPPED: dict[SkipReason, object] = {
    SkipReason.DEBIT: QT_TRANSLATE_NOOP("BankPayments", "Not a payment in: money out"),
    SkipReason.NOT_BOOKED: QT_TRANSLATE_NOOP("BankPayments", "Not a payment in: not booked yet"),
    SkipReason.BATCH_TOTAL: QT_TRANSLATE_NOOP(
        "BankPayments", "A batch total: import the bank's camt.054 for its payments"
    ),
}


def amount_text(amount: Decimal, currency: str) -> str:
    """An amount as shown: euros as money, any other currency with its code."""
    if currency == EURO:
        return format_money(amount)
    return f"{amount:.2f}".replace(".", QLocale().decimalPoint()) + f" {currency}"


def translate(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def format_name(kind: BankFileFormat) -> str:
    return translate(_FORMATS[kind])


def unmatched_text(reason: Unmatched | None) -> str:
    return translate(_UNMATCHED[reason])


def skipped_text(reason: SkipReason) -> str:
    return translate(_SKIPPED[reason])


def action_text(proposal: Proposal) -> str:
    """What importing the payment does, e.g. "Part payment: 1001 (open 151,00 €)"."""
    text = translate(_ACTIONS[proposal.action])
    if proposal.allocations:
        invoices = ", ".join(
            str(a.number)
            + (
                " "
                + translate(QT_TRANSLATE_NOOP("BankPayments", "(open {amount})")).format(
                    amount=format_money(a.open_after)
                )
                if a.open_after
                else ""
            )
            for a in proposal.allocations
        )
        text += f": {invoices}"
    if proposal.credit and proposal.allocations:
        text += " · " + translate(QT_TRANSLATE_NOOP("BankPayments", "credit {amount}")).format(
            amount=format_money(proposal.credit)
        )
    if proposal.unmatched is not None:
        text += f": {unmatched_text(proposal.unmatched)}"
    return text
