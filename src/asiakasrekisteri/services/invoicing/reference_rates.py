"""The reference-rate table (viitekorko) the statutory penalty interest is computed with.

The register holds one rate per half-year; the program ships the known ones and the user
adds each new half-year (Suomen Pankki publishes it in January and July). Interest for a
day past the table is refused (:class:`~asiakasrekisteri.domain.interest.ReferenceRateUnknown`)
so that no reminder or statement silently reuses an old rate.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.interest import (
    ReferenceRatePeriod,
    ReferenceRates,
    validate_reference_rate,
)
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import ReferenceRate


def read_reference_rates(session: Session) -> ReferenceRates:
    """The table as the register holds it, oldest half-year first."""
    rows = session.scalars(select(ReferenceRate).order_by(ReferenceRate.start))
    return ReferenceRates(tuple(ReferenceRatePeriod(r.start, r.rate) for r in rows))


def load_reference_rates(db: Database) -> ReferenceRates:
    with db.read() as session:
        return read_reference_rates(session)


def save_reference_rates(
    db: Database, added: tuple[tuple[date, Decimal], ...], removed: tuple[date, ...] = ()
) -> ReferenceRates:
    """Add or replace half-years' rates and remove others, all in one transaction.

    Raises:
        ValidationError: As :func:`validate_reference_rate`, before anything is saved.
        NotFound: A half-year to remove is not in the table.
    """
    periods = [validate_reference_rate(start, rate) for start, rate in added]
    with db.transaction() as session:
        for start in removed:
            row = session.get(ReferenceRate, start)
            if row is None:
                raise NotFound(
                    "The table has no reference rate for the half-year starting {start}.",
                    code="reference_rate.not_found",
                    start=start.isoformat(),
                )
            session.delete(row)
        session.flush()
        for period in periods:
            row = session.get(ReferenceRate, period.start)
            if row is None:
                session.add(ReferenceRate(start=period.start, rate=period.rate))
            elif row.rate != period.rate:
                row.rate = period.rate
        session.flush()
        return read_reference_rates(session)
