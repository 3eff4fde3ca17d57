"""The own company's invoicing settings: payment terms, next number, interest, reminders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.company import (
    SETTINGS_FIELD_NAMES,
    InvoiceSettings,
    PenaltyInterestMode,
    validate_settings,
)
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import OwnCompany
from asiakasrekisteri.storage.models_invoicing import Invoice


def load_settings(db: Database) -> InvoiceSettings:
    with db.read() as session:
        return read_settings(session)


def save_settings(
    db: Database,
    data: InvoiceSettings,
    *,
    registration_changed: Callable[[Session, bool], None] | None = None,
) -> InvoiceSettings:
    """Validate and save the settings; the next number must be above every number in use.

    ``registration_changed`` is called in the same transaction when the VAT registration
    changes (the drafts' totals follow it).
    """
    clean = validate_settings(data)
    with db.transaction() as session:
        highest = session.scalar(select(func.max(Invoice.number)))
        if highest is not None and clean.next_invoice_number <= highest:
            raise FieldErrors(
                {
                    "next_invoice_number": InvalidFormat(
                        "Invoice numbers up to {highest} are in use; the next number "
                        "must be bigger.",
                        code="next_invoice_number.used",
                        field="next_invoice_number",
                        highest=highest,
                    )
                }
            )
        row = _own_company(session)
        registered_before = row.vat_registered
        for name in SETTINGS_FIELD_NAMES:
            value = getattr(clean, name)
            if name == "penalty_interest_mode":
                value = value.value
            elif name == "other_accounts":
                value = join_accounts(value)
            if getattr(row, name) != value:
                setattr(row, name, value)
        if registration_changed is not None and registered_before != clean.vat_registered:
            registration_changed(session, clean.vat_registered)
    return clean


def read_settings(session: Session) -> InvoiceSettings:
    """The settings as stored; the defaults while the own company has not been saved."""
    row = session.get(OwnCompany, 1)
    if row is None:
        return InvoiceSettings()
    values: dict[str, Any] = {name: getattr(row, name) for name in SETTINGS_FIELD_NAMES}
    values["penalty_interest_mode"] = PenaltyInterestMode(row.penalty_interest_mode)
    values["other_accounts"] = split_accounts(row.other_accounts)
    return InvoiceSettings(**values)


def _own_company(session: Session) -> OwnCompany:
    row = session.get(OwnCompany, 1)
    if row is None:
        row = OwnCompany(id=1)
        session.add(row)
        session.flush()
    return row


def join_accounts(accounts: Sequence[str]) -> str:
    """Further bank accounts as stored: one "IBAN BIC" a line."""
    return "\n".join(accounts)


def split_accounts(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())
